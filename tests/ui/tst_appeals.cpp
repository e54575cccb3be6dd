// Appeals through the real widgets on a real store: file one (R-L3: only one per violation), see it in the
// queue with the case file beside it, decide it as another moderator with the overturn's consequences shown
// first, and be refused on one's own violation (R-L4) by the button and by the store.

#include "appealqueuemodel.h"
#include "appealspage.h"
#include "casefileview.h"
#include "consequencespanel.h"
#include "decideappealdialog.h"
#include "fileappealdialog.h"

#include "actions/session.h"
#include "base/instant.h"
#include "io/eventjson.h"
#include "query/appealquery.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace redline;

namespace {

const Instant kNow = *parseInstant(QStringLiteral("2025-02-10T10:00:00Z"));

QStringList ledger()
{
    return {
        R"({"type":"user","name":"mod.li","role":"moderator","at":"2025-01-01"})",
        R"({"type":"user","name":"mod.wang","role":"moderator","at":"2025-01-01"})",
        R"({"type":"subject","handle":"crt-lin","kind":"creator","name":"林小美","at":"2025-01-01"})",
        R"({"type":"violation","id":"v-1","subject":"crt-lin","code":"creator.diversion","at":"2025-02-01","by":"mod.li","source":"algorithm","evidence":"加V: wx123"})",
        R"({"type":"violation","id":"v-2","subject":"crt-lin","code":"creator.plagiarism","at":"2025-02-05","by":"mod.wang","source":"user_report","evidence":"copied note 88"})",
    };
}

// The stores here are open (no user has a password): whoever is at the console acts, under their name.
Session as(const QString &user)
{
    return Session::open(user);
}

const char kAppealOnV1[] = R"({"type":"appeal","id":"a-1","violation":"v-1","at":"2025-02-03","by":"crt-lin","reason":"这是我自己的微信公众号,不是导流"})";
const char kAppealOnV2[] = R"({"type":"appeal","id":"a-2","violation":"v-2","at":"2025-02-06","by":"crt-lin","reason":"original work"})";

void append(Store &store, const QString &line)
{
    StoredEvent e;
    QString parseError;
    StoreError error;
    if (!EventJson::parse(line.toUtf8(), &e, &parseError) || !store.append(e, &error))
        qFatal("%s: %s %s", qPrintable(line), qPrintable(parseError), qPrintable(error.message));
}

std::unique_ptr<Store> makeStore(const QTemporaryDir &dir, const QStringList &extra = {})
{
    StoreOptions options;
    options.now = kNow;
    options.actor = QStringLiteral("mod.wang");
    StoreError error;
    std::unique_ptr<Store> store = Store::create(dir.filePath(QStringLiteral("appeals.redline")), options, &error);
    if (!store)
        qFatal("create: %s", qPrintable(error.message));
    for (const QString &line : ledger() + extra)
        append(*store, line);
    return store;
}

QPushButton *okButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
}

QString reasonText(QWidget *dialog)
{
    return dialog->findChild<QLabel *>(QStringLiteral("reasonLabel"))->text();
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("REDLINE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name));
}

// Closes the next message box and keeps its text (the dialogs show store errors in one).
QString *closeNextMessageBox()
{
    auto *text = new QString;
    QTimer::singleShot(0, qApp, [text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->accept();
        }
    });
    return text;
}

} // namespace

class TestAppeals : public QObject
{
    Q_OBJECT
private slots:
    void fileAppeal();
    void queueShowsPendingWithCaseFile();
    void hiddenQueueReadsWhenShown();
    void pendingOldestFirstPastDecided();
    void queueReadsFirstRowsThenTheRest();
    void overturnAsAnotherModerator();
    void upholdChangesNothing();
    void ownViolationIsRefused_data();
    void ownViolationIsRefused();
};

