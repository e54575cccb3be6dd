// Sign-in to a secured store (docs/roles.md "Signing in"), through the real console on a real store file:
// users and passwords are made through Actions (an open session adds the users and gives the administrator
// a password, which secures the store; the administrator, signed in, gives the others theirs). A wrong
// password, an unknown user and a disabled user get one message; the right password signs in and the status
// bar names the user and the translated role; Cancel leaves every write disabled, saying to sign in; a
// compliance officer cannot open Record violation while a moderator can; every write is the signed-in user's.

#include "casefileview.h"
#include "changepassworddialog.h"
#include "consolefixture.h"
#include "mainwindow.h"
#include "recordviolationdialog.h"
#include "signindialog.h"
#include "subjectbrowserpage.h"

#include "actions/actions.h"
#include "actions/authenticator.h"
#include "base/identity.h"
#include "query/auditquery.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace redline;

namespace {

const QString kPassword = QStringLiteral("correct horse 7");

QString statusText(MainWindow &window, const char *name)
{
    auto *label = window.findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

// Runs `act` on the next modal dialog of class T once it is up (a sign-in dialog blocks in exec()).
template <typename T>
void whenModal(const std::function<void(T *)> &act, int attempts = 250)
{
    QTimer::singleShot(20, qApp, [act, attempts] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            act(dialog);
            return;
        }
        if (attempts > 0)
            whenModal<T>(act, attempts - 1);
    });
}

void fill(SignInDialog *dialog, const QString &user, const QString &password)
{
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"));
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    name->setText(user);
    secret->setText(password);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

QAction *action(MainWindow &window, const char *name)
{
    auto *a = window.findChild<QAction *>(QString::fromLatin1(name));
    if (!a)
        qFatal("no action %s", name);
    return a;
}

CaseFileView *caseFileOf(MainWindow &window, const QString &handle)
{
    if (!window.openSubject(handle))
        qFatal("no subject %s", qPrintable(handle));
    auto *browser = qobject_cast<SubjectBrowserPage *>(window.pageWidget(window.currentPage()));
    return browser ? browser->caseFile() : nullptr;
}

QPushButton *recordButton(CaseFileView *view)
{
    return view->findChild<QPushButton *>(QStringLiteral("recordViolationButton"));
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theStoreIsSecured();
    void oneMessageForEveryRefusal_data();
    void oneMessageForEveryRefusal();
    void cancelLeavesTheConsoleReadOnly();
    void rightPasswordSignsIn();
    void complianceCannotRecordAModeratorCan();
    void writesAreTheSignedInUsers();
    void presetAndLastUserArePreselected();
    void signOutAndChangePassword();
    void securedMeanwhileEndsTheOpenSession();

private:
    std::unique_ptr<MainWindow> openWindow(const std::function<void(SignInDialog *)> &signIn);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_storeDir;
    QString m_path;
};

void TestSignIn::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RedlineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_signin"));
}

// The fixture's subjects and violations, then users through Actions: on the open session the users are
// added, and the administrator's password secures the store; signed in, the administrator gives the others
// their passwords and disables one.
void TestSignIn::init()
{
    QSettings().clear();
    m_storeDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_storeDir->isValid());
    std::unique_ptr<Store> store = ConsoleFixture::create(*m_storeDir, 0);
    m_path = store->path();
    StoreError error;
    const Session open = Authenticator::initialSession(*store, &error);
    QVERIFY(open.isOpen());
    Actions asOpen(*store, open);
    QVERIFY2(asOpen.addUser(QStringLiteral("comp.qian"), QStringLiteral("compliance"), QString(), &error), qPrintable(error.message));
    QVERIFY2(asOpen.addUser(QStringLiteral("mod.emma"), QStringLiteral("moderator"), QString(), &error), qPrintable(error.message));
    QVERIFY2(asOpen.addUser(QStringLiteral("mod.gone"), QStringLiteral("moderator"), QString(), &error), qPrintable(error.message));
    QVERIFY2(asOpen.setPassword(QStringLiteral("admin"), kPassword, &error), qPrintable(error.message));
    QVERIFY(store->isSecured());
    const std::optional<Session> admin = Authenticator::signIn(*store, QStringLiteral("admin"), kPassword, &error);
    QVERIFY2(admin, qPrintable(error.message));
    Actions asAdmin(*store, *admin);
    for (const char *user : {"comp.qian", "mod.emma", "mod.gone", "mod.wang"})
        QVERIFY2(asAdmin.setPassword(QString::fromLatin1(user), kPassword, &error), qPrintable(error.message));
    QVERIFY2(asAdmin.setDisabled(QStringLiteral("mod.gone"), true, &error), qPrintable(error.message));
}

