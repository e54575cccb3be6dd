// The console's work queues and previews on a big store: prints the time of building the review queue's
// index (once per store: the store is opened writable and gains it), the appeals queue, the review queue,
// a violation lookup, a fresh id and ActionPreview on the subject with the longest ledger. Not part of the
// test run; use a copy of a store. (The page-open figures, with the case file, are bench_pages'.)
//
//   bench_queues STORE [NOW]     (NOW: the store's clock, e.g. 2026-11-01; default: the latest event)

#include "base/instant.h"
#include "actions/actionpreview.h"
#include "query/appealquery.h"
#include "query/triagequery.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"
#include "query/violationquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <functional>

using namespace redline;

namespace {

QTextStream out(stdout);

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

void report(const QString &what, double ms, const QString &result)
{
    out << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(0) << QString::number(ms, 'f', 1) << " ms  " << result
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_queues STORE [NOW]" << Qt::endl;
        return 2;
    }
    StoreOptions options;
    options.refreshDue = false;
    StoreError error;
    std::unique_ptr<Store> store = Store::open(args.at(1), options, &error);
    if (!store) {
        out << error.message << Qt::endl;
        return 1;
    }
    if (args.size() > 2) {
        store->setNow(parseInstant(args.at(2)).value_or(nowInstant()));
    } else {
        SqlStatement latest(store->handle(), "SELECT max(at) FROM events");
        if (latest.next())
            store->setNow(latest.int64(0) + 1);
    }
    out << "store " << store->path() << ": " << store->subjectCount() << " subjects, " << store->eventCount()
        << " events; now " << formatInstant(store->now()) << Qt::endl;

    // The appeals queue reads the schema's own index of answers (events_answers_by_at): nothing to build.

    for (int run = 0; run < 2; ++run) { // the second run shows the warm (cached pages) figures
        out << (run == 0 ? "cold" : "warm") << Qt::endl;
        QVector<AppealRecord> pending;
        double ms = timeMs([&] { AppealQuery(*store).pending(&pending, &error, 1000); });
        report(QStringLiteral("appeals queue (oldest 1,000 pending)"), ms, QStringLiteral("%1 rows").arg(pending.size()));

        QVector<TriageItem> items;
        for (const auto filter : {TriageQuery::Filter::ToDo, TriageQuery::Filter::Open, TriageQuery::Filter::All}) {
            for (bool oldest : {false, true}) {
                ms = timeMs([&] { TriageQuery(*store).page(filter, oldest, std::nullopt, 200, QString(), &items, &error); });
                report(QStringLiteral("triage queue, first 200 (%1, %2)")
                           .arg(TriageQuery::filterId(filter), oldest ? QStringLiteral("oldest first") : QStringLiteral("newest first")),
                       ms, QStringLiteral("%1 rows").arg(items.size()));
            }
        }
        TriageCounts counts;
        ms = timeMs([&] { TriageQuery(*store).counts(&counts, &error); });
        report(QStringLiteral("triage counts per state, oldest open"), ms,
               QStringLiteral("%1 open, %2 claimed").arg(counts.open).arg(counts.claimed));
        if (!items.isEmpty()) {
            std::optional<TriageItem> one;
            ms = timeMs([&] { TriageQuery(*store).item(items.last().id, &one, &error); });
            report(QStringLiteral("one triage item with its findings"), ms, one ? one->id : QStringLiteral("none"));
        }

        if (!pending.isEmpty()) {
            std::optional<AppealRecord> one;
            ms = timeMs([&] { one = AppealQuery(*store).appeal(pending.last().id, &error); });
            report(QStringLiteral("one appeal by id"), ms, one ? one->id : QStringLiteral("none"));
            std::optional<ViolationRecord> v;
            ms = timeMs([&] { v = ViolationQuery(*store).violation(pending.last().violation, &error); });
            report(QStringLiteral("one violation by id"), ms, v ? v->id : QStringLiteral("none"));
        }
        QString id;
        ms = timeMs([&] { id = ViolationQuery(*store).freshId(QStringLiteral("v"), store->now(), &error); });
        report(QStringLiteral("fresh violation id"), ms, id);

        // The subject with the longest ledger: the worst case for a preview.
        SqlStatement busiest(store->handle(),
                             "SELECT s.handle, s.kind, count(*) AS n FROM events e JOIN subjects s ON s.id = e.subject_id "
                             "WHERE e.type = 1 GROUP BY e.subject_id ORDER BY n DESC LIMIT 1");
        QString handle;
        SubjectKind kind = SubjectKind::Creator;
        qint64 violations = 0;
        ms = timeMs([&] {
            if (busiest.next()) {
                handle = busiest.text(0);
                kind = static_cast<SubjectKind>(busiest.integer(1));
                violations = busiest.int64(2);
            }
        });
        if (handle.isEmpty())
            continue;
        StoredEvent e;
        e.type = EventType::Violation;
        e.at = store->now();
        e.subject = handle;
        e.code = store->policy().scale(kind).codes.first().id;
        e.by = QStringLiteral("bench");
        ActionConsequences c;
        ms = timeMs([&] { ActionPreview(*store).preview(handle, e, &c, &error); });
        report(QStringLiteral("ActionPreview, %1 (%2 violations)").arg(handle).arg(violations), ms,
               QStringLiteral("score %1 -> %2").arg(c.scoreBefore()).arg(c.scoreAfter()));
    }
    return 0;
}
