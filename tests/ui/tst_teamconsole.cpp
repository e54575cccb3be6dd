// Two consoles on one team store (docs/teamstore.md "Two consoles"), on a real PostgreSQL 15 server: the
// throwaway cluster of scripts/pg-cluster.sh that CTest's fixture starts (tests/CMakeLists.txt). The console
// store of ConsoleFixture is copied into a new database with `redline-cli copy`, two senior moderators are
// made logins, and two main windows connect as them, each on its own working copy. What one records, the
// other's notifier (LISTEN/NOTIFY) takes in and shows without anyone pressing F5; when both decide one appeal,
// the second is refused (R-L3) naming who decided first, and both show that decision. The connect dialog asks
// for a password only when the server wants one, names the server in its errors, remembers no password, and
// the window keeps its store when a connection fails.

#include "appealqueuemodel.h"
#include "appealspage.h"
#include "casefileview.h"
#include "connectteamdialog.h"
#include "consolefixture.h"
#include "decideappealdialog.h"
#include "jsonlbytes.h"
#include "mainwindow.h"
#include "recordviolationdialog.h"
#include "pgtestcluster.h"

#include "query/appealquery.h"
#include "store/store.h"
#include "store/storelink.h"
#include "store/team/teamstore.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSocketNotifier>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <libpq-fe.h>

#include <functional>
#include <memory>

using namespace redline;

namespace {

// Generous: the machine may be paused for a while (a benchmark shares it); the waits end as soon as the
// condition holds.
constexpr int kWaitMs = 60000;

const char kDatabase[] = "redline_teamconsole";
const char kPassword[] = "team-console-password-1";

struct ConnDeleter {
    void operator()(PGconn *c) const { PQfinish(c); }
};
using Conn = std::unique_ptr<PGconn, ConnDeleter>;

// The first value of the statement's first row, or the server's refusal prefixed with "ERROR: ".
QString exec(PGconn *conn, const QString &sql)
{
    PGresult *result = PQexec(conn, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    QString value;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        value = QStringLiteral("ERROR: ") + QString::fromUtf8(PQerrorMessage(conn));
    else if (status == PGRES_TUPLES_OK && PQntuples(result) > 0)
        value = QString::fromUtf8(PQgetvalue(result, 0, 0));
    PQclear(result);
    return value;
}

// The first top-level row with a column whose text contains `text`.
const QTreeWidgetItem *rowShowing(const QTreeWidget *tree, const QString &text)
{
    if (!tree)
        return nullptr;
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = tree->topLevelItem(row);
        for (int column = 0; column < item->columnCount(); ++column) {
            if (item->text(column).contains(text))
                return item;
        }
    }
    return nullptr;
}

bool treeShows(const QTreeWidget *tree, const QString &text)
{
    return rowShowing(tree, text) != nullptr;
}

QString statusText(const MainWindow &window, const char *name)
{
    auto *label = window.findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QString();
}

// Runs `drive` on the next modal dialog of type T once it is shown (the window's exec() waits for it).
template <typename T>
void whenShown(const std::function<void(T *)> &drive)
{
    QTimer::singleShot(0, qApp, [drive] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            drive(dialog);
            return;
        }
        whenShown<T>(drive);
    });
}

} // namespace

class TestTeamConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void consoleShowsWhoActsWhere();
    void otherConsoleRefreshesByItself();
    void writesCatchUpShowsWithoutANotification();
    void secondDecisionIsRefusedNamingTheFirst();
    void connectDialogRefusesWhatIsNoTeamStore_data();
    void connectDialogRefusesWhatIsNoTeamStore();
    void failedConnectionKeepsTheStore();
    void connectDialogConnectsAndRemembers();
    void passwordIsAskedOnlyWhenTheServerWantsOne();
    void lostConnectionStopsTheNotifier();

private:
    QString url(const QString &login, const QString &database = QString::fromLatin1(kDatabase)) const;
    Conn admin(const QString &database = QString::fromLatin1(kDatabase)) const;
    void openBoth();

    QTemporaryDir m_dir;
    QTemporaryDir m_settings;
    QString m_host;
    QString m_port;
    std::unique_ptr<MainWindow> m_a; // smod.qin
    std::unique_ptr<MainWindow> m_b; // smod.xu
};

QString TestTeamConsole::url(const QString &login, const QString &database) const
{
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(login, database, m_host, m_port);
}

