// The case file's content health tab (R-H1, POLICY.md 5) on a real store loaded from a JSON Lines file:
// the breakdown shows what HealthQuery computes at the same instant (index, dimensions, each indicator's
// value, score and source), the chart's points are the index at the instants it can change at and hold
// between them, its threshold lines are the policy's, and a brand's case file has no health tab.

#include "casefileview.h"
#include "health/healthbreakdownpanel.h"
#include "health/healthchart.h"
#include "health/healthtab.h"
#include "health/healthtext.h"
#include "policytext.h"

#include "io/jsonlimporter.h"
#include "query/healthhistoryquery.h"
#include "query/healthquery.h"
#include "store/store.h"

#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <qcustomplot.h>

#include <memory>

using namespace redline;

namespace {

const QString kCreator = QStringLiteral("crt-lin");
const QString kBrand = QStringLiteral("brand-acme");

Instant at(const char *text)
{
    return *parseInstant(QString::fromLatin1(text));
}

std::unique_ptr<Store> loadStore(const QTemporaryDir &dir, const QString &name = QStringLiteral("h.redline"))
{
    StoreOptions options;
    options.now = at("2025-08-01T00:00:00Z");
    options.actor = QStringLiteral("tester");
    StoreError error;
    std::unique_ptr<Store> store = Store::create(dir.filePath(name), options, &error);
    if (!store)
        qFatal("store: %s", qPrintable(error.message));
    if (!JsonlImporter(*store).importFile(QStringLiteral(REDLINE_TEST_DATA "/health.jsonl"), &error))
        qFatal("import: %s", qPrintable(error.message));
    return store;
}

HealthIndex indexAt(const Store &store, Instant instant)
{
    HealthIndex index;
    StoreError error;
    if (!HealthQuery(store).index(kCreator, instant, &index, &error))
        qFatal("health: %s", qPrintable(error.message));
    return index;
}

bool healthTabVisible(CaseFileView &view)
{
    auto *tab = view.findChild<HealthTab *>();
    return tab && view.tabs()->isTabVisible(view.tabs()->indexOf(tab));
}

// Opens the creator's case file with its health tab in front (the tab reads the history when shown).
HealthTab *openHealthTab(CaseFileView &view)
{
    view.resize(1300, 900);
    view.show();
    view.showSubject(kCreator);
    auto *tab = view.findChild<HealthTab *>();
    view.tabs()->setCurrentWidget(tab);
    QCoreApplication::processEvents();
    return tab;
}

// What the panel shows must be what HealthQuery computed at that instant, row by row.
void compareWithQuery(const HealthBreakdownPanel &panel, const HealthIndex &expected)
{
    QVERIFY(expected.index);
    QCOMPARE(panel.index().at, expected.at);
    QCOMPARE(panel.indexText(), QString::number(*expected.index, 'f', 1));
    QCOMPARE(panel.tree()->topLevelItemCount(), 3);
    for (const HealthDimension &d : expected.dimensions) {
        QTreeWidgetItem *row = panel.itemFor(d.id);
        QVERIFY2(row, qPrintable(d.id));
        QCOMPARE(row->text(HealthBreakdownPanel::WeightColumn), QStringLiteral("%1%").arg(d.weight));
        QCOMPARE(row->text(HealthBreakdownPanel::ScoreColumn), HealthText::score(d.score));
        QCOMPARE(row->childCount(), 4);
    }
    QCOMPARE(expected.indicators.size(), 12);
    for (const HealthIndicator &i : expected.indicators) {
        QTreeWidgetItem *row = panel.itemFor(i.id);
        QVERIFY2(row, qPrintable(i.id));
        QCOMPARE(row->parent()->data(HealthBreakdownPanel::NameColumn, HealthBreakdownPanel::IdRole).toString(), i.dimension);
        QCOMPARE(row->text(HealthBreakdownPanel::ValueColumn), HealthText::value(i.id, i.value));
        QCOMPARE(row->text(HealthBreakdownPanel::ScoreColumn), HealthText::score(i.score));
        QCOMPARE(row->text(HealthBreakdownPanel::SourceColumn), HealthText::source(i.source));
    }
}

QString cell(const HealthBreakdownPanel &panel, const QString &id, int column)
{
    QTreeWidgetItem *row = panel.itemFor(id);
    return row ? row->text(column) : QStringLiteral("<no row %1>").arg(id);
}

} // namespace

class TestHealthPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void panelShowsTheQueryAtTheInstantPicked_data();
    void panelShowsTheQueryAtTheInstantPicked();
    void sourcesSayMetricsStoreOrNone();
    void chartPointsAreTheIndexAtEachChange();
    void chartSamplesEveryInstantTheIndexCanChange();
    void thresholdLinesComeFromThePolicy_data();
    void thresholdLinesComeFromThePolicy();
    void brandHasNoHealthTab();
    void thinningKeepsTheEnds();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestHealthPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = loadStore(m_dir);
}

// Each row picks an instant on the chart by clicking the plot there (or none: the index now) and names
// what the panel must show for two indicators, worked out by hand from tests/data/health.jsonl.
void TestHealthPanel::panelShowsTheQueryAtTheInstantPicked_data()
{
    QTest::addColumn<QString>("click"); // "" for now
    QTest::addColumn<QString>("commercialShare");
    QTest::addColumn<QString>("reports");

    // Before any post: no share; v-3 (2025-01-20) is in the 90-day window.
    QTest::newRow("R-H1 first metrics, no posts") << "2025-03-15T12:00:00Z" << "no value" << "1";
    // 4 posts, 2 commercial; v-1 counts, v-2 is retracted, v-3 left the window on 2025-04-20.
    QTest::newRow("R-H1 report in the window") << "2025-04-25T12:00:00Z" << "50.0%" << "1";
    // 5 posts, 2 commercial; v-1 left the window on 2025-07-19.
    QTest::newRow("R-H1 now, reports left the window") << "" << "40.0%" << "0";
}

void TestHealthPanel::panelShowsTheQueryAtTheInstantPicked()
{
    QFETCH(QString, click);
    QFETCH(QString, commercialShare);
    QFETCH(QString, reports);
    CaseFileView view(*m_store);
    HealthTab *tab = openHealthTab(view);
    QVERIFY(tab);
    QVERIFY(healthTabVisible(view));
    QVERIFY(tab->historyLoaded());
    HealthChart *chart = tab->chart();
    HealthBreakdownPanel *panel = tab->panel();
    Instant instant = m_store->now();
    if (!click.isEmpty()) {
        instant = *parseInstant(click);
        QCustomPlot *plot = chart->plot();
        const QRect rect = plot->axisRect()->rect();
        const QPoint pixel(int(std::lround(plot->xAxis->coordToPixel(double(instant)))), rect.center().y());
        QVERIFY(rect.contains(pixel));
        QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, pixel);
        QVERIFY(chart->selectedPoint() >= 0);
        // The point picked is the step the click lies on: its instant at or before the click.
        const Instant picked = chart->history().points.at(chart->selectedPoint()).at;
        QVERIFY(picked <= instant);
        QCOMPARE(panel->index().at, picked);
        compareWithQuery(*panel, indexAt(*m_store, picked));
        if (QTest::currentTestFailed())
            return;
        // The index holds between two change instants: the query at the click gives the point's.
        QCOMPARE(indexAt(*m_store, instant).index, indexAt(*m_store, picked).index);
    } else {
        compareWithQuery(*panel, indexAt(*m_store, instant));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(cell(*panel, QStringLiteral("commercial_share"), HealthBreakdownPanel::ValueColumn), commercialShare);
    QCOMPARE(cell(*panel, QStringLiteral("verified_reports_90d"), HealthBreakdownPanel::ValueColumn), reports);
    // The effects line names the restrictions in force, by their policy labels.
    for (const QString &effect : panel->index().effects)
        QVERIFY2(panel->effectsText().contains(PolicyText::restrictionLabel(m_store->policy(), effect)),
                 qPrintable(panel->effectsText()));
}

