// The action layer (docs/architecture.md "Actions", docs/roles.md): every action for every role, allowed
// and refused as the permission matrix in docs/roles.md says; sign-in with Argon2id hashes; who an action
// is recorded as; and the audit row it writes. Real SQLite files: each row works on its own copy of one
// prepared store (basic.jsonl plus an appeal on another moderator's violation).

#include "actions/actions.h"
#include "actions/authenticator.h"
#include "base/identity.h"
#include "base/role.h"
#include "policy/policyloader.h"
#include "query/audittext.h"
#include "store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace redline;

Q_DECLARE_METATYPE(redline::Permission)
Q_DECLARE_METATYPE(redline::Role)

namespace {

StoreOptions optionsAt(const char *instant)
{
    StoreOptions options;
    options.now = *parseInstant(QString::fromLatin1(instant));
    options.actor = QStringLiteral("tester");
    return options;
}

// The matrix as docs/roles.md writes it, independently of PermissionMatrix: the test fails when the code
// and the documentation part.
const QHash<QString, QStringList> &documentedMatrix()
{
    static const QHash<QString, QStringList> matrix{
        {QStringLiteral("record_violation"), {QStringLiteral("moderator"), QStringLiteral("senior_moderator")}},
        {QStringLiteral("retract_violation"), {QStringLiteral("moderator"), QStringLiteral("senior_moderator")}},
        {QStringLiteral("file_appeal"), {QStringLiteral("moderator"), QStringLiteral("senior_moderator")}},
        {QStringLiteral("decide_appeal"), {QStringLiteral("senior_moderator")}},
        {QStringLiteral("record_exam"), {QStringLiteral("moderator"), QStringLiteral("senior_moderator")}},
        {QStringLiteral("add_note"), {QStringLiteral("moderator"), QStringLiteral("senior_moderator"), QStringLiteral("compliance")}},
        {QStringLiteral("record_metrics"), {QStringLiteral("moderator"), QStringLiteral("senior_moderator")}},
        {QStringLiteral("register_subject"), {QStringLiteral("senior_moderator"), QStringLiteral("compliance")}},
        {QStringLiteral("deposit"), {QStringLiteral("compliance")}},
        {QStringLiteral("certification"), {QStringLiteral("compliance")}},
        {QStringLiteral("contract"), {QStringLiteral("compliance")}},
        {QStringLiteral("ban_brand"), {QStringLiteral("senior_moderator")}},
        {QStringLiteral("start_campaign"), {QStringLiteral("senior_moderator")}},
        {QStringLiteral("manage_users"), {QStringLiteral("policy_admin")}},
        {QStringLiteral("change_policy"), {QStringLiteral("policy_admin")}},
        {QStringLiteral("generate"), {QStringLiteral("policy_admin")}},
        {QStringLiteral("import_any"), {QStringLiteral("policy_admin")}},
        {QStringLiteral("triage"), {QStringLiteral("moderator"), QStringLiteral("senior_moderator")}},
        {QStringLiteral("remove_post"), {QStringLiteral("moderator"), QStringLiteral("senior_moderator")}},
    };
    return matrix;
}

StoredEvent eventOf(EventType type)
{
    StoredEvent e;
    e.type = type;
    return e;
}

// Takes one action of each kind on the prepared store (basic.jsonl, and appeal a-9 of mod.wang's v-9).
// The acting user is mod.li, who recorded v-2, so a permitted retraction of v-2 succeeds.
bool take(Actions &actions, Permission permission, const QString &dir, StoreError *error)
{
    ActionResult result;
    switch (permission) {
    case Permission::RecordViolation:
        return actions.recordViolation(QStringLiteral("crt-lin"), QStringLiteral("creator.plagiarism"), -1, QString(),
                                       QStringLiteral("human_review"), QStringLiteral("copied note"), &result, error);
    case Permission::RetractViolation:
        return actions.retractViolation(QStringLiteral("v-2"), QStringLiteral("recorded in error"), &result, error);
    case Permission::FileAppeal:
        return actions.fileAppeal(QStringLiteral("v-3"), QString(), QStringLiteral("it was reported"), &result, error);
    case Permission::DecideAppeal:
        return actions.decideAppeal(QStringLiteral("a-9"), QStringLiteral("upheld"), QStringLiteral("ok"), &result, error);
    case Permission::RecordExam:
        return actions.recordExam(QStringLiteral("crt-lin"), &result, error);
    case Permission::AddNote:
        return actions.addNote(QStringLiteral("brand-acme"), QStringLiteral("called the brand"), &result, error);
    case Permission::RecordMetrics: {
        StoredEvent e = eventOf(EventType::Metrics);
        e.subject = QStringLiteral("crt-lin");
        e.attrs = R"({"reach":10})";
        return actions.perform(e, &result, error);
    }
    case Permission::RegisterSubject: {
        StoredEvent e = eventOf(EventType::Subject);
        e.subject = QStringLiteral("crt-new");
        e.kind = QStringLiteral("creator");
        e.name = QStringLiteral("New");
        return actions.perform(e, &result, error);
    }
    case Permission::Deposit:
        return actions.deposit(QStringLiteral("mcn-starriver"), QStringLiteral("pay"), 5000, QString(), &result, error);
    case Permission::Certification:
        return actions.certification(QStringLiteral("mcn-starriver"), QStringLiteral("revoke"), QString(), &result, error);
    case Permission::Contract:
        return actions.contract(QStringLiteral("crt-lin"), QStringLiteral("mcn-starriver"), QStringLiteral("end"),
                                QString(), &result, error);
    case Permission::BanBrand:
        return actions.banBrand(QStringLiteral("brand-acme"), QStringLiteral("fake UGC"), &result, error);
    case Permission::StartCampaign: {
        StoredEvent e = eventOf(EventType::Campaign);
        e.id = QStringLiteral("c-1");
        e.name = QStringLiteral("医美专项治理");
        return actions.perform(e, &result, error);
    }
    case Permission::ManageUsers:
        return actions.addUser(QStringLiteral("mod.new"), QStringLiteral("moderator"), QString(), error);
    case Permission::ChangePolicy:
        return actions.changePolicy(PolicyLoader::defaultPolicy(), error);
    case Permission::Generate:
        return actions.mayTake(Permission::Generate, error); // generate runs in redline-cli (tst_cli)
    case Permission::Triage:
        return actions.claimItem(QStringLiteral("p-9"), error);
    case Permission::RemovePost:
        return actions.removePost(QStringLiteral("p-9"), QStringLiteral("spam"), error);
    case Permission::ImportAny: {
        // A history load no single role but the administrator's covers: a deposit and a violation.
        const QString file = dir + QStringLiteral("/history.jsonl");
        QFile out(file);
        out.open(QIODevice::WriteOnly);
        out.write(R"({"type":"deposit","subject":"mcn-starriver","action":"pay","amount":100,"at":"2025-03-02","by":"fin.zhao"})" "\n"
                  R"({"type":"violation","id":"v-h","subject":"crt-lin","code":"creator.plagiarism","at":"2025-03-02","by":"mod.wang"})" "\n");
        out.close();
        return actions.importFile(file, &result, error);
    }
    }
    return false;
}

} // namespace

class TestActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void permissionMatrix_data();
    void permissionMatrix();
    void anonymousSessionWritesNothing();
    void openStorePermitsEveryAction();
    void signInRefusesWithOneMessage_data();
    void signInRefusesWithOneMessage();
    void actionsAreRecordedAsTheSignedInUser();
    void importRefusesALineTheRoleMayNotTake();
    void auditRowsReadAsSentences();
    void userLineTakesEffectWhenRecorded();

private:
    QString copyOfTemplate(const QString &name);
    std::unique_ptr<Store> open(const QString &path);

    QTemporaryDir m_dir;
    QString m_template;
};

void TestActions::initTestCase()
{
    m_template = m_dir.filePath(QStringLiteral("template.redline"));
    StoreError error;
    std::unique_ptr<Store> store = Store::create(m_template, optionsAt("2025-03-01"), &error);
    QVERIFY2(store, qPrintable(error.message));
    Actions admin(*store, Session::open(QStringLiteral("tester")));
    ActionResult result;
    QVERIFY2(admin.importFile(QStringLiteral(REDLINE_TEST_DATA "/basic.jsonl"), &result, &error), qPrintable(error.message));
    StoredEvent v9 = eventOf(EventType::Violation);
    v9.id = QStringLiteral("v-9");
    v9.subject = QStringLiteral("crt-lin");
    v9.code = QStringLiteral("creator.plagiarism");
    v9.by = QStringLiteral("mod.wang");
    v9.at = *parseInstant(QStringLiteral("2025-02-25"));
    StoredEvent a9 = eventOf(EventType::Appeal);
    a9.id = QStringLiteral("a-9");
    a9.ref = QStringLiteral("v-9");
    a9.by = QStringLiteral("crt-lin");
    a9.at = *parseInstant(QStringLiteral("2025-02-26"));
    StoredEvent post = eventOf(EventType::Post); // a triage item (p-9's phone number is a finding)
    post.id = QStringLiteral("p-9");
    post.subject = QStringLiteral("crt-lin");
    post.text = QStringLiteral("合作请打 139 1234 5678");
    post.at = *parseInstant(QStringLiteral("2025-02-26"));
    QVERIFY2(store->append(v9, &error) && store->append(a9, &error) && store->append(post, &error), qPrintable(error.message));
}