Conn TestTeamConsole::admin(const QString &database) const
{
    const QString conninfo = QStringLiteral("postgresql:///%1?host=%2&port=%3&user=postgres").arg(database, m_host, m_port);
    Conn conn(PQconnectdb(conninfo.toUtf8().constData()));
    if (PQstatus(conn.get()) != CONNECTION_OK)
        qWarning("cannot connect to %s: %s", qPrintable(database), PQerrorMessage(conn.get()));
    else
        exec(conn.get(), QStringLiteral("SET client_min_messages = warning"));
    return conn;
}

// ConsoleFixture's store with two senior moderators besides its users (a-1, on mod.li's v-1, is pending),
// copied into a new database of the test cluster, the two made logins.
void TestTeamConsole::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RedlineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_teamconsole"));
    qputenv("REDLINE_WORKING_COPIES", m_dir.filePath(QStringLiteral("working-copies")).toUtf8());

    const PgTestCluster cluster = PgTestCluster::locate(QStringLiteral(REDLINE_PG_DIR));
    QVERIFY2(!cluster.host.isEmpty(), "no PostgreSQL test cluster: run through ctest, whose fixture starts scripts/pg-cluster.sh");
    m_host = cluster.host;
    m_port = cluster.port;

    const QString path = m_dir.filePath(QStringLiteral("console.redline"));
    {
        std::unique_ptr<Store> store = ConsoleFixture::create(m_dir, 30);
        ConsoleFixture::append(*store, QStringLiteral(R"({"type":"user","name":"smod.qin","role":"senior_moderator","at":"2025-01-01"})"));
        ConsoleFixture::append(*store, QStringLiteral(R"({"type":"user","name":"smod.xu","role":"senior_moderator","at":"2025-01-01"})"));
        ConsoleFixture::append(*store, QStringLiteral(R"({"type":"user","name":"smod.pw","role":"senior_moderator","at":"2025-01-01"})"));
    }
    {
        const Conn postgres = admin(QStringLiteral("postgres"));
        QVERIFY(PQstatus(postgres.get()) == CONNECTION_OK);
        exec(postgres.get(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(QLatin1String(kDatabase)));
        const QString created = exec(postgres.get(), QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(kDatabase)));
        QVERIFY2(!created.startsWith(QLatin1String("ERROR")), qPrintable(created));
    }
    QProcess copy;
    copy.start(QStringLiteral(REDLINE_CLI),
               {QStringLiteral("copy"), QStringLiteral("--from"), path, QStringLiteral("--to"),
                QStringLiteral("postgresql:///%1?host=%2&port=%3&user=postgres").arg(QLatin1String(kDatabase), m_host, m_port)});
    QVERIFY(copy.waitForFinished(300000));
    QVERIFY2(copy.exitCode() == 0, copy.readAllStandardError().constData());

    const Conn owner = admin();
    for (const char *login : {"smod.qin", "smod.xu", "smod.pw"}) {
        const QString granted = exec(owner.get(), QStringLiteral("SELECT redline_grant_login('%1')").arg(QLatin1String(login)));
        QVERIFY2(granted == QLatin1String("redline_senior_moderator"), qPrintable(granted));
    }
}

void TestTeamConsole::init()
{
    QSettings().clear();
}

void TestTeamConsole::openBoth()
{
    m_b.reset();
    m_a.reset();
    m_a = std::make_unique<MainWindow>();
    m_b = std::make_unique<MainWindow>();
    for (MainWindow *window : {m_a.get(), m_b.get()}) {
        window->setClock(ConsoleFixture::kConsoleNow);
        window->resize(1200, 800);
        window->show();
    }
    QString error;
    QVERIFY2(m_a->openTeamStore(url(QStringLiteral("smod.qin")), false, &error), qPrintable(error));
    QVERIFY2(m_b->openTeamStore(url(QStringLiteral("smod.xu")), false, &error), qPrintable(error));
    QVERIFY(m_a->store()->isTeamStore());
    QVERIFY(m_a->store()->path() != m_b->store()->path()); // a working copy per login
}

