#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace redline {

// A prepared SQLite statement on the raw handle (the store's hot paths skip QSqlQuery's per-row cost).
// Move-only; finalized on destruction. Column and parameter indices follow SQLite: bind from 1, read from 0.
class SqlStatement
{
public:
    SqlStatement() = default;
    SqlStatement(sqlite3 *db, const char *sql);
    ~SqlStatement();
    SqlStatement(SqlStatement &&other) noexcept;
    SqlStatement &operator=(SqlStatement &&other) noexcept;
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, const QString &text);       // empty text binds NULL
    // Binds without copying: `text` must outlive the next step (the bulk insert's hot path).
    void bindUnowned(int index, const QString &text); // empty text binds NULL
    void bindText(int index, const QByteArray &utf8); // empty binds NULL
    void bindBlob(int index, const QByteArray &bytes);
    void bindNull(int index);

    // One step: true while a row is available; check resultCode() after the last step.
    bool next();
    // Runs to completion and resets; true when it finished without error.
    bool exec();
    void reset();
    int resultCode() const { return m_lastCode; }

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const;
    QString text(int column) const;
    QByteArray utf8(int column) const;
    QByteArray blob(int column) const;

    sqlite3_stmt *raw() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_lastCode = 0;
};

} // namespace redline
