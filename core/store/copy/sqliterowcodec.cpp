#include "sqliterowcodec.h"

#include "store/sql/sqlstatement.h"

#include <sqlite3.h>

namespace redline {

namespace {

QString typeName(int sqliteType)
{
    switch (sqliteType) {
    case SQLITE_INTEGER: return SqliteRowCodec::tr("an integer");
    case SQLITE_FLOAT: return SqliteRowCodec::tr("a real number");
    case SQLITE_TEXT: return SqliteRowCodec::tr("text");
    case SQLITE_BLOB: return SqliteRowCodec::tr("a blob");
    }
    return QStringLiteral("NULL");
}

int expectedType(StoreColumn::Type type)
{
    switch (type) {
    case StoreColumn::Type::Integer: return SQLITE_INTEGER;
    case StoreColumn::Type::Text: return SQLITE_TEXT;
    case StoreColumn::Type::Blob: return SQLITE_BLOB;
    }
    return SQLITE_NULL;
}

} // namespace

bool SqliteRowCodec::read(const StoreTable &table, const SqlStatement &rows, StoreRow *row, QString *why)
{
    sqlite3_stmt *stmt = rows.raw();
    row->clear();
    for (int column = 0; column < table.columns.size(); ++column) {
        const int type = sqlite3_column_type(stmt, column);
        if (type == SQLITE_NULL) {
            row->append(std::nullopt);
            continue;
        }
        const StoreColumn &spec = table.columns.at(column);
        if (type != expectedType(spec.type)) {
            *why = tr("table %1, row %2: column %3 holds %4, which this schema does not store there")
                       .arg(QString::fromLatin1(table.name), rows.text(0), QString::fromLatin1(spec.name), typeName(type));
            return false;
        }
        if (type == SQLITE_INTEGER) {
            row->append(QByteArray::number(sqlite3_column_int64(stmt, column)));
        } else {
            const void *data = type == SQLITE_TEXT ? static_cast<const void *>(sqlite3_column_text(stmt, column))
                                                   : sqlite3_column_blob(stmt, column);
            row->append(QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(stmt, column)));
        }
    }
    return true;
}

bool SqliteRowCodec::bind(const StoreTable &table, const StoreRow &row, sqlite3_stmt *stmt, QString *why)
{
    for (int i = 0; i < row.size(); ++i) {
        const std::optional<QByteArray> &value = row.at(i);
        const int index = i + 1;
        if (!value) {
            sqlite3_bind_null(stmt, index);
            continue;
        }
        switch (table.columns.at(i).type) {
        case StoreColumn::Type::Integer: {
            bool ok = false;
            const qint64 number = value->toLongLong(&ok);
            if (!ok) {
                *why = tr("table %1: \"%2\" in column %3 is not an integer")
                           .arg(QString::fromLatin1(table.name), QString::fromUtf8(*value),
                                QString::fromLatin1(table.columns.at(i).name));
                return false;
            }
            sqlite3_bind_int64(stmt, index, number);
            break;
        }
        case StoreColumn::Type::Text:
            sqlite3_bind_text(stmt, index, value->constData(), int(value->size()), SQLITE_TRANSIENT);
            break;
        case StoreColumn::Type::Blob:
            if (value->isEmpty())
                sqlite3_bind_zeroblob(stmt, index, 0);
            else
                sqlite3_bind_blob(stmt, index, value->constData(), int(value->size()), SQLITE_TRANSIENT);
            break;
        }
    }
    return true;
}

} // namespace redline
