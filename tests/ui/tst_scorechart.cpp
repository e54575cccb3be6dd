// The case file's score chart on a real store (ConsoleFixture plus the events each row adds): its series are
// the engine's timeline (score points, crossings, sanction intervals, a creator's ladder level), a
// backdated event has its own marker, the tooltip of a violation names code, points, who and the appeal's
// outcome, a click on a marker selects its timeline row and a selected row highlights its marker, and the
// chart exports PNG, PDF and SVG.

#include "casefileview.h"
#include "consolefixture.h"
#include "scorechart.h"

#include "store/store.h"

#include <QImage>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QtTest>

#include <memory>

using namespace redline;

namespace {

using Series = ScoreChart::Series;

// crt-wang: v-2 (10 points, L1) on 02-02 from the fixture; v-10 (L2) overturned on appeal; v-11 severe (L4,
// permanent ban and device ban) recorded two days late.
const QStringList kCreatorEvents{
    R"({"type":"violation","id":"v-10","subject":"crt-wang","code":"creator.diversion","at":"2025-02-04","by":"mod.wang","source":"algorithm","evidence":"加V: wang99"})",
    R"({"type":"appeal","id":"a-2","violation":"v-10","at":"2025-02-05","by":"crt-wang","reason":"not mine"})",
    R"({"type":"decision","appeal":"a-2","outcome":"overturned","at":"2025-02-06","by":"smod.gao","reason":"account was hacked"})",
    R"({"type":"violation","id":"v-11","subject":"crt-wang","code":"creator.sensitive_content","severity":"severe","at":"2025-02-08","by":"mod.li","source":"human_review","evidence":"炫富","recorded_at":"2025-02-10T09:00:00Z","recorded_by":"mod.li"})",
};
// brand-oak: v-6 (10 points: suspended and banned) from the fixture, overturned; then a governance ban.
const QStringList kBrandEvents{
    R"({"type":"appeal","id":"a-3","violation":"v-6","at":"2025-02-07","by":"brand-oak","reason":"real reviews"})",
    R"({"type":"decision","appeal":"a-3","outcome":"overturned","at":"2025-02-08","by":"smod.gao","reason":"receipts shown"})",
    R"({"type":"ban","subject":"brand-oak","at":"2025-02-09","by":"mod.li"})",
};
// mcn-starriver: v-3 and v-4 from the fixture (100 → 80 → 65), v-3 retracted; a deposit recorded late.
const QStringList kMcnEvents{
    R"({"type":"retraction","violation":"v-3","at":"2025-02-08","by":"mod.li"})",
    R"({"type":"deposit","subject":"mcn-starriver","action":"pay","amount":5000,"at":"2025-02-05","by":"fin.zhao","recorded_at":"2025-02-09T12:00:00Z","recorded_by":"fin.zhao"})",
};

QTreeWidget *tree(CaseFileView &view, const char *name)
{
    auto *t = view.findChild<QTreeWidget *>(QString::fromLatin1(name));
    if (!t)
        qFatal("no tree %s", name);
    return t;
}

double key(Instant at)
{
    return at == kNoInstant ? qInf() : double(at);
}

const ScoreChart::Marker *markerOf(const ScoreChart &chart, Series series, const QString &violation)
{
    for (const ScoreChart::Marker &m : chart.markers()) {
        if (m.series == series && m.violation == violation)
            return &m;
    }
    return nullptr;
}

} // namespace

class TestScoreChart : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void seriesEqualTheEngine_data();
    void seriesEqualTheEngine();
    void ladderLaneEqualsTheEngine();
    void permanentSanctionRunsToTheRightEdge();
    void overturnedSanctionEndsAtTheOverturn();
    void backdatedEventsHaveTheirMarker_data();
    void backdatedEventsHaveTheirMarker();
    void violationTooltipNamesCodePointsWhoAndOutcome();
    void sanctionTooltipNamesKindAndInterval();
    void clickingAMarkerSelectsItsRow();
    void selectingARowHighlightsItsMarker();
    void thresholdsAndIntegerTicks_data();
    void thresholdsAndIntegerTicks();
    void timelineOnlyHasNoLanes();
    void exportWritesFiles_data();
    void exportWritesFiles();
    void exportRefusesAnUnknownFormat();

private:
    void appendAll(const QStringList &lines);
    std::unique_ptr<QTemporaryDir> m_storeDir;
    std::unique_ptr<Store> m_store;
};

