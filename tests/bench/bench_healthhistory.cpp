// The case file's content health history (HealthHistoryQuery, R-H1) on a generated store: the change
// instants of every generated creator (crt-0000001...), then the whole history (HealthQuery at each
// instant) of the creators with the most instants; prints the ranges.
// Usage: bench_healthhistory STORE [CREATORS [TOP]]   (a store made by `redline-cli generate`; REDLINE_NOW
// fixes the store's now, as for the CLI)
#include "base/instant.h"
#include "query/healthhistoryquery.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace redline;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_healthhistory STORE [CREATORS [TOP]]\n";
        return 2;
    }
    const int creators = args.size() > 2 ? args[2].toInt() : 8000;
    const int top = args.size() > 3 ? args[3].toInt() : 20;
    StoreOptions options;
    options.readOnly = true;
    if (const QByteArray now = qgetenv("REDLINE_NOW"); !now.isEmpty())
        options.now = parseInstant(QString::fromLatin1(now)).value_or(kNoInstant);
    StoreError error;
    std::unique_ptr<Store> store = Store::open(args[1], options, &error);
    if (!store)
        qFatal("%s", qPrintable(error.message));
    const HealthHistoryQuery query(*store);

    QVector<QPair<int, QString>> counts;
    QElapsedTimer timer;
    timer.start();
    for (int i = 1; i <= creators; ++i) {
        const QString handle = QStringLiteral("crt-%1").arg(i, 7, 10, QLatin1Char('0'));
        QVector<Instant> instants;
        if (query.changeInstants(handle, store->now(), &instants, &error))
            counts << qMakePair(int(instants.size()), handle);
    }
    const qint64 listMs = timer.elapsed();
    std::sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    out << "change instants of " << counts.size() << " creators: " << listMs << " ms ("
        << double(listMs) * 1000.0 / std::max<qsizetype>(1, counts.size()) << " us each); most: "
        << (counts.isEmpty() ? 0 : counts.first().first) << "\n";

    qint64 fastest = -1, slowest = 0, total = 0;
    int points = 0;
    for (int i = 0; i < std::min<int>(top, counts.size()); ++i) {
        HealthHistory history;
        timer.restart();
        if (!query.history(counts.at(i).second, store->now(), &history, &error))
            qFatal("%s", qPrintable(error.message));
        const qint64 ms = timer.elapsed();
        fastest = fastest < 0 ? ms : std::min(fastest, ms);
        slowest = std::max(slowest, ms);
        total += ms;
        points += int(history.points.size());
    }
    out << "history of the " << std::min<int>(top, counts.size()) << " creators with the most instants: "
        << fastest << "-" << slowest << " ms each, " << points << " points, "
        << double(total) * 1000.0 / std::max(1, points) << " us per point\n";
    return 0;
}
