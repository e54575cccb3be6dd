// The record-violation dialog, driven through its widgets on a real store: the consequences it shows
// before Confirm are the engine's numbers for the stored result, and bad input keeps Confirm disabled
// with the reason on screen.

#include "consequencespanel.h"
#include "recordviolationdialog.h"

#include "actions/session.h"
#include "base/instant.h"
#include "engine/scoreengine.h"
#include "io/eventjson.h"
#include "store/ledger/ledgerreader.h"
#include "store/store.h"
#include "store/ledger/subjectledger.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace redline;

namespace {

const Instant kNow = *parseInstant(QStringLiteral("2025-02-10T10:00:00Z"));

QStringList baseLedger()
{
    return {
        R"({"type":"user","name":"mod.li","role":"moderator","at":"2025-01-01"})",
        R"({"type":"user","name":"mod.wang","role":"moderator","at":"2025-01-01"})",
        R"({"type":"subject","handle":"crt-lin","kind":"creator","name":"林小美","at":"2025-01-01"})",
        R"({"type":"subject","handle":"mcn-star","kind":"mcn","name":"星河传媒","at":"2024-06-01","attrs":{"region":"mainland","company":"limited","registered_mcn":true}})",
        R"({"type":"subject","handle":"brd-a","kind":"brand","name":"Brand A","at":"2025-01-01"})",
        R"({"type":"subject","handle":"mcn-low","kind":"mcn","name":"山海传媒","at":"2024-06-01","attrs":{"region":"mainland","company":"limited","registered_mcn":true}})",
        R"({"type":"violation","id":"l-1","subject":"mcn-low","code":"mcn.reputation_damage","at":"2025-02-01","by":"mod.li","evidence":"x"})",
        R"({"type":"violation","id":"l-2","subject":"mcn-low","code":"mcn.reputation_damage","at":"2025-02-02","by":"mod.li","evidence":"x"})",
        R"({"type":"violation","id":"l-3","subject":"mcn-low","code":"mcn.unfair_competition","at":"2025-02-03","by":"mod.li","evidence":"x"})",
        R"({"type":"violation","id":"l-4","subject":"mcn-low","code":"mcn.brand_contract_dispute","at":"2025-02-04","by":"mod.li","evidence":"x"})",
        R"({"type":"violation","id":"v-1","subject":"crt-lin","code":"creator.unreported_ad","at":"2025-02-01","by":"mod.li","source":"algorithm","evidence":"未报备"})",
        R"({"type":"violation","id":"m-1","subject":"mcn-star","code":"mcn.reputation_damage","at":"2025-02-01","by":"mod.li","evidence":"x"})",
        R"({"type":"violation","id":"m-2","subject":"mcn-star","code":"mcn.brand_contract_dispute","at":"2025-02-03","by":"mod.li","evidence":"x"})",
        R"({"type":"violation","id":"b-1","subject":"brd-a","code":"brand.unauthorized_promotion","at":"2025-01-02","by":"mod.li","evidence":"水下笔记"})",
        R"({"type":"violation","id":"b-2","subject":"brd-a","code":"brand.unauthorized_promotion","at":"2025-01-03","by":"mod.li","evidence":"水下笔记"})",
        R"({"type":"violation","id":"b-3","subject":"brd-a","code":"brand.unauthorized_promotion","at":"2025-01-04","by":"mod.li","evidence":"水下笔记"})",
        R"({"type":"violation","id":"b-4","subject":"brd-a","code":"brand.unauthorized_promotion","at":"2025-01-05","by":"mod.li","evidence":"水下笔记"})",
    };
}

std::unique_ptr<Store> makeStore(const QTemporaryDir &dir, bool readOnly = false, const QStringList &extra = {})
{
    const QString path = dir.filePath(QStringLiteral("console.redline"));
    StoreOptions options;
    options.now = kNow;
    options.actor = QStringLiteral("mod.wang");
    StoreError error;
    std::unique_ptr<Store> store = Store::create(path, options, &error);
    if (!store)
        qFatal("create: %s", qPrintable(error.message));
    for (const QString &line : baseLedger() + extra) {
        StoredEvent e;
        QString parseError;
        if (!EventJson::parse(line.toUtf8(), &e, &parseError) || !store->append(e, &error))
            qFatal("%s: %s %s", qPrintable(line), qPrintable(parseError), qPrintable(error.message));
    }
    if (readOnly) {
        store.reset();
        options.readOnly = true;
        store = Store::open(path, options, &error);
        if (!store)
            qFatal("open: %s", qPrintable(error.message));
    }
    return store;
}

QString day(Instant at)
{
    return at == kNoInstant ? QStringLiteral("permanent")
                            : QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

QString describe(const QVector<Sanction> &sanctions)
{
    QStringList out;
    for (const Sanction &s : sanctions)
        out << QStringLiteral("%1 %2 %3").arg(s.id, day(s.from), day(s.until));
    return out.join(QStringLiteral("; "));
}

// The engine itself, on the ledger as the store now holds it (not through the store's replay).
SubjectState engineState(Store &store, const QString &handle, Instant at)
{
    const std::optional<SubjectRecord> record = store.subject(handle);
    LedgerReader reader(store.handle(), store.path());
    SubjectLedger ledger;
    StoreError error;
    if (!record || !reader.read(record->id, &ledger, &error))
        qFatal("read %s: %s", qPrintable(handle), qPrintable(error.message));
    const QVector<LedgerEvent> events = LedgerReader::resolve(ledger, reader.codeIndices(store.policy()));
    return ScoreEngine(store.policy()).stateAt(ledger.info, events, at);
}

// Chooses a code the way a moderator does: the combo's entry whose text names the code.
bool chooseCode(QComboBox *combo, const QString &code)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).endsWith(code)) {
            combo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

// The stores here are open (no user has a password): mod.wang acts, as the console's open session does.
Session moderator()
{
    return Session::open(QStringLiteral("mod.wang"));
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("REDLINE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestRecordViolation : public QObject
{
    Q_OBJECT
private slots:
    void codePickerShowsOnlyTheSubjectsScale();
    void previewEqualsStoredResult_data();
    void previewEqualsStoredResult();
    void badInputDisablesConfirm_data();
    void badInputDisablesConfirm();
    void readOnlyStoreDisablesConfirm();
    void sessionWithoutTheRightDisablesConfirm_data();
    void sessionWithoutTheRightDisablesConfirm();
    void clockMovedAsksAgain();
    void destructiveNeedsAcknowledgement_data();
    void destructiveNeedsAcknowledgement();
    void acknowledgementFollowsTheConsequence();
    void clockMovedSameConsequencesRecords_data();
    void clockMovedSameConsequencesRecords();
    void clockTimerShowsChangedConsequences();
};

void TestRecordViolation::codePickerShowsOnlyTheSubjectsScale()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir);
    RecordViolationDialog dialog(*store, moderator(), QStringLiteral("crt-lin"));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("codeCombo"));
    QVERIFY(combo);
    const Scale &scale = store->policy().scale(SubjectKind::Creator);
    QCOMPARE(combo->count(), 1 + scale.codes.size()); // one group header, then the creator codes
    QCOMPARE(combo->itemText(0), QStringLiteral("Creator codes (Credit score)"));
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    QVERIFY(model);
    QCOMPARE(model->item(0)->flags(), Qt::NoItemFlags); // the header cannot be chosen
    for (int i = 1; i < combo->count(); ++i)
        QVERIFY2(combo->itemText(i).contains(QLatin1String("creator.")), qPrintable(combo->itemText(i)));
    QVERIFY(!chooseCode(combo, QStringLiteral("mcn.reputation_damage")));
    QVERIFY(combo->itemText(2).contains(QStringLiteral("导流")));

    // Points follow the code: its range (R-L2) and its default.
    auto *points = dialog.findChild<QSpinBox *>(QStringLiteral("pointsSpin"));
    QVERIFY(chooseCode(combo, QStringLiteral("creator.data_fraud")));
    QCOMPARE(points->minimum(), 6);
    QCOMPARE(points->maximum(), 10);
    QCOMPARE(points->value(), 6);
    QVERIFY(points->isEnabled());
    QVERIFY(chooseCode(combo, QStringLiteral("creator.plagiarism")));
    QCOMPARE(points->minimum(), 5);
    QCOMPARE(points->maximum(), 5);
    QVERIFY(!points->isEnabled());
}