void TestHealthPanel::sourcesSayMetricsStoreOrNone()
{
    CaseFileView view(*m_store);
    HealthTab *tab = openHealthTab(view);
    const HealthBreakdownPanel &panel = *tab->panel();
    // Given by the metrics snapshot of 2025-05-15.
    QCOMPARE(cell(panel, QStringLiteral("duplicate_rate"), HealthBreakdownPanel::SourceColumn), QStringLiteral("metrics"));
    QCOMPARE(cell(panel, QStringLiteral("duplicate_rate"), HealthBreakdownPanel::ValueColumn), QStringLiteral("30.0%"));
    QCOMPARE(cell(panel, QStringLiteral("duplicate_rate"), HealthBreakdownPanel::ScoreColumn), QStringLiteral("0.0"));
    // Counted by the store: 1 of 2 commercial posts reported through 蒲公英.
    QCOMPARE(cell(panel, QStringLiteral("disclosure_rate"), HealthBreakdownPanel::SourceColumn), QStringLiteral("store"));
    QCOMPARE(cell(panel, QStringLiteral("disclosure_rate"), HealthBreakdownPanel::ValueColumn), QStringLiteral("50.0%"));
    QCOMPARE(cell(panel, QStringLiteral("disclosure_rate"), HealthBreakdownPanel::ScoreColumn), QStringLiteral("50.0"));
    // Neither gives it.
    QCOMPARE(cell(panel, QStringLiteral("reference_share"), HealthBreakdownPanel::SourceColumn), QStringLiteral("no value"));
    QCOMPARE(cell(panel, QStringLiteral("reference_share"), HealthBreakdownPanel::ValueColumn), QStringLiteral("no value"));
    QCOMPARE(cell(panel, QStringLiteral("reference_share"), HealthBreakdownPanel::ScoreColumn), QStringLiteral("–"));
}

void TestHealthPanel::chartPointsAreTheIndexAtEachChange()
{
    CaseFileView view(*m_store);
    HealthTab *tab = openHealthTab(view);
    const HealthChart &chart = *tab->chart();
    const QVector<QPointF> points = chart.points();
    const HealthHistory &history = chart.history();
    QVERIFY(!history.sampled());
    QCOMPARE(points.size(), history.points.size());
    QVERIFY(points.size() > 10);
    for (int i = 0; i < points.size(); ++i) {
        const Instant instant = Instant(points.at(i).x());
        const HealthIndex expected = indexAt(*m_store, instant);
        QVERIFY(expected.index);
        QCOMPARE(points.at(i).y(), *expected.index);
        // Nothing moves the index between two points: a second before the next point it still holds.
        const Instant next = i + 1 < points.size() ? Instant(points.at(i + 1).x()) : m_store->now() + 1;
        QCOMPARE(*indexAt(*m_store, next - 1).index, points.at(i).y());
        QCOMPARE(indexAt(*m_store, next - 1).effects, expected.effects);
    }
}

// The instants of tests/data/health.jsonl at which the index or its effects can change (R-H1).
void TestHealthPanel::chartSamplesEveryInstantTheIndexCanChange()
{
    QVector<Instant> instants;
    StoreError error;
    QVERIFY(HealthHistoryQuery(*m_store).changeInstants(kCreator, m_store->now(), &instants, &error));
    const QVector<Instant> expected{
        at("2025-01-01"), // registration
        at("2025-01-20"), // v-3, a verified report
        at("2025-03-01"), // metrics
        at("2025-04-01"), at("2025-04-02"), at("2025-04-03"), at("2025-04-04"), // posts
        at("2025-04-20"), // v-1; v-3 leaves the 90-day window
        at("2025-04-21"), // v-2
        at("2025-04-22"), // v-2 retracted
        at("2025-05-15"), // metrics
        at("2025-05-20"), // post
        at("2025-06-01"), // medical qualification granted: topic_throttled lifted
        at("2025-07-19"), // v-1 leaves the window
        at("2025-07-20"), // v-2 would leave it (already void)
    };
    QCOMPARE(instants, expected);
    QVERIFY(indexAt(*m_store, at("2025-05-31")).effects.contains(QStringLiteral("topic_throttled")));
    QVERIFY(!indexAt(*m_store, at("2025-06-01")).effects.contains(QStringLiteral("topic_throttled")));
    // Not a creator: refused, naming why.
    QVERIFY(!HealthHistoryQuery(*m_store).changeInstants(kBrand, m_store->now(), &instants, &error));
    QVERIFY(error.message.contains(QStringLiteral("not a creator")));
}