// The title and the status bar name the server and the login; the server signed the login in, so the
// console offers no sign-in, sign-out or password change.
void TestTeamConsole::consoleShowsWhoActsWhere()
{
    openBoth();
    MainWindow &a = *m_a;
    const QString location = a.store()->location();
    QVERIFY2(location.contains(QLatin1String(kDatabase)), qPrintable(location));
    QVERIFY2(!location.contains(QLatin1String("password")), qPrintable(location));
    QVERIFY2(a.windowTitle().contains(location), qPrintable(a.windowTitle()));
    QVERIFY2(a.windowTitle().contains(QLatin1String("smod.qin (Senior moderator)")), qPrintable(a.windowTitle()));
    QCOMPARE(statusText(a, "statusPath"), QStringLiteral("Team store %1").arg(location));
    QCOMPARE(statusText(a, "statusUser"), QStringLiteral("Signed in by the server as <b>smod.qin</b> · Senior moderator"));
    QCOMPARE(statusText(a, "statusTeam"), QStringLiteral("Team · live"));
    QVERIFY(a.findChild<QSocketNotifier *>(QStringLiteral("teamNotifier")));
    QCOMPARE(a.session().user, QStringLiteral("smod.qin"));
    QVERIFY(a.session().isSignedIn());
    auto *signIn = a.findChild<QAction *>(QStringLiteral("signInAction"));
    QVERIFY(!signIn->isEnabled());
    QVERIFY2(signIn->toolTip().contains(QLatin1String("The server signed you in as smod.qin")), qPrintable(signIn->toolTip()));
    QVERIFY(!a.findChild<QAction *>(QStringLiteral("signOutAction"))->isEnabled());
    QVERIFY(!a.findChild<QAction *>(QStringLiteral("changePasswordAction"))->isEnabled());
    QVERIFY(a.findChild<QAction *>(QStringLiteral("recordAction"))->isEnabled());
    QVERIFY(!a.signIn()); // says so in the status bar, shows no dialog
    QVERIFY(a.statusBar()->currentMessage().contains(QLatin1String("The server signed you in as smod.qin")));
}

// A records a violation through its window (the record dialog, Actions, the link); B, showing that subject's
// case file, takes it in when its notifier fires and shows it, naming A's login in the status bar.
void TestTeamConsole::otherConsoleRefreshesByItself()
{
    openBoth();
    MainWindow &a = *m_a;
    MainWindow &b = *m_b;
    QVERIFY(b.openSubject(QStringLiteral("crt-wang")));
    CaseFileView *bCase = b.pageWidget(MainWindow::Creators)->caseFile();
    auto *bViolations = bCase->findChild<QTreeWidget *>(QStringLiteral("violationsTree"));
    QVERIFY(treeShows(bViolations, QStringLiteral("v-2")));

    QString recorded;
    whenShown<RecordViolationDialog>([&recorded](RecordViolationDialog *dialog) {
        QVERIFY(dialog->selectCode(QStringLiteral("creator.unreported_ad")));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("evidenceEdit"))->setPlainText(QStringLiteral("广告未报备"));
        QVERIFY2(dialog->blockingReason().isEmpty(), qPrintable(dialog->blockingReason()));
        dialog->accept();
        recorded = dialog->recordedViolationId();
        if (dialog->isVisible())
            dialog->reject();
    });
    a.recordViolation(QStringLiteral("crt-wang"));
    QVERIFY(!recorded.isEmpty());
    // A's own write refreshed A as always.
    QVERIFY(a.openSubject(QStringLiteral("crt-wang")));
    QVERIFY(treeShows(a.pageWidget(MainWindow::Creators)->caseFile()->findChild<QTreeWidget *>(QStringLiteral("violationsTree")),
                      recorded));
    QVERIFY2(a.statusBar()->currentMessage().startsWith(QStringLiteral("Recorded %1 on crt-wang.").arg(recorded)),
             qPrintable(a.statusBar()->currentMessage()));

    // Nobody touches B: its notifier brings the violation in.
    QVERIFY(!treeShows(bViolations, recorded));
    QTRY_VERIFY_WITH_TIMEOUT(treeShows(bViolations, recorded), kWaitMs);
    QCOMPARE(b.statusBar()->currentMessage(), QStringLiteral("smod.qin recorded changes on the team store."));
    QCOMPARE(bCase->currentHandle(), QStringLiteral("crt-wang"));
    // The refresh does not put the "Team · live" mark over the message; it is back once the message goes.
    auto *mark = b.findChild<QLabel *>(QStringLiteral("statusTeam"));
    QVERIFY(!mark->isVisible());
    b.statusBar()->clearMessage();
    QVERIFY(mark->isVisible());
}

