// The dashboard on a big store (docs/performance.md "The dashboard": the whole page under 1.5 s on the
// 1M-creator store). Times each of the dashboard's queries and its whole load, several runs each (min and
// median), with the alternatives they replaced in the same run: the weekly counts grouped by SQLite and
// walked without the ledger's type index, and the crossings found by replaying every subject that has
// thresholds instead of only those whose score can have moved.
//
//   bench_dashboard STORE [--now INSTANT] [--runs N]      (or REDLINE_BENCH_STORE=STORE)
//
// Opening an older store migrates it (backup first): run it on a copy. Not part of the test run.
#include "engine/scoreengine.h"
#include "query/dashboardstats.h"
#include "store/ledger/bulkreplayer.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <numeric>

using namespace redline;

namespace {

QTextStream out(stdout);

struct Timing {
    double min = 0;
    double median = 0;
};

Timing timeRuns(int runs, const std::function<void()> &f)
{
    QVector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        ms << timer.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return {ms.first(), ms.at(ms.size() / 2)};
}

// Called as report(what, timeRuns(...), [&] { return result; }): the result is read after the runs.
void report(const QString &what, const Timing &t, const std::function<QString()> &result)
{
    out << qSetFieldWidth(52) << Qt::left << what << qSetFieldWidth(0) << QStringLiteral(" min %1 ms  median %2 ms  %3")
                                                                               .arg(t.min, 8, 'f', 1)
                                                                               .arg(t.median, 8, 'f', 1)
                                                                               .arg(result())
        << Qt::endl;
}

// The weekly counts as one SQL GROUP BY (what the walk replaced), optionally without the type index.
qint64 groupedInSql(sqlite3 *db, Instant from, Instant now, bool indexed)
{
    const QByteArray sql = QByteArray("SELECT code, (at - ?1) / 604800, count(*) FROM events ")
                           + (indexed ? "" : "NOT INDEXED ")
                           + "WHERE type = 1 AND code IS NOT NULL AND at >= ?1 AND at <= ?2 GROUP BY 1, 2";
    SqlStatement rows(db, sql.constData());
    rows.bind(1, from);
    rows.bind(2, now);
    qint64 n = 0;
    while (rows.next())
        n += rows.int64(2);
    return n;
}

// The decisions of the range with their appeals' instants read by one row lookup per decision, in the
// appeals' order (what the walk of the appeals' index replaced).
qint64 decisionTimesByLookup(sqlite3 *db, Instant from, Instant now)
{
    SqlStatement rows(db, "WITH d AS MATERIALIZED (SELECT ref_seq, at FROM events WHERE ref_seq IS NOT NULL AND type = 3 "
                          "AND at >= ?1 AND at <= ?2 ORDER BY ref_seq) SELECT d.at - a.at FROM d JOIN events a ON a.seq = d.ref_seq");
    rows.bind(1, from);
    rows.bind(2, now);
    qint64 n = 0;
    while (rows.next())
        ++n;
    return n;
}

// Every crossing in the window by replaying every subject of a kind with thresholds (what the candidate
// search replaced).
qint64 crossingsByFullReplay(const Store &store, Instant now, int days)
{
    BulkReplayer replayer(store.handle(), store.path(), {&store.storedPolicy()});
    QVector<qint64> ids;
    SqlStatement rows(store.handle(), "SELECT subject_id FROM state WHERE kind IN (0, 1) ORDER BY 1");
    while (rows.next())
        ids << rows.int64(0);
    replayer.setSubjects(ids);
    replayer.setInstant(now);
    qint64 n = 0;
    replayer.setTimelineConsumer([&](const SubjectLedger &, const Timeline &timeline) {
        for (const Crossing &c : timeline.crossings)
            n += c.at > now - redline::days(days) && c.at <= now;
    });
    StoreError error;
    replayer.run([](const SubjectLedger &, Instant, const QVector<SubjectState> &) { return true; }, {}, &error);
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString path = qEnvironmentVariable("REDLINE_BENCH_STORE");
    Instant now = kNoInstant;
    int runs = 5;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--now") && i + 1 < args.size())
            now = parseInstant(args.at(++i)).value_or(kNoInstant);
        else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else
            path = args.at(i);
    }
    if (path.isEmpty()) {
        out << "usage: bench_dashboard STORE [--now INSTANT] [--runs N]   (or REDLINE_BENCH_STORE)" << Qt::endl;
        return 2;
    }
    StoreOptions options;
    options.now = now;
    StoreError error;
    QElapsedTimer opening;
    opening.start();
    std::unique_ptr<Store> store = Store::open(path, options, &error);
    if (!store) {
        out << "open: " << error.message << Qt::endl;
        return 1;
    }
    out << "opened " << path << " in " << opening.elapsed() / 1000.0 << " s (a migration, if any, included); now "
        << formatInstant(store->now()) << "; " << runs << " runs each" << Qt::endl;
    now = store->now();
    const DashboardStats stats(*store);
    sqlite3 *db = store->handle();