void TestSignIn::cleanup()
{
    m_storeDir.reset();
}

// Opens the window on the secured store and runs `signIn` on the sign-in dialog it shows.
std::unique_ptr<MainWindow> TestSignIn::openWindow(const std::function<void(SignInDialog *)> &signIn)
{
    auto window = std::make_unique<MainWindow>();
    window->setClock(ConsoleFixture::kConsoleNow);
    window->show();
    bool asked = false;
    whenModal<SignInDialog>([&asked, signIn](SignInDialog *dialog) {
        asked = true;
        signIn(dialog);
    });
    if (!window->openStore(m_path))
        qFatal("could not open %s", qPrintable(m_path));
    if (!asked)
        qFatal("the secured store did not ask for a sign-in");
    return window;
}

void TestSignIn::theStoreIsSecured()
{
    StoreOptions options;
    options.now = ConsoleFixture::kConsoleNow;
    StoreError error;
    std::unique_ptr<Store> store = Store::open(m_path, options, &error);
    QVERIFY2(store, qPrintable(error.message));
    QVERIFY(store->isSecured());
    QVERIFY(!Authenticator::initialSession(*store).canWrite());
    QVERIFY(store->user(QStringLiteral("mod.gone"))->disabled);
    // The passwords are Argon2id hashes, never the password.
    QVERIFY(store->user(QStringLiteral("mod.emma"))->passwordHash.startsWith("$argon2id$"));
}

void TestSignIn::oneMessageForEveryRefusal_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password") << "mod.emma" << "correct horse 8";
    QTest::newRow("unknown user") << "mod.nobody" << kPassword;
    QTest::newRow("disabled user, right password") << "mod.gone" << kPassword;
    QTest::newRow("not a valid name") << "mod emma" << kPassword;
    QTest::newRow("a user without a password") << "mod.li" << kPassword;
}

void TestSignIn::oneMessageForEveryRefusal()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QString shown;
    bool stillOpen = false;
    bool cleared = false;
    Session session = Session::anonymous();
    const auto window = openWindow([&](SignInDialog *dialog) {
        fill(dialog, user, password);
        shown = dialog->errorText();
        stillOpen = dialog->isVisible();
        session = dialog->session();
        cleared = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty();
        dialog->reject();
    });
    QVERIFY(cleared); // the password is not kept for another try
    QCOMPARE(shown, QStringLiteral("Unknown user or wrong password."));
    QVERIFY(stillOpen); // the dialog stays for another try
    QVERIFY(!session.canWrite());
    QVERIFY(!window->session().canWrite());
}