// A write of B's own catches up before its validator runs, and the connection reads A's notification while
// it answers: the socket then stays quiet, yet B's pages show what the write took in (MainWindow::onTeamPoll).
void TestTeamConsole::writesCatchUpShowsWithoutANotification()
{
    openBoth();
    MainWindow &b = *m_b;
    QVERIFY(b.openSubject(QStringLiteral("crt-wang")));
    auto *bViolations = b.pageWidget(MainWindow::Creators)->caseFile()->findChild<QTreeWidget *>(QStringLiteral("violationsTree"));
    StoreError error;
    QVERIFY2(JsonlBytes::import(*m_a->store(),
                                R"({"type":"violation","id":"v-caught","subject":"crt-wang","code":"creator.unreported_ad","at":"2025-02-09","by":"smod.qin"})" "\n",
                                &error),
             qPrintable(error.message));
    QVERIFY2(JsonlBytes::import(*b.store(),
                                R"({"type":"note","subject":"crt-lin","at":"2025-02-09","by":"smod.xu","text":"checked"})" "\n",
                                &error),
             qPrintable(error.message));
    QVERIFY(!treeShows(bViolations, QStringLiteral("v-caught")));
    QTRY_VERIFY_WITH_TIMEOUT(treeShows(bViolations, QStringLiteral("v-caught")), kWaitMs);
}

// Both decide a-1: A first, through its window; B, whose dialog opened on the appeal as pending, is refused
// by the validator after its write caught up (R-L3), is told who decided, and its queue drops the appeal.
// The server holds one decision, and both consoles show it.
void TestTeamConsole::secondDecisionIsRefusedNamingTheFirst()
{
    openBoth();
    MainWindow &a = *m_a;
    MainWindow &b = *m_b;
    b.showPage(MainWindow::Appeals);
    auto *page = qobject_cast<AppealsPage *>(b.pageWidget(MainWindow::Appeals));
    QVERIFY(page);
    const int row = page->model()->rowOfAppeal(QStringLiteral("a-1"));
    QVERIFY(row >= 0);
    page->table()->setCurrentIndex(page->model()->index(row, 0));
    QCOMPARE(page->currentAppealId(), QStringLiteral("a-1"));

    const auto decide = [](DecideAppealDialog::Outcome outcome, const QString &reason) {
        return [outcome, reason](DecideAppealDialog *dialog) {
            dialog->setOutcome(outcome);
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))->setPlainText(reason);
            dialog->accept();
        };
    };
    whenShown<DecideAppealDialog>(decide(DecideAppealDialog::Overturned, QStringLiteral("原创内容,证据充分")));
    a.decideAppeal(QStringLiteral("a-1"));
    StoreError error;
    std::optional<AppealRecord> onA = AppealQuery(*a.store()).appeal(QStringLiteral("a-1"), &error);
    QVERIFY(onA);
    QCOMPARE(onA->decidedBy, QStringLiteral("smod.qin"));
    QCOMPARE(onA->outcome, QStringLiteral("overturned"));

    // B has not run its event loop since: its working copy still has a-1 pending, and so has its dialog.
    QVERIFY(AppealQuery(*b.store()).appeal(QStringLiteral("a-1"), &error)->pending());
    QString refusal;
    whenShown<DecideAppealDialog>([&](DecideAppealDialog *dialog) {
        QVERIFY(dialog->blockingReason().isEmpty() || dialog->blockingReason().startsWith(QLatin1String("Choose")));
        whenShown<QMessageBox>([&refusal](QMessageBox *box) {
            refusal = box->text();
            box->accept();
        });
        decide(DecideAppealDialog::Upheld, QStringLiteral("维持"))(dialog);
    });
    QVERIFY(!page->decideCurrent());
    QVERIFY2(refusal.contains(QLatin1String("smod.qin decided a-1 first: overturned")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QLatin1String("a-1 was already decided")), qPrintable(refusal)); // the validator's R-L3

    // B shows the decision that won, without a manual refresh.
    std::optional<AppealRecord> onB = AppealQuery(*b.store()).appeal(QStringLiteral("a-1"), &error);
    QVERIFY(onB);
    QCOMPARE(onB->decidedBy, QStringLiteral("smod.qin"));
    QCOMPARE(onB->outcome, QStringLiteral("overturned"));
    QCOMPARE(page->model()->rowOfAppeal(QStringLiteral("a-1")), -1);
    QVERIFY(b.openSubject(QStringLiteral("crt-lin")));
    auto *bViolations = b.pageWidget(MainWindow::Creators)->caseFile()->findChild<QTreeWidget *>(QStringLiteral("violationsTree"));
    const QTreeWidgetItem *v1 = rowShowing(bViolations, QStringLiteral("v-1"));
    QVERIFY(v1);
    QVERIFY2(v1->toolTip(7).contains(QLatin1String("Decision by smod.qin")), qPrintable(v1->toolTip(7)));

    const Conn owner = admin();
    QCOMPARE(exec(owner.get(), QStringLiteral("SELECT count(*) FROM events d JOIN events a ON d.ref_seq = a.seq "
                                              "WHERE a.ext_id = 'a-1' AND d.type = 3")),
             QStringLiteral("1"));
}

