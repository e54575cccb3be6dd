// What sending notices costs an action (core/notice, docs/rules.md "Notices"): records violations through
// Actions on a copy of a store (each appends its notice, and an MCN's R-M6 notices to its creators) and
// prints the time per action, then the outbox's first page and count. Not part of the test run; it WRITES:
// use a copy of a store. Leaves the notices in the store, so a demo store gets an outbox to look at.
//
//   bench_notices STORE [N] [HANDLE CODE]   (N violations, default 20: MCNs, brands and creators in turn;
//                                            then one CODE violation on HANDLE, e.g. an MCN near a threshold)

#include "actions/actions.h"
#include "query/noticequery.h"
#include "query/subjectquery.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace redline;

namespace {

QTextStream out(stdout);

// The first subjects of a kind, lowest score first: the ones a moderator would be looking at.
QStringList subjectsOf(const Store &store, SubjectKind kind, int limit)
{
    SubjectListSpec spec;
    spec.kind = kind;
    spec.sort = SubjectListSpec::Sort::Score;
    QVector<CachedState> rows;
    StoreError error;
    SubjectQuery(store).fetch(spec, {}, limit, &rows, &error);
    QStringList handles;
    for (const CachedState &s : rows)
        handles << s.handle;
    return handles;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_notices STORE [N]" << Qt::endl;
        return 2;
    }
    const int count = args.size() > 2 ? args.at(2).toInt() : 20;
    StoreError error;
    std::unique_ptr<Store> store = Store::open(args.at(1), StoreOptions(), &error);
    if (!store) {
        out << error.message << Qt::endl;
        return 1;
    }
    const QStringList mcns = subjectsOf(*store, SubjectKind::Mcn, count);
    const QStringList brands = subjectsOf(*store, SubjectKind::Brand, count);
    const QStringList creators = subjectsOf(*store, SubjectKind::Creator, count);
    const struct {
        const QStringList &subjects;
        QString code;
    } kinds[] = {{mcns, QStringLiteral("mcn.unfair_competition")},
                 {brands, QStringLiteral("brand.unauthorized_promotion")},
                 {creators, QStringLiteral("creator.diversion")}};
    Actions actions(*store, Session::open(QStringLiteral("mod.li")));
    qint64 notices = 0;
    int done = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const auto &kind = kinds[i % 3];
        if (kind.subjects.isEmpty())
            continue;
        ActionResult result;
        const QString subject = kind.subjects.at((i / 3) % kind.subjects.size());
        if (!actions.recordViolation(subject, kind.code, -1, QString(), QStringLiteral("human_review"),
                                     QStringLiteral("bench_notices"), &result, &error)) {
            out << subject << ": " << error.message << Qt::endl;
            continue;
        }
        notices += result.notices.size();
        ++done;
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    if (args.size() > 4) {
        ActionResult result;
        if (actions.recordViolation(args.at(3), args.at(4), -1, QString(), QStringLiteral("human_review"),
                                    QStringLiteral("bench_notices"), &result, &error))
            out << args.at(3) << ": " << result.consequences.scoreBefore() << " -> " << result.consequences.scoreAfter()
                << ", " << result.notices.size() << " notices sent" << Qt::endl;
        else
            out << args.at(3) << ": " << error.message << Qt::endl;
    }
    out << done << " violations recorded, " << notices << " notices sent: " << QString::number(ms / qMax(done, 1), 'f', 1)
        << " ms per action" << Qt::endl;
    NoticeQuery::ensureIndex(*store, &error);
    timer.restart();
    QVector<NoticeRecord> page;
    qint64 total = 0;
    NoticeQuery(*store).fetch({}, 0, 200, &page, &error);
    NoticeQuery(*store).count({}, &total, &error);
    out << "outbox: first page of " << page.size() << " and a count of " << total << " in "
        << QString::number(timer.nsecsElapsed() / 1e6, 'f', 1) << " ms" << Qt::endl;
    return 0;
}
