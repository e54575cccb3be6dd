#pragma once

#include "base/progress.h"
#include "base/storeerror.h"
#include "store/copy/copyendpoint.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <memory>

namespace redline {

// `redline-cli copy --from SRC --to DST` (docs/contracts.md, docs/teamstore.md): every table of a store,
// rows and keys unchanged (events with their seq, recorded time and recorder; audit rows with their chain
// digests; users, subjects, policy versions and activations, findings, triage, the state cache and meta),
// from a SQLite file or a PostgreSQL store to another, new one. The destination is written in one
// transaction: a copy that fails leaves it as it was.
class StoreCopier
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopier)
public:
    struct TableCount {
        QString table;
        qint64 rows = 0;
    };

    // A PostgreSQL URL (PgConnection::isUrl) or a SQLite store's path.
    static std::unique_ptr<CopyEndpoint> endpoint(const QString &location);
    // The location as messages show it (a password in a URL hidden).
    static QString displayName(const QString &location);

    bool copy(const QString &from, const QString &to, StoreError *error);
    // The same between endpoints made by the caller (a team store's working copy, whose server needs a password).
    bool copy(CopyEndpoint &source, CopyEndpoint &destination, StoreError *error);
    // Called every few thousand rows with the rows copied so far (the total is not known); false cancels
    // the copy, which then leaves the destination as it was.
    void setProgress(ProgressFn progress) { m_progress = std::move(progress); }
    // After a copy: the rows of each table, in copy order.
    const QVector<TableCount> &counts() const { return m_counts; }

private:
    bool copyTables(CopyEndpoint &source, CopyEndpoint &destination, StoreError *error);

    QVector<TableCount> m_counts;
    ProgressFn m_progress;
    qint64 m_rows = 0;
};

} // namespace redline
