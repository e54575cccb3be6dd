// The policy lab's comparison as the console runs it (PolicyCompareView, offscreen): the whole store replayed
// under the policy in force and a draft (MCN recovery step 10 -> 20, creator ladder window 30 -> 60 days),
// every subject's outcome kept for the list; then how soon a Cancel takes effect, pressed at several points of
// a second run. Peak memory: run under `/usr/bin/time -v` (the process's maximum resident set is also printed).
// Usage: bench_compare STORE [AT [OUT_DIR]]   (a store made by `redline-cli generate`; AT defaults to the
// store's now, "-" keeps it; with OUT_DIR, a screenshot of the comparison with the subject that changes most
// selected, compare.png, and the PDF summary, compare.pdf, are written there)
#include "policy/policycomparemodel.h"
#include "policy/policycomparepdf.h"
#include "policy/policycompareview.h"

#include "base/instant.h"
#include "store/store.h"

#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

using namespace redline;

namespace {

long peakKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_compare STORE [AT]\n";
        return 2;
    }
    StoreError error;
    std::unique_ptr<Store> store = Store::open(args[1], StoreOptions(), &error);
    if (!store)
        qFatal("%s", qPrintable(error.message));
    Policy draft = store->policy();
    draft.name = QStringLiteral("draft");
    draft.scale(SubjectKind::Mcn).recovery->step = 20;
    draft.scale(SubjectKind::Creator).ladder->windowDays = 60;

    PolicyCompareView view(*store);
    view.resize(1400, 900);
    view.setCandidate(draft, QStringLiteral("draft"));
    if (args.size() > 2 && args[2] != QLatin1String("-"))
        view.setInstant(*parseInstant(args[2]));
    out << "store: " << store->subjectCount() << " subjects; peak before the run " << peakKilobytes() / 1024 << " MB\n";
    out.flush();

    // Runs the event loop until the view's run ends; whether it kept a result.
    auto waitForRun = [&view] {
        QEventLoop loop;
        bool kept = false;
        QObject::connect(&view, &PolicyCompareView::runFinished, &loop, [&](bool withResult) {
            kept = withResult;
            loop.quit();
        });
        loop.exec();
        return kept;
    };
    QElapsedTimer timer;
    timer.start();
    view.run();
    if (!waitForRun())
        qFatal("the run did not finish: %s", qPrintable(view.summaryText()));
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const WhatIfReport &report = *view.report();
    out << "run: " << QString::number(seconds, 'f', 2) << " s wall for " << report.subjects << " subjects ("
        << view.model()->filteredCount() << " change standing, " << report.scoreChanged << " change score); "
        << "outcomes " << (report.outcomes.capacity() * sizeof(SubjectOutcome) + report.handleText.capacity() * 2) / (1024 * 1024)
        << " MB; peak so far " << peakKilobytes() / 1024 << " MB\n";
    out.flush();

    if (args.size() > 3) {
        const QDir dir(args[3]);
        view.show();
        const QVector<int> top = PolicyComparePdf::mostChanged(report, 1);
        if (!top.isEmpty()) {
            view.model()->setHandleFilter(report.handleOf(report.outcomes.at(top.first())));
            view.table()->setCurrentIndex(view.model()->index(0, 0));
            view.model()->setHandleFilter(QString());
            view.showSubject(report.handleOf(report.outcomes.at(top.first())));
        }
        QApplication::processEvents();
        view.grab().save(dir.filePath(QStringLiteral("compare.png")));
        QString error;
        if (!view.exportPdf(dir.filePath(QStringLiteral("compare.pdf")), &error))
            qFatal("%s", qPrintable(error));
        out << "wrote " << dir.filePath(QStringLiteral("compare.png")) << " and compare.pdf\n";
    }

    // Cancel pressed at a fraction of the run's length; the time until the run has ended and kept nothing.
    for (double at : {0.1, 0.5, 0.9}) {
        view.run();
        QElapsedTimer pressed;
        QTimer press;
        press.setSingleShot(true);
        QObject::connect(&press, &QTimer::timeout, &view, [&] {
            pressed.start();
            view.cancel();
        });
        press.start(int(seconds * 1000 * at));
        waitForRun();
        press.stop();
        if (!pressed.isValid()) {
            out << "cancel at " << int(at * 100) << "% of the run: the run ended before the press\n";
            continue;
        }
        out << "cancel at " << int(at * 100) << "% of the run: ended " << pressed.elapsed() << " ms after the press, "
            << (view.hasResult() ? "RESULT KEPT" : "nothing kept") << "\n";
        out.flush();
    }
    out << "peak: " << peakKilobytes() / 1024 << " MB\n";
    return 0;
}
