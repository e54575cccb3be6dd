#include "pgconnection.h"

#include <QRegularExpression>

#include <libpq-fe.h>

#include <vector>

namespace redline {

namespace {

// SQLSTATE classes (PostgreSQL's appendix A): 28 authorization and 42501 insufficient_privilege are who is
// connected; 23 integrity constraint violations are R-L3's unique constraint and the triggers' refusals; 08 is
// the connection.
StoreError::Kind kindOfState(const QByteArray &state)
{
    if (state == "42501" || state.startsWith("28"))
        return StoreError::Kind::NotPermitted;
    if (state.startsWith("23"))
        return StoreError::Kind::Integrity;
    // 3D000 no such database, 22023 a bad argument (redline_grant_login's), 42P07 a table that already exists
    // (a database holding other tables than a Redline store's).
    if (state.startsWith("08") || state.startsWith("3D") || state == "22023" || state == "42P07")
        return StoreError::Kind::BadInput;
    return StoreError::Kind::Internal;
}

QString firstLine(const char *message)
{
    QString text = QString::fromUtf8(message).trimmed();
    text.remove(QRegularExpression(QStringLiteral("^(ERROR|FATAL):\\s*")));
    return text.section(QLatin1Char('\n'), 0, 0);
}

struct ResultDeleter {
    void operator()(PGresult *result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

} // namespace

bool PgConnection::isUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString PgConnection::displayName(const QString &url)
{
    QString shown = url;
    // postgresql://user:secret@host/db and ?password=secret
    shown.replace(QRegularExpression(QStringLiteral("^(postgres(?:ql)?://[^:/@?]*):[^@/?]*@")), QStringLiteral("\\1:***@"));
    shown.replace(QRegularExpression(QStringLiteral("([?&]password=)[^&]*")), QStringLiteral("\\1***"));
    return shown;
}

std::unique_ptr<PgConnection> PgConnection::open(const QString &url, StoreError *error)
{
    return open(url, QString(), error);
}

namespace {

// The URL expanded by libpq (expand_dbname), with the password as a parameter of its own when given.
PGconn *connectTo(const QString &url, const QString &password)
{
    const QByteArray dbname = url.toUtf8();
    const QByteArray secret = password.toUtf8();
    const char *keywords[] = {"dbname", password.isEmpty() ? nullptr : "password", nullptr};
    const char *values[] = {dbname.constData(), password.isEmpty() ? nullptr : secret.constData(), nullptr};
    return PQconnectdbParams(keywords, values, 1);
}

} // namespace

bool PgConnection::needsPassword(const QString &url, StoreError *error)
{
    PGconn *connection = connectTo(url, QString());
    if (!connection)
        return StoreError::fail(error, StoreError::Kind::Internal, tr("%1: out of memory connecting").arg(displayName(url)));
    const bool ok = PQstatus(connection) == CONNECTION_OK;
    const bool asks = !ok && PQconnectionNeedsPassword(connection);
    if (!ok && !asks)
        StoreError::fail(error, StoreError::Kind::BadInput,
                         tr("%1: cannot connect: %2").arg(displayName(url), firstLine(PQerrorMessage(connection))));
    PQfinish(connection);
    return asks;
}

std::unique_ptr<PgConnection> PgConnection::open(const QString &url, const QString &password, StoreError *error)
{
    const QString name = displayName(url);
    PGconn *connection = connectTo(url, password);
    if (!connection) {
        StoreError::fail(error, StoreError::Kind::Internal, tr("%1: out of memory connecting").arg(name));
        return nullptr;
    }
    if (PQstatus(connection) != CONNECTION_OK) {
        const QString why = firstLine(PQerrorMessage(connection));
        PQfinish(connection);
        StoreError::fail(error, why.contains(QLatin1String("authentication")) ? StoreError::Kind::NotPermitted
                                                                             : StoreError::Kind::BadInput,
                         tr("%1: cannot connect: %2").arg(name, why));
        return nullptr;
    }
    std::unique_ptr<PgConnection> out(new PgConnection(connection, name));
    // Text and hashes cross as UTF-8 and hex whatever the server's defaults; messages stay one language so
    // that their SQLSTATE, not their words, is what the program reads.
    if (!out->exec("SET client_encoding = 'UTF8'; SET bytea_output = 'hex'; SET client_min_messages = 'warning'",
                   error, tr("configure the connection")))
        return nullptr;
    return out;
}

PgConnection::PgConnection(pg_conn *connection, QString name)
    : m_connection(connection)
    , m_name(std::move(name))
{
}

PgConnection::~PgConnection()
{
    PQfinish(m_connection);
}

bool PgConnection::fail(pg_result *result, StoreError *error, const QString &doing) const
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    if (!primary)
        return failConnection(error, doing);
    return StoreError::fail(error, kindOfState(QByteArray(state ? state : "")),
                            tr("%1: cannot %2: %3").arg(m_name, doing, QString::fromUtf8(primary)));
}

bool PgConnection::failConnection(StoreError *error, const QString &doing) const
{
    const bool lost = PQstatus(m_connection) != CONNECTION_OK;
    return StoreError::fail(error, lost ? StoreError::Kind::BadInput : StoreError::Kind::Internal,
                            tr("%1: cannot %2: %3").arg(m_name, doing, firstLine(PQerrorMessage(m_connection))));
}

bool PgConnection::exec(const QByteArray &sql, StoreError *error, const QString &doing)
{
    const Result result(PQexec(m_connection, sql.constData()));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return true;
    return fail(result.get(), error, doing);
}

bool PgConnection::value(const QByteArray &sql, QByteArray *out, bool *found, StoreError *error, const QString &doing)
{
    const Result result(PQexec(m_connection, sql.constData()));
    if (!result || PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return fail(result.get(), error, doing);
    *found = PQntuples(result.get()) > 0 && !PQgetisnull(result.get(), 0, 0);
    *out = *found ? QByteArray(PQgetvalue(result.get(), 0, 0), PQgetlength(result.get(), 0, 0)) : QByteArray();
    return true;
}

bool PgConnection::beginCopyIn(const QByteArray &copySql, StoreError *error, const QString &doing)
{
    const Result result(PQexec(m_connection, copySql.constData()));
    if (!result || PQresultStatus(result.get()) != PGRES_COPY_IN)
        return fail(result.get(), error, doing);
    return true;
}

bool PgConnection::put(const QByteArray &bytes, StoreError *error, const QString &doing)
{
    if (PQputCopyData(m_connection, bytes.constData(), int(bytes.size())) == 1)
        return true;
    return failConnection(error, doing);
}

bool PgConnection::endCopyIn(bool ok, StoreError *error, const QString &doing)
{
    if (PQputCopyEnd(m_connection, ok ? nullptr : "the copy stopped") != 1)
        return failConnection(error, doing);
    bool success = true;
    // The COPY's own result, then the end of the command.
    while (PGresult *raw = PQgetResult(m_connection)) {
        const Result result(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK && ok && success)
            success = fail(raw, error, doing);
    }
    return ok && success;
}

bool PgConnection::copyOut(const QByteArray &copySql, const std::function<bool(const QByteArray &, StoreError *)> &row,
                           StoreError *error, const QString &doing)
{
    {
        const Result result(PQexec(m_connection, copySql.constData()));
        if (!result || PQresultStatus(result.get()) != PGRES_COPY_OUT)
            return fail(result.get(), error, doing);
    }
    bool ok = true;
    for (;;) {
        char *buffer = nullptr;
        const int length = PQgetCopyData(m_connection, &buffer, 0);
        if (length < 0)
            break; // -1: done, the result follows; -2: an error, likewise
        if (ok) {
            int end = length;
            if (end > 0 && buffer[end - 1] == '\n')
                --end;
            ok = row(QByteArray::fromRawData(buffer, end), error);
        }
        PQfreemem(buffer);
        // A refused row stops reading; the rest of the COPY is drained so that the connection stays usable.
    }
    bool success = true;
    while (PGresult *raw = PQgetResult(m_connection)) {
        const Result result(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK && ok && success)
            success = fail(raw, error, doing);
    }
    return ok && success;
}

bool PgConnection::execParams(const QByteArray &sql, const QVector<std::optional<QByteArray>> &params,
                              StoreError *error, const QString &doing)
{
    std::vector<const char *> values;
    values.reserve(size_t(params.size()));
    for (const std::optional<QByteArray> &param : params)
        values.push_back(param ? param->constData() : nullptr);
    const Result result(PQexecParams(m_connection, sql.constData(), int(params.size()), nullptr, values.data(), nullptr,
                                     nullptr, 0));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return true;
    return fail(result.get(), error, doing);
}

bool PgConnection::listen(const QByteArray &channel, StoreError *error)
{
    return exec("LISTEN " + channel, error, tr("listen for the team's writes"));
}

int PgConnection::socket() const
{
    return PQsocket(m_connection);
}

QStringList PgConnection::takeNotifications(const QByteArray &channel)
{
    QStringList payloads;
    PQconsumeInput(m_connection);
    const int self = PQbackendPID(m_connection);
    while (PGnotify *notify = PQnotifies(m_connection)) {
        if (channel == notify->relname && notify->be_pid != self)
            payloads << QString::fromUtf8(notify->extra);
        PQfreemem(notify);
    }
    return payloads;
}

} // namespace redline
