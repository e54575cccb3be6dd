// Undo (Ctrl+Z) of the session's last recorded violation is a compensating Retraction event: the score
// comes back, the violation stays in the ledger, and the retraction is in the ledger and the audit trail.

#include "actionhistory.h"
#include "historydialog.h"
#include "mainwindow.h"
#include "recordviolationdialog.h"

#include "actions/session.h"
#include "base/instant.h"
#include "io/eventjson.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace redline;

namespace {

const Instant kNow = *parseInstant(QStringLiteral("2025-02-10T10:00:00Z"));

// The store here is open (no user has a password): mod.wang at the console acts as mod.wang.
const Session kModWang = Session::open(QStringLiteral("mod.wang"));

QString createStore(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("undo.redline"));
    StoreOptions options;
    options.now = kNow;
    options.actor = QStringLiteral("mod.li");
    StoreError error;
    std::unique_ptr<Store> store = Store::create(path, options, &error);
    if (!store)
        qFatal("create: %s", qPrintable(error.message));
    const QStringList lines{
        R"({"type":"user","name":"mod.li","role":"moderator","at":"2025-01-01"})",
        R"({"type":"user","name":"mod.wang","role":"moderator","at":"2025-01-01"})",
        R"({"type":"subject","handle":"crt-lin","kind":"creator","name":"林小美","at":"2025-01-01"})",
        R"({"type":"violation","id":"v-1","subject":"crt-lin","code":"creator.unreported_ad","at":"2025-02-01","by":"mod.li","evidence":"未报备"})",
        R"({"type":"appeal","id":"a-1","violation":"v-1","at":"2025-02-02","by":"crt-lin","reason":"x"})",
        R"({"type":"subject","handle":"crt-wu","kind":"creator","name":"吴","at":"2025-01-01"})",
        R"({"type":"violation","id":"v-2","subject":"crt-wu","code":"creator.unreported_ad","at":"2025-02-03","by":"mod.li","evidence":"未报备"})",
    };
    for (const QString &line : lines) {
        StoredEvent e;
        QString parseError;
        if (!EventJson::parse(line.toUtf8(), &e, &parseError) || !store->append(e, &error))
            qFatal("%s: %s %s", qPrintable(line), qPrintable(parseError), qPrintable(error.message));
    }
    return path;
}

int scoreAt(const Store &store, const QString &handle, Instant at)
{
    Replay replay;
    StoreError error;
    if (!store.replay(handle, at, &replay, &error))
        qFatal("replay: %s", qPrintable(error.message));
    return replay.state.score;
}

QVector<StoredEvent> ledger(const Store &store)
{
    QVector<StoredEvent> events;
    StoreError error;
    store.forEachEvent([&events](qint64, const StoredEvent &e) {
        events.append(e);
        return true;
    }, &error);
    return events;
}

// Fills the record dialog the moderator has open: code, evidence, Confirm.
void confirmRecordDialog(const QString &code)
{
    auto *dialog = qobject_cast<RecordViolationDialog *>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("codeCombo"));
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).endsWith(code))
            combo->setCurrentIndex(i);
    }
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("evidenceEdit"))->setPlainText(QStringLiteral("最有效 in note 77"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    QVERIFY2(ok->isEnabled(), qPrintable(dialog->blockingReason()));
    QTest::mouseClick(ok, Qt::LeftButton);
}

} // namespace

class TestUndo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void undoRetractsTheLastRecordedViolation();
    void ctrlZInTheConsole();
    void someoneElsesViolationIsRefusedByCore();
    void historySaysWhy_data();
    void historySaysWhy();
    void severalUndosInARow();

private:
    QTemporaryDir m_config;
};

void TestUndo::initTestCase()
{
    // The console keeps window state and recent files in QSettings: keep the test's out of the user's.
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("redline-tests"));
}

