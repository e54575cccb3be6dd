// `replay --with` against the scan it should stay close to (docs/performance.md): on a large store, times
// alternately (1) SQLite reading every column the replay reads, on one thread, through the subject index:
//   SELECT count(*), max(c1), ..., max(cN) FROM events INDEXED BY events_by_subject
// (one max per column of Schema's events_by_subject), and (2) the what-if replay of the whole store under
// the stored policy and an edited one, through WhatIfReplay as `redline-cli replay --with` runs it. Prints
// each run, the ratio of each replay to the scan before it, and the process's peak resident memory.
// Target: replay within 1.5x of the scan, peak memory under 300 MB.
//
// Usage: bench_replaywith STORE [--runs N] [--at T] [--with POLICY.json] [--replay-only 1]
//   --at: the instant replayed (default: the store's clock); --with: the edited policy (default: the
//   stored policy with the creator recovery step doubled); --replay-only 1 skips the scan (for a profiler).
#include "policy/policyloader.h"
#include "query/whatifreplay.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace redline;

namespace {

// The columns of events_by_subject (core/store/schema/schema.cpp, kSubjectIndex), in its order.
const char kScanSql[] = "SELECT count(*), max(subject_id), max(at), max(seq), max(type), max(ext_id), max(ref_seq), "
                        "max(code), max(points), max(severity), max(action), max(outcome), max(amount), "
                        "max(counterparty_id) FROM events INDEXED BY events_by_subject";

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_replaywith: %s\n", qPrintable(message));
    std::exit(1);
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

qint64 scan(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, kScanSql, -1, &statement, nullptr) != SQLITE_OK)
        fail(QString::fromUtf8(sqlite3_errmsg(db)));
    qint64 rows = -1;
    if (sqlite3_step(statement) == SQLITE_ROW)
        rows = sqlite3_column_int64(statement, 0);
    else
        fail(QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_finalize(statement);
    return rows;
}

Policy editedPolicy(const Store &store, const QString &file)
{
    if (!file.isEmpty()) {
        QString error;
        const std::optional<Policy> loaded = PolicyLoader::loadFile(file, &error);
        if (!loaded)
            fail(error);
        return *loaded;
    }
    Policy changed = store.policy();
    changed.name = QStringLiteral("recovery-doubled");
    Scale &creator = changed.scale(SubjectKind::Creator);
    if (creator.recovery)
        creator.recovery->step *= 2;
    return changed;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        fail(QStringLiteral("usage: bench_replaywith STORE [--runs N] [--at T] [--with POLICY.json]"));
    const QString path = args.takeFirst();
    int runs = 3;
    Instant at = kNoInstant;
    QString withFile;
    bool replayOnly = false;
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if (args.isEmpty())
            fail(option + QStringLiteral(" needs a value"));
        const QString value = args.takeFirst();
        if (option == QLatin1String("--runs"))
            runs = std::max(1, value.toInt());
        else if (option == QLatin1String("--at")) {
            const std::optional<Instant> parsed = parseInstant(value);
            if (!parsed)
                fail(QStringLiteral("--at: not an instant: ") + value);
            at = *parsed;
        } else if (option == QLatin1String("--with")) {
            withFile = value;
        } else if (option == QLatin1String("--replay-only")) {
            replayOnly = value == QLatin1String("1");
        } else {
            fail(QStringLiteral("unknown option ") + option);
        }
    }

    // Writable so that a store of an older schema is migrated once (the bench itself writes nothing).
    StoreOptions options;
    options.refreshDue = false;
    StoreError error;
    const std::unique_ptr<Store> store = Store::open(path, options, &error);
    if (!store)
        fail(error.message);
    if (at == kNoInstant)
        at = store->now();
    const Policy edited = editedPolicy(*store, withFile);

    QTextStream out(stdout);
    out << "store " << path << ", replayed at " << formatInstant(at) << ", " << store->policy().name << " -> "
        << edited.name << "\n";
    QVector<double> ratios;
    double bestScan = 1e300, bestReplay = 1e300;
    for (int run = 1; run <= runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const qint64 rows = replayOnly ? 0 : scan(store->handle());
        const double scanSeconds = double(timer.nsecsElapsed()) / 1e9;

        timer.restart();
        WhatIfReport report;
        if (!WhatIfReplay(*store, store->policy(), edited).run(at, &report, {}, &error))
            fail(error.message);
        const double replaySeconds = double(timer.nsecsElapsed()) / 1e9;

        ratios.append(replaySeconds / std::max(scanSeconds, 1e-9));
        bestScan = std::min(bestScan, scanSeconds);
        bestReplay = std::min(bestReplay, replaySeconds);
        out << "run " << run << ": scan " << QString::number(scanSeconds, 'f', 2) << " s (" << rows << " rows), replay "
            << QString::number(replaySeconds, 'f', 2) << " s (" << report.subjects << " subjects, "
            << report.changes.size() << " change standing), ratio " << QString::number(ratios.last(), 'f', 2)
            << ", peak " << QString::number(peakMegabytes(), 'f', 0) << " MB\n";
        out.flush();
    }
    std::sort(ratios.begin(), ratios.end());
    out << "ratio " << QString::number(ratios.first(), 'f', 2) << "-" << QString::number(ratios.last(), 'f', 2)
        << " (median " << QString::number(ratios[ratios.size() / 2], 'f', 2) << "; best scan "
        << QString::number(bestScan, 'f', 2) << " s, best replay " << QString::number(bestReplay, 'f', 2)
        << " s: " << QString::number(bestReplay / bestScan, 'f', 2) << "), peak "
        << QString::number(peakMegabytes(), 'f', 0) << " MB (targets: 1.5x, 300 MB)\n";
    return 0;
}
