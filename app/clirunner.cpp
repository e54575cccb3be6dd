#include "clirunner.h"

#include "notice/noticetemplates.h"
#include "query/noticequery.h"
#include "query/findingquery.h"
#include "io/syntheticposts.h"
#include "query/healthquery.h"
#include "query/triagequery.h"
#include "query/campaignquery.h"
#include "campaign/campaignoutcome.h"
#include "campaign/campaignspecloader.h"
#include "io/campaigncsvexporter.h"

#include "clitable.h"
#include "actions/actions.h"
#include "actions/authenticator.h"
#include "base/identity.h"
#include "base/role.h"
#include "passwordprompt.h"
#include "store/storelink.h"
#include "store/team/teamstore.h"
#include "io/csvexporter.h"
#include "io/generatorloader.h"
#include "io/jsonlexporter.h"
#include "io/jsonlimporter.h"
#include "io/resultjson.h"
#include "io/syntheticgenerator.h"
#include "policy/policydiff.h"
#include "policy/policyloader.h"
#include "scan/textscanner.h"
#include "store/copy/storecopier.h"
#include "store/write/eventsink.h"
#include "store/schema/schema.h"
#include "store/store.h"
#include "query/whatifreplay.h"
#include "report/compliancereport.h"
#include "campaign/campaignreportpdf.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace redline {

namespace {

QString joinedOrDash(const QStringList &list)
{
    return list.isEmpty() ? QStringLiteral("-") : list.join(QStringLiteral(", "));
}

QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &s : a) {
        if (!b.contains(s))
            out.append(s);
    }
    return out;
}

} // namespace

CliRunner::CliRunner(QStringList arguments)
    : m_arguments(std::move(arguments))
{
    m_out.open(stdout, QIODevice::WriteOnly);
}

int CliRunner::exitCodeOf(const StoreError &error)
{
    switch (error.kind) {
    case StoreError::Kind::None: return Ok;
    case StoreError::Kind::BadInput: return BadInput;
    case StoreError::Kind::Integrity: return Integrity;
    case StoreError::Kind::Internal: return Internal;
    case StoreError::Kind::NotPermitted: return NotPermitted;
    }
    return Internal;
}

bool CliRunner::needsGui(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    CliArguments args;
    QString error;
    if (!args.parseGlobal(arguments, &error) || args.wantsHelp())
        return false;
    // A PDF is painted with Qt's fonts: `report`, and `campaign report ID --out FILE.pdf`.
    return args.command() == QLatin1String("report")
           || (args.command() == QLatin1String("campaign")
               && std::any_of(arguments.cbegin(), arguments.cend(),
                              [](const QString &a) { return a.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive); }));
}

int CliRunner::fail(int code, const QString &message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_failCode = code;
    m_out.flush();
    const QByteArray bytes = "redline-cli: " + line.toUtf8() + '\n';
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    fflush(stderr);
    return code;
}

int CliRunner::fail(const StoreError &error)
{
    return fail(exitCodeOf(error), error.message);
}

void CliRunner::print(const QByteArray &bytes)
{
    m_out.write(bytes);
}

QByteArray CliRunner::usage() const
{
    return tr("usage: redline-cli [--db FILE] [--user NAME] [--policy FILE] COMMAND\n"
              "  init [--admin NAME]                   create an empty store (with its first policy_admin)\n"
              "  import FILE|-                         append JSON Lines events (atomic; exit 2 on bad input)\n"
              "  score HANDLE [--at T] [--known-at T] [--json]   state of one subject at T (default: now)\n"
              "  history HANDLE [--from T] [--to T] [--known-at T] [--json]\n"
              "  list [--kind K] [--below N] [--restriction ID] [--json]\n"
              "  replay --with POLICY.json|NAME [--at T] [--json]   what-if against the store's policy\n"
              "  verify                                integrity + audit chain (exit 0 ok, 3 damaged)\n"
              "  export [--format jsonl|csv] [--out FILE]\n"
              "  generate --mcns N --brands N --creators N --violations N [--posts N] [--seed S]\n"
              "  scan [--json] (TEXT | --file F)\n"
              "  policy [--json]                       print the policy in force as JSON\n"
              "  policy list [--json] | policy show NAME | policy diff A B [--json]   policy versions\n"
              "  policy add FILE --name NAME [--note TEXT] | policy activate NAME --at T\n"
              "  report HANDLE [--at T] --out FILE.pdf|FILE.csv   a subject's compliance report\n"
              "  user add NAME --role ROLE | user role NAME ROLE | user passwd NAME\n"
              "  user disable NAME | user enable NAME | user list [--json]\n"
              "  notices [--subject H] [--template ID] [--json]   notices sent, newest first\n"
              "  findings [--subject H] [--json]       findings on posts (R-S1, R-H1), newest post first\n"
              "  health HANDLE [--at T] [--json]       a creator's content health index (R-H1)\n"
              "  triage [--state S] [--oldest] [--limit N] [--json]   the triage queue (S: todo, open, claimed,\n"
              "                                        mine, confirmed, dismissed, all; default todo), newest first\n"
              "  triage claim|release ITEM | triage dismiss ITEM --reason TEXT\n"
              "  triage confirm ITEM [--code C] [--points N] [--severity S] [--evidence TEXT]\n"
              "  campaign preview|apply SPEC.json [--json]   a special-governance campaign (R-S3)\n"
              "  campaign list [--json] | campaign report ID [--json] [--out FILE.csv|FILE.pdf]\n"
              "  campaign undo ID [--preview] [--json]\n"
              "  copy --from SRC --to DST [--json]     copy a whole store into a new one; SRC, DST: a store file\n"
              "                                        or postgresql://USER@HOST[:PORT]/DB (docs/teamstore.md)\n"
              "Exit codes: 0 ok, 1 internal error, 2 bad input or usage, 3 integrity failure,\n"
              "4 not signed in or not permitted.\n"
              "Writes to a store with passwords need --user NAME; the password comes from REDLINE_PASSWORD or a\n"
              "prompt (a new one from REDLINE_NEW_PASSWORD). REDLINE_NOW=T fixes the current instant.\n"
              "A store you may not write (the file or its folder) opens read-only: reads work, writes exit 2.\n"
              "--version prints the version. Messages follow LANG (zh_CN has a translation); results do not.\n")
        .toUtf8();
}

int CliRunner::run()
{
    QString error;
    if (!m_args.parseGlobal(m_arguments, &error)) {
        if (m_args.wantsHelp()) {
            print(usage());
            return Ok;
        }
        return fail(BadInput, error + tr(" (run redline-cli --help)"));
    }
    if (m_args.wantsHelp()) {
        print(usage());
        return Ok;
    }
    const QString now = qEnvironmentVariable("REDLINE_NOW");
    if (!now.isEmpty()) {
        m_now = parseInstant(now);
        if (!m_now)
            return fail(BadInput, tr("REDLINE_NOW: \"%1\" is not a UTC instant (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)").arg(now));
    }
    const int code = dispatch();
    m_out.flush();
    return code;
}

int CliRunner::dispatch()
{
    using Command = int (CliRunner::*)();
    static const QHash<QString, Command> commands{
        {QStringLiteral("init"), &CliRunner::init},         {QStringLiteral("import"), &CliRunner::import},
        {QStringLiteral("score"), &CliRunner::score},       {QStringLiteral("history"), &CliRunner::history},
        {QStringLiteral("list"), &CliRunner::list},         {QStringLiteral("replay"), &CliRunner::replay},
        {QStringLiteral("verify"), &CliRunner::verify},     {QStringLiteral("export"), &CliRunner::exportStore},
        {QStringLiteral("generate"), &CliRunner::generate}, {QStringLiteral("scan"), &CliRunner::scan},
        {QStringLiteral("policy"), &CliRunner::policy},     {QStringLiteral("user"), &CliRunner::user},
        {QStringLiteral("report"), &CliRunner::report},
        {QStringLiteral("notices"), &CliRunner::notices},
        {QStringLiteral("findings"), &CliRunner::findings},
        {QStringLiteral("health"), &CliRunner::health},
        {QStringLiteral("triage"), &CliRunner::triage},
        {QStringLiteral("campaign"), &CliRunner::campaign},
        {QStringLiteral("copy"), &CliRunner::copy},
    };
    const Command command = commands.value(m_args.command());
    if (!command)
        return fail(BadInput, tr("unknown command %1 (run redline-cli --help)").arg(m_args.command()));
    return (this->*command)();
}

bool CliRunner::parseCommand(const CliArguments::Spec &spec)
{
    QString error;
    if (m_args.parseCommand(spec, &error))
        return true;
    fail(BadInput, error);
    return false;
}

std::unique_ptr<Store> CliRunner::openStore(bool writes, bool refreshDue)
{
    const QString path = m_args.database();
    const bool team = TeamStore::isUrl(path);
    StoreOptions options;
    options.now = m_now.value_or(kNoInstant);
    options.refreshDue = refreshDue;
    // A file this process may not write is still readable: commands that only read open it read-only.
    options.readOnly = !team && QFileInfo::exists(path) && !Store::isWritableLocation(path);
    if (options.readOnly && writes) {
        fail(BadInput, tr("%1: the store is read-only; cannot %2").arg(path, m_args.command()));
        return nullptr;
    }
    StoreError error;
    // A team store (docs/teamstore.md): the server signs the login in (libpq's PGPASSWORD or password file
    // give a password), and the command runs on the working copy, caught up first.
    std::unique_ptr<Store> store = team ? TeamStore::open(path, QString(), options, &error) : Store::open(path, options, &error);
    if (!store) {
        fail(error);
        return nullptr;
    }
    if (!loadPolicyOverride(*store))
        return nullptr;
    return store;
}