void TestRecordViolation::previewEqualsStoredResult_data()
{
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("points");      // -1: leave the default
    QTest::addColumn<bool>("severe");
    QTest::addColumn<int>("scoreBefore");
    QTest::addColumn<int>("scoreAfter");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("started");
    QTest::addColumn<int>("ladderLevel");
    // Lines the panel must show besides the headline, in the source text (tests load no translation, so
    // plurals read "(s)").
    QTest::addColumn<QStringList>("panelLines");

    QTest::newRow("R-C1 ladder L2 on a creator")
        << "crt-lin" << "creator.data_fraud" << 8 << false << 98 << 90 << "Score 98 → 90 (−8)"
        << "muted 2025-02-10 2025-02-25; commerce_closed 2025-02-10 2025-05-11" << 2
        << QStringList{"Deducts 8 point(s)", "Ladder L2: 2 violation(s) in force within 30 days; subject's level L1 → L2",
                       "Starts Muted (muted) until 2025-02-25 10:00 (15 day(s))",
                       "Starts Product collaboration closed (commerce_closed) until 2025-05-11 10:00 (90 day(s))"};
    QTest::newRow("R-C1 severe goes to L4")
        << "crt-lin" << "creator.absolute_claim" << -1 << true << 98 << 96 << "Score 98 → 96 (−2)"
        << "permanent_ban 2025-02-10 permanent; device_ban 2025-02-10 permanent" << 4
        << QStringList{"Ladder L4: recorded as severe (2 violation(s) in force within 30 days); subject's level L1 → L4",
                       "Starts Permanently banned (permanent_ban), permanent",
                       "Starts Associated devices banned (device_ban), permanent"};
    QTest::newRow("R-M1 thresholds crossed")
        << "mcn-star" << "mcn.reputation_damage" << -1 << false << 75 << 55 << "Score 75 → 55 (−20)" << "" << 0
        << QStringList{"Crosses 70 ↓ · 60 ↓", "Gains Security deposit increased (deposit_increase)",
                       "Gains Marketing platform access lost (marketing_platform_blocked)",
                       "Gains Violation publicly disclosed (violation_disclosure)"};
    QTest::newRow("R-M6 creator protection")
        << "mcn-low" << "mcn.reputation_damage" << -1 << false << 45 << 25 << "Score 45 → 25 (−20)" << "" << 0
        << QStringList{"Crosses 40 ↓ · 30 ↓",
                       "Creators affiliated creators get an advance notice: 25 is within 5 of 20 (R-M6)",
                       "Creators affiliated creators get “Alternative payment channel; may leave the MCN without penalty” (grace period 30 days, R-M6)",
                       "Gains Creators may terminate contracts (creator_termination_right)",
                       "Gains Monetization disabled (monetization_disabled)", "Gains Revenue frozen (revenue_frozen)"};
    QTest::newRow("R-B1 suspension")
        << "brd-a" << "brand.unauthorized_promotion" << -1 << false << 2 << 0 << "Score 2 → 0 (−2)"
        << "suspended 2025-02-10 2025-03-10" << 0
        << QStringList{"Crosses 1 ↓", "Starts Account suspended (suspended) until 2025-03-10 10:00 (28 day(s))"};
}

