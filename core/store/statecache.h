#pragma once

#include "engine/subjectstate.h"
#include "policy/policy.h"
#include "policy/policyschedule.h"
#include "store/cachedstate.h"
#include "base/progress.h"
#include "store/sql/sqlstatement.h"
#include "base/storeerror.h"
#include "store/ledger/subjectledger.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

struct sqlite3;

namespace redline {

class BulkReplayer;
struct StateFilter;

// The current-state cache (DESIGN.md "The store"): one row per subject with what the engine computed at
// computed_at under the stored policy and the instant it next changes by itself. Rows are rewritten for the
// subjects a write touched and for those whose next_change has passed; lists read it through its indexes.
class StateCache
{
    Q_DECLARE_TR_FUNCTIONS(StateCache)
public:
    StateCache(sqlite3 *db, const QString &path, const PolicySchedule &schedule);

    // Recomputes these subjects (sorted ids) at `now`; an empty list refreshes nothing.
    bool refresh(const QVector<qint64> &subjectIds, Instant now, const ProgressFn &progress, StoreError *error);
    bool refreshAll(Instant now, const ProgressFn &progress, StoreError *error);
    // Subjects whose cached next_change is at or before `now`.
    QVector<qint64> dueSubjects(Instant now, StoreError *error);

    std::optional<CachedState> read(qint64 subjectId, StoreError *error);
    bool list(const StateFilter &filter, const std::function<bool(const CachedState &)> &sink, StoreError *error);
    // Every cached row in subject id order (verify, CSV export).
    bool forEach(const std::function<bool(const CachedState &)> &sink, StoreError *error);

    // Every row in subject id order, for a caller that walks it beside another ordered read (verify).
    SqlStatement rowsInOrder();
    static CachedState fromRow(const SqlStatement &row);

    static CachedState fromState(const SubjectLedger &ledger, const SubjectState &state, const Policy &policy);
    static std::optional<int> bandOf(const Scale &scale, int score);
    // Restrictions as stored: ",a,b," so that one id matches with LIKE '%,id,%'.
    static QString joinRestrictions(const QStringList &ids);
    static QStringList splitRestrictions(const QString &stored);

private:
    bool run(BulkReplayer &replayer, Instant now, const ProgressFn &progress, StoreError *error);
    bool write(const CachedState &state, StoreError *error);

    sqlite3 *m_db;
    QString m_path;
    const PolicySchedule &m_schedule;
    SqlStatement m_upsert;
};

} // namespace redline