bool CliRunner::loadPolicyOverride(Store &store)
{
    const QString file = m_args.policyFile();
    if (file.isEmpty())
        return true;
    QString error;
    const std::optional<Policy> policy = PolicyLoader::loadFile(file, &error);
    if (!policy) {
        fail(BadInput, error);
        return false;
    }
    store.overridePolicy(*policy);
    return true;
}

bool CliRunner::instantOption(const QString &option, Instant fallback, Instant *out)
{
    if (!m_args.has(option)) {
        *out = fallback;
        return true;
    }
    const QString text = m_args.value(option);
    const std::optional<Instant> at = parseInstant(text);
    if (!at) {
        fail(BadInput, tr("%1: \"%2\" is not a UTC instant (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)").arg(option, text));
        return false;
    }
    *out = *at;
    return true;
}

// --known-at T: the state as the console showed it at T, from the events recorded by then.
bool CliRunner::knownAtOption(Store &store)
{
    if (!m_args.has(QStringLiteral("--known-at")))
        return true;
    Instant knownAt = 0;
    if (!instantOption(QStringLiteral("--known-at"), 0, &knownAt)) {
        m_failCode = BadInput;
        return false;
    }
    store.setKnownAt(knownAt);
    return true;
}

std::optional<Session> CliRunner::session(const Store &store)
{
    const QString name = m_args.user();
    StoreError error;
    if (const StoreLink *link = store.link())
        return teamSession(store, link->login(), name);
    const bool secured = store.isSecured(&error);
    if (error.isSet()) {
        fail(error);
        return std::nullopt;
    }
    if (name.isEmpty())
        return secured ? Session::anonymous() : Session::open(Identity::osUser());
    if (!Identity::isValid(name)) {
        fail(BadInput, tr("--user: \"%1\" is not a valid user name (1 to 64 of A-Z a-z 0-9 _ . : -)").arg(name));
        return std::nullopt;
    }
    if (!secured) // an open store: no password to check; the name is who the audit log records
        return Session::open(name);
    const std::optional<QString> password = PasswordPrompt::read("REDLINE_PASSWORD", tr("Password for %1: ").arg(name));
    if (!password) {
        fail(NotPermitted, tr("not signed in: no password for %1 (set REDLINE_PASSWORD or run on a terminal)").arg(name));
        return std::nullopt;
    }
    std::optional<Session> signedIn = Authenticator::signIn(store, name, *password, &error);
    if (!signedIn)
        fail(error);
    return signedIn;
}

// On a team store the server has signed the login in: --user may only name the same user.
std::optional<Session> CliRunner::teamSession(const Store &store, const QString &login, const QString &name)
{
    if (!name.isEmpty() && name.compare(login, Qt::CaseInsensitive) != 0) {
        fail(NotPermitted, tr("--user %1: the team store %2 signed you in as %3; connect as %1 to act as %1")
                               .arg(name, store.location(), login));
        return std::nullopt;
    }
    StoreError error;
    const Session session = Authenticator::teamSession(store, login, &error);
    if (error.isSet()) {
        fail(error);
        return std::nullopt;
    }
    return session;
}

std::optional<QString> CliRunner::newPassword(const QString &name)
{
    const std::optional<QString> password =
        PasswordPrompt::read("REDLINE_NEW_PASSWORD", tr("New password for %1: ").arg(name));
    QString why;
    if (!password)
        fail(BadInput, tr("no new password for %1 (set REDLINE_NEW_PASSWORD or run on a terminal)").arg(name));
    else if (!Authenticator::isAcceptablePassword(*password, &why))
        fail(BadInput, tr("new password for %1: %2").arg(name, why));
    else
        return password;
    return std::nullopt;
}

// ---- commands

int CliRunner::user()
{
    if (!parseCommand({{QStringLiteral("--role")}, {QStringLiteral("--json")}, 1, 3,
                       QStringLiteral("user add NAME --role ROLE | role NAME ROLE | passwd NAME | disable NAME | "
                                      "enable NAME | list [--json]")}))
        return BadInput;
    const QStringList args = m_args.positional();
    const QString sub = args.first();
    const bool list = sub == QLatin1String("list");
    const std::unique_ptr<Store> store = openStore(!list, !list);
    if (!store)
        return m_failCode;
    if (list)
        return userList(*store);
    const auto needs = [&](int count, const QString &usage) {
        if (args.size() == count)
            return true;
        fail(BadInput, tr("usage: user %1").arg(usage));
        return false;
    };
    const QString name = args.value(1);
    QString role = sub == QLatin1String("add") ? m_args.value(QStringLiteral("--role")) : args.value(2);
    if ((sub == QLatin1String("add") && !needs(2, QStringLiteral("add NAME --role ROLE")))
        || (sub == QLatin1String("role") && !needs(3, QStringLiteral("role NAME ROLE")))
        || ((sub == QLatin1String("passwd") || sub == QLatin1String("disable") || sub == QLatin1String("enable"))
            && !needs(2, sub + QStringLiteral(" NAME"))))
        return m_failCode;
    if ((sub == QLatin1String("add") || sub == QLatin1String("role")) && !Roles::fromId(role))
        return fail(BadInput, tr("role \"%1\" is not one of %2").arg(role, Roles::idList()));
    const std::optional<Session> who = session(*store);
    if (!who)
        return m_failCode;
    Actions actions(*store, *who);
    StoreError error;
    bool ok = false;
    if (sub == QLatin1String("add")) {
        // The new user's password, when one is given: a store whose first password this is becomes secured.
        const std::optional<QString> password = qEnvironmentVariableIsSet("REDLINE_NEW_PASSWORD") || isatty(0)
                                                    ? newPassword(name) : std::optional<QString>(QString());
        if (!password)
            return m_failCode;
        ok = actions.addUser(name, role, *password, &error);
    } else if (sub == QLatin1String("role")) {
        ok = actions.setRole(name, role, &error);
    } else if (sub == QLatin1String("passwd")) {
        // The server signs a team store's users in with its own passwords (docs/teamstore.md "Adding users").
        if (store->isTeamStore())
            return fail(BadInput, tr("%1: a team store's passwords are the server's; set one with psql's \\password %2 "
                                     "or ALTER ROLE")
                                      .arg(store->location(), name.toLower()));
        if (!actions.mayTake(Permission::ManageUsers) && !(who->isSignedIn() && Identity::same(who->user, name)))
            return fail(NotPermitted, tr("not permitted: only %1 or a policy_admin may set %1's password").arg(name));
        const std::optional<QString> password = newPassword(name);
        if (!password)
            return m_failCode;
        ok = actions.setPassword(name, *password, &error);
    } else if (sub == QLatin1String("disable") || sub == QLatin1String("enable")) {
        ok = actions.setDisabled(name, sub == QLatin1String("disable"), &error);
    } else {
        return fail(BadInput, tr("unknown user command %1 (add, role, passwd, disable, enable, list)").arg(sub));
    }
    if (!ok)
        return fail(error);
    print(tr("user %1: %2 done\n").arg(name, sub).toUtf8());
    return Ok;
}

int CliRunner::userList(Store &store)
{
    StoreError error;
    const QVector<UserRecord> users = store.users(&error);
    if (error.isSet())
        return fail(error);
    if (m_args.has(QStringLiteral("--json"))) {
        print(ResultJson::users(users) + '\n');
        return Ok;
    }
    CliTable table({tr("NAME"), tr("ROLE"), tr("SINCE"), tr("PASSWORD"), tr("STATE")});
    for (const UserRecord &u : users)
        table.addRow({u.name, u.role, formatInstant(u.since), u.hasPassword() ? tr("set") : tr("none"),
                      u.disabled ? tr("disabled") : tr("active")});
    print(table.render());
    return Ok;
}

int CliRunner::init()
{
    if (!parseCommand({{QStringLiteral("--admin")}, {}, 0, 0, QStringLiteral("init [--admin NAME]")}))
        return BadInput;
    const QString admin = m_args.value(QStringLiteral("--admin"));
    if (m_args.has(QStringLiteral("--admin")) && !Identity::isValid(admin))
        return fail(BadInput, tr("--admin: \"%1\" is not a valid user name (1 to 64 of A-Z a-z 0-9 _ . : -)").arg(admin));
    // The password is asked for before the file is made, so a refused one leaves no store behind.
    std::optional<QString> password;
    if (!admin.isEmpty()) {
        password = PasswordPrompt::read("REDLINE_PASSWORD", tr("Password for %1: ").arg(admin));
        QString why;
        if (!password)
            return fail(BadInput, tr("--admin %1: no password (set REDLINE_PASSWORD or run on a terminal)").arg(admin));
        if (!Authenticator::isAcceptablePassword(*password, &why))
            return fail(BadInput, tr("--admin %1: %2").arg(admin, why));
    }
    const std::unique_ptr<Store> store = createStore();
    if (!store)
        return m_failCode;
    if (!admin.isEmpty()) {
        StoreError error;
        Actions actions(*store, Session::open(Identity::osUser()));
        if (!actions.addUser(admin, Roles::id(Role::PolicyAdmin), *password, &error)) {
            const int code = fail(error);
            QFile::remove(m_args.database());
            return code;
        }
    }
    print(tr("Created Redline store %1 (schema version %2, policy %3 v%4)\n")
              .arg(m_args.database())
              .arg(Schema::currentVersion())
              .arg(store->storedPolicy().name)
              .arg(store->storedPolicy().version)
              .toUtf8());
    return Ok;
}