void TestRecordViolation::previewEqualsStoredResult()
{
    QFETCH(QString, handle);
    QFETCH(QString, code);
    QFETCH(int, points);
    QFETCH(bool, severe);
    QFETCH(int, scoreBefore);
    QFETCH(int, scoreAfter);
    QFETCH(QString, headline);
    QFETCH(QString, started);
    QFETCH(int, ladderLevel);
    QFETCH(QStringList, panelLines);

    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir);
    const qint64 eventsBefore = store->eventCount();
    RecordViolationDialog dialog(*store, moderator(), handle);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("codeCombo"));
    auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("pointsSpin"));
    auto *severity = dialog.findChild<QComboBox *>(QStringLiteral("severityCombo"));
    auto *evidence = dialog.findChild<QPlainTextEdit *>(QStringLiteral("evidenceEdit"));
    auto *panel = dialog.findChild<ConsequencesPanel *>(QStringLiteral("consequencesPanel"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QVERIFY(combo && spin && severity && evidence && panel && buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);

    QVERIFY(chooseCode(combo, code));
    if (points >= 0)
        spin->setValue(points);
    if (severe)
        severity->setCurrentIndex(severity->findData(QStringLiteral("severe")));
    evidence->setFocus();
    QTest::keyClicks(evidence, QStringLiteral("note 6543: screenshot on file"));
    // A permanent sanction needs the acknowledgement first (destructiveNeedsAcknowledgement covers it).
    auto *acknowledge = dialog.findChild<QCheckBox *>(QStringLiteral("acknowledgeCheck"));
    QVERIFY(acknowledge);
    const bool permanent = started.contains(QLatin1String("permanent"));
    QCOMPARE(acknowledge->isVisible(), permanent);
    if (permanent) {
        QVERIFY(!ok->isEnabled());
        QTest::mouseClick(acknowledge, Qt::LeftButton);
    }
    QVERIFY2(ok->isEnabled(), qPrintable(dialog.blockingReason()));

    // What the panel shows before Confirm.
    QVERIFY(dialog.hasPreview());
    const ActionConsequences preview = dialog.consequences();
    QCOMPARE(preview.scoreBefore(), scoreBefore);
    QCOMPARE(preview.scoreAfter(), scoreAfter);
    QCOMPARE(preview.at, kNow);
    QCOMPARE(describe(preview.sanctionsStarted), started);
    QCOMPARE(panel->headline(), headline);
    for (const QString &line : panelLines)
        QVERIFY2(panel->lines().contains(line), qPrintable(line + QLatin1String("\n  not in:\n") + panel->lines().join('\n')));
    saveScreenshot(&dialog, QStringLiteral("record-violation-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-')));

    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.recordedViolationId(), QStringLiteral("v-20250210-1"));
    // The violation and its notice to the subject (docs/rules.md "Notices"), in one transaction.
    QCOMPARE(store->eventCount(), eventsBefore + 2);

    // The stored result, from the engine directly and from the store's own replay and cache.
    const SubjectState engine = engineState(*store, handle, kNow);
    QCOMPARE(engine.score, preview.scoreAfter());
    QCOMPARE(engine.ladderLevel, preview.ladderLevelAfter());
    QCOMPARE(engine.ladderLevel, ladderLevel);
    QCOMPARE(engine.restrictions, preview.after.restrictions);
    QCOMPARE(describe(engine.sanctions), describe(preview.after.sanctions));
    QCOMPARE(describe(engine.activeSanctions()), describe(preview.after.activeSanctions()));
    StoreError error;
    const std::optional<CachedState> cached = store->cachedState(handle, &error);
    QVERIFY(cached);
    QCOMPARE(cached->score, scoreAfter);
    QCOMPARE(cached->restrictions, preview.after.restrictions);

    // The stored event is what the dialog said: code, explicit points only when not the default, who.
    StoredEvent stored;
    store->forEachEvent([&stored](qint64, const StoredEvent &e) {
        if (e.id == QLatin1String("v-20250210-1"))
            stored = e;
        return true;
    }, &error);
    QCOMPARE(stored.code, code);
    QCOMPARE(stored.points, points);
    QCOMPARE(stored.by, QStringLiteral("mod.wang"));
    QCOMPARE(stored.at, kNow);
    QCOMPARE(stored.severity, severe ? QStringLiteral("severe") : QStringLiteral("normal"));
    QCOMPARE(stored.source, QStringLiteral("human_review"));
    QCOMPARE(stored.text, QStringLiteral("note 6543: screenshot on file"));
}

void TestRecordViolation::badInputDisablesConfirm_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<QString>("reason");

    QTest::newRow("no code") << "" << "found" << "Choose a violation code.";
    QTest::newRow("empty evidence") << "creator.diversion" << "" << "Evidence is empty: say what was found and where.";
    QTest::newRow("blank evidence") << "creator.diversion" << "   \n " << "Evidence is empty: say what was found and where.";
}

void TestRecordViolation::badInputDisablesConfirm()
{
    QFETCH(QString, code);
    QFETCH(QString, evidence);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir);
    const qint64 eventsBefore = store->eventCount();
    RecordViolationDialog dialog(*store, moderator(), QStringLiteral("crt-lin"));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("codeCombo"));
    auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("evidenceEdit"));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("reasonLabel"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    if (!code.isEmpty())
        QVERIFY(chooseCode(combo, code));
    edit->insertPlainText(evidence); // as typed or pasted (keyClicks cannot send a newline)

    QVERIFY(!ok->isEnabled());
    QCOMPARE(label->text(), reason);
    QCOMPARE(ok->toolTip(), reason);
    QCOMPARE(dialog.blockingReason(), reason);
    dialog.accept(); // even forced, nothing is written
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(store->eventCount(), eventsBefore);

    // Fixing the input enables Confirm and clears the reason.
    if (code.isEmpty())
        QVERIFY(chooseCode(combo, QStringLiteral("creator.diversion")));
    edit->setPlainText(QStringLiteral("加V: wx123"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(label->text(), QString());
}

void TestRecordViolation::readOnlyStoreDisablesConfirm()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir, true);
    RecordViolationDialog dialog(*store, moderator(), QStringLiteral("crt-lin"));
    QVERIFY(chooseCode(dialog.findChild<QComboBox *>(QStringLiteral("codeCombo")), QStringLiteral("creator.diversion")));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("evidenceEdit"))->setPlainText(QStringLiteral("x"));
    QCOMPARE(dialog.blockingReason(), QStringLiteral("The store is open read-only (for an audit, or because you may not write the file or its folder): you cannot record violations here."));
    QVERIFY(dialog.hasPreview()); // the consequences can still be read
    QCOMPARE(dialog.consequences().scoreAfter(), 93);
}