void TestAppeals::fileAppeal()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir);
    FileAppealDialog dialog(*store, as(QStringLiteral("mod.wang")), QStringLiteral("v-1"));
    dialog.show();
    QVERIFY(!okButton(&dialog)->isEnabled());
    QCOMPARE(reasonText(&dialog), QStringLiteral("The reason is empty: write why the subject appeals."));

    auto *reason = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
    auto *materials = dialog.findChild<QPlainTextEdit *>(QStringLiteral("materialsEdit"));
    // Chinese arrives through the input method, not as key clicks: insert it as typed text.
    reason->insertPlainText(QStringLiteral("这是我自己的公众号"));
    materials->insertPlainText(QStringLiteral("公众号认证截图"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QCOMPARE(reasonText(&dialog), QString());
    saveScreenshot(&dialog, QStringLiteral("file-appeal.png"));
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.appealId(), QStringLiteral("a-20250210-1"));

    StoreError error;
    const std::optional<AppealRecord> appeal = AppealQuery(*store).appealOfViolation(QStringLiteral("v-1"), &error);
    QVERIFY(appeal);
    QCOMPARE(appeal->id, QStringLiteral("a-20250210-1"));
    QCOMPARE(appeal->by, QStringLiteral("crt-lin"));
    QCOMPARE(appeal->at, kNow);
    QCOMPARE(appeal->reason, QStringLiteral("这是我自己的公众号\n\nMaterials:\n公众号认证截图"));
    QVERIFY(appeal->pending());
    QCOMPARE(appeal->violationBy, QStringLiteral("mod.li"));

    // R-L3: one appeal per violation. The dialog says so and cannot be confirmed...
    const qint64 events = store->eventCount();
    FileAppealDialog again(*store, as(QStringLiteral("mod.wang")), QStringLiteral("v-1"));
    again.show();
    const QString refused = QStringLiteral("v-1 already has an appeal (a-20250210-1, pending); one appeal per violation (R-L3).");
    QCOMPARE(again.blockingReason(), refused);
    QCOMPARE(reasonText(&again), refused);
    QVERIFY(!okButton(&again)->isEnabled());
    QVERIFY(!again.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))->isEnabled());
    saveScreenshot(&again, QStringLiteral("file-appeal-refused.png"));
    again.accept();
    QCOMPARE(store->eventCount(), events);
    // ...and the store refuses a second appeal too.
    StoredEvent second;
    second.type = EventType::Appeal;
    second.id = QStringLiteral("a-x");
    second.ref = QStringLiteral("v-1");
    second.by = QStringLiteral("crt-lin");
    second.at = kNow;
    QVERIFY(!store->append(second, &error));
    QCOMPARE(error.message, QStringLiteral("field violation: v-1 already has an appeal (a-20250210-1); one appeal per violation (R-L3)"));
    QCOMPARE(store->eventCount(), events);
}

void TestAppeals::queueShowsPendingWithCaseFile()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir, {kAppealOnV1, kAppealOnV2});
    AppealsPage page(*store);
    page.setSession(as(QStringLiteral("mod.wang")));
    page.resize(1500, 800);
    page.show();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.model()->rowCount(), 2);
    // Oldest first, and the signed-in user's own violation marked (R-L4).
    QCOMPARE(page.model()->index(0, AppealQueueModel::Appeal).data().toString(), QStringLiteral("a-1"));
    QCOMPARE(page.model()->index(1, AppealQueueModel::Appeal).data().toString(), QStringLiteral("a-2"));
    QCOMPARE(page.model()->index(0, AppealQueueModel::Waiting).data().toString(), QStringLiteral("7 day(s)"));
    QCOMPARE(page.model()->index(0, AppealQueueModel::RecordedBy).data().toString(), QStringLiteral("mod.li"));
    QCOMPARE(page.model()->index(0, 0).data(AppealQueueModel::OwnViolationRole).toBool(), false);
    QCOMPARE(page.model()->index(1, 0).data(AppealQueueModel::OwnViolationRole).toBool(), true);
    // The case file beside the queue follows the selection.
    QCOMPARE(page.currentAppealId(), QStringLiteral("a-1"));
    QCOMPARE(page.caseFile()->currentHandle(), QStringLiteral("crt-lin"));
    QVERIFY(page.decideButton()->isEnabled());
    page.activateWindow();
    QApplication::setActiveWindow(&page); // Xvfb has no window manager to activate it
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_J);
    QCOMPARE(page.currentAppealId(), QStringLiteral("a-2"));
    QCOMPARE(page.decideButton()->toolTip(),
             QStringLiteral("You recorded v-2, so another moderator must decide this appeal (R-L4 four-eyes)."));
    QTest::keyClick(page.table(), Qt::Key_K);
    QCOMPARE(page.currentAppealId(), QStringLiteral("a-1"));
    saveScreenshot(&page, QStringLiteral("appeals-page.png"));
}