void TestTeamConsole::connectDialogRefusesWhatIsNoTeamStore_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << "" << "Enter the team store's URL, e.g. postgresql://mod.li@dbhost/redline.";
    QTest::newRow("a file") << "/tmp/team.db"
                            << "/tmp/team.db is not a team store's URL: it starts with postgresql://, as in "
                               "postgresql://mod.li@dbhost/redline. To open a store file, use File > Open store.";
    QTest::newRow("no such database") << "@nodb" << "Could not reach the server: ";
    QTest::newRow("no such server") << "@noserver" << "Could not reach the server: ";
}

// Errors name the server (a database, a socket that is not there) and leave the dialog open.
void TestTeamConsole::connectDialogRefusesWhatIsNoTeamStore()
{
    QFETCH(QString, location);
    QFETCH(QString, message);
    if (location == QLatin1String("@nodb"))
        location = url(QStringLiteral("smod.qin"), QStringLiteral("redline_no_such_db"));
    else if (location == QLatin1String("@noserver"))
        location = QStringLiteral("postgresql://smod.qin@/redline?host=%1&port=%2")
                       .arg(m_dir.filePath(QStringLiteral("no-server")), m_port);
    ConnectTeamDialog dialog(StoreOptions{});
    dialog.setUrl(location);
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.takeStore());
    QVERIFY2(dialog.errorText().startsWith(message), qPrintable(dialog.errorText()));
    if (message.startsWith(QLatin1String("Could not reach"))) {
        QVERIFY2(dialog.errorText().contains(TeamStore::displayName(location)), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.errorText().count(QLatin1String("postgresql://")), 1);
    }
    QVERIFY(ConnectTeamDialog::recentStores().isEmpty());
}

// A store file is open; connecting to a team store that cannot be reached says why and keeps the file.
void TestTeamConsole::failedConnectionKeepsTheStore()
{
    QTemporaryDir dir;
    ConsoleFixture::create(dir, 5);
    MainWindow window;
    window.show();
    QVERIFY(window.openStore(dir.filePath(QStringLiteral("console.redline")), false));
    const QString before = window.store()->path();
    QString error;
    QVERIFY(!window.openTeamStore(url(QStringLiteral("smod.qin"), QStringLiteral("redline_no_such_db")), false, &error));
    QVERIFY2(error.startsWith(QLatin1String("could not reach the server: postgresql://smod.qin@/redline_no_such_db")),
             qPrintable(error));
    QCOMPARE(error.count(QLatin1String("postgresql://")), 1); // named once
    QCOMPARE(window.store()->path(), before);
    QVERIFY(!window.store()->isTeamStore());
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("statusTeam"))->isVisibleTo(&window));
}

