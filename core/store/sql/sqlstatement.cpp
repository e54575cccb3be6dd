#include "sqlstatement.h"

#include <sqlite3.h>

#include <utility>

namespace redline {

SqlStatement::SqlStatement(sqlite3 *db, const char *sql)
{
    m_lastCode = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (m_lastCode != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

SqlStatement::SqlStatement(SqlStatement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_lastCode(other.m_lastCode)
{
}

SqlStatement &SqlStatement::operator=(SqlStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_lastCode = other.m_lastCode;
    }
    return *this;
}

void SqlStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqlStatement::bind(int index, const QString &text)
{
    if (text.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        bindText(index, text.toUtf8());
}

void SqlStatement::bindUnowned(int index, const QString &text)
{
    if (text.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
}

void SqlStatement::bindText(int index, const QByteArray &utf8)
{
    if (utf8.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bindBlob(int index, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool SqlStatement::next()
{
    m_lastCode = sqlite3_step(m_stmt);
    return m_lastCode == SQLITE_ROW;
}

bool SqlStatement::exec()
{
    while (next()) {
    }
    const bool ok = m_lastCode == SQLITE_DONE;
    sqlite3_reset(m_stmt);
    return ok;
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int SqlStatement::integer(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

QString SqlStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray SqlStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QByteArray SqlStatement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

} // namespace redline
