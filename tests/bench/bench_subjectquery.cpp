// The console's subject tables on a big store (issue 4.2: "the 1M-creator store scrolls, sorts and searches
// without freezing: first rows in under 1 s, a search in under 300 ms"). Prints the time of each query the
// creators page makes: the first page in every sort order, deep pages, searches, filters and their counts.
//
//   bench_subjectquery STORE [--generate]    (--generate: build a 1M-creator store at STORE first)
//
// Not part of the test run. Generating skips the few events the store refuses (and says how many), so a
// generator/validator disagreement does not stop the measurement.
#include "io/syntheticgenerator.h"
#include "store/write/eventsink.h"
#include "store/store.h"
#include "query/subjectquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

using namespace redline;

namespace {

QTextStream out(stdout);

bool generate(const QString &path)
{
    StoreError error;
    std::unique_ptr<Store> store = Store::create(path, StoreOptions(), &error);
    if (!store) {
        out << "create: " << error.message << Qt::endl;
        return false;
    }
    GeneratorOptions options;
    options.mcns = 2000;
    options.brands = 20000;
    options.creators = 1000000;
    options.violations = 5000000;
    options.seed = 1;
    QElapsedTimer timer;
    timer.start();
    WriteRequest request;
    request.action = QStringLiteral("generate");
    qint64 refused = 0;
    qint64 appended = 0;
    QString firstRefusal;
    const bool written = store->write(request, [&](EventSink &sink, StoreError *) {
        SyntheticGenerator(store->policy(), options).run([&](const StoredEvent &event) {
            StoreError appendError;
            if (!sink.append(StoredEvent(event), &appendError)) {
                if (refused++ == 0)
                    firstRefusal = appendError.message;
            }
            return true;
        });
        return true;
    }, &error, &appended);
    if (!written) {
        out << "write: " << error.message << Qt::endl;
        return false;
    }
    out << "generated " << appended << " events in " << timer.elapsed() / 1000.0 << " s; refused "
        << refused << (refused ? QStringLiteral(" (first: %1)").arg(firstRefusal) : QString()) << Qt::endl;
    return true;
}

template<typename F>
double timeMs(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return timer.nsecsElapsed() / 1e6;
}

void firstPage(const SubjectQuery &query, const QString &label, const SubjectListSpec &spec)
{
    QVector<CachedState> rows;
    StoreError error;
    const double ms = timeMs([&] { query.fetch(spec, {}, 200, &rows, &error); });
    qint64 count = 0;
    bool exact = true;
    const double countMs = timeMs([&] { count = query.count(spec, &error, &exact); });
    out << QStringLiteral("%1  first page %2 ms (%3 rows)   count %4 ms (%5%6)%7")
               .arg(label, -44)
               .arg(ms, 7, 'f', 1)
               .arg(rows.size(), 3)
               .arg(countMs, 7, 'f', 1)
               .arg(count)
               .arg(exact ? QString() : QStringLiteral("+"))
               .arg(error.isSet() ? QStringLiteral("  ERROR ") + error.message : QString())
        << Qt::endl;
}

void deepPages(const SubjectQuery &query, const QString &label, const SubjectListSpec &spec, int pages)
{
    SubjectCursor after;
    StoreError error;
    double worst = 0, total = 0;
    for (int i = 0; i < pages; ++i) {
        QVector<CachedState> rows;
        const double ms = timeMs([&] { query.fetch(spec, after, 200, &rows, &error); });
        worst = std::max(worst, ms);
        total += ms;
        if (rows.isEmpty())
            break;
        after = SubjectQuery::cursorAfter(spec, rows.constLast());
    }
    out << QStringLiteral("%1  %2 pages: mean %3 ms, worst %4 ms").arg(label, -44).arg(pages)
               .arg(total / pages, 0, 'f', 2).arg(worst, 0, 'f', 2) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_subjectquery STORE [--generate]" << Qt::endl;
        return 2;
    }
    const QString path = args.at(1);
    if (args.contains(QStringLiteral("--generate")) && !QFileInfo::exists(path) && !generate(path))
        return 1;

