// The dashboard page on a generated store, offscreen: what it draws is what DashboardStats computed (the
// figures themselves are checked against the ledger in tests/core/tst_dashboard.cpp), it loads off the UI
// thread, and a double-click on a threshold crossing opens that subject's case file.
#include "dashboardpage.h"
#include "policytext.h"

#include "generatedstore.h"
#include "query/dashboardstats.h"
#include "store/store.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <qcustomplot.h>

using namespace redline;

namespace {

constexpr Instant kNow = kGeneratorDefaultEnd - days(1);

std::unique_ptr<Store> generatedStore(const QTemporaryDir &dir)
{
    GeneratorOptions generator;
    generator.mcns = 10;
    generator.brands = 40;
    generator.creators = 300;
    generator.violations = 3000;
    generator.seed = 5;
    return GeneratedStore::create(dir.filePath(QStringLiteral("page.redline")), generator, kNow);
}

double barValue(QCPBars *bars, int key)
{
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it) {
        if (int(it->key) == key)
            return it->value;
    }
    return 0;
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void drawsTheFiguresItLoaded();
    void doubleClickOnACrossingOpensTheCaseFile();
};

void TestDashboardPage::drawsTheFiguresItLoaded()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = generatedStore(dir);
    DashboardPage page(*store);
    page.resize(1366, 740);
    page.show();
    QSignalSpy loaded(&page, &DashboardPage::figuresLoaded);
    QVERIFY(page.isLoading() || loaded.count() == 1);
    QVERIFY(loaded.count() == 1 || loaded.wait(30000));
    const DashboardFigures &figures = page.figures();
    QVERIFY2(!figures.error.isSet(), qPrintable(figures.error.message));
    QCOMPARE(figures.now, kNow);

    // Weekly bars: every week's stack adds up to its violations, in force and voided.
    auto *weekly = page.findChild<QCustomPlot *>(QStringLiteral("weeklyViolations"));
    QVERIFY(weekly);
    QVERIFY(weekly->plottableCount() >= 2);
    qint64 drawn = 0;
    for (int w = 0; w < DashboardStats::kWeeks; ++w) {
        qint64 expected = figures.weekly.voided.at(w);
        for (const QVector<qint64> &counts : figures.weekly.inForce)
            expected += counts.at(w);
        double stacked = 0;
        for (int p = 0; p < weekly->plottableCount(); ++p)
            stacked += barValue(qobject_cast<QCPBars *>(weekly->plottable(p)), w);
        QCOMPARE(qint64(stacked), expected);
        drawn += expected;
    }
    QVERIFY(drawn > 500);
    QCOMPARE(drawn, figures.weekly.total());
    // The legend names codes in words (the policy's descriptions), not ids; the grey bar is the voided one.
    QStringList names;
    for (int p = 0; p < weekly->plottableCount(); ++p)
        names << weekly->plottable(p)->name();
    QVERIFY2(!names.join(QLatin1Char(' ')).contains(QStringLiteral("creator.")), qPrintable(names.join(QLatin1String(", "))));
    QCOMPARE(names.last(), QStringLiteral("Retracted or overturned"));

    // Appeals: one bar per outcome with its count, and the median in days.
    auto *appeals = page.findChild<QCustomPlot *>(QStringLiteral("appealOutcomes"));
    QVERIFY(appeals && appeals->plottableCount() == 3);
    QCOMPARE(qint64(barValue(qobject_cast<QCPBars *>(appeals->plottable(0)), 0)), figures.appeals.overturned);
    QCOMPARE(qint64(barValue(qobject_cast<QCPBars *>(appeals->plottable(1)), 1)), figures.appeals.upheld);
    QCOMPARE(qint64(barValue(qobject_cast<QCPBars *>(appeals->plottable(2)), 2)), figures.appeals.pending);
    QVERIFY(figures.appeals.medianDecisionTime != kNoInstant);
    auto *median = page.findChild<QLabel *>(QStringLiteral("medianDecisionTime"));
    const QString days = QLocale().toString(double(figures.appeals.medianDecisionTime) / kSecondsPerDay, 'f', 1);
    QVERIFY2(median && median->text().contains(days), qPrintable(median ? median->text() : QString()));

    // The creators' distribution: one bar per non-empty band, on a logarithmic count axis.
    auto *creators = page.findChild<QCustomPlot *>(QStringLiteral("distribution-creator"));
    QVERIFY(creators);
    QCOMPARE(creators->yAxis->scaleType(), QCPAxis::stLogarithmic);
    const QVector<ScoreBand> bands = DashboardStats::scoreBands(store->storedPolicy().scale(SubjectKind::Creator),
                                                                figures.histogram.value(int(SubjectKind::Creator)));
    qint64 barTotal = 0;
    for (int p = 0; p < creators->plottableCount(); ++p)
        barTotal += qint64(qobject_cast<QCPBars *>(creators->plottable(p))->data()->constBegin()->value);
    QCOMPARE(barTotal, page.kindCount(SubjectKind::Creator));
    QCOMPARE(page.kindCount(SubjectKind::Creator), qint64(300));
    QCOMPARE(creators->plottableCount(), int(std::count_if(bands.cbegin(), bands.cend(), [](const ScoreBand &b) { return b.count > 0; })));

    // Crossings: newest first, as many rows as crossings (fewer than the list's cap here).
    auto *crossings = page.findChild<QTreeWidget *>(QStringLiteral("crossingsTree"));
    QVERIFY(crossings);
    QCOMPARE(crossings->topLevelItemCount(), figures.crossings.size());
    QVERIFY(figures.crossings.size() > 0);
    QCOMPARE(crossings->topLevelItem(0)->text(0), PolicyText::formatDateTime(figures.crossings.first().at));
}

void TestDashboardPage::doubleClickOnACrossingOpensTheCaseFile()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = generatedStore(dir);
    DashboardPage page(*store);
    page.resize(1366, 740);
    page.show();
    QSignalSpy loaded(&page, &DashboardPage::figuresLoaded);
    QVERIFY(loaded.count() == 1 || loaded.wait(30000));
    auto *crossings = page.findChild<QTreeWidget *>(QStringLiteral("crossingsTree"));
    QVERIFY(crossings && crossings->topLevelItemCount() > 1);
    QSignalSpy opened(&page, &Page::openSubjectRequested);
    QTreeWidgetItem *item = crossings->topLevelItem(1);
    crossings->scrollToItem(item);
    const QRect rect = crossings->visualItemRect(item);
    // A double-click is a press, a release, then a second press that the view receives as a double-click.
    QTest::mouseClick(crossings->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTest::mouseDClick(crossings->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), page.figures().crossings.at(1).handle);
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