// `generate` makes a synthetic store (DESIGN.md): into a new file it creates the store first, as `init` would.
bool CliRunner::createStoreIfMissing()
{
    return QFileInfo::exists(m_args.database()) || createStore() != nullptr;
}

std::unique_ptr<Store> CliRunner::createStore()
{
    if (TeamStore::isUrl(m_args.database())) {
        fail(BadInput, tr("%1: a team store is made by copying a store into it (redline-cli copy --from FILE --to URL)")
                           .arg(TeamStore::displayName(m_args.database())));
        return nullptr;
    }
    StoreOptions options;
    options.now = m_now.value_or(kNoInstant);
    StoreError error;
    std::unique_ptr<Store> store = Store::create(m_args.database(), options, &error);
    if (!store)
        fail(error);
    return store;
}

int CliRunner::import()
{
    if (!parseCommand({{}, {}, 1, 1, QStringLiteral("import FILE|-")}))
        return BadInput;
    const std::unique_ptr<Store> store = openStore(true, true);
    if (!store)
        return m_failCode; // openStore reported why
    const QString file = m_args.positional().first();
    const std::optional<Session> who = session(*store);
    if (!who)
        return m_failCode;
    Actions actions(*store, *who);
    ActionResult result;
    StoreError error;
    if (!actions.importFile(file, &result, &error)) {
        if (error.line > 0)
            error.message = (file == QLatin1String("-") ? tr("standard input") : file) + QLatin1String(": ") + error.message;
        return fail(error);
    }
    print(tr("Imported %1 events from %2 (%3 already in the store)\n")
              .arg(result.appended)
              .arg(file == QLatin1String("-") ? tr("standard input") : file)
              .arg(result.skipped)
              .toUtf8());
    return Ok;
}

int CliRunner::score()
{
    if (!parseCommand({{QStringLiteral("--at"), QStringLiteral("--known-at")}, {QStringLiteral("--json")}, 1, 1,
                       QStringLiteral("score HANDLE [--at T] [--known-at T] [--json]")}))
        return BadInput;
    const std::unique_ptr<Store> store = openStore(false, false);
    if (!store || !knownAtOption(*store))
        return m_failCode;
    Instant at = 0;
    if (!instantOption(QStringLiteral("--at"), store->now(), &at))
        return BadInput;
    Replay replay;
    SubjectRecord subject;
    StoreError error;
    if (!store->replay(m_args.positional().first(), at, &replay, &error, &subject))
        return fail(error);
    const SubjectState &s = replay.state;
    if (m_args.has(QStringLiteral("--json"))) {
        print(ResultJson::score(subject.handle, subject.kind, s) + '\n');
        return Ok;
    }
    QByteArray out = tr("%1 (%2) %3\nat %4\nscore %5 / %6\nrestrictions: %7\n")
                         .arg(subject.handle, subjectKindName(subject.kind), subject.name, formatInstant(s.at))
                         .arg(s.score)
                         .arg(s.max)
                         .arg(joinedOrDash(s.restrictions))
                         .toUtf8();
    const QVector<Sanction> active = s.activeSanctions();
    if (!active.isEmpty()) {
        CliTable table({tr("SANCTION"), tr("FROM"), tr("UNTIL"), tr("VIOLATION")});
        for (const Sanction &sanction : active)
            table.addRow({sanction.id, formatInstant(sanction.from),
                          sanction.permanent() ? tr("permanent") : formatInstant(sanction.until), sanction.violation});
        out += '\n' + table.render();
    }
    print(out);
    return Ok;
}

