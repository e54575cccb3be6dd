#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// SQL run on a store file directly, as someone editing it outside Redline would: how the tests tamper with
// a store and read what it holds without going through core.
class RawSqlite
{
public:
    // Runs `sql` (several statements allowed); the error message, or empty when it ran.
    static QString exec(const QString &path, const QByteArray &sql);
    // The first column of the first row of `sql` as an integer; -1 when there is none.
    static qint64 count(const QString &path, const QByteArray &sql);
    // The first column of every row of `sql`, as text.
    static QStringList column(const QString &path, const QByteArray &sql);
};