void TestScoreChart::init()
{
    m_store.reset();
    m_storeDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_storeDir->isValid());
    m_store = ConsoleFixture::create(*m_storeDir, 0);
    appendAll(kCreatorEvents + kBrandEvents + kMcnEvents);
}

void TestScoreChart::appendAll(const QStringList &lines)
{
    for (const QString &line : lines)
        ConsoleFixture::append(*m_store, line);
}

void TestScoreChart::seriesEqualTheEngine_data()
{
    QTest::addColumn<QString>("handle");
    QTest::addColumn<int>("lanes");
    QTest::newRow("R-L6 MCN: retraction, no sanctions") << QStringLiteral("mcn-starriver") << 0;
    QTest::newRow("R-B1/R-B2 brand: suspension, bans") << QStringLiteral("brand-oak") << 2;
    QTest::newRow("R-C1 creator: ladder and sanctions") << QStringLiteral("crt-wang") << 1 + 7;
}

void TestScoreChart::seriesEqualTheEngine()
{
    QFETCH(QString, handle);
    QFETCH(int, lanes);
    CaseFileView view(*m_store);
    view.showSubject(handle);
    auto *chart = view.findChild<ScoreChart *>();
    QVERIFY(chart);
    Replay engine;
    StoreError error;
    QVERIFY2(m_store->replay(handle, m_store->now(), &engine, &error), qPrintable(error.message));

    // Score: every point of the engine's timeline, then held to now.
    QVector<QPointF> expectedScore;
    for (const ScorePoint &p : engine.timeline.points)
        expectedScore << QPointF(double(p.at), p.score);
    expectedScore << QPointF(double(m_store->now()), engine.timeline.points.last().score);
    QCOMPARE(chart->series(Series::Score), expectedScore);

    // Crossings where the engine recorded them, on their threshold.
    QVector<QPointF> down, up;
    for (const Crossing &c : engine.timeline.crossings)
        (c.down ? down : up) << QPointF(double(c.at), c.threshold);
    QCOMPARE(chart->series(Series::CrossingDown), down);
    QCOMPARE(chart->series(Series::CrossingUp), up);
    QCOMPARE(down.isEmpty(), m_store->policy().scale(view.data().record.kind).thresholds.isEmpty()); // creators have none

    // Violations where they deducted: in force filled, voided hollow.
    QVector<QPointF> inForce, voided, givenBack;
    for (const ScorePoint &p : engine.timeline.points) {
        if (p.cause == PointCause::Violation) {
            bool isVoided = false;
            for (const ViolationOutcome &v : engine.state.violations)
                isVoided = isVoided || (v.id == p.ref && v.voidedAt <= m_store->now());
            (isVoided ? voided : inForce) << QPointF(double(p.at), p.score);
        } else if (p.cause == PointCause::Overturn || p.cause == PointCause::Retraction) {
            givenBack << QPointF(double(p.at), p.score);
        }
    }
    QCOMPARE(chart->series(Series::Violation), inForce);
    QCOMPARE(chart->series(Series::VoidedViolation), voided);
    QCOMPARE(chart->series(Series::GiveBack), givenBack);
    QVERIFY(!voided.isEmpty());

    // One bar per sanction, on its interval; one lane per sanction kind (and the ladder for a creator).
    QCOMPARE(chart->lanes().size(), lanes);
    int sanctionBars = 0;
    for (const LaneBar &bar : chart->bars()) {
        if (bar.kind == LaneBar::Kind::Ladder)
            continue;
        ++sanctionBars;
        const Sanction &s = engine.state.sanctions.at(bar.source);
        QCOMPARE(chart->lanes().at(bar.lane).id, s.id);
        QCOMPARE(bar.from, double(s.from));
        QCOMPARE(bar.until, key(s.until));
        QCOMPARE(bar.kind == LaneBar::Kind::Lifted, s.endedEarly);
        QCOMPARE(bar.scheduledUntil, key(s.scheduledUntil));
    }
    QCOMPARE(sanctionBars, engine.state.sanctions.size());
}