// Who may record is the permission matrix's (docs/roles.md): a compliance officer, a viewer and nobody
// signed in see why Confirm is disabled, and forcing it writes nothing (core refuses too).
void TestRecordViolation::sessionWithoutTheRightDisablesConfirm_data()
{
    QTest::addColumn<bool>("signedIn");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("reason");
    QTest::newRow("compliance") << true << int(Role::Compliance)
                                << "To record violations you need the role Moderator or Senior moderator; you are signed "
                                   "in as fin.zhao (Compliance officer).";
    QTest::newRow("viewer") << true << int(Role::Viewer)
                            << "To record violations you need the role Moderator or Senior moderator; you are signed in "
                               "as fin.zhao (Viewer).";
    QTest::newRow("not signed in") << false << 0
                                   << "Sign in to record violations (Session > Sign in…): it needs the role Moderator or "
                                      "Senior moderator.";
}

void TestRecordViolation::sessionWithoutTheRightDisablesConfirm()
{
    QFETCH(bool, signedIn);
    QFETCH(int, role);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir);
    const qint64 events = store->eventCount();
    const Session session = signedIn ? Session::signedIn(QStringLiteral("fin.zhao"), Role(role)) : Session::anonymous();
    RecordViolationDialog dialog(*store, session, QStringLiteral("crt-lin"));
    QVERIFY(chooseCode(dialog.findChild<QComboBox *>(QStringLiteral("codeCombo")), QStringLiteral("creator.diversion")));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("evidenceEdit"))->setPlainText(QStringLiteral("加V"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog.blockingReason(), reason);
    QVERIFY(dialog.hasPreview()); // the consequences can still be read
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(store->eventCount(), events);
}