QString TestActions::copyOfTemplate(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".redline"));
    QFile::remove(path);
    if (!QFile::copy(m_template, path))
        qFatal("copy %s", qPrintable(path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

std::unique_ptr<Store> TestActions::open(const QString &path)
{
    StoreError error;
    std::unique_ptr<Store> store = Store::open(path, optionsAt("2025-03-01"), &error);
    if (!store)
        qFatal("open: %s", qPrintable(error.message));
    return store;
}

void TestActions::permissionMatrix_data()
{
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");
    for (Permission permission : PermissionMatrix::all()) {
        const QString id = PermissionMatrix::id(permission);
        QVERIFY2(documentedMatrix().contains(id), qPrintable(id + QStringLiteral(" is not in docs/roles.md")));
        for (Role role : Roles::all()) {
            const bool allowed = documentedMatrix().value(id).contains(Roles::id(role));
            QTest::addRow("%s/%s", qPrintable(id), qPrintable(Roles::id(role))) << permission << role << allowed;
        }
    }
}

void TestActions::permissionMatrix()
{
    QFETCH(Permission, permission);
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    const QString path = copyOfTemplate(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char('/'), QLatin1Char('-')));
    std::unique_ptr<Store> store = open(path);
    const qint64 eventsBefore = store->eventCount();
    Actions actions(*store, Session::signedIn(QStringLiteral("mod.li"), role));
    QCOMPARE(actions.mayTake(permission), allowed);
    StoreError error;
    const bool taken = take(actions, permission, m_dir.path(), &error);
    QVERIFY2(taken == allowed, qPrintable(error.message));
    if (!allowed) {
        QCOMPARE(error.kind, StoreError::Kind::NotPermitted);
        QVERIFY2(error.message.startsWith(QStringLiteral("not permitted: mod.li is %1 and may not ").arg(Roles::id(role)))
                     || error.message.contains(QStringLiteral("not permitted: mod.li is %1").arg(Roles::id(role))),
                 qPrintable(error.message));
        QCOMPARE(store->eventCount(), eventsBefore);
    }
    StoreError verifyError;
    QVERIFY2(store->verify({}, &verifyError), qPrintable(verifyError.message));
}

void TestActions::anonymousSessionWritesNothing()
{
    std::unique_ptr<Store> store = open(copyOfTemplate(QStringLiteral("anonymous")));
    Actions actions(*store, Session::anonymous());
    for (Permission permission : PermissionMatrix::all()) {
        StoreError error;
        QVERIFY2(!take(actions, permission, m_dir.path(), &error), qPrintable(PermissionMatrix::id(permission)));
        QCOMPARE(error.kind, StoreError::Kind::NotPermitted);
        QVERIFY2(error.message.startsWith(QStringLiteral("not signed in: ")), qPrintable(error.message));
    }
}

// An open store (no user has a password): every action, as the OS user or the name a script gives.
void TestActions::openStorePermitsEveryAction()
{
    for (Permission permission : PermissionMatrix::all()) {
        std::unique_ptr<Store> store = open(copyOfTemplate(QStringLiteral("open")));
        QVERIFY(!store->isSecured());
        Actions actions(*store, Authenticator::initialSession(*store));
        QVERIFY(actions.session().isOpen());
        StoreError error;
        QVERIFY2(take(actions, permission, m_dir.path(), &error) || permission == Permission::RetractViolation,
                 qPrintable(PermissionMatrix::id(permission) + QStringLiteral(": ") + error.message));
    }
}

void TestActions::signInRefusesWithOneMessage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("signedIn");
    QTest::newRow("right password") << "comp.qian" << "correct horse" << true;
    QTest::newRow("name in another case") << "COMP.QIAN" << "correct horse" << true;
    QTest::newRow("wrong password") << "comp.qian" << "correct hors" << false;
    QTest::newRow("unknown user") << "comp.nobody" << "correct horse" << false;
    QTest::newRow("user without a password") << "mod.wang" << "" << false;
    QTest::newRow("disabled user") << "mod.li" << "battery staple" << false;
    QTest::newRow("name with a trailing space") << "comp.qian " << "correct horse" << false;
}