int CliRunner::history()
{
    if (!parseCommand({{QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--known-at")},
                       {QStringLiteral("--json")}, 1, 1,
                       QStringLiteral("history HANDLE [--from T] [--to T] [--known-at T] [--json]")}))
        return BadInput;
    const std::unique_ptr<Store> store = openStore(false, false);
    if (!store || !knownAtOption(*store))
        return m_failCode;
    Instant from = 0;
    Instant to = 0;
    if (!instantOption(QStringLiteral("--from"), 0, &from) || !instantOption(QStringLiteral("--to"), store->now(), &to))
        return BadInput;
    if (from > to)
        return fail(BadInput, tr("--from %1 is after --to %2").arg(formatInstant(from), formatInstant(to)));
    Replay replay;
    SubjectRecord subject;
    StoreError error;
    if (!store->replay(m_args.positional().first(), to, &replay, &error, &subject))
        return fail(error);
    if (m_args.has(QStringLiteral("--json"))) {
        print(ResultJson::history(subject.handle, replay.timeline, from, to) + '\n');
        return Ok;
    }
    CliTable points({tr("AT"), tr("SCORE"), tr("CHANGE"), tr("CAUSE"), tr("REF")});
    for (const ScorePoint &p : replay.timeline.points) {
        if (p.at >= from && p.at <= to)
            points.addRow({formatInstant(p.at), QString::number(p.score),
                           p.delta > 0 ? QStringLiteral("+%1").arg(p.delta) : QString::number(p.delta),
                           pointCauseName(p.cause), p.ref.isEmpty() ? QStringLiteral("-") : p.ref});
    }
    QByteArray out = tr("%1 (%2): score history\n").arg(subject.handle, subjectKindName(subject.kind)).toUtf8()
                     + points.render();
    CliTable crossings({tr("AT"), tr("THRESHOLD"), tr("DIRECTION")});
    int crossingCount = 0;
    for (const Crossing &c : replay.timeline.crossings) {
        if (c.at >= from && c.at <= to) {
            crossings.addRow({formatInstant(c.at), QString::number(c.threshold), c.down ? tr("down") : tr("up")});
            ++crossingCount;
        }
    }
    if (crossingCount > 0)
        out += '\n' + tr("Threshold crossings\n").toUtf8() + crossings.render();
    print(out);
    return Ok;
}

int CliRunner::list()
{
    if (!parseCommand({{QStringLiteral("--kind"), QStringLiteral("--below"), QStringLiteral("--restriction")},
                       {QStringLiteral("--json")}, 0, 0,
                       QStringLiteral("list [--kind K] [--below N] [--restriction ID] [--json]")}))
        return BadInput;
    StateFilter filter;
    if (m_args.has(QStringLiteral("--kind"))) {
        filter.kind = subjectKindFromName(m_args.value(QStringLiteral("--kind")));
        if (!filter.kind)
            return fail(BadInput, tr("--kind: \"%1\" is not one of mcn, brand, creator").arg(m_args.value(QStringLiteral("--kind"))));
    }
    if (m_args.has(QStringLiteral("--below"))) {
        bool ok = false;
        filter.below = m_args.value(QStringLiteral("--below")).toInt(&ok);
        if (!ok)
            return fail(BadInput, tr("--below: \"%1\" is not an integer").arg(m_args.value(QStringLiteral("--below"))));
    }
    filter.restriction = m_args.value(QStringLiteral("--restriction"));
    const std::unique_ptr<Store> store = openStore(false, true);
    if (!store)
        return m_failCode;
    const bool json = m_args.has(QStringLiteral("--json"));
    StoreError error;
    qint64 count = 0;
    CliTable table({tr("SUBJECT"), tr("KIND"), tr("SCORE"), tr("RESTRICTIONS")});
    if (json)
        print("{\"subjects\":[");
    QByteArray buffer;
    const bool ok = store->listStates(filter, [&](const CachedState &s) {
        if (json) {
            if (count > 0)
                buffer += ',';
            buffer += ResultJson::listEntry(s);
            if (buffer.size() > (1 << 20)) {
                print(buffer);
                buffer.clear();
            }
        } else {
            table.addRow({s.handle, subjectKindName(s.kind), QStringLiteral("%1/%2").arg(s.score).arg(s.max),
                          joinedOrDash(s.restrictions)});
        }
        ++count;
        return true;
    }, &error);
    if (!ok)
        return fail(error);
    if (json) {
        print(buffer + "]}\n");
    } else {
        print(table.render());
        print(tr("%n subject(s)\n", nullptr, int(count)).toUtf8());
    }
    return Ok;
}

// The notices the store sent (core/notice), newest first, a page at a time (docs/contracts.md).
int CliRunner::notices()
{
    if (!parseCommand({{QStringLiteral("--subject"), QStringLiteral("--template")}, {QStringLiteral("--json")}, 0, 0,
                       QStringLiteral("notices [--subject H] [--template ID] [--json]")}))
        return BadInput;
    NoticeFilter filter;
    filter.subject = m_args.value(QStringLiteral("--subject"));
    filter.templateId = m_args.value(QStringLiteral("--template"));
    if (!filter.templateId.isEmpty() && !NoticeTemplates::isKnown(filter.templateId))
        return fail(BadInput, tr("--template: \"%1\" is not one of %2")
                                  .arg(filter.templateId, NoticeTemplates::ids().join(QStringLiteral(", "))));
    const std::unique_ptr<Store> store = openStore(false, false);
    if (!store)
        return m_failCode;
    const bool json = m_args.has(QStringLiteral("--json"));
    const NoticeQuery query(*store);
    CliTable table({tr("AT"), tr("SUBJECT"), tr("TEMPLATE"), tr("LANGUAGE"), tr("BY"), tr("FIRST LINE")});
    StoreError error;
    QVector<NoticeRecord> page;
    qint64 before = 0;
    qint64 count = 0;
    if (json)
        print("{\"notices\":[");
    do {
        if (!query.fetch(filter, before, 1000, &page, &error))
            return fail(error);
        QByteArray buffer;
        for (const NoticeRecord &n : std::as_const(page)) {
            if (json) {
                if (count > 0)
                    buffer += ',';
                buffer += ResultJson::notice(n);
            } else {
                table.addRow({formatInstant(n.at), n.subject, n.templateId, n.language, n.by, n.firstLine()});
            }
            ++count;
            before = n.seq;
        }
        print(buffer);
    } while (page.size() == 1000);
    if (json) {
        print("]}\n");
    } else {
        print(table.render());
        print(tr("%n notice(s)\n", nullptr, int(count)).toUtf8());
    }
    return Ok;
}

// The findings stored for posts (schema v6; docs/contracts.md), newest post first.
int CliRunner::findings()
{
    if (!parseCommand({{QStringLiteral("--subject")}, {QStringLiteral("--json")}, 0, 0,
                       QStringLiteral("findings [--subject H] [--json]")}))
        return BadInput;
    const std::unique_ptr<Store> store = openStore(false, false);
    if (!store)
        return m_failCode;
    QVector<FindingRecord> rows;
    StoreError error;
    if (!FindingQuery(*store).fetch(m_args.value(QStringLiteral("--subject")), &rows, &error))
        return fail(error);
    if (m_args.has(QStringLiteral("--json"))) {
        QByteArray out = "{\"findings\":[";
        for (int i = 0; i < rows.size(); ++i)
            out += (i > 0 ? "," : "") + ResultJson::finding(rows.at(i));
        print(out + "]}\n");
        return Ok;
    }
    CliTable table({tr("AT"), tr("SUBJECT"), tr("POST"), tr("CATEGORY"), tr("RULE"), tr("SPAN"), tr("MATCH"), tr("SUGGESTS")});
    for (const FindingRecord &f : std::as_const(rows))
        table.addRow({formatInstant(f.at), f.subject, f.post, f.category, f.rule,
                      QStringLiteral("%1-%2").arg(f.start).arg(f.end), f.match, f.code.isEmpty() ? QStringLiteral("-") : f.code});
    print(table.render());
    print(tr("%n finding(s)\n", nullptr, int(rows.size())).toUtf8());
    return Ok;
}

// A creator's content health index (R-H1) at --at (default now), from the store's metrics, posts and
// findings under the store's policy (docs/contracts.md).
int CliRunner::health()
{
    if (!parseCommand({{QStringLiteral("--at")}, {QStringLiteral("--json")}, 1, 1,
                       QStringLiteral("health HANDLE [--at T] [--json]")}))
        return BadInput;
    const std::unique_ptr<Store> store = openStore(false, false);
    if (!store)
        return m_failCode;
    Instant at = 0;
    if (!instantOption(QStringLiteral("--at"), store->now(), &at))
        return BadInput;
    HealthIndex index;
    StoreError error;
    if (!HealthQuery(*store).index(m_args.positional().first(), at, &index, &error))
        return fail(error);
    if (m_args.has(QStringLiteral("--json"))) {
        print(ResultJson::health(index) + '\n');
        return Ok;
    }
    const auto number = [](const std::optional<double> &v) {
        return v ? QString::number(HealthIndexCalculator::roundToTenth(*v), 'f', 1) : QStringLiteral("-");
    };
    QByteArray out = tr("%1 at %2: content health index %3\n").arg(index.subject, formatInstant(index.at), number(index.index)).toUtf8();
    CliTable table({tr("DIMENSION"), tr("INDICATOR"), tr("VALUE"), tr("SCORE"), tr("SOURCE")});
    for (const HealthDimension &d : std::as_const(index.dimensions)) {
        table.addRow({d.id, QString(), QString(), number(d.score), tr("weight %1%").arg(d.weight)});
        for (const HealthIndicator &i : std::as_const(index.indicators)) {
            if (i.dimension == d.id)
                table.addRow({QString(), i.id, i.value ? QString::number(*i.value, 'g', 6) : QStringLiteral("-"),
                              number(i.score), i.source.isEmpty() ? QStringLiteral("-") : i.source});
        }
    }
    out += table.render();
    out += tr("Effects: %1\n").arg(index.effects.isEmpty() ? QStringLiteral("-") : index.effects.join(QStringLiteral(", "))).toUtf8();
    print(out);
    return Ok;
}

// The triage queue (docs/contracts.md "triage"): a page of items, or one step on an item through the
// action layer (claim, release, dismiss, confirm).
int CliRunner::triage()
{
    if (!parseCommand({{QStringLiteral("--state"), QStringLiteral("--limit"), QStringLiteral("--reason"), QStringLiteral("--code"),
                        QStringLiteral("--points"), QStringLiteral("--severity"), QStringLiteral("--evidence")},
                       {QStringLiteral("--json"), QStringLiteral("--oldest")}, 0, 2,
                       QStringLiteral("triage [--state S] [--oldest] [--limit N] [--json] | claim ITEM | release ITEM | "
                                      "dismiss ITEM --reason TEXT | confirm ITEM [--code C] [--points N] [--severity S] "
                                      "[--evidence TEXT]")}))
        return BadInput;
    const QStringList args = m_args.positional();
    const QString sub = args.value(0);
    static const QStringList steps{QStringLiteral("claim"), QStringLiteral("release"), QStringLiteral("dismiss"),
                                   QStringLiteral("confirm")};
    if (!sub.isEmpty() && !steps.contains(sub))
        return fail(BadInput, tr("unknown triage command %1 (claim, release, dismiss, confirm)").arg(sub));
    if (!sub.isEmpty() && args.size() != 2)
        return fail(BadInput, tr("usage: triage %1 ITEM").arg(sub));
    if (sub.isEmpty() && args.size() != 0)
        return fail(BadInput, tr("usage: triage [--state S] [--oldest] [--limit N] [--json]"));
    const std::unique_ptr<Store> store = openStore(!sub.isEmpty(), false);
    if (!store)
        return m_failCode;
    return sub.isEmpty() ? triageList(*store) : triageStep(*store, sub, args.value(1));
}

int CliRunner::triageList(Store &store)
{
    const QString stateId = m_args.value(QStringLiteral("--state"), QStringLiteral("todo"));
    const std::optional<TriageQuery::Filter> filter = TriageQuery::filterFromId(stateId);
    if (!filter)
        return fail(BadInput, tr("--state: \"%1\" is not one of todo, open, claimed, mine, confirmed, dismissed, all").arg(stateId));
    bool ok = true;
    const int limit = m_args.value(QStringLiteral("--limit"), QStringLiteral("50")).toInt(&ok);
    if (!ok || limit <= 0)
        return fail(BadInput, tr("--limit: \"%1\" is not a positive whole number").arg(m_args.value(QStringLiteral("--limit"))));
    const TriageQuery query(store);
    QVector<TriageItem> items;
    TriageCounts counts;
    StoreError error;
    if (!query.page(*filter, m_args.has(QStringLiteral("--oldest")), std::nullopt, limit, m_args.user(), &items, &error)
        || !query.counts(&counts, &error))
        return fail(error);
    if (m_args.has(QStringLiteral("--json"))) {
        QByteArray out = "{\"counts\":" + ResultJson::triageCounts(counts) + ",\"items\":[";
        for (int i = 0; i < items.size(); ++i)
            out += (i > 0 ? "," : "") + ResultJson::triageItem(items.at(i));
        print(out + "]}\n");
        return Ok;
    }
    static const QStringList states{tr("open"), tr("claimed"), tr("confirmed"), tr("dismissed")};
    CliTable table({tr("AT"), tr("ITEM"), tr("SOURCE"), tr("SUBJECT"), tr("CATEGORIES"), tr("SUGGESTS"), tr("STATE"), tr("BY")});
    for (const TriageItem &i : std::as_const(items))
        table.addRow({formatInstant(i.at), i.id, i.source == TriageItem::Source::Report ? tr("report") : tr("finding"),
                      i.subject, i.categories.isEmpty() ? QStringLiteral("-") : i.categories.join(QLatin1Char(',')),
                      i.code.isEmpty() ? QStringLiteral("-") : i.code,
                      i.status.lapsed ? tr("open (claim lapsed)") : states.value(int(i.status.state)),
                      i.status.by.isEmpty() ? QStringLiteral("-") : i.status.by});
    print(table.render());
    QByteArray summary = tr("%1 open, %2 claimed, %3 confirmed, %4 dismissed")
                             .arg(counts.open).arg(counts.claimed).arg(counts.confirmed).arg(counts.dismissed).toUtf8();
    if (counts.oldestOpen != kNoInstant)
        summary += tr("; oldest open item from %1").arg(formatInstant(counts.oldestOpen)).toUtf8();
    print(summary + '\n');
    return Ok;
}

int CliRunner::triageStep(Store &store, const QString &sub, const QString &item)
{
    const std::optional<Session> who = session(store);
    if (!who)
        return m_failCode;
    Actions actions(store, *who);
    StoreError error;
    if (sub == QLatin1String("claim") && !actions.claimItem(item, &error))
        return fail(error);
    if (sub == QLatin1String("release") && !actions.releaseItem(item, &error))
        return fail(error);
    if (sub == QLatin1String("dismiss")) {
        if (m_args.value(QStringLiteral("--reason")).trimmed().isEmpty())
            return fail(BadInput, tr("triage dismiss: --reason is required (why the item is not a violation)"));
        if (!actions.dismissItem(item, m_args.value(QStringLiteral("--reason")), &error))
            return fail(error);
    }
    if (sub == QLatin1String("confirm")) {
        std::optional<TriageItem> found;
        QVector<FindingRecord> findings;
        if (!TriageQuery(store).item(item, &found, &error, &findings))
            return fail(error);
        if (!found)
            return fail(BadInput, tr("item: no post or report %1 in the triage queue").arg(item));
        StoredEvent violation;
        violation.subject = found->subject;
        violation.code = m_args.value(QStringLiteral("--code"), found->code);
        if (violation.code.isEmpty())
            return fail(BadInput, tr("triage confirm: item %1 suggests no code; give one with --code").arg(item));
        bool ok = true;
        violation.points = m_args.has(QStringLiteral("--points")) ? m_args.value(QStringLiteral("--points")).toInt(&ok) : -1;
        if (!ok || violation.points < -1)
            return fail(BadInput, tr("--points: \"%1\" is not a whole number of points").arg(m_args.value(QStringLiteral("--points"))));
        violation.severity = m_args.value(QStringLiteral("--severity"));
        violation.source = found->source == TriageItem::Source::Report ? QStringLiteral("user_report") : QStringLiteral("algorithm");
        violation.text = m_args.value(QStringLiteral("--evidence"), TriageQuery::evidence(*found, findings));
        ActionResult result;
        if (!actions.confirmItem(item, violation, &result, &error))
            return fail(error);
        print(tr("confirmed %1: recorded %2 (%3) on %4\n").arg(item, result.id, violation.code, found->subject).toUtf8());
        return Ok;
    }
    static const QHash<QString, QString> done{{QStringLiteral("claim"), tr("claimed %1\n")},
                                              {QStringLiteral("release"), tr("released %1\n")},
                                              {QStringLiteral("dismiss"), tr("dismissed %1\n")}};
    print(done.value(sub).arg(item).toUtf8());
    return Ok;
}


// Special-governance campaigns (docs/contracts.md "campaign", docs/rules.md "Campaigns"): preview and
// apply a spec file, list, report and undo.
int CliRunner::campaign()
{
    if (!parseCommand({{QStringLiteral("--out")}, {QStringLiteral("--json"), QStringLiteral("--preview")}, 1, 2,
                       QStringLiteral("campaign preview SPEC.json [--json] | apply SPEC.json [--json] | list [--json] | "
                                      "report ID [--json] [--out FILE.csv|FILE.pdf] | undo ID [--preview] [--json]")}))
        return BadInput;
    const QStringList args = m_args.positional();
    const QString sub = args.value(0);
    static const QStringList withArgument{QStringLiteral("preview"), QStringLiteral("apply"), QStringLiteral("report"),
                                          QStringLiteral("undo")};
    if (sub != QLatin1String("list") && !withArgument.contains(sub))
        return fail(BadInput, tr("unknown campaign command %1 (preview, apply, list, report, undo)").arg(sub));
    if (withArgument.contains(sub) != (args.size() == 2))
        return fail(BadInput, sub == QLatin1String("list") ? tr("usage: campaign list [--json]")
                                                           : tr("usage: campaign %1 %2").arg(sub, sub == QLatin1String("preview") || sub == QLatin1String("apply")
                                                                                                     ? QStringLiteral("SPEC.json") : QStringLiteral("ID")));
    // A preview runs the campaign's write and rolls it back, so it needs a writable store too.
    const bool writes = sub != QLatin1String("list") && sub != QLatin1String("report");
    const std::unique_ptr<Store> store = openStore(writes, writes);
    if (!store)
        return m_failCode;
    if (sub == QLatin1String("list"))
        return campaignList(*store);
    if (sub == QLatin1String("report"))
        return campaignReport(*store, args.value(1));
    return campaignRun(*store, sub, args.value(1));
}

int CliRunner::campaignRun(Store &store, const QString &sub, const QString &argument)
{
    const std::optional<Session> who = session(store);
    if (!who)
        return m_failCode;
    Actions actions(store, *who);
    CampaignOutcome outcome;
    StoreError error;
    if (sub == QLatin1String("undo")) {
        const bool ok = m_args.has(QStringLiteral("--preview")) ? actions.previewUndo(argument, &outcome, &error)
                                                                : actions.undoCampaign(argument, &outcome, &error);
        if (!ok)
            return fail(error);
        printOutcome(outcome);
        return Ok;
    }
    QFile file(argument);
    if (!file.open(QIODevice::ReadOnly))
        return fail(BadInput, tr("%1: cannot read the campaign spec: %2").arg(argument, file.errorString()));
    CampaignSpec spec;
    QString invalid;
    if (!CampaignSpecLoader::load(file.readAll(), store.policy(), &spec, &invalid))
        return fail(BadInput, tr("%1: %2").arg(argument, invalid));
    const bool ok = sub == QLatin1String("preview") ? actions.previewCampaign(spec, &outcome, &error)
                                                    : actions.applyCampaign(spec, &outcome, &error);
    if (!ok)
        return fail(error);
    printOutcome(outcome);
    return Ok;
}

void CliRunner::printOutcome(const CampaignOutcome &o)
{
    if (m_args.has(QStringLiteral("--json"))) {
        print(ResultJson::campaignOutcome(o) + '\n');
        return;
    }
    QString text = o.applied ? tr("campaign %1 \"%2\" applied: %3 event(s) written, %4 notice(s)\n")
                                   .arg(o.id, o.name).arg(o.eventsWritten).arg(o.notices)
                             : tr("campaign %1 \"%2\" previewed at %3: nothing written\n").arg(o.id, o.name, formatInstant(o.at));
    if (!o.undoes.isEmpty())
        text += tr("undoes campaign %1\n").arg(o.undoes);
    text += tr("%1 target(s), %2 subject(s)\n").arg(o.targets).arg(o.subjects);
    QStringList actionIds = o.accepted.keys() + o.refused.keys() + o.kept.keys();
    actionIds.removeDuplicates();
    for (const QString &action : std::as_const(actionIds))
        text += tr("  %1: %2 acted on, %3 refused, %4 left as they are\n")
                    .arg(action).arg(o.accepted.value(action)).arg(o.refused.value(action)).arg(o.kept.value(action));
    print(text.toUtf8());
    if (!o.tiers.isEmpty()) {
        CliTable tiers({tr("KIND"), tr("TIER"), tr("NOW"), tr("AFTER")});
        for (const CampaignTierCount &t : o.tiers)
            tiers.addRow({subjectKindName(t.kind), t.label, QString::number(t.before), QString::number(t.after)});
        print(tiers.render());
    }
    if (!o.sample.isEmpty()) {
        CliTable sample({tr("TARGET"), tr("ACTION"), tr("SCORE"), tr("CROSSES"), tr("SANCTIONS")});
        for (const CampaignSample &s : o.sample) {
            QStringList crossed;
            QStringList sanctions;
            for (const Crossing &c : s.consequences.crossings)
                crossed.append(QString::number(c.threshold));
            for (const Sanction &x : s.consequences.sanctionsStarted)
                sanctions.append(x.id);
            sample.addRow({s.target, s.action,
                           s.hasConsequences ? QStringLiteral("%1 -> %2").arg(s.consequences.scoreBefore()).arg(s.consequences.scoreAfter())
                                             : QStringLiteral("-"),
                           crossed.isEmpty() ? QStringLiteral("-") : crossed.join(QLatin1Char(',')),
                           sanctions.isEmpty() ? QStringLiteral("-") : sanctions.join(QLatin1Char(','))});
        }
        print(sample.render());
    }
    const auto list = [this](const QString &title, const QVector<CampaignRefusal> &rows) {
        if (rows.isEmpty())
            return;
        print(title.toUtf8() + '\n');
        CliTable table({tr("TARGET"), tr("ACTION"), tr("WHY")});
        for (const CampaignRefusal &r : rows)
            table.addRow({r.target, r.action, r.reason});
        print(table.render());
    };
    list(tr("refused (%1):").arg(o.refusalCount), o.refusals);
    list(tr("left as they are:"), o.keptReasons);
}

int CliRunner::campaignList(Store &store)
{
    QVector<CampaignSummary> campaigns;
    StoreError error;
    if (!CampaignQuery(store).list(&campaigns, &error))
        return fail(error);
    if (m_args.has(QStringLiteral("--json"))) {
        QByteArray out = "{\"campaigns\":[";
        for (int i = 0; i < campaigns.size(); ++i)
            out += (i > 0 ? "," : "") + ResultJson::campaignSummary(campaigns.at(i));
        print(out + "]}\n");
        return Ok;
    }
    CliTable table({tr("AT"), tr("ID"), tr("NAME"), tr("BY"), tr("KIND"), tr("POSTS REMOVED"), tr("ACCOUNTS PUNISHED"),
                    tr("CERTS REVOKED"), tr("BRANDS BANNED"), tr("UNDONE BY")});
    for (const CampaignSummary &c : std::as_const(campaigns))
        table.addRow({formatInstant(c.at), c.id, c.name, c.by, c.kind.isEmpty() ? QStringLiteral("-") : c.kind,
                      QString::number(c.postsRemoved), QString::number(c.accountsPunished),
                      QString::number(c.certificationsRevoked), QString::number(c.brandsBanned),
                      c.undoneBy.isEmpty() ? (c.undoes.isEmpty() ? QStringLiteral("-") : tr("(undoes %1)").arg(c.undoes)) : c.undoneBy});
    print(table.render());
    return Ok;
}

int CliRunner::campaignReport(Store &store, const QString &id)
{
    StoreError error;
    const std::optional<CampaignSummary> summary = CampaignQuery(store).summary(id, &error);
    if (!summary)
        return error.isSet() ? fail(error) : fail(BadInput, tr("no campaign %1 in the store").arg(id));
    const QString out = m_args.value(QStringLiteral("--out"));
    if (!out.isEmpty()) {
        const QString suffix = QFileInfo(out).suffix().toLower();
        if (suffix != QLatin1String("csv") && suffix != QLatin1String("pdf"))
            return fail(BadInput, tr("--out %1: the extension must be .pdf or .csv").arg(out));
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly))
            return fail(BadInput, tr("--out %1: %2").arg(out, file.errorString()));
        QString pdfError;
        const bool written = suffix == QLatin1String("csv") ? CampaignCsvExporter::write(store, id, file, &error)
                                                            : CampaignReportPdf::write(store, id, &file, &pdfError);
        if (!written)
            return pdfError.isEmpty() ? fail(error) : fail(BadInput, tr("--out %1: %2").arg(out, pdfError));
        if (!file.commit())
            return fail(BadInput, tr("--out %1: %2").arg(out, file.errorString()));
        print(tr("Wrote the report of campaign %1 to %2\n").arg(id, out).toUtf8());
        return Ok;
    }
    if (m_args.has(QStringLiteral("--json"))) {
        print(ResultJson::campaignSummary(*summary) + '\n');
        return Ok;
    }
    const CampaignSummary &c = *summary;
    QString text = tr("campaign %1 \"%2\" by %3 at %4\nreason: %5\n").arg(c.id, c.name, c.by, formatInstant(c.at), c.reason);
    if (!c.undoes.isEmpty())
        text += tr("undoes campaign %1\n").arg(c.undoes);
    if (!c.undoneBy.isEmpty())
        text += tr("undone by campaign %1\n").arg(c.undoneBy);
    text += tr("posts handled %1, removed %2, restored %3\naccounts punished %4 (%5 violations), retractions %6\n"
               "certifications revoked %7, granted %8\nbrands banned %9\n")
                .arg(c.postsHandled).arg(c.postsRemoved).arg(c.postsRestored).arg(c.accountsPunished).arg(c.violations)
                .arg(c.retractions).arg(c.certificationsRevoked).arg(c.certificationsGranted).arg(c.brandsBanned);
    text += tr("notes %1, notices %2, events %3\n").arg(c.notes).arg(c.notices).arg(c.events);
    print(text.toUtf8());
    return Ok;
}