// The window builds every page when a store opens and refreshes them all after each write: a queue that
// is not on screen reads nothing, and shows the store as it is when it is shown (docs/performance.md).
void TestAppeals::hiddenQueueReadsWhenShown()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir, {kAppealOnV1});
    AppealsPage page(*store);
    page.setSession(as(QStringLiteral("mod.wang")));
    page.refresh();
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!page.caseFile()->hasSubject());

    append(*store, QString::fromLatin1(kAppealOnV2));
    page.resize(1500, 800);
    page.show();
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.currentAppealId(), QStringLiteral("a-1"));
    QCOMPARE(page.caseFile()->currentHandle(), QStringLiteral("crt-lin"));
    QCOMPARE(page.caseFile()->data().record.handle, QStringLiteral("crt-lin"));
    QCOMPARE(page.caseFile()->data().violations.size(), 2);
    const auto *summary = page.findChild<QLabel *>(QStringLiteral("appealsSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().startsWith(QStringLiteral("2 pending")), qPrintable(summary->text()));

    // Hidden again, a decision made elsewhere is read when the page is next shown, and the case file with it.
    page.hide();
    append(*store, QStringLiteral(R"({"type":"decision","appeal":"a-1","outcome":"upheld","at":"2025-02-08","by":"mod.wang","reason":"kept"})"));
    page.refresh();
    QCOMPARE(page.model()->rowCount(), 2);
    page.show();
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.currentAppealId(), QStringLiteral("a-2"));
    QCOMPARE(page.caseFile()->data().violations.first().appealState, ViolationEntry::AppealState::Pending); // v-2's
    QCOMPARE(page.caseFile()->data().violations.last().appealState, ViolationEntry::AppealState::Upheld);   // v-1's
    QVERIFY2(summary->text().startsWith(QStringLiteral("1 pending")), qPrintable(summary->text()));
}

// The queue: appeals without a decision, oldest first, appeals of the same instant in ledger order (not by
// id), at most `limit`, the decided ones skipped however many come first.
void TestAppeals::pendingOldestFirstPastDecided()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir, {
        R"({"type":"violation","id":"v-3","subject":"crt-lin","code":"creator.absolute_claim","at":"2025-02-05","by":"mod.li","source":"algorithm"})",
        kAppealOnV1,
        R"({"type":"decision","appeal":"a-1","outcome":"upheld","at":"2025-02-04","by":"mod.wang","reason":"kept"})",
        R"({"type":"appeal","id":"a-9","violation":"v-3","at":"2025-02-06T08:00:00Z","by":"crt-lin","reason":"r"})",
        R"({"type":"appeal","id":"a-5","violation":"v-2","at":"2025-02-06T08:00:00Z","by":"crt-lin","reason":"r"})",
    });
    const auto ids = [](const QVector<AppealRecord> &appeals) {
        QStringList out;
        for (const AppealRecord &a : appeals)
            out << a.id + QLatin1Char('/') + a.violation + QLatin1Char('/') + a.subject;
        return out;
    };
    QVector<AppealRecord> pending;
    StoreError error;
    QVERIFY2(AppealQuery(*store).pending(&pending, &error, 5), qPrintable(error.message));
    QCOMPARE(ids(pending), (QStringList{QStringLiteral("a-9/v-3/crt-lin"), QStringLiteral("a-5/v-2/crt-lin")}));
    QVERIFY(pending.first().pending());
    QCOMPARE(pending.first().reason, QStringLiteral("r"));
    QVERIFY2(AppealQuery(*store).pending(&pending, &error, 1), qPrintable(error.message));
    QCOMPARE(ids(pending), QStringList{QStringLiteral("a-9/v-3/crt-lin")});
    // The decided one is still found by id, with its decision.
    const std::optional<AppealRecord> decided = AppealQuery(*store).appeal(QStringLiteral("a-1"), &error);
    QVERIFY(decided && !decided->pending());
    QCOMPARE(decided->outcome, QStringLiteral("upheld"));
}