// R-L5 and R-C1 move with the clock: if a recovery step falls due while the dialog is open, Confirm shows
// the new consequences and asks again instead of recording ones the moderator has not seen.
void TestRecordViolation::clockMovedAsksAgain()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir);
    store->setNow(*parseInstant(QStringLiteral("2025-03-02T23:00:00Z")));
    RecordViolationDialog dialog(*store, moderator(), QStringLiteral("crt-lin"));
    QVERIFY(chooseCode(dialog.findChild<QComboBox *>(QStringLiteral("codeCombo")), QStringLiteral("creator.unreported_ad")));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("evidenceEdit"))->setPlainText(QStringLiteral("x"));
    auto *panel = dialog.findChild<ConsequencesPanel *>(QStringLiteral("consequencesPanel"));
    QCOMPARE(panel->headline(), QStringLiteral("Score 98 → 96 (−2)"));
    QCOMPARE(dialog.consequences().violationLevel, 2);
    const qint64 events = store->eventCount();

    // v-1's recovery step (2025-02-01 + 30 days) falls due, and v-1 leaves the 30-day window.
    const Instant later = *parseInstant(QStringLiteral("2025-03-03T01:00:00Z"));
    store->setNow(later);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(store->eventCount(), events);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("reasonLabel"))->text(),
             QStringLiteral("The consequences changed while the dialog was open (the clock moved on): review them and confirm again."));
    QCOMPARE(panel->headline(), QStringLiteral("Score 100 → 98 (−2)"));
    QCOMPARE(dialog.consequences().violationLevel, 1);

    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(store->eventCount(), events + 2); // the violation and its notice
    QCOMPARE(store->cachedState(QStringLiteral("crt-lin"))->score, 98);
}