int CliRunner::replay()
{
    if (!parseCommand({{QStringLiteral("--with"), QStringLiteral("--at")}, {QStringLiteral("--json")}, 0, 0,
                       QStringLiteral("replay --with POLICY.json|NAME [--at T] [--json]")}))
        return BadInput;
    if (!m_args.has(QStringLiteral("--with")))
        return fail(BadInput, tr("replay needs --with POLICY.json or a policy version's name"));
    const std::unique_ptr<Store> store = openStore(false, false);
    if (!store)
        return m_failCode;
    QString label;
    const std::optional<Policy> with = versionOrFile(*store, m_args.value(QStringLiteral("--with")), &label);
    if (!with)
        return m_failCode;
    Instant at = 0;
    if (!instantOption(QStringLiteral("--at"), store->now(), &at))
        return BadInput;
    WhatIfReport report;
    StoreError error;
    if (!WhatIfReplay(*store, store->schedule(), *with).run(at, &report, {}, &error))
        return fail(error);
    if (m_args.has(QStringLiteral("--json"))) {
        print(ResultJson::whatIf(report) + '\n');
        return Ok;
    }
    QByteArray out = tr("What-if at %1: %2 -> %3, %4 subjects, %5 change standing, %6 change score\n\n")
                         .arg(formatInstant(report.at), report.beforePolicy, report.afterPolicy)
                         .arg(report.subjects)
                         .arg(report.changes.size())
                         .arg(report.scoreChanged)
                         .toUtf8();
    CliTable tiers({tr("KIND"), tr("TIER"), tr("BEFORE"), tr("AFTER")});
    CliTable means({tr("KIND"), tr("SUBJECTS"), tr("MEAN BEFORE"), tr("MEAN AFTER")});
    for (int k = 0; k < kSubjectKindCount; ++k) {
        const KindSummary &summary = report.kinds[k];
        const QString kind = subjectKindName(static_cast<SubjectKind>(k));
        means.addRow({kind, QString::number(summary.subjects), QString::number(summary.meanBefore(), 'f', 2),
                      QString::number(summary.meanAfter(), 'f', 2)});
        QStringList names = summary.tiersBefore.keys();
        for (const QString &tier : summary.tiersAfter.keys()) {
            if (!names.contains(tier))
                names.append(tier);
        }
        for (const QString &tier : std::as_const(names))
            tiers.addRow({kind, tier, QString::number(summary.tiersBefore.value(tier)),
                          QString::number(summary.tiersAfter.value(tier))});
    }
    out += means.render() + '\n' + tiers.render();
    if (!report.changes.isEmpty()) {
        CliTable changes({tr("SUBJECT"), tr("KIND"), tr("BEFORE"), tr("AFTER"), tr("RESTRICTIONS GAINED"),
                          tr("RESTRICTIONS LOST")});
        for (const StandingChange &c : report.changes)
            changes.addRow({c.handle, subjectKindName(c.kind),
                            QStringLiteral("%1 (%2)").arg(c.before.score).arg(c.before.tier),
                            QStringLiteral("%1 (%2)").arg(c.after.score).arg(c.after.tier),
                            joinedOrDash(minus(c.after.restrictions, c.before.restrictions)),
                            joinedOrDash(minus(c.before.restrictions, c.after.restrictions))});
        out += '\n' + changes.render();
    }
    print(out);
    return Ok;
}