void TestActions::signInRefusesWithOneMessage()
{
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(bool, signedIn);
    static std::unique_ptr<Store> store;
    if (!store) {
        store = open(copyOfTemplate(QStringLiteral("signin")));
        Actions open(*store, Session::open(QStringLiteral("tester")));
        StoreError error;
        QVERIFY2(open.addUser(QStringLiteral("admin"), QStringLiteral("policy_admin"), QStringLiteral("admin-pass-1"), &error),
                 qPrintable(error.message));
        QVERIFY(store->isSecured());
        // The open session ends with the first password: from then on the administrator signs in.
        QVERIFY(!open.addUser(QStringLiteral("mod.x"), QStringLiteral("moderator"), QString(), &error));
        QCOMPARE(error.kind, StoreError::Kind::NotPermitted);
        const std::optional<Session> signedIn = Authenticator::signIn(*store, QStringLiteral("admin"), QStringLiteral("admin-pass-1"), &error);
        QVERIFY2(signedIn, qPrintable(error.message));
        Actions admin(*store, *signedIn);
        QVERIFY2(admin.addUser(QStringLiteral("comp.qian"), QStringLiteral("compliance"), QStringLiteral("correct horse"), &error)
                     && admin.setPassword(QStringLiteral("mod.li"), QStringLiteral("battery staple"), &error)
                     && admin.setDisabled(QStringLiteral("mod.li"), true, &error),
                 qPrintable(error.message));
        // No hash in the ledger or the audit log: only in the users table, as Argon2id.
        QVERIFY(store->user(QStringLiteral("comp.qian"))->passwordHash.startsWith("$argon2id$"));
    }
    StoreError error;
    const std::optional<Session> session = Authenticator::signIn(*store, name, password, &error);
    QCOMPARE(bool(session), signedIn);
    if (signedIn) {
        QCOMPARE(session->user, QStringLiteral("comp.qian"));
        QCOMPARE(*session->role, Role::Compliance);
    } else {
        QCOMPARE(error.kind, StoreError::Kind::NotPermitted);
        QCOMPARE(error.message, QStringLiteral("unknown user or wrong password"));
    }
    if (QByteArray(QTest::currentDataTag()) == "name with a trailing space")
        store.reset();
}

// `by` and recorded_by are the session's user whatever the caller put in the event.
void TestActions::actionsAreRecordedAsTheSignedInUser()
{
    std::unique_ptr<Store> store = open(copyOfTemplate(QStringLiteral("by")));
    Actions actions(*store, Session::signedIn(QStringLiteral("smod.gao"), Role::SeniorModerator));
    StoredEvent v = eventOf(EventType::Violation);
    v.subject = QStringLiteral("crt-lin");
    v.code = QStringLiteral("creator.plagiarism");
    v.by = QStringLiteral("mod.wang"); // ignored: the session acts
    ActionResult result;
    StoreError error;
    QVERIFY2(actions.perform(v, &result, &error), qPrintable(error.message));
    QVERIFY(result.id.startsWith(QStringLiteral("v-")));
    QVERIFY(result.hasConsequences);
    QVERIFY(result.consequences.scoreAfter() < result.consequences.scoreBefore());
    QVector<AuditEntry> trail = store->auditTrail(QStringLiteral("crt-lin"), &error);
    QVERIFY(!trail.isEmpty());
    QCOMPARE(trail.last().actor, QStringLiteral("smod.gao"));
    QCOMPARE(trail.last().action, QStringLiteral("record_violation"));
    // The recorder may retract it; anyone else is refused and told to appeal.
    Actions other(*store, Session::signedIn(QStringLiteral("mod.wang"), Role::Moderator));
    QVERIFY(!other.retractViolation(result.id, QString(), nullptr, &error));
    QCOMPARE(error.kind, StoreError::Kind::BadInput);
    QCOMPARE(error.message, QStringLiteral("field by: only smod.gao, who recorded %1, may retract it; anyone else files an appeal").arg(result.id));
    Actions sameInCapitals(*store, Session::signedIn(QStringLiteral("SMOD.GAO"), Role::SeniorModerator));
    QVERIFY2(sameInCapitals.retractViolation(result.id, QString(), nullptr, &error), qPrintable(error.message));
}