    QMap<int, QMap<int, qint64>> histogram;
    report("score histogram (state_by_score)", timeRuns(runs, [&] {
               histogram.clear();
               stats.scoreHistogram(&histogram, &error);
           }),
           [&] { return QStringLiteral("%1 kinds").arg(histogram.size()); });

    WeeklyViolations weekly;
    report("weekly violations by code (index walk)", timeRuns(runs, [&] { stats.weeklyViolations(now, DashboardStats::kWeeks, &weekly, &error); }),
           [&] { return QStringLiteral("%1 violations, %2 codes, %3 voided")
               .arg(weekly.total()).arg(weekly.codes.size())
               .arg(std::accumulate(weekly.voided.cbegin(), weekly.voided.cend(), qint64(0))); });
    const Instant from = weekly.weekStarts.first();
    qint64 grouped = 0;
    report("  before: the same grouped by SQL", timeRuns(runs, [&] { grouped = groupedInSql(db, from, now, true); }),
           [&] { return QStringLiteral("%1 violations").arg(grouped); });
    report("  before: grouped by SQL without the index", timeRuns(1, [&] { grouped = groupedInSql(db, from, now, false); }),
           [&] { return QStringLiteral("%1 violations (one run)").arg(grouped); });

    AppealOutcomes appeals;
    report("appeals by outcome + median", timeRuns(runs, [&] { stats.appealOutcomes(from, now, &appeals, &error); }),
           [&] { return QStringLiteral("pending %1, upheld %2, overturned %3, median %4 h")
               .arg(appeals.pending).arg(appeals.upheld).arg(appeals.overturned)
               .arg(appeals.medianDecisionTime == kNoInstant ? -1.0 : appeals.medianDecisionTime / 3600.0, 0, 'f', 1); });
    qint64 looked = 0;
    report("  before: a row lookup per decision", timeRuns(runs, [&] { looked = decisionTimesByLookup(db, from, now); }),
           [&] { return QStringLiteral("%1 decisions (their times only)").arg(looked); });
    report("  before: pending with NOT EXISTS per appeal", timeRuns(runs, [&] { stats.pendingAppeals(&error); }),
           [&] { return QStringLiteral("%1 pending (any date)").arg(stats.pendingAppeals(&error)); });

    QVector<RecentCrossing> crossings;
    qint64 replayed = 0;
    report("crossings, last 30 days (candidates replayed)", timeRuns(runs, [&] {
               crossings.clear();
               stats.recentCrossings(now, DashboardStats::kCrossingDays, &crossings, &error, &replayed);
           }),
           [&] { return QStringLiteral("%1 crossings, %2 subjects replayed").arg(crossings.size()).arg(replayed); });
    qint64 full = 0;
    report("  before: replaying every MCN and brand", timeRuns(1, [&] { full = crossingsByFullReplay(*store, now, DashboardStats::kCrossingDays); }),
           [&] { return QStringLiteral("%1 crossings (one run)").arg(full); });

    QVector<RecentViolation> recent;
    report("recent violations (14)", timeRuns(runs, [&] {
               recent.clear();
               stats.recentViolations(14, &recent, &error, now);
           }),
           [&] { return QString(); });

    DashboardFigures figures;
    report("whole load (DashboardStats::load, own connection)", timeRuns(runs, [&] {
               figures = DashboardStats::load(store->path(), store->storedPolicy(), now);
           }),
           [&] { return figures.error.isSet() ? figures.error.message : QStringLiteral("ok"); });
    if (error.isSet())
        out << "error: " << error.message << Qt::endl;
    return error.isSet() || figures.error.isSet() ? 1 : 0;
}