// `copy` moves a whole store between backends (docs/teamstore.md): it takes no --db and no sign-in, since
// whoever may read the source file or connect to its database can read every row anyway, and the server's
// grants decide who may write a team store.
int CliRunner::copy()
{
    const QString usage = QStringLiteral("copy --from SRC --to DST [--json]");
    if (!parseCommand({{QStringLiteral("--from"), QStringLiteral("--to")}, {QStringLiteral("--json")}, 0, 0, usage}))
        return BadInput;
    for (const QString &option : {QStringLiteral("--from"), QStringLiteral("--to")}) {
        if (m_args.value(option).isEmpty())
            return fail(BadInput, tr("copy needs %1 (usage: %2)").arg(option, usage));
    }
    const QString from = m_args.value(QStringLiteral("--from"));
    const QString to = m_args.value(QStringLiteral("--to"));
    StoreCopier copier;
    StoreError error;
    if (!copier.copy(from, to, &error))
        return fail(error);
    if (m_args.has(QStringLiteral("--json"))) {
        print(ResultJson::copy(StoreCopier::displayName(from), StoreCopier::displayName(to), copier.counts()) + '\n');
        return Ok;
    }
    QStringList tables;
    for (const StoreCopier::TableCount &count : copier.counts())
        tables.append(QStringLiteral("%1 %2").arg(count.table).arg(count.rows));
    print(tr("Copied %1 to %2: %3\n")
              .arg(StoreCopier::displayName(from), StoreCopier::displayName(to), tables.join(QStringLiteral(", ")))
              .toUtf8());
    return Ok;
}

int CliRunner::verify()
{
    if (!parseCommand({{}, {}, 0, 0, QStringLiteral("verify")}))
        return BadInput;
    const std::unique_ptr<Store> store = openStore(false, false);
    if (!store)
        return m_failCode;
    StoreError error;
    if (!store->verify({}, &error))
        return fail(error);
    print(tr("OK: %1 is intact (integrity, audit chain, %2 events, state cache of %3 subjects)\n")
              .arg(store->path())
              .arg(store->eventCount())
              .arg(store->subjectCount())
              .toUtf8());
    return Ok;
}

