#include "teamstore.h"

#include "store/copy/sqlitecopyendpoint.h"
#include "store/copy/storecopier.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgcopyendpoint.h"
#include "store/pg/pgschema.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"
#include "store/team/teamlink.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <sqlite3.h>

namespace redline {

namespace {

// The first audit row's hash names a store: a database made again from scratch (or another store at the
// same URL) starts another chain, and a working copy of the old one must not be caught up with it.
bool serverIdentity(PgConnection &server, QByteArray *identity, StoreError *error)
{
    bool found = false;
    return server.value("SELECT encode(hash, 'hex') FROM audit WHERE id = 1", identity, &found, error,
                        TeamStore::tr("read the team store's identity"));
}

bool localIdentity(const QString &path, QByteArray *identity)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK;
    if (ok) {
        SqlStatement first(db, "SELECT lower(hex(hash)) FROM audit WHERE id = 1");
        ok = first.isValid() && first.next();
        *identity = ok ? first.utf8(0) : QByteArray();
    }
    sqlite3_close(db);
    return ok;
}

bool recordRevision(const QString &path, qint64 rev, StoreError *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const bool failed = SqlError::fail(error, db, path, TeamStore::tr("record the working copy's revision"));
        sqlite3_close(db);
        return failed;
    }
    const bool ok = TeamLink::setAppliedRevision(db, rev, error);
    sqlite3_close(db);
    return ok;
}

// The whole store, copied from one snapshot taken after the revision was read (TeamLink::committedRevision),
// into a file beside the working copy that takes its place only when complete.
bool makeWorkingCopy(PgConnection &server, const QString &url, const QString &password, const QString &path,
                     const ProgressFn &progress, StoreError *error)
{
    qint64 rev = 0;
    if (!TeamLink::committedRevision(server, &rev, error))
        return false;
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    PgCopyEndpoint source(url, password);
    SqliteCopyEndpoint destination(partial);
    StoreCopier copier;
    copier.setProgress(progress);
    if (!copier.copy(source, destination, error) || !recordRevision(partial, rev, error)) {
        QFile::remove(partial);
        return false;
    }
    QFile::remove(path);
    if (QFile::rename(partial, path))
        return true;
    QFile::remove(partial);
    return StoreError::fail(error, StoreError::Kind::BadInput,
                            TeamStore::tr("%1: cannot put the working copy in place").arg(path));
}

// A working copy that exists and is of this store is caught up; any other is made again.
bool ensureWorkingCopy(PgConnection &server, const QString &url, const QString &password, const QString &path,
                       const ProgressFn &progress, StoreError *error)
{
    QByteArray remote;
    if (!serverIdentity(server, &remote, error))
        return false;
    QByteArray local;
    if (QFileInfo::exists(path) && localIdentity(path, &local) && local == remote)
        return true;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                TeamStore::tr("%1: cannot make the folder for working copies").arg(QFileInfo(path).absolutePath()));
    return makeWorkingCopy(server, url, password, path, progress, error);
}

} // namespace

bool TeamStore::isUrl(const QString &location)
{
    return PgConnection::isUrl(location);
}

QString TeamStore::displayName(const QString &url)
{
    return PgConnection::displayName(url);
}

QString TeamStore::workingCopyPath(const QString &url)
{
    QString folder = qEnvironmentVariable("REDLINE_WORKING_COPIES");
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/redline/team");
    const QString shown = displayName(url);
    const QUrl parsed(url);
    const QUrlQuery query(parsed);
    const QString user = parsed.userName().isEmpty() ? query.queryItemValue(QStringLiteral("user")) : parsed.userName();
    QString readable = parsed.path().mid(1) + (user.isEmpty() ? QString() : QLatin1Char('-') + user);
    readable.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    const QByteArray digest = QCryptographicHash::hash(shown.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return folder + QLatin1Char('/') + readable + QLatin1Char('-') + QString::fromLatin1(digest) + QStringLiteral(".db");
}

bool TeamStore::needsPassword(const QString &url, StoreError *error)
{
    return PgConnection::needsPassword(url, error);
}

std::unique_ptr<Store> TeamStore::open(const QString &url, const QString &password, const StoreOptions &options,
                                       StoreError *error)
{
    std::unique_ptr<PgConnection> server = PgConnection::open(url, password, error);
    if (!server || !PgSchema::check(*server, error))
        return nullptr;
    QByteArray login;
    bool found = false;
    if (!server->value("SELECT lower(session_user)", &login, &found, error, tr("ask the server who is signed in")))
        return nullptr;
    const QString path = workingCopyPath(url);
    if (!ensureWorkingCopy(*server, url, password, path, options.progress, error))
        return nullptr;
    StoreOptions local = options;
    if (local.actor.isEmpty())
        local.actor = QString::fromUtf8(login);
    std::unique_ptr<Store> store = Store::open(path, local, error);
    if (!store)
        return nullptr;
    auto link = std::make_unique<TeamLink>(std::move(server), displayName(url), QString::fromUtf8(login));
    if (!link->listen(error))
        return nullptr;
    store->setLink(std::move(link));
    if (!store->catchUp(nullptr, error))
        return nullptr;
    return store;
}

} // namespace redline