void TestActions::importRefusesALineTheRoleMayNotTake()
{
    const QString path = copyOfTemplate(QStringLiteral("import"));
    std::unique_ptr<Store> store = open(path);
    const qint64 before = store->eventCount();
    Actions moderator(*store, Session::signedIn(QStringLiteral("mod.li"), Role::Moderator));
    StoreError error;
    take(moderator, Permission::ImportAny, m_dir.path(), &error);
    QCOMPARE(error.kind, StoreError::Kind::NotPermitted);
    QCOMPARE(error.message, QStringLiteral("line 1: not permitted: mod.li is moderator and may not pay, deduct or refund "
                                           "deposits (needs compliance)"));
    QCOMPARE(error.line, 1);
    QCOMPARE(store->eventCount(), before);
}

void TestActions::auditRowsReadAsSentences()
{
    std::unique_ptr<Store> store = open(copyOfTemplate(QStringLiteral("audit")));
    StoreError error;
    Actions li(*store, Session::signedIn(QStringLiteral("mod.li"), Role::Moderator));
    Actions wang(*store, Session::signedIn(QStringLiteral("smod.wang"), Role::SeniorModerator));
    Actions qian(*store, Session::signedIn(QStringLiteral("comp.qian"), Role::Compliance));
    ActionResult result;
    QVERIFY2(li.recordViolation(QStringLiteral("crt-lin"), QStringLiteral("creator.diversion"), -1, QString(), QString(),
                                QStringLiteral("加V"), &result, &error),
             qPrintable(error.message));
    QVERIFY2(wang.decideAppeal(QStringLiteral("a-9"), QStringLiteral("overturned"), QString(), nullptr, &error), qPrintable(error.message));
    QVERIFY2(qian.deposit(QStringLiteral("mcn-starriver"), QStringLiteral("pay"), 20000, QString(), nullptr, &error),
             qPrintable(error.message));
    QStringList sentences;
    for (const QString &subject : {QStringLiteral("crt-lin"), QStringLiteral("mcn-starriver")}) {
        for (const AuditEntry &entry : store->auditTrail(subject, &error))
            sentences.append(AuditText::describe(entry, store->policy()));
    }
    // A violation and a decision each send their subject a notice in the same write (docs/rules.md "Notices").
    QVERIFY2(sentences.contains(QStringLiteral("mod.li recorded %1 (creator.diversion, −5) on crt-lin; 1 notice(s) sent").arg(result.id)),
             qPrintable(sentences.join(QLatin1Char('\n'))));
    QVERIFY2(sentences.contains(QStringLiteral("smod.wang overturned appeal a-9; 1 notice(s) sent")),
             qPrintable(sentences.join(QLatin1Char('\n'))));
    QVERIFY2(sentences.contains(QStringLiteral("comp.qian paid ¥20,000 into mcn-starriver's deposit")),
             qPrintable(sentences.join(QLatin1Char('\n'))));
}

// A `user` line dated 2020 does not make anyone an administrator back then: the role holds from when the
// line is recorded (docs/roles.md).
void TestActions::userLineTakesEffectWhenRecorded()
{
    std::unique_ptr<Store> store = open(copyOfTemplate(QStringLiteral("userline")));
    StoredEvent promote = eventOf(EventType::User);
    promote.name = QStringLiteral("MOD.LI");
    promote.kind = QStringLiteral("policy_admin");
    promote.at = *parseInstant(QStringLiteral("2020-01-01"));
    StoreError error;
    QVERIFY2(Actions(*store, Session::open(QStringLiteral("tester"))).perform(promote, nullptr, &error), qPrintable(error.message));
    const std::optional<UserRecord> li = store->user(QStringLiteral("mod.li"), &error);
    QVERIFY(li);
    QCOMPARE(li->name, QStringLiteral("mod.li")); // one identity, however spelled
    QCOMPARE(li->role, QStringLiteral("policy_admin"));
    QCOMPARE(li->since, store->now());
    QCOMPARE(store->users(&error).size(), 2);
}

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