namespace {

struct Widgets {
    QComboBox *code = nullptr;
    QComboBox *severity = nullptr;
    QPlainTextEdit *evidence = nullptr;
    QCheckBox *acknowledge = nullptr;
    QLabel *reason = nullptr;
    QPushButton *ok = nullptr;
    ConsequencesPanel *panel = nullptr;
};

Widgets widgets(RecordViolationDialog &dialog)
{
    Widgets w;
    w.code = dialog.findChild<QComboBox *>(QStringLiteral("codeCombo"));
    w.severity = dialog.findChild<QComboBox *>(QStringLiteral("severityCombo"));
    w.evidence = dialog.findChild<QPlainTextEdit *>(QStringLiteral("evidenceEdit"));
    w.acknowledge = dialog.findChild<QCheckBox *>(QStringLiteral("acknowledgeCheck"));
    w.reason = dialog.findChild<QLabel *>(QStringLiteral("reasonLabel"));
    w.ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    w.panel = dialog.findChild<ConsequencesPanel *>(QStringLiteral("consequencesPanel"));
    return w;
}

void setSevere(QComboBox *severity, bool severe)
{
    severity->setCurrentIndex(severity->findData(severe ? QStringLiteral("severe") : QStringLiteral("normal")));
}

// The timer's check, as it runs every 15 s, without waiting for it.
void runClockCheck(RecordViolationDialog &dialog)
{
    QVERIFY(QMetaObject::invokeMethod(&dialog, "checkClock"));
}

const QString kAcknowledgeReason =
    QStringLiteral("This violation has a permanent consequence: tick the confirmation above to record it.");
const QString kChangedReason = QStringLiteral(
    "The consequences changed while the dialog was open (the clock moved on): review them and confirm again.");

} // namespace

// A permanent sanction (R-C1 L4) or an MCN's removal (R-M2) is not written on one click: the dialog names
// the consequence in a checkbox and Record stays disabled, with the reason, until it is ticked.
void TestRecordViolation::destructiveNeedsAcknowledgement_data()
{
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("severe");
    QTest::addColumn<QStringList>("extra"); // ledger lines besides the base ones
    QTest::addColumn<QString>("sentence");

    QTest::newRow("R-C1 severe: permanent_ban, device_ban")
        << "crt-lin" << "creator.absolute_claim" << true << QStringList()
        << "I understand this permanently sanctions crt-lin: Permanently banned (permanent_ban), Associated devices "
           "banned (device_ban)";
    QTest::newRow("R-M2 removal")
        << "mcn-low" << "mcn.reputation_damage" << false
        << QStringList{R"({"type":"violation","id":"l-5","subject":"mcn-low","code":"mcn.reputation_damage","at":"2025-02-05","by":"mod.li","evidence":"x"})"}
        << "I understand this removes mcn-low from the platform: Removed from the platform (platform_removed); "
           "recovery stops (R-M2)";
}