    StoreError error;
    std::unique_ptr<Store> store;
    out << "open " << timeMs([&] { store = Store::open(path, StoreOptions(), &error); }) << " ms" << Qt::endl;
    if (!store) {
        out << error.message << Qt::endl;
        return 1;
    }
    out << "ensureIndexes " << timeMs([&] { SubjectQuery::ensureIndexes(*store, &error); }) << " ms" << Qt::endl;
    const SubjectQuery query(*store);
    out << "creators " << query.countKind(SubjectKind::Creator, &error) << ", count by kind "
        << timeMs([&] { query.countKind(SubjectKind::Creator, &error); }) << " ms" << Qt::endl;

    using Sort = SubjectListSpec::Sort;
    const QVector<QPair<QString, Sort>> sorts = {{QStringLiteral("handle"), Sort::Handle}, {QStringLiteral("name"), Sort::Name},
                                                 {QStringLiteral("score"), Sort::Score},
                                                 {QStringLiteral("last violation"), Sort::LastViolation},
                                                 {QStringLiteral("mcn"), Sort::Mcn}};
    for (const auto &sort : sorts) {
        for (bool descending : {false, true}) {
            SubjectListSpec spec;
            spec.sort = sort.second;
            spec.descending = descending;
            firstPage(query, QStringLiteral("sort %1 %2").arg(sort.first, descending ? "desc" : "asc"), spec);
        }
    }
    for (const auto &sort : sorts) {
        SubjectListSpec spec;
        spec.sort = sort.second;
        deepPages(query, QStringLiteral("scroll by %1").arg(sort.first), spec, 100);
    }
    const QStringList searches = {QStringLiteral("林"), QStringLiteral("小鹿"), QStringLiteral("chloe"),
                                  QStringLiteral("crt-0999999"), QStringLiteral("0999"), QStringLiteral("不存在的名字"),
                                  QStringLiteral("zzzz")};
    for (const QString &search : searches) {
        for (Sort sort : {Sort::Handle, Sort::Score}) {
            SubjectListSpec spec;
            spec.search = search;
            spec.sort = sort;
            firstPage(query, QStringLiteral("search \"%1\" by %2").arg(search, sort == Sort::Handle ? "handle" : "score"), spec);
        }
    }
    {
        SubjectListSpec spec;
        spec.restriction = QStringLiteral("permanent_ban");
        firstPage(query, QStringLiteral("restriction permanent_ban"), spec);
        spec.restriction = QStringLiteral("alternative_payment_channel");
        firstPage(query, QStringLiteral("restriction alternative_payment_channel"), spec);
        spec.restriction.clear();
        spec.maxScore = 60;
        spec.sort = Sort::Score;
        firstPage(query, QStringLiteral("score <= 60 by score"), spec);
        spec.sort = Sort::Handle;
        firstPage(query, QStringLiteral("score <= 60 by handle"), spec);
        spec.minScore = 40;
        spec.maxScore = 45;
        firstPage(query, QStringLiteral("score 40..45 by handle"), spec);
    }
    {
        const QVector<McnChoice> mcns = query.mcns(&error);
        if (!mcns.isEmpty()) {
            SubjectListSpec spec;
            spec.mcnId = mcns.at(mcns.size() / 2).id;
            for (Sort sort : {Sort::Handle, Sort::Score}) {
                spec.sort = sort;
                firstPage(query, QStringLiteral("mcn %1 by %2").arg(mcns.at(mcns.size() / 2).handle,
                                                                     sort == Sort::Handle ? "handle" : "score"), spec);
            }
            spec.search = QStringLiteral("林");
            firstPage(query, QStringLiteral("mcn + search"), spec);
        }
        SubjectListSpec mcnSpec;
        mcnSpec.kind = SubjectKind::Mcn;
        mcnSpec.band = 40;
        firstPage(query, QStringLiteral("MCNs band below 40"), mcnSpec);
        SubjectListSpec brandSpec;
        brandSpec.kind = SubjectKind::Brand;
        brandSpec.restriction = QStringLiteral("banned");
        brandSpec.sort = Sort::Name;
        firstPage(query, QStringLiteral("brands banned by name"), brandSpec);
    }
    return 0;
}