int CliRunner::exportStore()
{
    if (!parseCommand({{QStringLiteral("--format"), QStringLiteral("--out")}, {}, 0, 0,
                       QStringLiteral("export [--format jsonl|csv] [--out FILE]")}))
        return BadInput;
    const QString format = m_args.has(QStringLiteral("--format")) ? m_args.value(QStringLiteral("--format"))
                                                                  : QStringLiteral("jsonl");
    if (format != QLatin1String("jsonl") && format != QLatin1String("csv"))
        return fail(BadInput, tr("--format: \"%1\" is not one of jsonl, csv").arg(format));
    const bool csv = format == QLatin1String("csv");
    const std::unique_ptr<Store> store = openStore(false, csv);
    if (!store)
        return m_failCode;

    const QString outPath = m_args.value(QStringLiteral("--out"));
    QSaveFile file(outPath);
    QIODevice *device = &m_out;
    if (!outPath.isEmpty()) {
        if (!file.open(QIODevice::WriteOnly))
            return fail(BadInput, tr("%1: cannot write: %2").arg(outPath, file.errorString()));
        device = &file;
    }
    StoreError error;
    qint64 written = 0;
    if (csv) {
        CsvExporter exporter(*store);
        if (!exporter.write(*device, &error))
            return fail(error);
        written = exporter.written();
    } else {
        JsonlExporter exporter(*store);
        if (!exporter.write(*device, &error))
            return fail(error);
        written = exporter.written();
    }
    if (!outPath.isEmpty()) {
        if (!file.commit())
            return fail(Internal, tr("%1: cannot write: %2").arg(outPath, file.errorString()));
        print(tr("Exported %1 %2 to %3\n").arg(written).arg(csv ? tr("subjects") : tr("events"), outPath).toUtf8());
    }
    return Ok;
}

int CliRunner::generate()
{
    const QStringList counts{QStringLiteral("--mcns"), QStringLiteral("--brands"), QStringLiteral("--creators"),
                             QStringLiteral("--violations")};
    if (!parseCommand({counts + QStringList{QStringLiteral("--seed"), QStringLiteral("--posts")}, {}, 0, 0,
                       QStringLiteral("generate --mcns N --brands N --creators N --violations N [--posts N] [--seed S]")}))
        return BadInput;
    GeneratorOptions options;
    qint64 values[4] = {options.mcns, options.brands, options.creators, options.violations};
    for (int i = 0; i < counts.size(); ++i) {
        if (!m_args.has(counts[i]))
            continue;
        bool ok = false;
        values[i] = m_args.value(counts[i]).toLongLong(&ok);
        if (!ok || values[i] < 0 || (i < 3 && values[i] > 100000000))
            return fail(BadInput, tr("%1: \"%2\" is not a count").arg(counts[i], m_args.value(counts[i])));
    }
    options.mcns = int(values[0]);
    options.brands = int(values[1]);
    options.creators = int(values[2]);
    options.violations = values[3];
    if (m_args.has(QStringLiteral("--seed"))) {
        bool ok = false;
        options.seed = m_args.value(QStringLiteral("--seed")).toULongLong(&ok);
        if (!ok)
            return fail(BadInput, tr("--seed: \"%1\" is not a number").arg(m_args.value(QStringLiteral("--seed"))));
    }
    qint64 posts = SyntheticPosts::defaultCount(options.creators);
    if (m_args.has(QStringLiteral("--posts"))) {
        bool ok = false;
        posts = m_args.value(QStringLiteral("--posts")).toLongLong(&ok);
        if (!ok || posts < 0 || posts > 100000000)
            return fail(BadInput, tr("%1: \"%2\" is not a count").arg(QStringLiteral("--posts"), m_args.value(QStringLiteral("--posts"))));
    }
    if (!createStoreIfMissing())
        return m_failCode;
    const std::unique_ptr<Store> store = openStore(true, true);
    if (!store)
        return m_failCode;
    options.recordedUntil = store->now();
    const std::optional<Session> who = session(*store);
    if (!who)
        return m_failCode;
    StoreError error;
    if (!Actions(*store, *who).mayTake(Permission::Generate, &error))
        return fail(error);
    WriteRequest request;
    request.action = PermissionMatrix::id(Permission::Generate);
    request.actor = who->user;
    request.detail.insert(QStringLiteral("seed"), QString::number(options.seed));
    const SyntheticGenerator generator(store->policy(), options);
    qint64 emitted = 0;
    qint64 appended = 0;
    bool generatorRefused = false;
    const bool written = store->write(request, [&](EventSink &sink, StoreError *e) {
        generatorRefused = !GeneratorLoader::load(generator, sink, &emitted, e);
        // The posts and qualifications (SyntheticPosts) after the subjects they name, in the same write.
        if (!generatorRefused) {
            SyntheticPosts(options, posts).run([&](const StoredEvent &event) {
                ++emitted;
                generatorRefused = !sink.append(StoredEvent(event), e);
                return !generatorRefused;
            });
        }
        return !generatorRefused;
    }, &error, &appended);
    if (!written && generatorRefused) // a generated event the store refuses is a generator bug, not the user's input
        return fail(Internal, tr("generated event %1 refused: %2").arg(emitted).arg(error.message));
    if (!written)
        return fail(error);
    print(tr("Generated %1 events (%2 MCNs, %3 brands, %4 creators, seed %5) into %6\n")
              .arg(appended)
              .arg(options.mcns)
              .arg(options.brands)
              .arg(options.creators)
              .arg(options.seed)
              .arg(store->path())
              .toUtf8());
    return Ok;
}

int CliRunner::scan()
{
    if (!parseCommand({{QStringLiteral("--file")}, {QStringLiteral("--json")}, 0, 1,
                       QStringLiteral("scan [--json] (TEXT | --file F)")}))
        return BadInput;
    const bool json = m_args.has(QStringLiteral("--json"));
    const bool fromFile = m_args.has(QStringLiteral("--file"));
    if (fromFile == !m_args.positional().isEmpty())
        return fail(BadInput, tr("scan needs either TEXT or --file F (usage: scan [--json] (TEXT | --file F))"));
    const TextScanner &scanner = TextScanner::builtin();
    const auto human = [](const QVector<ScanFinding> &findings, const QString &prefix) {
        QByteArray out;
        for (const ScanFinding &f : findings)
            out += (prefix + QStringLiteral("%1  %2  %3-%4  %5\n").arg(f.category, f.rule).arg(f.start).arg(f.end).arg(f.match))
                       .toUtf8();
        return out;
    };
    if (!fromFile) {
        const QVector<ScanFinding> findings = scanner.scan(m_args.positional().first());
        if (json)
            print(ResultJson::scan(findings) + '\n');
        else
            print(findings.isEmpty() ? tr("no findings\n").toUtf8() : human(findings, QString()));
        return Ok;
    }
    const QString path = m_args.value(QStringLiteral("--file"));
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(BadInput, tr("%1: cannot read: %2").arg(path, file.errorString()));
    qint64 number = 0;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        ++number;
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        const QVector<ScanFinding> findings = scanner.scan(QString::fromUtf8(line));
        if (json)
            print(ResultJson::scan(findings) + '\n');
        else
            print(human(findings, tr("line %1: ").arg(number)));
    }
    return Ok;
}

int CliRunner::policy()
{
    if (!parseCommand({{QStringLiteral("--name"), QStringLiteral("--note"), QStringLiteral("--at")}, {QStringLiteral("--json")}, 0, 3,
                       QStringLiteral("policy [--json] | list [--json] | show NAME | add FILE --name NAME [--note TEXT] | "
                                      "activate NAME --at T | diff A B [--json]")}))
        return BadInput;
    const QStringList args = m_args.positional();
    const QString sub = args.value(0);
    if (sub.isEmpty() && !m_args.policyFile().isEmpty()) { // the override is the policy in force; no store needed
        QString error;
        const std::optional<Policy> policy = PolicyLoader::loadFile(m_args.policyFile(), &error);
        if (!policy)
            return fail(BadInput, error);
        print(PolicyLoader::toJson(*policy));
        return Ok;
    }
    const auto needs = [&](int count, const QString &usage) {
        if (args.size() == count)
            return true;
        fail(BadInput, tr("usage: policy %1").arg(usage));
        return false;
    };
    if ((sub.isEmpty() && !needs(0, QString())) || (sub == QLatin1String("list") && !needs(1, QStringLiteral("list [--json]")))
        || (sub == QLatin1String("show") && !needs(2, QStringLiteral("show NAME")))
        || (sub == QLatin1String("add") && !needs(2, QStringLiteral("add FILE --name NAME [--note TEXT]")))
        || (sub == QLatin1String("activate") && !needs(2, QStringLiteral("activate NAME --at T")))
        || (sub == QLatin1String("diff") && !needs(3, QStringLiteral("diff A B [--json]"))))
        return m_failCode;
    const bool writes = sub == QLatin1String("add") || sub == QLatin1String("activate");
    if (!sub.isEmpty() && !writes && sub != QLatin1String("list") && sub != QLatin1String("show") && sub != QLatin1String("diff"))
        return fail(BadInput, tr("unknown policy command %1 (list, show, add, activate, diff)").arg(sub));
    const std::unique_ptr<Store> store = openStore(writes, false);
    if (!store)
        return m_failCode;
    if (sub == QLatin1String("list"))
        return policyList(*store);
    if (sub == QLatin1String("show"))
        return policyShow(*store, args.value(1));
    if (sub == QLatin1String("add"))
        return policyAdd(*store, args.value(1));
    if (sub == QLatin1String("activate"))
        return policyActivate(*store, args.value(1));
    if (sub == QLatin1String("diff"))
        return policyDiff(*store, args.value(1), args.value(2));
    QByteArray json = PolicyLoader::toJson(store->policy());
    if (!json.endsWith('\n'))
        json += '\n';
    print(json);
    return Ok;
}