void TestSignIn::cancelLeavesTheConsoleReadOnly()
{
    const auto window = openWindow([](SignInDialog *dialog) { dialog->reject(); });
    QCOMPARE(window->session().mode, Session::Mode::Anonymous);
    QVERIFY(window->session().user.isEmpty()); // nobody, not some default user
    QCOMPARE(statusText(*window, "statusUser"), QStringLiteral("<b>Not signed in</b> · read-only"));
    QCOMPARE(window->windowTitle(), QStringLiteral("console.redline — Redline — not signed in"));
    const QString signInFirst = QStringLiteral("Sign in to record violations (Session > Sign in…): it needs the role "
                                               "Moderator or Senior moderator.");
    QAction *record = action(*window, "recordAction");
    QVERIFY(!record->isEnabled());
    QCOMPARE(record->toolTip(), signInFirst);
    QVERIFY(action(*window, "signInAction")->isEnabled());
    QVERIFY(!action(*window, "signOutAction")->isEnabled());
    QVERIFY(!action(*window, "changePasswordAction")->isEnabled());
    CaseFileView *caseFile = caseFileOf(*window, QStringLiteral("crt-wang"));
    QVERIFY(caseFile);
    QVERIFY(!recordButton(caseFile)->isEnabled());
    QCOMPARE(recordButton(caseFile)->toolTip(), signInFirst);
    // Ctrl+N's slot refuses too, saying why, and writes nothing.
    const qint64 events = window->store()->eventCount();
    window->recordViolation(QStringLiteral("crt-wang"));
    QCOMPARE(window->statusBar()->currentMessage(), signInFirst);
    QCOMPARE(window->store()->eventCount(), events);
    // Reading needs no sign-in: the case file is there.
    QCOMPARE(caseFile->data().state().score, 90);
}

void TestSignIn::rightPasswordSignsIn()
{
    const auto window = openWindow([](SignInDialog *dialog) { fill(dialog, QStringLiteral("MOD.EMMA"), kPassword); });
    QVERIFY(window->session().isSignedIn());
    QCOMPARE(window->session().user, QStringLiteral("mod.emma")); // the stored spelling (R-P3)
    QCOMPARE(*window->session().role, Role::Moderator);
    QCOMPARE(statusText(*window, "statusUser"), QStringLiteral("Signed in as <b>mod.emma</b> · Moderator"));
    QCOMPARE(window->windowTitle(), QStringLiteral("console.redline — Redline — mod.emma (Moderator)"));
    QVERIFY(action(*window, "recordAction")->isEnabled());
    QVERIFY(action(*window, "signOutAction")->isEnabled());
    QVERIFY(action(*window, "changePasswordAction")->isEnabled());
    QCOMPARE(SignInDialog::lastUser(), QStringLiteral("mod.emma"));
}

void TestSignIn::complianceCannotRecordAModeratorCan()
{
    {
        const auto window = openWindow([](SignInDialog *dialog) { fill(dialog, QStringLiteral("comp.qian"), kPassword); });
        QCOMPARE(statusText(*window, "statusUser"), QStringLiteral("Signed in as <b>comp.qian</b> · Compliance officer"));
        const QString needs = QStringLiteral("To record violations you need the role Moderator or Senior moderator; you "
                                             "are signed in as comp.qian (Compliance officer).");
        QAction *record = action(*window, "recordAction");
        QVERIFY(!record->isEnabled());
        QCOMPARE(record->toolTip(), needs);
        CaseFileView *caseFile = caseFileOf(*window, QStringLiteral("crt-wang"));
        QVERIFY(!recordButton(caseFile)->isEnabled());
        QCOMPARE(recordButton(caseFile)->toolTip(), needs);
        // Ctrl+N on the open case file does not open the dialog.
        bool opened = false;
        whenModal<RecordViolationDialog>([&opened](RecordViolationDialog *dialog) {
            opened = true;
            dialog->reject();
        }, 10);
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::qWait(300);
        QVERIFY(!opened);
    }
    const auto window = openWindow([](SignInDialog *dialog) { fill(dialog, QStringLiteral("mod.emma"), kPassword); });
    QVERIFY(action(*window, "recordAction")->isEnabled());
    CaseFileView *caseFile = caseFileOf(*window, QStringLiteral("crt-wang"));
    QVERIFY(recordButton(caseFile)->isEnabled());
    bool opened = false;
    whenModal<RecordViolationDialog>([&opened](RecordViolationDialog *dialog) {
        opened = true;
        dialog->reject();
    });
    recordButton(caseFile)->click();
    QVERIFY(opened);
}