void TestRecordViolation::destructiveNeedsAcknowledgement()
{
    QFETCH(QString, handle);
    QFETCH(QString, code);
    QFETCH(bool, severe);
    QFETCH(QStringList, extra);
    QFETCH(QString, sentence);

    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir, false, extra);
    const qint64 events = store->eventCount();
    RecordViolationDialog dialog(*store, moderator(), handle);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Widgets w = widgets(dialog);
    QVERIFY(w.acknowledge && w.ok && w.reason);
    QVERIFY(!w.acknowledge->isVisible()); // nothing chosen yet

    QVERIFY(chooseCode(w.code, code));
    setSevere(w.severity, severe);
    w.evidence->setPlainText(QStringLiteral("note 77: on file"));
    QVERIFY(dialog.needsAcknowledgement());
    QVERIFY(w.acknowledge->isVisible());
    QVERIFY(!w.acknowledge->isChecked());
    QCOMPARE(w.acknowledge->text(), sentence);
    QVERIFY(!w.ok->isEnabled());
    QCOMPARE(w.reason->text(), kAcknowledgeReason);
    QCOMPARE(dialog.blockingReason(), kAcknowledgeReason);
    saveScreenshot(&dialog, QStringLiteral("record-violation-acknowledge-%1.png").arg(handle));

    // One click writes nothing, neither on the disabled button nor forced.
    QTest::mouseClick(w.ok, Qt::LeftButton);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(store->eventCount(), events);
    QVERIFY(dialog.isVisible());

    // Ticked, one click records.
    QTest::mouseClick(w.acknowledge, Qt::LeftButton);
    QVERIFY(w.acknowledge->isChecked());
    QVERIFY2(w.ok->isEnabled(), qPrintable(dialog.blockingReason()));
    QCOMPARE(w.reason->text(), QString());
    QTest::mouseClick(w.ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(store->eventCount(), events + 2); // the violation and its notice
    QCOMPARE(dialog.recordedViolationId(), QStringLiteral("v-20250210-1"));
}