void TestUndo::undoRetractsTheLastRecordedViolation()
{
    QTemporaryDir dir;
    const QString path = createStore(dir);
    StoreOptions options;
    options.now = kNow;
    options.actor = QStringLiteral("mod.wang");
    StoreError error;
    std::unique_ptr<Store> store = Store::open(path, options, &error);
    QVERIFY2(store, qPrintable(error.message));
    const int before = scoreAt(*store, QStringLiteral("crt-lin"), kNow);
    QCOMPARE(before, 98);

    ActionHistory history;
    QSignalSpy changed(&history, &ActionHistory::changed);
    QVERIFY(!history.canUndo());
    QCOMPARE(history.undoText(), QStringLiteral("Nothing to undo"));

    RecordViolationDialog dialog(*store, kModWang, QStringLiteral("crt-lin"));
    QTimer::singleShot(0, this, [] { confirmRecordDialog(QStringLiteral("creator.absolute_claim")); });
    QCOMPARE(dialog.exec(), int(QDialog::Accepted));
    const QString id = dialog.recordedViolationId();
    QCOMPARE(id, QStringLiteral("v-20250210-1"));
    history.recordedViolation(id);
    QCOMPARE(changed.count(), 1);
    QVERIFY(history.canUndo());
    QCOMPARE(history.undoText(), QStringLiteral("Undo recording of violation v-20250210-1"));
    QCOMPARE(scoreAt(*store, QStringLiteral("crt-lin"), kNow), 96);
    const int auditBefore = store->auditTrail(QStringLiteral("crt-lin"), &error).size();
    const qint64 eventsBefore = store->eventCount();

    QString undoError;
    QVERIFY2(history.undo(*store, kModWang, &undoError), qPrintable(undoError));
    QCOMPARE(changed.count(), 2);
    QVERIFY(!history.canUndo());
    QCOMPARE(history.undoText(), QStringLiteral("Nothing to undo"));

    // The score is back; nothing was deleted: one event more, a Retraction naming the violation.
    QCOMPARE(scoreAt(*store, QStringLiteral("crt-lin"), kNow), before);
    QCOMPARE(store->eventCount(), eventsBefore + 1);
    const QVector<StoredEvent> events = ledger(*store);
    QCOMPARE(events.last().type, EventType::Retraction);
    QCOMPARE(events.last().ref, id);
    QCOMPARE(events.last().by, QStringLiteral("mod.wang"));
    QCOMPARE(events.last().at, kNow);
    QCOMPARE(events.last().subject, QStringLiteral("crt-lin"));
    QCOMPARE(std::count_if(events.begin(), events.end(), [&id](const StoredEvent &e) { return e.id == id; }), 1);

    // The audit trail has the retraction as its own write, by the acting user.
    const QVector<AuditEntry> audit = store->auditTrail(QStringLiteral("crt-lin"), &error);
    QCOMPARE(audit.size(), auditBefore + 1);
    const auto undoEntry = std::find_if(audit.begin(), audit.end(), [&](const AuditEntry &a) {
        return a.firstSeq == store->eventCount() && a.lastSeq == store->eventCount();
    });
    QVERIFY(undoEntry != audit.end());
    QCOMPARE(undoEntry->actor, QStringLiteral("mod.wang"));
    QCOMPARE(undoEntry->subject, QStringLiteral("crt-lin"));
    QVERIFY2(store->verify({}, &error), qPrintable(error.message));

    // The cache agrees, and the violation cannot be retracted twice.
    QCOMPARE(store->cachedState(QStringLiteral("crt-lin"))->score, before);
    history.recordedViolation(id);
    QVERIFY(!history.undo(*store, kModWang, &undoError));
    QCOMPARE(undoError, QStringLiteral("Cannot undo v-20250210-1: Already retracted"));
    QCOMPARE(store->eventCount(), eventsBefore + 1);
}

