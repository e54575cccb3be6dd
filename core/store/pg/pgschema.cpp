#include "pgschema.h"

#include "store/pg/pgconnection.h"
#include "store/schema/schema.h"

#include <QFile>

namespace redline {

namespace {

bool failNotAStore(const PgConnection &connection, StoreError *error)
{
    return StoreError::fail(error, StoreError::Kind::BadInput,
                            PgSchema::tr("%1: not a Redline store (no Redline schema in this database)").arg(connection.name()));
}

} // namespace

int PgSchema::currentVersion()
{
    return Schema::currentVersion();
}

QByteArray PgSchema::sql()
{
    QFile file(QStringLiteral(":/pg/schema.sql"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool PgSchema::create(PgConnection &connection, StoreError *error)
{
    const QByteArray text = sql();
    if (text.isEmpty())
        return StoreError::fail(error, StoreError::Kind::Internal, tr("the PostgreSQL schema is missing from the program"));
    return connection.exec(text, error, tr("create the Redline schema"));
}

int PgSchema::version(PgConnection &connection, StoreError *error)
{
    QByteArray value;
    bool found = false;
    if (!connection.value("SELECT to_regclass('meta') IS NOT NULL", &value, &found, error, tr("read the schema")))
        return -1;
    if (value != "t")
        return 0;
    if (!connection.value("SELECT value FROM meta WHERE key = 'pg_schema_version'", &value, &found, error,
                          tr("read the schema version")))
        return -1;
    bool number = false;
    const int version = value.toInt(&number);
    if (!found || !number || version <= 0) {
        failNotAStore(connection, error);
        return -1;
    }
    return version;
}

bool PgSchema::check(PgConnection &connection, StoreError *error)
{
    const int stored = version(connection, error);
    if (stored < 0)
        return false;
    if (stored == 0)
        return failNotAStore(connection, error);
    if (stored != currentVersion())
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("%1: a store at schema version %2; this Redline reads version %3")
                                    .arg(connection.name()).arg(stored).arg(currentVersion()));
    return true;
}

} // namespace redline
