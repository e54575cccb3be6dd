// The case file's score chart with a long history (issue: 10,000 events draw, data set and replot, in
// under 50 ms). For each kind, one subject with `events` ledger events (violations, appeals with their
// decisions, exams, deposits) is imported into a real store, its case file loaded through the store and the
// engine, and then the chart is timed offscreen: setCaseFile() (markers, lanes, ladder) and an immediate
// replot(), `runs` times; min and median are printed. Not part of the test run.
// Usage: bench_chart [events] [runs] [dir] [kind]   (default 10000 9 /tmp, every kind)
#include "casefiledata.h"
#include "scorechart.h"

#include "io/eventjson.h"
#include "store/store.h"
#include "store/write/eventsink.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

#include <qcustomplot.h>

#include <algorithm>
#include <random>

using namespace redline;

namespace {

struct KindSetup {
    SubjectKind kind;
    const char *handle;
    const char *kindName;
    QStringList codes;
};

QStringList ledgerFor(const KindSetup &setup, int events, Instant start, Instant *last)
{
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<int> gapHours(1, 60);
    std::uniform_int_distribution<int> roll(0, 99);
    QStringList lines{
        QStringLiteral(R"({"type":"user","name":"mod.li","role":"moderator","at":"2020-01-01"})"),
        QStringLiteral(R"({"type":"user","name":"smod.gao","role":"senior_moderator","at":"2020-01-01"})"),
        QStringLiteral(R"({"type":"subject","handle":"%1","kind":"%2","name":"Bench","at":"2020-01-01","attrs":{}})")
            .arg(QLatin1String(setup.handle), QLatin1String(setup.kindName)),
    };
    Instant at = start;
    QVector<int> open; // violations without an appeal
    int violations = 0, appeals = 0;
    while (lines.size() - 3 < events) {
        at += Instant(gapHours(rng)) * 3600;
        const QString when = formatInstant(at);
        const int r = roll(rng);
        if (r < 8 && !open.isEmpty()) {
            const int v = open.takeAt(std::uniform_int_distribution<int>(0, open.size() - 1)(rng));
            ++appeals;
            lines << QStringLiteral(R"({"type":"appeal","id":"a-%1","violation":"v-%2","at":"%3","by":"%4","reason":"r"})")
                         .arg(appeals).arg(v).arg(when, QLatin1String(setup.handle));
            const Instant decided = at + 3600;
            lines << QStringLiteral(R"({"type":"decision","appeal":"a-%1","outcome":"%2","at":"%3","by":"smod.gao","reason":"r"})")
                         .arg(appeals).arg(r < 4 ? QStringLiteral("overturned") : QStringLiteral("upheld"), formatInstant(decided));
            at = decided;
        } else if (r < 14 && setup.kind == SubjectKind::Creator) {
            lines << QStringLiteral(R"({"type":"exam","subject":"%1","at":"%2","by":"mod.li"})").arg(QLatin1String(setup.handle), when);
        } else if (r < 18 && setup.kind == SubjectKind::Mcn) {
            lines << QStringLiteral(R"({"type":"deposit","subject":"%1","action":"pay","amount":1000,"at":"%2","by":"mod.li"})")
                         .arg(QLatin1String(setup.handle), when);
        } else {
            ++violations;
            const QString code = setup.codes.at(std::uniform_int_distribution<int>(0, setup.codes.size() - 1)(rng));
            lines << QStringLiteral(R"({"type":"violation","id":"v-%1","subject":"%2","code":"%3","at":"%4","by":"mod.li","source":"algorithm","evidence":"e"})")
                         .arg(violations).arg(QLatin1String(setup.handle), code, when);
            open << violations;
        }
    }
    *last = at;
    return lines;
}

std::unique_ptr<Store> buildStore(const QString &path, const QStringList &lines, Instant now)
{
    QFile::remove(path);
    StoreOptions options;
    options.now = now;
    options.actor = QStringLiteral("bench");
    StoreError error;
    std::unique_ptr<Store> store = Store::create(path, options, &error);
    if (!store)
        qFatal("create: %s", qPrintable(error.message));
    WriteRequest request;
    request.action = QStringLiteral("import");
    const bool written = store->write(request, [&](EventSink &sink, StoreError *e) {
        for (const QString &line : lines) {
            StoredEvent event;
            QString parseError;
            if (!EventJson::parse(line.toUtf8(), &event, &parseError))
                qFatal("%s: %s", qPrintable(line), qPrintable(parseError));
            event.recordedAt = event.at;
            event.recordedBy = event.by;
            if (!sink.append(std::move(event), e))
                qFatal("%s: %s", qPrintable(line), qPrintable(e->message));
        }
        return true;
    }, &error);
    if (!written)
        qFatal("write: %s", qPrintable(error.message));
    return store;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int events = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int runs = std::max(1, args.size() > 2 ? args.at(2).toInt() : 9);
    const QDir dir(args.size() > 3 ? args.at(3) : QStringLiteral("/tmp"));
    QTextStream out(stdout);

    const QVector<KindSetup> setups{
        {SubjectKind::Mcn, "mcn-bench", "mcn", {QStringLiteral("mcn.brand_contract_dispute"), QStringLiteral("mcn.inauthentic_recommendation")}},
        {SubjectKind::Brand, "brand-bench", "brand", {QStringLiteral("brand.unauthorized_promotion"), QStringLiteral("brand.unauthorized_promotion"), QStringLiteral("brand.fake_ugc")}},
        {SubjectKind::Creator, "crt-bench", "creator", {QStringLiteral("creator.unreported_ad"), QStringLiteral("creator.diversion"), QStringLiteral("creator.plagiarism"), QStringLiteral("creator.absolute_claim")}},
    };
    const QString only = args.size() > 4 ? args.at(4) : QString();
    for (const KindSetup &setup : setups) {
        if (!only.isEmpty() && only != QLatin1String(setup.kindName))
            continue;
        Instant last = 0;
        const QStringList lines = ledgerFor(setup, events, *parseInstant(QStringLiteral("2020-01-02")), &last);
        const QString path = dir.filePath(QStringLiteral("bench_chart_%1.redline").arg(QLatin1String(setup.kindName)));
        std::unique_ptr<Store> store = buildStore(path, lines, last + days(1));

        QElapsedTimer timer;
        timer.start();
        CaseFileData data;
        QString error;
        if (!data.load(*store, QLatin1String(setup.handle), &error))
            qFatal("load: %s", qPrintable(error));
        const double loadMs = timer.nsecsElapsed() / 1e6;

        ScoreChart chart;
        chart.resize(1200, 640);
        chart.show();
        QCoreApplication::processEvents();
        QVector<double> setMs, replotMs, totalMs;
        for (int i = 0; i < runs; ++i) {
            chart.clear();
            timer.restart();
            chart.setCaseFile(data, store->policy(), data.now);
            const double set = timer.nsecsElapsed() / 1e6;
            timer.restart();
            chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
            const double replot = timer.nsecsElapsed() / 1e6;
            setMs << set;
            replotMs << replot;
            totalMs << set + replot;
        }
        int bars = chart.bars().size();
        out << QStringLiteral("%1 %2 events (%3 score points, %4 markers, %5 bars in %6 lanes): case file load %7 ms; "
                              "setCaseFile min %8 / median %9 ms; replot min %10 / median %11 ms; "
                              "both min %12 / median %13 ms (%14 runs)\n")
                   .arg(QLatin1String(setup.kindName), -8)
                   .arg(lines.size() - 3)
                   .arg(chart.pointCount())
                   .arg(chart.markers().size())
                   .arg(bars)
                   .arg(chart.lanes().size())
                   .arg(loadMs, 0, 'f', 1)
                   .arg(*std::min_element(setMs.cbegin(), setMs.cend()), 0, 'f', 1)
                   .arg(median(setMs), 0, 'f', 1)
                   .arg(*std::min_element(replotMs.cbegin(), replotMs.cend()), 0, 'f', 1)
                   .arg(median(replotMs), 0, 'f', 1)
                   .arg(*std::min_element(totalMs.cbegin(), totalMs.cend()), 0, 'f', 1)
                   .arg(median(totalMs), 0, 'f', 1)
                   .arg(runs);
        out.flush();
        store.reset();
        QFile::remove(path);
    }
    return 0;
}