// Connect opens the linked working copy and remembers the URL as shown (no password) for the recent list and
// File > Open recent.
void TestTeamConsole::connectDialogConnectsAndRemembers()
{
    const QString location = url(QStringLiteral("smod.xu"));
    {
        ConnectTeamDialog dialog(StoreOptions{});
        QVERIFY(!dialog.findChild<QListWidget *>(QStringLiteral("recentTeamStores"))->isVisibleTo(&dialog));
        dialog.setUrl(location);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
        QVERIFY(!dialog.isAskingForPassword());
        std::unique_ptr<Store> store = dialog.takeStore();
        QVERIFY(store);
        QVERIFY(store->isTeamStore());
        QCOMPARE(store->link()->login(), QStringLiteral("smod.xu"));
    }
    QCOMPARE(ConnectTeamDialog::recentStores(), QStringList{TeamStore::displayName(location)});
    ConnectTeamDialog again(StoreOptions{});
    auto *recent = again.findChild<QListWidget *>(QStringLiteral("recentTeamStores"));
    QVERIFY(recent->isVisibleTo(&again));
    QCOMPARE(recent->count(), 1);
    QCOMPARE(again.url(), TeamStore::displayName(location));

    MainWindow window;
    QAction *entry = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->data().toString() == TeamStore::displayName(location))
            entry = action;
    }
    QVERIFY2(entry, "File > Open recent lists the team store");
}

// A login the server authenticates with a password (a pg_hba.conf line for it alone, scram-sha-256): the
// dialog asks for it, a wrong one is refused naming the server, the right one connects, and the password is
// in no setting.
void TestTeamConsole::passwordIsAskedOnlyWhenTheServerWantsOne()
{
    const Conn postgres = admin(QStringLiteral("postgres"));
    const QString hbaPath = exec(postgres.get(), QStringLiteral("SHOW hba_file"));
    QFile hba(hbaPath);
    if (!hba.open(QIODevice::ReadWrite))
        QSKIP("the test cluster's pg_hba.conf cannot be written here");
    const QByteArray rules = hba.readAll();
    const QByteArray line = "local all smod.pw scram-sha-256\n";
    if (!rules.startsWith(line)) {
        hba.resize(0);
        hba.write(line + rules);
    }
    hba.close();
    QCOMPARE(exec(postgres.get(), QStringLiteral("ALTER ROLE \"smod.pw\" PASSWORD '%1'").arg(QLatin1String(kPassword))), QString());
    QCOMPARE(exec(postgres.get(), QStringLiteral("SELECT pg_reload_conf()")), QStringLiteral("t"));

    const QString location = url(QStringLiteral("smod.pw"));
    StoreError error;
    QTRY_VERIFY_WITH_TIMEOUT(TeamStore::needsPassword(location, &error), kWaitMs); // once the server has reloaded
    ConnectTeamDialog dialog(StoreOptions{});
    dialog.setUrl(location);
    dialog.show();
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("teamPasswordEdit"));
    QVERIFY(!password->isVisibleTo(&dialog));
    dialog.accept();
    QVERIFY(dialog.isAskingForPassword());
    QVERIFY(password->isVisibleTo(&dialog));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(dialog.errorText().isEmpty());

    password->setText(QStringLiteral("wrong-password"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().startsWith(QStringLiteral("The server refused the login: ")), qPrintable(dialog.errorText()));
    QVERIFY2(dialog.errorText().contains(TeamStore::displayName(location)), qPrintable(dialog.errorText()));
    QVERIFY(password->text().isEmpty()); // kept nowhere, not even for a second try

    password->setText(QString::fromLatin1(kPassword));
    dialog.accept();
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
    QVERIFY(dialog.takeStore());
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QLatin1String(kPassword)), qPrintable(key));
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains(kPassword));
}

// The server ends B's connection: the notifier stops (a closed socket would fire for ever) and the status bar
// says that changes are no longer shown as they are made.
void TestTeamConsole::lostConnectionStopsTheNotifier()
{
    openBoth();
    MainWindow &b = *m_b;
    QVERIFY(b.findChild<QSocketNotifier *>(QStringLiteral("teamNotifier")));
    const Conn postgres = admin(QStringLiteral("postgres"));
    QCOMPARE(exec(postgres.get(), QStringLiteral("SELECT count(*) > 0 FROM pg_stat_activity WHERE usename = 'smod.xu'")),
             QStringLiteral("t"));
    exec(postgres.get(), QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'smod.xu'"));
    QTRY_VERIFY_WITH_TIMEOUT(!b.findChild<QSocketNotifier *>(QStringLiteral("teamNotifier")), kWaitMs);
    QVERIFY2(b.statusBar()->currentMessage().startsWith(QLatin1String("The connection to ")),
             qPrintable(b.statusBar()->currentMessage()));
    QCOMPARE(statusText(b, "statusTeam"), QStringLiteral("Team"));
}

QTEST_MAIN(TestTeamConsole)
#include "tst_teamconsole.moc"
