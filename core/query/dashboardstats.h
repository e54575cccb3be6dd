#pragma once

#include "query/triageitem.h"

#include "base/instant.h"
#include "policy/policy.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>
#include <QVector>

struct sqlite3;

namespace redline {

class Store;

// One recorded violation as the dashboard lists it.
struct RecentViolation {
    qint64 seq = 0;
    Instant at = 0;
    QString id;
    QString handle;
    QString name;
    SubjectKind kind = SubjectKind::Creator;
    QString code;
    QString by;
    // What voided it since, if anything: retracted (undone) or overturned on appeal (R-L3).
    enum class Voided { No, Retracted, Overturned };
    Voided voided = Voided::No;
};

// Violations per week and code (docs/architecture.md "The dashboard"): weeks start on Monday 00:00 UTC,
// the last one holds `now`. A violation counts in the week of its `at`; `inForce` holds those not voided
// as of `now`, `voided` those retracted or overturned by then (the ledger keeps them).
struct WeeklyViolations {
    QVector<Instant> weekStarts;            // oldest first
    QStringList codes;                      // every code with a violation in the range, sorted
    QMap<QString, QVector<qint64>> inForce; // code -> count per week
    QVector<qint64> voided;                 // per week, every code
    qint64 total() const;
};

// Appeals decided in [since, now] by outcome, with the median time from the appeal to its decision, and the
// appeals filed by `now` still waiting then.
struct AppealOutcomes {
    Instant since = 0;
    qint64 pending = 0;
    qint64 upheld = 0;
    qint64 overturned = 0;
    Instant medianDecisionTime = kNoInstant; // seconds; kNoInstant when none was decided
};

// A move of a subject's score across one of its scale's thresholds (R-L6), replayed by the engine.
struct RecentCrossing {
    Instant at = 0;
    QString handle;
    QString name;
    SubjectKind kind = SubjectKind::Creator;
    int threshold = 0;
    bool down = true;
};

// Subjects whose score lies in [low, high] (one bar of a distribution).
struct ScoreBand {
    int low = 0;
    int high = 0;
    qint64 count = 0;
};

// Everything the dashboard draws except its short lists, read in one go off the UI thread (load()).
struct DashboardFigures {
    Instant now = 0;
    QMap<int, QMap<int, qint64>> histogram; // kind -> score -> subjects
    WeeklyViolations weekly;
    AppealOutcomes appeals;
    TriageCounts triage;                    // the triage queue per state, and its oldest open item
    QVector<RecentCrossing> crossings;
    qint64 crossingCandidates = 0;          // subjects replayed to find them
    qint64 ledgerSize = -1;
    qint64 users = -1;
    StoreError error;                       // set: the figures are incomplete
};

// The figures on the console's front page, each an aggregate over an index (never subjects loaded into
// memory): how many subjects of each kind sit at each score, violations per week and code, appeals by
// outcome, the threshold crossings of the last days, the violations recorded last.
class DashboardStats
{
    Q_DECLARE_TR_FUNCTIONS(DashboardStats)
public:
    explicit DashboardStats(const Store &store);
    // On another connection to the same file (the dashboard loads off the UI thread); the state cache is
    // always under the stored policy, so that is the one to pass.
    DashboardStats(sqlite3 *db, const QString &path, const Policy &storedPolicy);

    // Every figure of DashboardFigures at `now`, on a read-only connection of its own to `path` (callable
    // from any thread; the policy is the store's stored one, copied).
    static DashboardFigures load(const QString &path, const Policy &storedPolicy, Instant now);

    static constexpr int kWeeks = 26;
    static constexpr int kCrossingDays = 30;

    // Monday 00:00 UTC of the week holding `at`.
    static Instant weekStart(Instant at);
    // The start of the dashboard's period: the Monday kWeeks - 1 weeks before the one holding `now`.
    static Instant periodStart(Instant now);
    // The scale's distribution in bands: the full score on its own, then one band per threshold (scores
    // from the threshold up to below the next higher one) and the rest below the lowest; a scale without
    // thresholds in tenths. Highest band first.
    static QVector<ScoreBand> scoreBands(const Scale &scale, const QMap<int, qint64> &histogram);

    bool weeklyViolations(Instant now, int weeks, WeeklyViolations *out, StoreError *error) const;
    bool appealOutcomes(Instant since, Instant now, AppealOutcomes *out, StoreError *error) const;
    // Every crossing in (now - days, now], newest first, under the stored policy.
    bool recentCrossings(Instant now, int days, QVector<RecentCrossing> *out, StoreError *error,
                         qint64 *replayed = nullptr) const;

    // kind -> score -> subjects (from the state cache's (kind, score) index).
    bool scoreHistogram(QMap<int, QMap<int, qint64>> *out, StoreError *error) const;
    // The violations recorded last among those dated by `now` (kNoInstant: all), newest sequence first.
    bool recentViolations(int limit, QVector<RecentViolation> *out, StoreError *error, Instant now = kNoInstant) const;
    qint64 pendingAppeals(StoreError *error) const;
    qint64 userCount(StoreError *error) const;
    // Events in the ledger: the last sequence number (the ledger is append-only, so there are no gaps),
    // read from the end of the table instead of counting millions of rows.
    qint64 ledgerSize(StoreError *error) const;

private:
    struct WeeklyResult {
        WeeklyViolations weekly;
        StoreError error;
    };
    bool loadAllButWeekly(Instant now, DashboardFigures *out) const;
    bool fail(StoreError *error) const;
    struct DecisionRow {
        qint64 appealSeq = 0;
        Instant at = 0;
        bool overturned = false;
    };
    struct AppealRow {
        Instant at = 0;
        qint64 violationSeq = 0;
    };
    bool decisionsIn(Instant from, Instant now, QVector<DecisionRow> *out, StoreError *error) const;
    bool appealsOf(const QVector<DecisionRow> &decisions, Instant from, Instant now, QHash<qint64, AppealRow> *out,
                   StoreError *error) const;
    bool voidedViolations(Instant from, Instant now, QVector<qint64> *out, StoreError *error) const;
    bool crossingCandidates(Instant since, Instant now, QVector<qint64> *ids, StoreError *error) const;
    qint64 countOfType(int type, Instant now, StoreError *error) const;

    sqlite3 *m_db;
    QString m_path;
    const Policy &m_policy;
};

} // namespace redline