void TestUndo::ctrlZInTheConsole()
{
    QTemporaryDir dir;
    const QString path = createStore(dir);
    MainWindow window;
    window.setPresetUser(QStringLiteral("mod.wang"));
    QVERIFY(window.openStore(path, false));
    window.store()->setNow(kNow);
    window.show();
    window.activateWindow();
    QApplication::setActiveWindow(&window); // Xvfb has no window manager to activate it
    QVERIFY(QTest::qWaitForWindowActive(&window));
    Store &store = *window.store();
    const qint64 eventsBefore = store.eventCount();

    auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(!undo->isEnabled());

    // Record through the console's own path (Ctrl+N's slot), then Ctrl+Z.
    QTimer::singleShot(0, this, [] { confirmRecordDialog(QStringLiteral("creator.absolute_claim")); });
    window.recordViolation(QStringLiteral("crt-lin"));
    QCOMPARE(store.eventCount(), eventsBefore + 2); // the violation and its notice (docs/rules.md "Notices")
    QCOMPARE(scoreAt(store, QStringLiteral("crt-lin"), kNow), 96);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("Undo recording of violation v-20250210-1"));

    QApplication::setActiveWindow(&window); // the record dialog had it
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store.eventCount(), eventsBefore + 3);
    QCOMPARE(scoreAt(store, QStringLiteral("crt-lin"), kNow), 98);
    QCOMPARE(ledger(store).last().type, EventType::Retraction);
    QCOMPARE(ledger(store).last().ref, QStringLiteral("v-20250210-1"));
    QVERIFY(!undo->isEnabled());

    // The dashboard still lists the violation, marked as undone.
    QVERIFY(window.showPageByName(QStringLiteral("dashboard")));
    auto *recent = window.findChild<QTreeWidget *>(QStringLiteral("recentTree"));
    QVERIFY(recent && recent->topLevelItemCount() > 0);
    QCOMPARE(recent->topLevelItem(0)->text(1), QStringLiteral("v-20250210-1 (undone)"));
    QVERIFY(recent->topLevelItem(0)->font(1).strikeOut());
    QCOMPARE(recent->topLevelItem(1)->text(1), QStringLiteral("v-2"));
}

// Undo is a retraction through Actions: only the violation's recorder may retract it (docs/roles.md "The
// retraction rule"), so undoing mod.li's violation as mod.wang is refused by core, in core's words.
void TestUndo::someoneElsesViolationIsRefusedByCore()
{
    QTemporaryDir dir;
    StoreOptions options;
    options.now = kNow;
    StoreError error;
    std::unique_ptr<Store> store = Store::open(createStore(dir), options, &error);
    QVERIFY2(store, qPrintable(error.message));
    ActionHistory history;
    history.recordedViolation(QStringLiteral("v-2")); // recorded by mod.li
    QVERIFY(history.canUndo());
    const qint64 events = store->eventCount();
    QString undoError;
    QVERIFY(!history.undo(*store, kModWang, &undoError));
    QCOMPARE(undoError, QStringLiteral("field by: only mod.li, who recorded v-2, may retract it; anyone else files an appeal"));
    QCOMPARE(store->eventCount(), events);
    QVERIFY(history.canUndo()); // nothing was undone
    // A viewer may not retract at all: core says so before it looks at the violation.
    QVERIFY(!history.undo(*store, Session::signedIn(QStringLiteral("mod.li"), Role::Viewer), &undoError));
    QVERIFY2(undoError.startsWith(QStringLiteral("not permitted: mod.li is viewer")), qPrintable(undoError));
    // Its recorder may.
    QVERIFY2(history.undo(*store, Session::open(QStringLiteral("MOD.LI")), &undoError), qPrintable(undoError));
    QCOMPARE(store->eventCount(), events + 1);
}

// Edit > History says why an action cannot be undone: its subject appealed the violation, or it was an
// appeal or a decision; a violation someone else acted on is not retracted behind the appeal's back.
void TestUndo::historySaysWhy_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("status");
    QTest::newRow("R-L3 decision") << "decision" << "Not undone: decisions are final (R-L3)";
    QTest::newRow("appeal") << "appeal" << "Not undone here: the appeal is the subject's, and a senior moderator decides it";
}

