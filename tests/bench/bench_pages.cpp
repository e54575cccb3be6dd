// What a moderator waits for when a work page of the console opens: the store is opened as the console
// opens it (writable where it may be, due subjects refreshed, the subject indexes ensured), then each page
// is built offscreen, shown, and timed until its first rows are on screen and the case file of the current
// row is loaded and painted. Each page is timed `runs` times, every run on a newly opened store; min,
// median and max are printed, and the first run apart (it builds the page's index on a store without it).
// Not part of the test run; use a copy of a store (the pages may add their indexes to it).
//
//   bench_pages STORE [RUNS] [NOW] [PAGE...]   (RUNS: 3; NOW: the store's clock, e.g. 2026-12-01, default:
//                                               the latest event; PAGE: names from pages() below, default all)
//
// A page is one entry of pages(): its name and how the console builds it.
#include "appealspage.h"
#include "casefileview.h"
#include "queuepage.h"
#include "triage/triagepage.h"

#include "query/subjectquery.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>

using namespace redline;

namespace {

QTextStream out(stdout);

struct PageEntry {
    QString name;
    std::function<QueuePage *(Store &)> make;
};

// The pages the bench knows, as MainWindow::createPage builds them.
QVector<PageEntry> pages()
{
    return {
        {QStringLiteral("appeals"), [](Store &store) { return new AppealsPage(store); }},
        {QStringLiteral("triage"), [](Store &store) { return new TriagePage(store); }},
    };
}

// First rows shown, a current row, and that row's subject loaded into the case file beside the list.
bool isReady(const QueuePage *page)
{
    const QAbstractItemModel *model = page->table()->model();
    if (model->rowCount() == 0 || !page->table()->currentIndex().isValid())
        return false;
    const CaseFileView *caseFile = page->caseFile();
    return caseFile->hasSubject() && caseFile->data().record.handle == caseFile->currentHandle();
}

struct PageTiming {
    double built = 0;    // the constructor returned
    double ready = 0;    // rows and the case file loaded, painted once
    double settled = 0;  // and what the page deferred to the next turns of the event loop (the rest of the rows)
    int rows = 0;        // when ready
    int settledRows = 0;
    QString subject;
};

std::unique_ptr<Store> openAsConsole(const QString &path, Instant now, StoreError *error)
{
    StoreOptions options;
    options.now = now;
    options.readOnly = !Store::isWritableLocation(path);
    std::unique_ptr<Store> store = Store::open(path, options, error);
    if (store && !SubjectQuery::ensureIndexes(*store, error))
        return nullptr;
    return store;
}

PageTiming timePage(const PageEntry &entry, Store &store)
{
    PageTiming t;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QueuePage> page(entry.make(store));
    page->setSession(Session::anonymous());
    t.built = timer.nsecsElapsed() / 1e6;
    page->resize(1600, 1000);
    page->show();
    QElapsedTimer patience;
    patience.start();
    while (!isReady(page.get()) && patience.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    page->repaint(); // the first frame with everything on it
    t.ready = timer.nsecsElapsed() / 1e6;
    t.rows = page->table()->model()->rowCount();
    t.subject = page->caseFile()->currentHandle();
    for (int turn = 0; turn < 3; ++turn)
        QCoreApplication::processEvents();
    t.settled = timer.nsecsElapsed() / 1e6;
    t.settledRows = page->table()->model()->rowCount();
    return t;
}

QString range(QVector<double> ms)
{
    if (ms.isEmpty())
        return QStringLiteral("-");
    std::sort(ms.begin(), ms.end());
    return QStringLiteral("%1 / %2 / %3 ms")
        .arg(ms.first(), 0, 'f', 0)
        .arg(ms.at(ms.size() / 2), 0, 'f', 0)
        .arg(ms.last(), 0, 'f', 0);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_pages STORE [RUNS] [NOW] [PAGE...]" << Qt::endl;
        return 2;
    }
    const QString path = args.at(1);
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 3;
    Instant now = kNoInstant;
    if (args.size() > 3 && args.at(3) != QLatin1String("-"))
        now = parseInstant(args.at(3)).value_or(kNoInstant);
    QVector<PageEntry> chosen;
    for (const PageEntry &entry : pages()) {
        if (args.size() <= 4 || args.mid(4).contains(entry.name))
            chosen.append(entry);
    }

    StoreError error;
    if (now == kNoInstant) { // the store's own clock: just after its latest event
        StoreOptions options;
        options.readOnly = true;
        options.refreshDue = false;
        std::unique_ptr<Store> store = Store::open(path, options, &error);
        if (!store) {
            out << error.message << Qt::endl;
            return 1;
        }
        SqlStatement latest(store->handle(), "SELECT max(at) FROM events");
        if (latest.next())
            now = latest.int64(0) + 1;
    }
    out << "store " << path << "; now " << formatInstant(now) << "; " << runs << " runs" << Qt::endl;

    QVector<double> opens;
    QHash<QString, QVector<double>> built, ready, settled;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<Store> store = openAsConsole(path, now, &error);
        if (!store) {
            out << error.message << Qt::endl;
            return 1;
        }
        opens.append(timer.nsecsElapsed() / 1e6);
        for (const PageEntry &entry : chosen) {
            const PageTiming t = timePage(entry, *store);
            out << "run " << run + 1 << "  " << qSetFieldWidth(10) << Qt::left << entry.name << qSetFieldWidth(0)
                << "built " << QString::number(t.built, 'f', 0) << " ms, rows and case file on screen "
                << QString::number(t.ready, 'f', 0) << " ms  (" << t.rows << " rows, case file " << t.subject
                << "), settled " << QString::number(t.settled, 'f', 0) << " ms (" << t.settledRows << " rows)" << Qt::endl;
            built[entry.name].append(t.built);
            ready[entry.name].append(t.ready);
            settled[entry.name].append(t.settled);
        }
    }
    out << "min / median / max over " << runs << " runs" << Qt::endl;
    out << qSetFieldWidth(36) << Qt::left << "open the store (console's way)" << qSetFieldWidth(0) << range(opens)
        << Qt::endl;
    for (const PageEntry &entry : chosen) {
        out << qSetFieldWidth(36) << Qt::left << entry.name + QStringLiteral(": built") << qSetFieldWidth(0)
            << range(built.value(entry.name)) << Qt::endl;
        out << qSetFieldWidth(36) << Qt::left << entry.name + QStringLiteral(": rows and case file shown")
            << qSetFieldWidth(0) << range(ready.value(entry.name)) << Qt::endl;
        out << qSetFieldWidth(36) << Qt::left << entry.name + QStringLiteral(": settled (all rows read)")
            << qSetFieldWidth(0) << range(settled.value(entry.name)) << Qt::endl;
    }
    return 0;
}