// The queue reads its first rows and the count before it is painted, and the rest on the next turn of the
// event loop; a refresh reads at once as many rows as it needs to stay on the current appeal.
void TestAppeals::queueReadsFirstRowsThenTheRest()
{
    const int count = AppealQueueModel::kFirstRows + 5;
    const Instant filed = *parseInstant(QStringLiteral("2025-02-02"));
    QStringList lines;
    for (int i = 0; i < count; ++i) {
        lines << QStringLiteral(R"({"type":"subject","handle":"crt-%1","kind":"creator","name":"C%1","at":"2025-01-01"})").arg(i)
              << QStringLiteral(R"({"type":"violation","id":"v-x%1","subject":"crt-%1","code":"creator.absolute_claim","at":"2025-02-01","by":"mod.li","source":"algorithm"})").arg(i)
              << QStringLiteral(R"({"type":"appeal","id":"a-x%1","violation":"v-x%1","at":"%2","by":"crt-%1","reason":"r"})")
                     .arg(i).arg(formatInstant(filed + Instant(i) * 60));
    }
    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir, lines);
    AppealsPage page(*store);
    page.setSession(as(QStringLiteral("mod.wang")));
    page.resize(1500, 800);
    page.show();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.model()->rowCount(), AppealQueueModel::kFirstRows);
    QCOMPARE(page.model()->pendingCount(), count);
    const auto *summary = page.findChild<QLabel *>(QStringLiteral("appealsSummary"));
    QVERIFY2(summary->text().startsWith(QStringLiteral("%1 pending").arg(count)), qPrintable(summary->text()));
    QCOMPARE(page.currentAppealId(), QStringLiteral("a-x0"));
    QTRY_COMPARE(page.model()->rowCount(), count);
    QCOMPARE(page.model()->appealAt(count - 1)->id, QStringLiteral("a-x%1").arg(count - 1));
    QCOMPARE(page.currentAppealId(), QStringLiteral("a-x0"));

    page.table()->setCurrentIndex(page.model()->index(count - 1, 0));
    QCOMPARE(page.caseFile()->currentHandle(), QStringLiteral("crt-%1").arg(count - 1));
    page.refresh();
    QCOMPARE(page.currentAppealId(), QStringLiteral("a-x%1").arg(count - 1));
    QCOMPARE(page.caseFile()->currentHandle(), QStringLiteral("crt-%1").arg(count - 1));
    QTRY_COMPARE(page.model()->rowCount(), count);
}

void TestAppeals::overturnAsAnotherModerator()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir, {kAppealOnV1});
    const qint64 events = store->eventCount();
    DecideAppealDialog dialog(*store, as(QStringLiteral("mod.wang")), QStringLiteral("a-1"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *decide = dialog.findChild<QPushButton *>(QStringLiteral("decideButton"));
    auto *overturned = dialog.findChild<QRadioButton *>(QStringLiteral("overturnedRadio"));
    auto *reason = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
    auto *panel = dialog.findChild<ConsequencesPanel *>(QStringLiteral("consequencesPanel"));
    QVERIFY(decide && overturned && reason && panel);
    QVERIFY(!decide->isEnabled());
    QCOMPARE(dialog.blockingReason(), QStringLiteral("Choose upheld or overturned."));

    // Overturning shows its consequences first (R-L3): points back, the code's sanction ends early.
    QTest::mouseClick(overturned, Qt::LeftButton, {}, QPoint(8, overturned->height() / 2));
    QVERIFY(overturned->isChecked());
    QVERIFY(dialog.hasPreview());
    const ActionConsequences preview = dialog.consequences();
    // v-2 (plagiarism, L2) stays: its sanctions and the history weight are not re-graded (R-L7).
    QCOMPARE(preview.scoreBefore(), 90);
    QCOMPARE(preview.scoreAfter(), 95);
    QCOMPARE(preview.givenBack, 5);
    QCOMPARE(panel->headline(), QStringLiteral("Score 90 → 95 (+5)"));
    QCOMPARE(panel->lines(), (QStringList{QStringLiteral("Score 90 → 95 (+5)"),
                                           QStringLiteral("Gives back 5 point(s) (R-L3)"),
                                           QStringLiteral("Ends early Traffic throttled (throttled), was until 2025-03-03")}));
    QVERIFY(!decide->isEnabled());
    QCOMPARE(dialog.blockingReason(), QStringLiteral("The reason is empty: say why the appeal is overturned."));
    reason->insertPlainText(QStringLiteral("公众号认证属实"));
    QVERIFY(decide->isEnabled());
    QCOMPARE(decide->text(), QStringLiteral("&Overturn"));
    saveScreenshot(&dialog, QStringLiteral("decide-appeal-overturn.png"));

    QTest::mouseClick(decide, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.decidedOutcome(), QStringLiteral("overturned"));
    QCOMPARE(store->eventCount(), events + 2); // the decision and its notice to the subject (docs/rules.md "Notices")

    // The stored result is the preview's.
    Replay stored;
    StoreError error;
    QVERIFY(store->replay(QStringLiteral("crt-lin"), kNow, &stored, &error));
    QCOMPARE(stored.state.score, preview.scoreAfter());
    QCOMPARE(stored.state.restrictions, preview.after.restrictions);
    QCOMPARE(stored.state.ladderLevel, preview.ladderLevelAfter());
    const std::optional<AppealRecord> appeal = AppealQuery(*store).appeal(QStringLiteral("a-1"), &error);
    QVERIFY(appeal);
    QCOMPARE(appeal->outcome, QStringLiteral("overturned"));
    QCOMPARE(appeal->decidedBy, QStringLiteral("mod.wang"));
    QCOMPARE(appeal->decidedAt, kNow);
    QCOMPARE(appeal->decisionReason, QStringLiteral("公众号认证属实"));
    QVector<AppealRecord> pending;
    QVERIFY(AppealQuery(*store).pending(&pending, &error));
    QVERIFY(pending.isEmpty());

    // Decided: a second dialog refuses, naming the decision.
    DecideAppealDialog again(*store, as(QStringLiteral("mod.wang")), QStringLiteral("a-1"));
    QCOMPARE(again.blockingReason(), QStringLiteral("a-1 was already decided: overturned on 2025-02-10 by mod.wang."));
}

void TestAppeals::upholdChangesNothing()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir, {kAppealOnV1});
    DecideAppealDialog dialog(*store, as(QStringLiteral("mod.wang")), QStringLiteral("a-1"));
    dialog.setOutcome(DecideAppealDialog::Upheld);
    auto *panel = dialog.findChild<ConsequencesPanel *>(QStringLiteral("consequencesPanel"));
    QCOMPARE(panel->lines(), QStringList{QStringLiteral("Upholding changes nothing: the violation, its points and its sanctions stand (R-L3).")});
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))->setPlainText(QStringLiteral("diversion confirmed"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("decideButton")), Qt::LeftButton);
    QCOMPARE(dialog.decidedOutcome(), QStringLiteral("upheld"));
    Replay stored;
    StoreError error;
    QVERIFY(store->replay(QStringLiteral("crt-lin"), kNow, &stored, &error));
    QCOMPARE(stored.state.score, 90);
}