// The record dialog and undo go through Actions as the signed-in user: the event's `by`, its recorded_by
// and the audit actor are mod.emma; undo is her retraction.
void TestSignIn::writesAreTheSignedInUsers()
{
    const auto window = openWindow([](SignInDialog *dialog) { fill(dialog, QStringLiteral("mod.emma"), kPassword); });
    Store &store = *window->store();
    whenModal<RecordViolationDialog>([](RecordViolationDialog *dialog) {
        QVERIFY(dialog->selectCode(QStringLiteral("creator.diversion")));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("evidenceEdit"))->setPlainText(QStringLiteral("加V: wx id"));
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
        QVERIFY2(ok->isEnabled(), qPrintable(dialog->blockingReason()));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    window->recordViolation(QStringLiteral("crt-linda"));
    StoredEvent last;
    StoredEvent notice;
    StoreError error;
    store.forEachEvent([&last, &notice](qint64, const StoredEvent &e) {
        (e.type == EventType::Notice ? notice : last) = e; // the violation's notice follows it (core/notice)
        return true;
    }, &error);
    QCOMPARE(notice.by, QStringLiteral("mod.emma"));
    QCOMPARE(last.type, EventType::Violation);
    QCOMPARE(last.id, QStringLiteral("v-20250210-1")); // minted by Actions
    QCOMPARE(last.by, QStringLiteral("mod.emma"));
    QCOMPARE(last.recordedBy, QStringLiteral("mod.emma"));
    QCOMPARE(store.auditTrail(QStringLiteral("crt-linda")).constLast().actor, QStringLiteral("mod.emma"));
    QCOMPARE(store.auditTrail(QStringLiteral("crt-linda")).constLast().action, QStringLiteral("record_violation"));

    QAction *undo = action(*window, "undoAction");
    QVERIFY(undo->isEnabled());
    undo->trigger();
    store.forEachEvent([&last](qint64, const StoredEvent &e) {
        last = e;
        return true;
    }, &error);
    QCOMPARE(last.type, EventType::Retraction);
    QCOMPARE(last.by, QStringLiteral("mod.emma"));
    QCOMPARE(store.auditTrail(QStringLiteral("crt-linda")).constLast().action, QStringLiteral("retract_violation"));
    QVERIFY2(store.verify({}, &error), qPrintable(error.message));
}

void TestSignIn::presetAndLastUserArePreselected()
{
    {
        std::unique_ptr<Store> store = Store::open(m_path, {}, nullptr);
        SignInDialog dialog(*store);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"))->text(), QString()); // nobody yet
    }
    QString preset;
    MainWindow window;
    window.setClock(ConsoleFixture::kConsoleNow);
    window.setPresetUser(QStringLiteral("smod.gao")); // redline --user smod.gao: a preselection, not a sign-in
    window.show();
    whenModal<SignInDialog>([&preset](SignInDialog *dialog) {
        preset = dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->text();
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
        dialog->reject();
    });
    QVERIFY(window.openStore(m_path));
    QCOMPARE(preset, QStringLiteral("smod.gao"));
    QVERIFY(!window.session().canWrite()); // --user alone signs nobody in

    // After a sign-in, this machine remembers who signed in last.
    QSettings().setValue(QLatin1String(SignInDialog::kLastUserKey), QStringLiteral("comp.qian"));
    std::unique_ptr<Store> store = Store::open(m_path, {}, nullptr);
    SignInDialog dialog(*store);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"))->text(), QStringLiteral("comp.qian"));
}

void TestSignIn::signOutAndChangePassword()
{
    const auto window = openWindow([](SignInDialog *dialog) { fill(dialog, QStringLiteral("mod.emma"), kPassword); });
    Store &store = *window->store();

    // Change password: the current one is asked for first, the new one is set through Actions and audited.
    ChangePasswordDialog change(store, window->session());
    auto *current = change.findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit"));
    auto *fresh = change.findChild<QLineEdit *>(QStringLiteral("newPasswordEdit"));
    auto *repeat = change.findChild<QLineEdit *>(QStringLiteral("repeatPasswordEdit"));
    QPushButton *ok = change.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    fresh->setText(QStringLiteral("short"));
    current->setText(QStringLiteral("not it at all"));
    repeat->setText(QStringLiteral("short"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(change.blockingReason(), QStringLiteral("New password: a password needs at least 8 characters."));
    fresh->setText(QStringLiteral("new horse 9"));
    QCOMPARE(change.blockingReason(), QStringLiteral("The two new passwords differ."));
    repeat->setText(QStringLiteral("new horse 9"));
    QVERIFY(ok->isEnabled());
    change.accept(); // the current password is wrong
    QCOMPARE(change.errorText(), QStringLiteral("The current password is wrong."));
    QCOMPARE(change.result(), int(QDialog::Rejected));
    current->setText(kPassword);
    change.accept();
    QCOMPARE(change.result(), int(QDialog::Accepted));
    QVERIFY(!Authenticator::signIn(store, QStringLiteral("mod.emma"), kPassword, nullptr));
    QVERIFY(Authenticator::signIn(store, QStringLiteral("mod.emma"), QStringLiteral("new horse 9"), nullptr));
    StoreError error;
    QVector<AuditEntry> rows;
    QVERIFY(AuditQuery(store).fetch(AuditFilter{}, 0, 1, &rows, &error));
    QCOMPARE(rows.first().action, QStringLiteral("set_password"));
    QCOMPARE(rows.first().actor, QStringLiteral("mod.emma"));

    // Sign out: back to read-only, nobody's.
    action(*window, "signOutAction")->trigger();
    QCOMPARE(window->session().mode, Session::Mode::Anonymous);
    QVERIFY(!action(*window, "recordAction")->isEnabled());
    QCOMPARE(statusText(*window, "statusUser"), QStringLiteral("<b>Not signed in</b> · read-only"));
    // And in again, from the Session menu.
    QString shown;
    whenModal<SignInDialog>([&shown](SignInDialog *dialog) {
        fill(dialog, QStringLiteral("smod.gao"), kPassword); // smod.gao has no password
        shown = dialog->errorText();
        dialog->reject();
    });
    QVERIFY(!window->signIn());
    QCOMPARE(shown, QStringLiteral("Unknown user or wrong password."));
    QCOMPARE(window->session().mode, Session::Mode::Anonymous);
    whenModal<SignInDialog>([](SignInDialog *dialog) { fill(dialog, QStringLiteral("mod.wang"), kPassword); });
    QVERIFY(window->signIn());
    QCOMPARE(statusText(*window, "statusUser"), QStringLiteral("Signed in as <b>mod.wang</b> · Moderator"));
}

// An open session ends when the store is secured meanwhile (another console or redline-cli gave a user a
// password): the next refresh drops to read-only and asks for a sign-in rather than keep writing as the
// OS user.
void TestSignIn::securedMeanwhileEndsTheOpenSession()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> created = ConsoleFixture::create(dir, 0);
    const QString path = created->path();
    created.reset();
    MainWindow window;
    window.setClock(ConsoleFixture::kConsoleNow);
    window.show();
    QVERIFY(window.openStore(path, false));
    QVERIFY(window.session().isOpen());
    {
        StoreOptions options;
        options.now = ConsoleFixture::kConsoleNow;
        std::unique_ptr<Store> other = Store::open(path, options, nullptr);
        QVERIFY(other);
        StoreError error;
        QVERIFY2(Actions(*other, Session::open(QStringLiteral("root"))).setPassword(QStringLiteral("admin"), kPassword, &error),
                 qPrintable(error.message));
    }
    bool asked = false;
    whenModal<SignInDialog>([&asked](SignInDialog *dialog) {
        asked = true;
        dialog->reject();
    });
    window.refreshAll();
    QCOMPARE(window.session().mode, Session::Mode::Anonymous);
    QVERIFY(!action(window, "recordAction")->isEnabled());
    QTRY_VERIFY(asked);
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