void TestUndo::historySaysWhy()
{
    QFETCH(QString, kind);
    QFETCH(QString, status);

    QTemporaryDir dir;
    StoreOptions options;
    options.now = kNow;
    options.actor = QStringLiteral("mod.li");
    StoreError error;
    std::unique_ptr<Store> store = Store::open(createStore(dir), options, &error);
    QVERIFY(store);
    ActionHistory history;
    history.recordedViolation(QStringLiteral("v-1")); // appealed by crt-lin (a-1)
    if (kind == QLatin1String("decision"))
        history.decidedAppeal(QStringLiteral("a-1"));
    else
        history.filedAppeal(QStringLiteral("a-1"));
    const QVector<ActionHistory::Row> rows = history.rows(*store);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].status, status);
    QVERIFY(!rows[0].undoable);
    QCOMPARE(rows[1].action, QStringLiteral("Recorded violation v-1"));
    QCOMPARE(rows[1].status, QStringLiteral("crt-lin appealed it (a-1): the appeal decides it now"));
    QVERIFY(!rows[1].undoable);
    const qint64 events = store->eventCount();
    QString undoError;
    QVERIFY(!history.undo(*store, Session::open(QStringLiteral("mod.li")), &undoError));
    QCOMPARE(undoError, QStringLiteral("Cannot undo v-1: crt-lin appealed it (a-1): the appeal decides it now"));
    QCOMPARE(store->eventCount(), events);
}

// Several Ctrl+Z in a row go back several steps; the history dialog undoes a chosen one.
void TestUndo::severalUndosInARow()
{
    QTemporaryDir dir;
    const QString path = createStore(dir);
    StoreOptions options;
    options.now = kNow;
    options.actor = QStringLiteral("mod.wang");
    StoreError error;
    std::unique_ptr<Store> store = Store::open(path, options, &error);
    QVERIFY2(store, qPrintable(error.message));
    ActionHistory history;
    QStringList ids;
    // Two on crt-lin and one on crt-wu: none of them escalates to a permanent sanction.
    const QVector<QPair<QString, QString>> recordings{{QStringLiteral("crt-lin"), QStringLiteral("creator.absolute_claim")},
                                                     {QStringLiteral("crt-lin"), QStringLiteral("creator.unreported_ad")},
                                                     {QStringLiteral("crt-wu"), QStringLiteral("creator.absolute_claim")}};
    for (const auto &[subject, code] : recordings) {
        RecordViolationDialog dialog(*store, kModWang, subject);
        QTimer::singleShot(0, this, [code = code] { confirmRecordDialog(code); });
        QCOMPARE(dialog.exec(), int(QDialog::Accepted));
        ids.append(dialog.recordedViolationId());
        history.recordedViolation(ids.last());
    }
    const int scoreAfterThree = scoreAt(*store, QStringLiteral("crt-lin"), kNow);

    // The history dialog undoes the middle one, chosen from its list.
    {
        HistoryDialog dialog(history, *store, kModWang);
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("historyList"));
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Recorded violation %1").arg(ids[1]));
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Can be undone"));
        list->setCurrentItem(list->topLevelItem(1));
        auto *undoSelected = dialog.findChild<QPushButton *>(QStringLiteral("undoSelected"));
        QVERIFY(undoSelected->isEnabled());
        QTest::mouseClick(undoSelected, Qt::LeftButton);
        QVERIFY(dialog.undidSomething());
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Undone (retracted)"));
    }
    QVERIFY(scoreAt(*store, QStringLiteral("crt-lin"), kNow) > scoreAfterThree);

    // Ctrl+Z twice: the newest, then the oldest; then nothing is left.
    QString undoError;
    QCOMPARE(history.undoText(), QStringLiteral("Undo recording of violation %1").arg(ids[2]));
    QVERIFY2(history.undo(*store, kModWang, &undoError), qPrintable(undoError));
    QCOMPARE(history.undoText(), QStringLiteral("Undo recording of violation %1").arg(ids[0]));
    QVERIFY2(history.undo(*store, kModWang, &undoError), qPrintable(undoError));
    QVERIFY(!history.canUndo());
    QCOMPARE(history.undoText(), QStringLiteral("Nothing to undo"));
    QCOMPARE(scoreAt(*store, QStringLiteral("crt-lin"), kNow), 98);
    for (const ActionHistory::Row &row : history.rows(*store))
        QCOMPARE(row.status, QStringLiteral("Undone (retracted)"));
    QVERIFY2(store->verify({}, &error), qPrintable(error.message));
}

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