int CliRunner::policyList(Store &store)
{
    StoreError error;
    const QVector<PolicyVersion> versions = store.policyVersions(&error);
    if (error.isSet())
        return fail(error);
    const auto optionalInstant = [](const std::optional<Instant> &at) {
        return at ? QJsonValue(formatInstant(*at)) : QJsonValue();
    };
    if (m_args.has(QStringLiteral("--json"))) {
        QJsonArray rows;
        for (const PolicyVersion &v : versions) {
            const std::optional<Policy> policy = PolicyLoader::loadJson(v.json, nullptr);
            rows.append(QJsonObject{
                {QStringLiteral("name"), v.name},
                {QStringLiteral("base"), v.base},
                {QStringLiteral("author"), v.author},
                {QStringLiteral("created_at"), v.createdAt ? QJsonValue(formatInstant(v.createdAt)) : QJsonValue()},
                {QStringLiteral("note"), v.note},
                {QStringLiteral("policy"), policy ? policy->name : QString()},
                {QStringLiteral("version"), policy ? policy->version : 0},
                {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(v.json, QCryptographicHash::Sha256).toHex())},
                {QStringLiteral("in_force"), v.inForce},
                {QStringLiteral("effective_at"), optionalInstant(v.effectiveAt)},
                {QStringLiteral("activated_at"), optionalInstant(v.activatedAt)},
                {QStringLiteral("activated_by"), v.activatedBy.isEmpty() ? QJsonValue() : QJsonValue(v.activatedBy)},
                {QStringLiteral("backdated"), v.backdated},
            });
        }
        print(QJsonDocument(QJsonObject{{QStringLiteral("versions"), rows}}).toJson(QJsonDocument::Compact) + '\n');
        return Ok;
    }
    CliTable table({tr("NAME"), tr("AUTHOR"), tr("CREATED"), tr("STATE"), tr("EFFECTIVE FROM"), tr("NOTE")});
    for (const PolicyVersion &v : versions) {
        const QString state = v.inForce ? tr("in force") : v.effectiveAt ? tr("activated") : tr("draft");
        const QString effective = v.effectiveAt ? formatInstant(*v.effectiveAt) + (v.backdated ? tr(" (backdated)") : QString())
                                  : v.base ? tr("the beginning") : QString();
        table.addRow({v.name, v.author, v.createdAt ? formatInstant(v.createdAt) : QString(), state, effective, v.note});
    }
    print(table.render());
    return Ok;
}

int CliRunner::policyShow(Store &store, const QString &name)
{
    StoreError error;
    const std::optional<PolicyVersion> version = store.policyVersion(name, &error);
    if (!version)
        return error.isSet() ? fail(error) : fail(BadInput, tr("no policy version named %1").arg(name));
    QByteArray json = version->json;
    if (!json.endsWith('\n'))
        json += '\n';
    print(json);
    return Ok;
}

int CliRunner::policyAdd(Store &store, const QString &file)
{
    const QString name = m_args.value(QStringLiteral("--name"));
    if (name.isEmpty())
        return fail(BadInput, tr("policy add needs --name NAME"));
    QString why;
    const std::optional<Policy> policy = PolicyLoader::loadFile(file, &why);
    if (!policy)
        return fail(BadInput, why);
    const std::optional<Session> who = session(store);
    if (!who)
        return m_failCode;
    StoreError error;
    if (!Actions(store, *who).addPolicy(*policy, name, m_args.value(QStringLiteral("--note")), &error))
        return fail(error);
    print(tr("policy version %1 added (%2 version %3)\n").arg(name, policy->name).arg(policy->version).toUtf8());
    return Ok;
}

int CliRunner::policyActivate(Store &store, const QString &name)
{
    if (!m_args.has(QStringLiteral("--at")))
        return fail(BadInput, tr("policy activate needs --at T (the instant from which it is in force)"));
    Instant at = 0;
    if (!instantOption(QStringLiteral("--at"), store.now(), &at))
        return BadInput;
    const std::optional<Session> who = session(store);
    if (!who)
        return m_failCode;
    StoreError error;
    if (!Actions(store, *who).activatePolicy(name, at, &error))
        return fail(error);
    print((at < store.now() ? tr("policy version %1 in force from %2 (backdated: recorded %3)\n").arg(name, formatInstant(at), formatInstant(store.now()))
                            : tr("policy version %1 in force from %2\n").arg(name, formatInstant(at)))
              .toUtf8());
    return Ok;
}

int CliRunner::policyDiff(Store &store, const QString &a, const QString &b)
{
    QString labelA;
    QString labelB;
    const std::optional<Policy> first = versionOrFile(store, a, &labelA);
    if (!first)
        return m_failCode;
    const std::optional<Policy> second = versionOrFile(store, b, &labelB);
    if (!second)
        return m_failCode;
    const QVector<PolicyChange> changes = PolicyDiff::diff(*first, *second);
    if (m_args.has(QStringLiteral("--json"))) {
        print(QJsonDocument(QJsonObject{{QStringLiteral("a"), labelA},
                                        {QStringLiteral("b"), labelB},
                                        {QStringLiteral("changes"), PolicyDiff::toJson(changes)}})
                  .toJson(QJsonDocument::Compact)
              + '\n');
        return Ok;
    }
    CliTable table({tr("SETTING"), labelA, labelB});
    for (const PolicyChange &c : changes)
        table.addRow({c.path, PolicyDiff::valueText(c.before), PolicyDiff::valueText(c.after)});
    print(table.render());
    print(tr("%n difference(s)\n", nullptr, int(changes.size())).toUtf8());
    return Ok;
}

std::optional<Policy> CliRunner::versionOrFile(const Store &store, const QString &nameOrFile, QString *label)
{
    StoreError error;
    if (const std::optional<PolicyVersion> version = store.policyVersion(nameOrFile, &error)) {
        QString why;
        std::optional<Policy> policy = PolicyLoader::loadJson(version->json, &why);
        if (!policy)
            fail(Integrity, tr("policy version %1: %2").arg(version->name, why));
        *label = version->name;
        return policy;
    }
    if (error.isSet()) {
        fail(error);
        return std::nullopt;
    }
    if (!QFileInfo::exists(nameOrFile)) {
        fail(BadInput, tr("%1: no policy version of that name, and no such file").arg(nameOrFile));
        return std::nullopt;
    }
    QString why;
    std::optional<Policy> policy = PolicyLoader::loadFile(nameOrFile, &why);
    if (!policy)
        fail(BadInput, why);
    *label = QFileInfo(nameOrFile).fileName();
    return policy;
}

// A read (docs/roles.md): no sign-in needed. --user NAME signs in as for a write, so the report's "made by"
// is a checked name; without it the report names the operating-system user.
int CliRunner::report()
{
    if (!parseCommand({{QStringLiteral("--at"), QStringLiteral("--out")}, {}, 1, 1,
                       QStringLiteral("report HANDLE [--at T] --out FILE.pdf|FILE.csv")}))
        return BadInput;
    const QString out = m_args.value(QStringLiteral("--out"));
    if (out.isEmpty())
        return fail(BadInput, tr("report needs --out FILE.pdf or --out FILE.csv"));
    if (!ComplianceReport::formatFor(out))
        return fail(BadInput, tr("--out %1: the extension must be .pdf or .csv").arg(out));
    const std::unique_ptr<Store> store = openStore(false, false);
    if (!store)
        return m_failCode;
    Instant at = 0;
    if (!instantOption(QStringLiteral("--at"), store->now(), &at))
        return BadInput;
    QString madeBy = Identity::osUser();
    if (!m_args.user().isEmpty()) {
        const std::optional<Session> who = session(*store);
        if (!who)
            return m_failCode;
        madeBy = who->user;
    }
    ReportDocument document;
    StoreError error;
    const QString handle = m_args.positional().first();
    if (!ComplianceReport::make(*store, handle, at, madeBy, &document, &error)
        || !ComplianceReport::write(document, out, &error))
        return fail(error);
    print(tr("Wrote the %1 report of %2 as of %3 to %4 (%5)\n")
              .arg(QFileInfo(out).suffix().toUpper(), handle, formatInstant(at), out,
                   document.verified ? tr("store verified") : tr("store NOT verified"))
              .toUtf8());
    return Ok;
}

} // namespace redline
