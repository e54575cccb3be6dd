// The store's scale targets (issue 3), measured on a generated store:
//   import >= 100,000 events/s; `replay --with` of the whole store < 10 s and within 2x of reading its
//   rows; `list --kind creator --below 60` < 1 s; `score` of one subject < 50 ms.
// Usage: bench_store [creators] [violations] [mcns] [brands] [dir] [events.jsonl]
//   (default 100000 500000 50 2000 /tmp; with events.jsonl, that file is imported instead of a generated one;
//   with the word "existing" instead, the store left in dir by an earlier run is measured without importing)
// The full targets: bench_store 1000000 5000000 500 20000
#include "io/eventjson.h"
#include "io/jsonlimporter.h"
#include "io/syntheticgenerator.h"
#include "policy/policyloader.h"
#include "store/ledger/ledgerreader.h"
#include "store/store.h"
#include "query/whatifreplay.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <ctime>

using namespace redline;

namespace {

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

class Phase
{
public:
    explicit Phase(QTextStream &out, const char *name)
        : m_out(out)
        , m_name(name)
        , m_cpu(cpuSeconds())
    {
        m_timer.start();
    }
    double done(const QString &detail = QString())
    {
        const double wall = double(m_timer.nsecsElapsed()) / 1e9;
        m_out << m_name << ": " << QString::number(wall, 'f', 3) << " s wall, "
              << QString::number(cpuSeconds() - m_cpu, 'f', 3) << " s cpu" << (detail.isEmpty() ? "" : ", ") << detail
              << "\n";
        m_out.flush();
        return wall;
    }

private:
    QTextStream &m_out;
    const char *m_name;
    double m_cpu;
    QElapsedTimer m_timer;
};

void fail(const StoreError &error)
{
    qFatal("%s", qPrintable(error.message));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    GeneratorOptions options;
    options.creators = args.size() > 1 ? args[1].toInt() : 100000;
    options.violations = args.size() > 2 ? args[2].toLongLong() : 500000;
    options.mcns = args.size() > 3 ? args[3].toInt() : 50;
    options.brands = args.size() > 4 ? args[4].toInt() : 2000;
    const QDir dir(args.size() > 5 ? args[5] : QStringLiteral("/tmp"));
    const bool existing = args.size() > 6 && args[6] == QLatin1String("existing");
    const bool reuse = args.size() > 6;
    const QString jsonl = reuse ? args[6] : dir.filePath(QStringLiteral("bench_store.jsonl"));
    const QString db = dir.filePath(QStringLiteral("bench_store.db"));
    QTextStream out(stdout);
    out << "store bench: " << options.mcns << " MCNs, " << options.brands << " brands, " << options.creators
        << " creators, " << options.violations << " violations\n";

    qint64 events = 0;
    if (!reuse) {
        Phase phase(out, "generate JSON Lines");
        QFile file(jsonl);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(jsonl));
        QByteArray buffer;
        events = SyntheticGenerator(PolicyLoader::defaultPolicy(), options).run([&](const StoredEvent &e) {
            buffer += EventJson::toLine(e);
            buffer += '\n';
            if (buffer.size() > (1 << 22)) {
                file.write(buffer);
                buffer.clear();
            }
            return true;
        });
        file.write(buffer);
        phase.done(QStringLiteral("%1 events, %2 MB").arg(events).arg(file.size() / 1000000));
    }

    StoreError error;
    StoreOptions storeOptions;
    storeOptions.now = options.end;
    if (!existing) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(db + suffix);
    }
    std::unique_ptr<Store> store = existing ? Store::open(db, storeOptions, &error) : Store::create(db, storeOptions, &error);
    if (!store)
        fail(error);
    if (!existing) {
        Phase phase(out, "import");
        JsonlImporter importer(*store);
        if (!importer.importFile(jsonl, &error))
            fail(error);
        const double seconds = phase.done(QStringLiteral("%1 events").arg(importer.appended()));
        out << "  = " << QString::number(double(importer.appended()) / seconds, 'f', 0)
            << " events/s (target >= 100000)\n";
    }

    double readSeconds = 0;
    {
        Phase phase(out, "read every subject's ledger");
        LedgerReader reader(store->handle(), store->path());
        const qint64 maxId = reader.maxSubjectId(&error);
        qint64 rows = 0;
        for (qint64 first = 1; first <= maxId; first += 4096) {
            QVector<SubjectLedger> ledgers;
            if (!reader.readRange(first, first + 4095, &ledgers, &error))
                fail(error);
            for (const SubjectLedger &l : ledgers)
                rows += l.events.size();
        }
        readSeconds = phase.done(QStringLiteral("%1 ledger rows").arg(rows));
    }
    {
        Policy changed = store->storedPolicy();
        changed.name = QStringLiteral("changed");
        Scale &creator = changed.scale(SubjectKind::Creator);
        creator.codes[creator.codeIndex(QStringLiteral("creator.unreported_ad"))].points = 5;
        Phase phase(out, "replay --with (what-if, both policies)");
        WhatIfReport report;
        if (!WhatIfReplay(*store, store->storedPolicy(), changed).run(options.end, &report, {}, &error))
            fail(error);
        const double seconds = phase.done(QStringLiteral("%1 subjects, %2 change standing").arg(report.subjects).arg(report.changes.size()));
        out << "  = " << QString::number(seconds / readSeconds, 'f', 2) << "x reading the rows (target < 2x, < 10 s)\n";
    }
    {
        Phase phase(out, "list --kind creator --below 60");
        StateFilter filter;
        filter.kind = SubjectKind::Creator;
        filter.below = 60;
        qint64 rows = 0;
        if (!store->listStates(filter, [&](const CachedState &) { ++rows; return true; }, &error))
            fail(error);
        phase.done(QStringLiteral("%1 rows (target < 1 s)").arg(rows));
    }
    {
        Phase phase(out, "score of 200 creators");
        StateFilter filter; // the first 200 creators by id
        filter.kind = SubjectKind::Creator;
        filter.limit = 200;
        QStringList handles;
        store->listStates(filter, [&](const CachedState &s) { handles << s.handle; return true; }, &error);
        QElapsedTimer t;
        t.start();
        double worst = 0;
        for (const QString &handle : handles) {
            QElapsedTimer one;
            one.start();
            Replay replay;
            if (!store->replay(handle, options.end, &replay, &error))
                fail(error);
            worst = std::max(worst, double(one.nsecsElapsed()) / 1e6);
        }
        phase.done(QStringLiteral("%1 ms each on average, worst %2 ms (target < 50 ms)")
                       .arg(double(t.nsecsElapsed()) / 1e6 / std::max<int>(1, int(handles.size())), 0, 'f', 2)
                       .arg(worst, 0, 'f', 2));
    }
    {
        Phase phase(out, "verify");
        if (!store->verify({}, &error))
            fail(error);
        phase.done();
    }
    out << "store file " << QFileInfo(db).size() / 1000000 << " MB\n";
    return 0;
}