void TestScoreChart::ladderLaneEqualsTheEngine()
{
    CaseFileView view(*m_store);
    view.showSubject(QStringLiteral("crt-wang"));
    auto *chart = view.findChild<ScoreChart *>();
    QCOMPARE(chart->lanes().first().id, QStringLiteral("ladder"));
    // R-C1: L1 from v-2, L2 with v-10, back to L1 when v-10 is overturned, L4 from the severe v-11 on.
    QVector<int> levels;
    for (const LadderStep &step : chart->ladder())
        levels << step.level;
    QCOMPARE(levels, (QVector<int>{1, 2, 1, 4}));
    QCOMPARE(chart->ladder().last().until, kNoInstant);
    // Every step, at its first and last second and just before it, is what a replay to that instant says.
    Instant previousEnd = 0;
    for (const LadderStep &step : chart->ladder()) {
        const Instant last = step.until == kNoInstant ? m_store->now() : step.until - 1;
        for (const Instant at : {step.from, last}) {
            Replay replay;
            StoreError error;
            QVERIFY(m_store->replay(QStringLiteral("crt-wang"), at, &replay, &error));
            QCOMPARE(replay.state.ladderLevel, step.level);
        }
        if (step.from != previousEnd) {
            Replay before;
            StoreError error;
            QVERIFY(m_store->replay(QStringLiteral("crt-wang"), step.from - 1, &before, &error));
            QCOMPARE(before.state.ladderLevel, 0);
        }
        previousEnd = step.until;
    }
    // The ladder bars are the steps.
    int ladderBars = 0;
    for (const LaneBar &bar : chart->bars()) {
        if (bar.kind != LaneBar::Kind::Ladder)
            continue;
        QCOMPARE(bar.lane, 0);
        QCOMPARE(bar.level, chart->ladder().at(bar.source).level);
        QCOMPARE(bar.from, double(chart->ladder().at(bar.source).from));
        ++ladderBars;
    }
    QCOMPARE(ladderBars, chart->ladder().size());
}

void TestScoreChart::permanentSanctionRunsToTheRightEdge()
{
    CaseFileView view(*m_store);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showSubject(QStringLiteral("brand-oak"));
    auto *chart = view.findChild<ScoreChart *>();
    view.tabs()->setCurrentWidget(chart);
    int permanent = -1;
    for (int i = 0; i < chart->bars().size(); ++i) {
        if (chart->bars().at(i).permanent() && chart->bars().at(i).kind == LaneBar::Kind::Sanction)
            permanent = i;
    }
    QVERIFY(permanent >= 0);
    QCOMPARE(chart->lanes().at(chart->bars().at(permanent).lane).id, QStringLiteral("banned"));
    // Looking a year past now, the ban is still there at the right edge of the lanes.
    chart->setVisibleRange(m_store->now() - days(30), m_store->now() + days(365));
    const QPointF middle = chart->pixelOfBar(permanent);
    QCPAxisRect *lanes = chart->plot()->axisRects().last();
    const QPointF rightEdge(lanes->rect().right() - 3, middle.y());
    QCOMPARE(chart->entryAt(rightEdge), chart->entryAt(middle));
    QVERIFY(chart->toolTipAt(rightEdge).contains(QStringLiteral("permanent")));
}

void TestScoreChart::overturnedSanctionEndsAtTheOverturn()
{
    CaseFileView view(*m_store);
    view.showSubject(QStringLiteral("crt-wang"));
    auto *chart = view.findChild<ScoreChart *>();
    const Instant overturn = *parseInstant(QStringLiteral("2025-02-06"));
    QStringList lifted;
    for (const LaneBar &bar : chart->bars()) {
        if (bar.kind != LaneBar::Kind::Lifted)
            continue;
        QCOMPARE(bar.until, double(overturn));
        QVERIFY(bar.scheduledUntil > bar.until);
        lifted << chart->lanes().at(bar.lane).id;
    }
    lifted.sort();
    // R-L3: v-10's L2 sanctions and its code's throttling end at the overturn.
    QCOMPARE(lifted, (QStringList{QStringLiteral("commerce_closed"), QStringLiteral("muted"), QStringLiteral("throttled")}));
}

void TestScoreChart::backdatedEventsHaveTheirMarker_data()
{
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("violation");
    QTest::newRow("R-P2 violation recorded two days late") << QStringLiteral("crt-wang") << QStringLiteral("2025-02-08")
                                                          << QStringLiteral("v-11");
    QTest::newRow("R-P2 deposit recorded four days late") << QStringLiteral("mcn-starriver") << QStringLiteral("2025-02-05")
                                                         << QString();
}