void TestAppeals::ownViolationIsRefused_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("appeal");
    QTest::addColumn<QString>("violation");

    QTest::newRow("R-L4 mod.wang on v-2") << "mod.wang" << "a-2" << "v-2";
    QTest::newRow("R-L4 mod.li on v-1") << "mod.li" << "a-1" << "v-1";
}

void TestAppeals::ownViolationIsRefused()
{
    QFETCH(QString, actor);
    QFETCH(QString, appeal);
    QFETCH(QString, violation);

    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir, {kAppealOnV1, kAppealOnV2});
    const qint64 events = store->eventCount();

    DecideAppealDialog dialog(*store, as(actor), appeal);
    dialog.show();
    dialog.setOutcome(DecideAppealDialog::Overturned);
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))->setPlainText(QStringLiteral("my own call"));
    auto *decide = dialog.findChild<QPushButton *>(QStringLiteral("decideButton"));
    const QString why = QStringLiteral("You (%1) recorded violation %2, so another moderator must decide its appeal (R-L4 four-eyes).")
                            .arg(actor, violation);
    QVERIFY(!decide->isEnabled());
    QCOMPARE(decide->toolTip(), why);
    QCOMPARE(reasonText(&dialog), why);
    QVERIFY(dialog.hasPreview()); // the consequences can still be read
    if (actor == QLatin1String("mod.wang"))
        saveScreenshot(&dialog, QStringLiteral("decide-appeal-own-violation.png"));

    // Forced past the button, the store refuses and the dialog shows the store's message.
    const QString storeMessage = QStringLiteral("field by: %1 recorded the violation under appeal %2 and cannot decide it (R-L4 four-eyes)")
                                     .arg(actor, appeal);
    std::unique_ptr<QString> shown(closeNextMessageBox());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.storeMessage(), storeMessage);
    QVERIFY2(shown->contains(storeMessage), qPrintable(*shown));
    QCOMPARE(store->eventCount(), events);

    // And Store::append refuses a decision by the recording moderator, whoever builds it.
    StoredEvent decision;
    decision.type = EventType::Decision;
    decision.at = kNow;
    decision.ref = appeal;
    decision.outcome = QStringLiteral("overturned");
    decision.by = actor;
    StoreError error;
    QVERIFY(!store->append(decision, &error));
    QCOMPARE(error.message, storeMessage);
    QCOMPARE(store->eventCount(), events);
}

QTEST_MAIN(TestAppeals)
#include "tst_appeals.moc"
