#pragma once

#include "base/storeerror.h"
#include "content/triagestatus.h"
#include "store/sql/sqlstatement.h"

#include <QCoreApplication>
#include <QSet>
#include <QVector>

struct sqlite3;

namespace redline {

// One row of the `triage` table (schema v7): an item of the triage queue as the ledger reads now.
struct TriageRow {
    qint64 itemSeq = 0;
    qint64 subjectId = 0;
    Instant at = 0;
    int source = 0;      // 0 a post's findings, 1 a verified user report
    QString code;        // the suggested violation code: the first finding's by span, or the report's
    TriageStatus status;

    bool operator==(const TriageRow &o) const
    {
        return itemSeq == o.itemSeq && subjectId == o.subjectId && at == o.at && source == o.source && code == o.code
               && status.state == o.status.state && status.by == o.status.by && status.since == o.status.since
               && status.violation == o.status.violation && status.reason == o.status.reason;
    }
};

// Keeps the `triage` table in step with the ledger inside a BulkWriter transaction, after the findings
// (FindingsWriter): a row for every post appended with findings and every report appended, and the state of
// every item a triage step named, folded from its steps (TriageStatus). A creator whose qualifications
// changed gains or loses the rows of posts whose findings appeared or went, unless a step already named them.
class TriageWriter
{
    Q_DECLARE_TR_FUNCTIONS(TriageWriter)
public:
    TriageWriter(sqlite3 *db, const QString &path);

    bool write(qint64 firstSeq, qint64 lastSeq, const QVector<qint64> &reports, const QSet<QString> &steppedItems,
               const QSet<qint64> &requalified, StoreError *error);

    // An item's steps in ledger order: the query (?1 the item's id, through events_triage_by_item) and the
    // reading of its rows, which the validator runs on its own prepared statement. False on an SQL error.
    static const char *const kStepsSql;
    static bool readSteps(SqlStatement &query, const QString &item, QVector<TriageStep> *out);

    // The row an item has when computed from the ledger alone (what write() keeps), none when the item is
    // not in the queue; for `verify`.
    bool computeRow(qint64 itemSeq, std::optional<TriageRow> *out, StoreError *error);

private:
    bool addPostsWithFindings(qint64 firstSeq, qint64 lastSeq, StoreError *error);
    bool requalify(qint64 subjectId, StoreError *error);
    bool addReport(qint64 seq, StoreError *error);
    bool restate(const QString &item, StoreError *error);
    bool steps(const QString &item, QVector<TriageStep> *out, StoreError *error);
    bool fail(StoreError *error);

    sqlite3 *m_db;
    QString m_path;
};

} // namespace redline