void TestScoreChart::backdatedEventsHaveTheirMarker()
{
    QFETCH(QString, handle);
    QFETCH(QString, at);
    QFETCH(QString, violation);
    CaseFileView view(*m_store);
    view.showSubject(handle);
    auto *chart = view.findChild<ScoreChart *>();
    const QVector<QPointF> backdated = chart->series(Series::Backdated);
    QCOMPARE(backdated.size(), 1);
    QCOMPARE(backdated.first().x(), double(*parseInstant(at)));
    const ScoreChart::Marker *marker = markerOf(*chart, Series::Backdated, violation);
    QVERIFY(marker);
    QVERIFY(view.data().timeline.at(marker->entry).backdated);
    // Nothing recorded on time is ringed: the other subject's events were all recorded when they happened.
    view.showSubject(QStringLiteral("crt-lin"));
    QVERIFY(chart->series(Series::Backdated).isEmpty());
}

void TestScoreChart::violationTooltipNamesCodePointsWhoAndOutcome()
{
    CaseFileView view(*m_store);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showSubject(QStringLiteral("crt-wang"));
    auto *chart = view.findChild<ScoreChart *>();
    view.tabs()->setCurrentWidget(chart);
    chart->fitAll();
    const ScoreChart::Marker *v10 = markerOf(*chart, Series::VoidedViolation, QStringLiteral("v-10"));
    QVERIFY(v10);
    const QString tip = chart->toolTipAt(chart->pixelOf(*v10));
    QVERIFY2(tip.contains(QStringLiteral("creator.diversion")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("−5")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("mod.wang")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Overturned on appeal a-2")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("wang99")), qPrintable(tip));
    // The give-back marker says which violation and who decided.
    const ScoreChart::Marker *back = markerOf(*chart, Series::GiveBack, QStringLiteral("v-10"));
    QVERIFY(back);
    const QString backTip = chart->toolTipAt(chart->pixelOf(*back));
    QVERIFY2(backTip.contains(QStringLiteral("v-10")) && backTip.contains(QStringLiteral("smod.gao")), qPrintable(backTip));
}

void TestScoreChart::sanctionTooltipNamesKindAndInterval()
{
    CaseFileView view(*m_store);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showSubject(QStringLiteral("crt-wang"));
    auto *chart = view.findChild<ScoreChart *>();
    view.tabs()->setCurrentWidget(chart);
    chart->fitAll();
    for (int i = 0; i < chart->bars().size(); ++i) {
        const LaneBar &bar = chart->bars().at(i);
        if (bar.kind != LaneBar::Kind::Lifted || chart->lanes().at(bar.lane).id != QLatin1String("muted"))
            continue;
        const QString tip = chart->toolTipAt(chart->pixelOfBar(i));
        QVERIFY2(tip.contains(QStringLiteral("(muted)")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("2025-02-04")) && tip.contains(QStringLiteral("Lifted: 2025-02-06")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("v-10 (creator.diversion)")), qPrintable(tip));
        return;
    }
    QFAIL("no lifted muted bar");
}

void TestScoreChart::clickingAMarkerSelectsItsRow()
{
    CaseFileView view(*m_store);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showSubject(QStringLiteral("crt-wang"));
    auto *chart = view.findChild<ScoreChart *>();
    view.tabs()->setCurrentWidget(chart);
    chart->fitAll();
    const ScoreChart::Marker *v11 = markerOf(*chart, Series::Violation, QStringLiteral("v-11"));
    QVERIFY(v11);
    QTest::mouseClick(chart->plot(), Qt::LeftButton, Qt::NoModifier, chart->pixelOf(*v11).toPoint());
    QTreeWidgetItem *row = tree(view, "timelineTree")->currentItem();
    QVERIFY(row);
    QVERIFY2(row->text(1).contains(QStringLiteral("Violation v-11")), qPrintable(row->text(1)));
    QTreeWidgetItem *violation = tree(view, "violationsTree")->currentItem();
    QVERIFY(violation);
    QCOMPARE(violation->text(1), QStringLiteral("v-11"));
    QCOMPARE(view.selectedViolationId(), QStringLiteral("v-11"));
    QCOMPARE(chart->highlightedEntry(), v11->entry);
    // A click on nothing selects nothing new.
    QTest::mouseClick(chart->plot(), Qt::LeftButton, Qt::NoModifier, QPoint(5, 5));
    QCOMPARE(tree(view, "timelineTree")->currentItem(), row);
}

void TestScoreChart::selectingARowHighlightsItsMarker()
{
    CaseFileView view(*m_store);
    view.showSubject(QStringLiteral("mcn-starriver"));
    auto *chart = view.findChild<ScoreChart *>();
    QTreeWidget *timeline = tree(view, "timelineTree");
    QTreeWidgetItem *row = nullptr;
    for (QTreeWidgetItemIterator it(timeline); *it; ++it) {
        if ((*it)->text(1) == QLatin1String("Fell below 70"))
            row = *it;
    }
    QVERIFY(row);
    timeline->setCurrentItem(row);
    QVERIFY(chart->highlightedEntry() >= 0);
    QCOMPARE(view.data().timeline.at(chart->highlightedEntry()).what, QStringLiteral("Fell below 70"));
    bool marked = false;
    for (const ScoreChart::Marker &m : chart->markers())
        marked = marked || (m.entry == chart->highlightedEntry() && m.series == Series::CrossingDown && m.value == 70);
    QVERIFY(marked);
}

void TestScoreChart::thresholdsAndIntegerTicks_data()
{
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QVector<int>>("thresholds");
    QTest::addColumn<double>("step");
    QTest::newRow("R-M1 MCN") << QStringLiteral("mcn-starriver") << QVector<int>{80, 70, 60, 50, 40, 30, 20} << 10.0;
    QTest::newRow("R-B1 brand points") << QStringLiteral("brand-oak") << QVector<int>{10, 8, 5, 1} << 1.0;
    QTest::newRow("R-C1 creator credit") << QStringLiteral("crt-wang") << QVector<int>{} << 10.0;
}

void TestScoreChart::thresholdsAndIntegerTicks()
{
    QFETCH(QString, handle);
    QFETCH(QVector<int>, thresholds);
    QFETCH(double, step);
    CaseFileView view(*m_store);
    view.resize(1200, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showSubject(handle);
    auto *chart = view.findChild<ScoreChart *>();
    view.tabs()->setCurrentWidget(chart);
    QCOMPARE(chart->thresholds(), thresholds);
    // The labels are the right axis's ticks: visible wherever the time axis is dragged.
    auto labels = qSharedPointerCast<QCPAxisTickerText>(chart->plot()->yAxis2->ticker());
    QCOMPARE(labels->ticks().size(), thresholds.size());
    for (int t : thresholds)
        QCOMPARE(labels->ticks().value(t), QString::number(t));
    auto ticks = qSharedPointerCast<QCPAxisTickerFixed>(chart->plot()->yAxis->ticker());
    QVERIFY(ticks);
    QCOMPARE(ticks->tickStep(), step);
}

void TestScoreChart::timelineOnlyHasNoLanes()
{
    Replay replay;
    StoreError error;
    QVERIFY(m_store->replay(QStringLiteral("crt-wang"), m_store->now(), &replay, &error));
    ScoreChart chart;
    chart.setTimeline(replay.timeline, m_store->policy().scale(SubjectKind::Creator), 0, m_store->now());
    QCOMPARE(chart.pointCount(), replay.timeline.points.size());
    QVERIFY(chart.lanes().isEmpty());
    QVERIFY(chart.bars().isEmpty());
    QCOMPARE(chart.series(Series::Score).size(), replay.timeline.points.size() + 1);
}

void TestScoreChart::exportWritesFiles_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << QStringLiteral("png") << QByteArray("\x89PNG");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF");
    QTest::newRow("svg") << QStringLiteral("svg") << QByteArray("<?xml");
}

void TestScoreChart::exportWritesFiles()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, magic);
    CaseFileView view(*m_store);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showSubject(QStringLiteral("crt-wang"));
    auto *chart = view.findChild<ScoreChart *>();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("chart.") + suffix);
    QString error;
    QVERIFY2(chart->exportTo(file, &error), qPrintable(error));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.size() > 1000);
    QCOMPARE(written.read(magic.size()), magic);
    if (suffix == QLatin1String("png")) {
        const QImage image(file);
        QVERIFY(image.width() >= 1100);
    }
}

void TestScoreChart::exportRefusesAnUnknownFormat()
{
    ScoreChart chart;
    QTemporaryDir dir;
    QString error;
    QVERIFY(!chart.exportTo(dir.filePath(QStringLiteral("chart.bmp")), &error));
    QVERIFY(error.contains(QStringLiteral("bmp")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("chart.bmp"))));
    QVERIFY(!chart.exportTo(QStringLiteral("/nonexistent-dir/chart.png"), &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/chart.png")));
}

QTEST_MAIN(TestScoreChart)
#include "tst_scorechart.moc"
