#pragma once

#include "base/storeerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace redline {

// One libpq connection to a team store on PostgreSQL (docs/teamstore.md). Locations are libpq URLs,
// `postgresql://USER@HOST[:PORT]/DB`, with libpq's parameters in the query (`postgresql:///redline?host=/run/x`
// for a unix socket). Errors become one line naming the store (without any password in the URL) and what was
// being done, with the kind the CLI maps to its exit code: the server refusing for who is connected is
// NotPermitted, a broken rule (constraint, trigger) Integrity, a server that cannot be reached BadInput.
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)
public:
    static bool isUrl(const QString &location);
    // The URL as it may be shown: a password in it is replaced by ***.
    static QString displayName(const QString &url);
    static std::unique_ptr<PgConnection> open(const QString &url, StoreError *error);
    // With a password the URL does not carry (the console asks for it); it is handed to libpq and not kept.
    static std::unique_ptr<PgConnection> open(const QString &url, const QString &password, StoreError *error);
    // Whether the server asked for a password none was given for. False with *error when the server could
    // not be reached, or refused otherwise.
    static bool needsPassword(const QString &url, StoreError *error);

    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    const QString &name() const { return m_name; }

    // Runs SQL that returns no rows (several statements are allowed).
    bool exec(const QByteArray &sql, StoreError *error, const QString &doing);
    // The first column of the first row of a query; *found is false when it returned no row.
    bool value(const QByteArray &sql, QByteArray *out, bool *found, StoreError *error, const QString &doing);
    // COPY ... FROM STDIN: begin, put the data (any split into pieces), then end; ending with ok false aborts
    // the COPY, and the server then refuses the transaction it is in.
    bool beginCopyIn(const QByteArray &copySql, StoreError *error, const QString &doing);
    bool put(const QByteArray &bytes, StoreError *error, const QString &doing);
    bool endCopyIn(bool ok, StoreError *error, const QString &doing);
    // COPY ... TO STDOUT: `row` gets each line without its newline; returning false stops the copy.
    bool copyOut(const QByteArray &copySql, const std::function<bool(const QByteArray &line, StoreError *)> &row,
                 StoreError *error, const QString &doing);

    // A statement with text parameters ($1, $2...; nullopt is NULL) that returns no rows.
    bool execParams(const QByteArray &sql, const QVector<std::optional<QByteArray>> &params, StoreError *error,
                    const QString &doing);

    // LISTEN/NOTIFY (docs/teamstore.md): the socket to watch, and the payloads of the notifications of
    // `channel` that arrived since the last call (reading what the socket has), this connection's own left out.
    bool listen(const QByteArray &channel, StoreError *error);
    int socket() const;
    QStringList takeNotifications(const QByteArray &channel);

    // Fills *error from a failed result (its SQLSTATE gives the kind); always returns false.
    bool fail(pg_result *result, StoreError *error, const QString &doing) const;

private:
    PgConnection(pg_conn *connection, QString name);
    bool failConnection(StoreError *error, const QString &doing) const;

    pg_conn *m_connection = nullptr;
    QString m_name;
};

} // namespace redline