// The tick covers the consequence it names: changing the input so that it changes unticks it, and a
// non-destructive preview hides the checkbox and records on one click.
void TestRecordViolation::acknowledgementFollowsTheConsequence()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir);
    const qint64 events = store->eventCount();
    RecordViolationDialog dialog(*store, moderator(), QStringLiteral("crt-lin"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Widgets w = widgets(dialog);
    QVERIFY(chooseCode(w.code, QStringLiteral("creator.absolute_claim")));
    w.evidence->setPlainText(QStringLiteral("x"));
    QVERIFY(!w.acknowledge->isVisible());
    QVERIFY(w.ok->isEnabled());

    setSevere(w.severity, true);
    QVERIFY(w.acknowledge->isVisible());
    QTest::mouseClick(w.acknowledge, Qt::LeftButton);
    QVERIFY(w.ok->isEnabled());

    // Back to normal: L2, muted and commerce_closed for a while, nothing permanent.
    setSevere(w.severity, false);
    QVERIFY(!w.acknowledge->isVisible());
    QVERIFY(!w.acknowledge->isChecked());
    QVERIFY(!dialog.needsAcknowledgement());
    QVERIFY(w.ok->isEnabled());

    // Severe again: the earlier tick does not carry over.
    setSevere(w.severity, true);
    QVERIFY(w.acknowledge->isVisible());
    QVERIFY(!w.acknowledge->isChecked());
    QVERIFY(!w.ok->isEnabled());
    QCOMPARE(dialog.blockingReason(), kAcknowledgeReason);

    // Another code with the same permanent consequence keeps the tick (the sentence is the same)...
    QTest::mouseClick(w.acknowledge, Qt::LeftButton);
    QVERIFY(chooseCode(w.code, QStringLiteral("creator.diversion")));
    setSevere(w.severity, true); // the code change keeps the severity; make sure
    QVERIFY(w.acknowledge->isChecked());
    QVERIFY(w.ok->isEnabled());

    // ...and normal records on one click, no checkbox.
    setSevere(w.severity, false);
    QVERIFY(!w.acknowledge->isVisible());
    QTest::mouseClick(w.ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(store->eventCount(), events + 2); // the violation and its notice
    QVERIFY(dialog.consequences().sanctionsStarted.size() > 0);
    for (const Sanction &s : dialog.consequences().sanctionsStarted)
        QVERIFY(!s.permanent());
}

// The clock moving on alone shifts the dates of the same consequences: the preview follows quietly (on the
// timer or on Record) and Record writes on one click, dated at the new instant.
void TestRecordViolation::clockMovedSameConsequencesRecords_data()
{
    QTest::addColumn<qint64>("move");     // seconds
    QTest::addColumn<bool>("viaTimer");   // the 15-second check runs before Record
    QTest::addColumn<bool>("severe");

    QTest::newRow("a minute, on Record") << qint64(60) << false << false;
    QTest::newRow("a minute, on the timer") << qint64(60) << true << false;
    QTest::newRow("three hours, on Record") << qint64(3 * 3600) << false << false;
    QTest::newRow("severe, ticked, an hour on the timer") << qint64(3600) << true << true;
}

void TestRecordViolation::clockMovedSameConsequencesRecords()
{
    QFETCH(qint64, move);
    QFETCH(bool, viaTimer);
    QFETCH(bool, severe);

    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir);
    const qint64 events = store->eventCount();
    RecordViolationDialog dialog(*store, moderator(), QStringLiteral("crt-lin"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Widgets w = widgets(dialog);
    QVERIFY(dialog.findChild<QTimer *>(QStringLiteral("clockTimer"))->isActive());
    QVERIFY(chooseCode(w.code, QStringLiteral("creator.data_fraud")));
    setSevere(w.severity, severe);
    w.evidence->setPlainText(QStringLiteral("x"));
    if (severe)
        QTest::mouseClick(w.acknowledge, Qt::LeftButton);
    QVERIFY2(w.ok->isEnabled(), qPrintable(dialog.blockingReason()));
    const ActionConsequences before = dialog.consequences();
    QVERIFY(!before.sanctionsStarted.isEmpty());
    const QStringList linesBefore = w.panel->lines();

    const Instant later = kNow + move;
    store->setNow(later);
    if (viaTimer) {
        runClockCheck(dialog);
        QCOMPARE(dialog.consequences().at, later);
        QCOMPARE(w.reason->text(), QString()); // nothing to review
        QVERIFY(w.ok->isEnabled());
    }
    QTest::mouseClick(w.ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(store->eventCount(), events + 2); // the violation and its notice

    // The same consequences, moved with the clock: the old line-by-line comparison would have asked again.
    const ActionConsequences after = dialog.consequences();
    QCOMPARE(after.at, later);
    QCOMPARE(RecordViolationDialog::consequencesKey(after), RecordViolationDialog::consequencesKey(before));
    QCOMPARE(after.sanctionsStarted.first().from, before.sanctionsStarted.first().from + move);
    if (!severe)
        QVERIFY(w.panel->lines() != linesBefore);
    StoreError error;
    StoredEvent stored;
    store->forEachEvent([&stored](qint64, const StoredEvent &e) {
        if (e.id == QLatin1String("v-20250210-1"))
            stored = e;
        return true;
    }, &error);
    QCOMPARE(stored.at, later);
}

// The timer finds consequences changed by the clock (v-1's recovery step fell due): the panel shows the new
// ones and the reason line says so; that is the asking again, so Record then writes what is shown.
void TestRecordViolation::clockTimerShowsChangedConsequences()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir);
    store->setNow(*parseInstant(QStringLiteral("2025-03-02T23:00:00Z")));
    RecordViolationDialog dialog(*store, moderator(), QStringLiteral("crt-lin"));
    const Widgets w = widgets(dialog);
    QVERIFY(chooseCode(w.code, QStringLiteral("creator.unreported_ad")));
    w.evidence->setPlainText(QStringLiteral("x"));
    QCOMPARE(w.panel->headline(), QStringLiteral("Score 98 → 96 (−2)"));
    const qint64 events = store->eventCount();

    // Within the same minute the check does nothing.
    store->setNow(*parseInstant(QStringLiteral("2025-03-02T23:00:40Z")));
    runClockCheck(dialog);
    QCOMPARE(dialog.consequences().at, *parseInstant(QStringLiteral("2025-03-02T23:00:00Z")));

    store->setNow(*parseInstant(QStringLiteral("2025-03-03T01:00:00Z")));
    runClockCheck(dialog);
    QCOMPARE(w.panel->headline(), QStringLiteral("Score 100 → 98 (−2)"));
    QCOMPARE(w.reason->text(), kChangedReason);
    QCOMPARE(store->eventCount(), events);

    QTest::mouseClick(w.ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(store->eventCount(), events + 2); // the violation and its notice
    QCOMPARE(store->cachedState(QStringLiteral("crt-lin"))->score, 98);
}

QTEST_MAIN(TestRecordViolation)
#include "tst_recordviolation.moc"