void TestHealthPanel::thresholdLinesComeFromThePolicy_data()
{
    QTest::addColumn<int>("effect");  // which row of health.effects to move (-1: none)
    QTest::addColumn<double>("to");
    QTest::addColumn<QList<double>>("lines");

    QTest::newRow("R-H1 default thresholds") << -1 << 0.0 << QList<double>{80, 70, 60};
    QTest::newRow("R-H1 support line moved to 65") << 1 << 65.0 << QList<double>{80, 65, 60};
    QTest::newRow("R-H1 boost from 85") << 0 << 85.0 << QList<double>{85, 70, 60};
}

void TestHealthPanel::thresholdLinesComeFromThePolicy()
{
    QFETCH(int, effect);
    QFETCH(double, to);
    QFETCH(QList<double>, lines);
    QTemporaryDir dir;
    std::unique_ptr<Store> store = loadStore(dir);
    if (effect >= 0) {
        Policy policy = store->basePolicy();
        HealthRules rules = policy.healthRules();
        HealthEffectRule &row = rules.effects[effect];
        (row.atOrAbove ? row.atOrAbove : row.below) = to;
        policy.health = rules;
        StoreError error;
        QVERIFY2(store->replaceStoredPolicy(policy, &error), qPrintable(error.message));
    }
    CaseFileView view(*store);
    HealthTab *tab = openHealthTab(view);
    const HealthChart &chart = *tab->chart();
    QList<double> shown;
    for (const HealthChart::ThresholdLine &line : chart.thresholdLines())
        shown << line.value;
    QCOMPARE(shown, lines);
    // Drawn where they say, and labelled with what they do.
    QList<double> drawn;
    for (int i = 0; i < chart.plot()->itemCount(); ++i) {
        if (auto *line = qobject_cast<QCPItemStraightLine *>(chart.plot()->item(i)))
            drawn << line->point1->coords().y();
    }
    QCOMPARE(drawn, lines);
    const HealthRules &rules = store->policy().healthRules();
    for (int i = 0; i < rules.effects.size(); ++i) {
        const QString label = chart.thresholdLines().at(i).label;
        QVERIFY2(label.contains(QString::number(lines.at(i))), qPrintable(label));
        for (const QString &id : rules.effects.at(i).restrictions)
            QVERIFY2(label.contains(PolicyText::restrictionLabel(store->policy(), id)), qPrintable(label));
    }
}

void TestHealthPanel::brandHasNoHealthTab()
{
    CaseFileView view(*m_store);
    openHealthTab(view);
    QVERIFY(healthTabVisible(view));
    QCOMPARE(view.tabs()->currentWidget(), view.findChild<HealthTab *>());
    view.showSubject(kBrand);
    QVERIFY(!healthTabVisible(view));
    QVERIFY(view.tabs()->currentWidget() != view.findChild<HealthTab *>());
    auto *tab = view.findChild<HealthTab *>();
    QCOMPARE(tab->panel()->tree()->topLevelItemCount(), 0);
    QVERIFY(tab->chart()->points().isEmpty());
    view.showSubject(kCreator);
    QVERIFY(healthTabVisible(view));
}

void TestHealthPanel::thinningKeepsTheEnds()
{
    QVector<Instant> instants;
    for (int i = 0; i < 1000; ++i)
        instants << Instant(i * 10);
    const QVector<Instant> kept = HealthHistoryQuery::thin(instants, 400);
    QCOMPARE(kept.size(), 400);
    QCOMPARE(kept.first(), instants.first());
    QCOMPARE(kept.last(), instants.last());
    QVERIFY(std::is_sorted(kept.cbegin(), kept.cend()));
    QCOMPARE(std::adjacent_find(kept.cbegin(), kept.cend()), kept.cend());
    QCOMPARE(HealthHistoryQuery::thin(instants.mid(0, 5), 400), instants.mid(0, 5));
}

QTEST_MAIN(TestHealthPanel)
#include "tst_healthpanel.moc"
