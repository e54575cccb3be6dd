#include "scorechart.h"

#include "policytext.h"

#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QPixmap>
#include <QSet>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QTimeZone>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace redline {

namespace {

const QColor kScoreColor(0x15, 0x65, 0xc0);
const QColor kViolationColor(0xd3, 0x2f, 0x2f);
const QColor kGiveBackColor(0x43, 0xa0, 0x47);
const QColor kExamColor(0x00, 0x83, 0x8f);
const QColor kDownColor(0xb7, 0x1c, 0x1c);
const QColor kUpColor(0x2e, 0x7d, 0x32);
const QColor kBackdatedColor(0xef, 0x6c, 0x00);
const QColor kThresholdColor(0x9e, 0x9e, 0x9e);
const QColor kHighlightColor(0x0d, 0x47, 0xa1);
constexpr double kHoverRadius = 7;        // pixels
constexpr double kDayPad = 86400;
const QString kLadderLane = QStringLiteral("ladder");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QDate dateOf(Instant at)
{
    return QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()).date();
}

Instant instantOf(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

double toKey(Instant at)
{
    return at == kNoInstant ? qInf() : double(at);
}

} // namespace

ScoreChart::ScoreChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_plot, 1);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("scoreChartLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setStyleSheet(QStringLiteral("color: #616161;"));
    m_legend->setWordWrap(true); // on a narrow case pane the legend wraps rather than widening the window
    // Ignored horizontally: a wrapping label otherwise asks for the width of its longest word run.
    m_legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_legend->setMinimumHeight(m_legend->fontMetrics().height() * 3);
    layout->addWidget(m_legend);

    m_plot->setObjectName(QStringLiteral("scorePlot"));
    m_plot->setMinimumHeight(180);
    m_plot->setMouseTracking(true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->legend->setVisible(false);
    m_plot->setNoAntialiasingOnDrag(true);
    // A long, jagged score line is stroked segment by segment: as one polyline the raster engine would
    // outline and fill thousands of self-overlapping segments (seconds for a 10,000-event brand).
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->setAntialiasedElements(QCP::aeScatters);

    m_scoreRect = m_plot->axisRect();
    m_scoreRect->setRangeDrag(Qt::Horizontal);
    m_scoreRect->setRangeZoom(Qt::Horizontal);
    m_scoreRect->setRangeZoomAxes(m_plot->xAxis, nullptr);
    m_lanesRect = new QCPAxisRect(m_plot);
    m_lanesRect->setRangeDrag(Qt::Horizontal);
    m_lanesRect->setRangeZoom(Qt::Horizontal);
    m_lanesRect->setRangeZoomAxes(m_lanesRect->axis(QCPAxis::atBottom), nullptr);
    // Both rects keep one left and right margin, so an instant is at the same x in the score and the lanes.
    auto *margins = new QCPMarginGroup(m_plot);
    m_scoreRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_lanesRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_scoreRect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msTop | QCP::msBottom);
    m_lanesRect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    m_lanesRect->setMargins(QMargins(0, 2, 0, 0));

    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    ticker->setTimeZone(QTimeZone::utc());
    ticker->setTickCount(6);
    m_plot->xAxis->setTicker(ticker);
    QCPAxis *laneX = m_lanesRect->axis(QCPAxis::atBottom);
    laneX->setTicker(ticker);
    QCPAxis *laneY = m_lanesRect->axis(QCPAxis::atLeft);
    laneY->setRangeReversed(true); // the first lane on top, under the score
    laneY->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText));
    laneY->setSubTicks(false);
    laneY->setTickLength(0, 0);
    laneY->grid()->setVisible(false);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    laneY->setTickLabelFont(small);

    m_plot->yAxis->setLabel(tr("Score"));
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerFixed>(new QCPAxisTickerFixed));
    m_plot->yAxis->setSubTicks(false);
    m_plot->yAxis2->setVisible(true);
    m_plot->yAxis2->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText));
    m_plot->yAxis2->setSubTicks(false);
    m_plot->yAxis2->setTickLabelColor(QColor(0x75, 0x75, 0x75));
    m_plot->yAxis2->setTickLabelFont(small);
    m_plot->yAxis2->setBasePen(QPen(Qt::transparent));
    m_plot->yAxis2->setTickPen(QPen(kThresholdColor));

    m_laneBars = new ChartLanes(laneX, laneY);
    for (QCPAxisRect *rect : {m_scoreRect, m_lanesRect}) {
        for (QCPAxis *axis : rect->axes())
            axis->grid()->setPen(QPen(QColor(0xee, 0xee, 0xee), 0, Qt::SolidLine));
    }

    auto makeCursor = [this](QCPAxisRect *rect) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->setClipAxisRect(rect);
        for (QCPItemPosition *p : {line->point1, line->point2})
            p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        line->setPen(QPen(kHighlightColor, 1, Qt::DashLine));
        line->setVisible(false);
        return line;
    };
    m_cursorScore = makeCursor(m_scoreRect);
    m_cursorLanes = makeCursor(m_lanesRect);

    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), laneX,
            [laneX](const QCPRange &r) { laneX->setRange(r); });
    connect(laneX, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), m_plot->xAxis,
            [this](const QCPRange &r) { m_plot->xAxis->setRange(r); });
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &ScoreChart::onRangeChanged);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ScoreChart::onMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this, &ScoreChart::onMousePress);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &ScoreChart::onMouseRelease);
    // Ctrl+drag: the band dragged out becomes the visible time range.
    connect(m_plot->selectionRect(), &QCPSelectionRect::accepted, this, [this](const QRect &rect) {
        const double a = m_plot->xAxis->pixelToCoord(rect.left());
        const double b = m_plot->xAxis->pixelToCoord(rect.right());
        if (std::abs(b - a) >= 3600)
            setVisibleRange(Instant(std::min(a, b)), Instant(std::max(a, b)));
    });
    m_plot->installEventFilter(this);
    clear();
}

QWidget *ScoreChart::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    m_fit = new QToolButton(bar);
    m_fit->setObjectName(QStringLiteral("chartFit"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Show the whole history, from registration to now"));
    connect(m_fit, &QToolButton::clicked, this, &ScoreChart::fitAll);
    row->addWidget(m_fit);
    auto dateEdit = [bar](const char *name) {
        auto *edit = new QDateEdit(bar);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        return edit;
    };
    row->addWidget(new QLabel(tr("From"), bar));
    m_fromEdit = dateEdit("chartFrom");
    m_fromEdit->setToolTip(tr("First day shown (UTC)"));
    row->addWidget(m_fromEdit);
    row->addWidget(new QLabel(tr("to"), bar));
    m_toEdit = dateEdit("chartTo");
    m_toEdit->setToolTip(tr("Last day shown (UTC)"));
    row->addWidget(m_toEdit);
    auto applyDates = [this] {
        const QDate from = m_fromEdit->date(), to = m_toEdit->date();
        if (from.isValid() && to.isValid() && from <= to)
            setVisibleRange(instantOf(from), instantOf(to.addDays(1)));
    };
    connect(m_fromEdit, &QDateEdit::dateChanged, this, applyDates);
    connect(m_toEdit, &QDateEdit::dateChanged, this, applyDates);
    row->addStretch(1);
    m_export = new QToolButton(bar);
    m_export->setObjectName(QStringLiteral("chartExport"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the chart with its legend as PNG, PDF or SVG"));
    connect(m_export, &QToolButton::clicked, this, &ScoreChart::exportInteractively);
    row->addWidget(m_export);
    return bar;
}

void ScoreChart::clear()
{
    reset();
    m_plot->replot();
}

void ScoreChart::reset()
{
    m_plot->clearGraphs();
    m_graphs.clear();
    m_highlight = nullptr;
    m_laneBars->setBars({}, {});
    m_markers.clear();
    m_lanes.clear();
    m_ladder.clear();
    m_thresholds.clear();
    m_scorePoints.clear();
    m_crossingList.clear();
    m_violationRow.clear();
    m_hasCaseFile = false;
    m_data = CaseFileData();
    m_points = 0;
    m_crossings = 0;
    m_highlightedEntry = -1;
    m_cursorScore->setVisible(false);
    m_cursorLanes->setVisible(false);
    // Threshold and reference lines are the only items besides the two cursors.
    for (int i = m_plot->itemCount() - 1; i >= 0; --i) {
        QCPAbstractItem *item = m_plot->item(i);
        if (item != m_cursorScore && item != m_cursorLanes)
            m_plot->removeItem(item);
    }
    showLanes(false);
    m_legend->setText(legendHtml(false));
}

void ScoreChart::setTimeline(const Timeline &timeline, const Scale &scale, Instant from, Instant now)
{
    reset();
    if (timeline.points.isEmpty()) {
        m_plot->replot();
        return;
    }
    resetPlot(scale, from, now);
    plotScore(timeline);
    collectMarkers(timeline, nullptr);
    plotMarkers();
    finishPlot();
}

void ScoreChart::setCaseFile(const CaseFileData &data, const Policy &policy, Instant now)
{
    reset();
    const Timeline &timeline = data.replay.timeline;
    if (timeline.points.isEmpty()) {
        m_plot->replot();
        return;
    }
    m_hasCaseFile = true;
    m_data = data;
    m_policy = policy;
    const Scale &scale = policy.scale(data.record.kind);
    resetPlot(scale, data.record.at, now);
    m_plot->yAxis->setLabel(PolicyText::scaleName(data.record.kind));
    for (int i = 0; i < data.timeline.size(); ++i) {
        if (data.timeline.at(i).violation)
            m_violationRow.insert(data.timeline.at(i).ref, i);
    }
    plotScore(timeline);
    collectMarkers(timeline, &data);
    plotMarkers();
    buildLanes(data, scale);
    finishPlot();
}

void ScoreChart::setReferenceLines(const QVector<int> &values, const QString &name)
{
    for (int value : values) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->setClipAxisRect(m_scoreRect);
        line->point1->setCoords(0, value);
        line->point2->setCoords(1, value);
        line->setPen(QPen(QColor(0x6a, 0x1b, 0x9a), 1, Qt::DotLine));
        line->setObjectName(name);
    }
    m_plot->replot();
}

void ScoreChart::resetPlot(const Scale &scale, Instant from, Instant now)
{
    m_scale = scale;
    m_from = from;
    m_now = now;
    m_thresholds = scale.thresholds;
    m_plot->yAxis->setLabel(tr("Score"));

    updateScoreTicks();
    const int span = std::max(1, scale.max - scale.min);
    const double pad = std::max(0.5, span * 0.05);
    m_plot->yAxis->setRange(scale.min - pad, scale.max + pad);
    m_plot->yAxis2->setRange(m_plot->yAxis->range());

    // Threshold lines first, so the score line is drawn over them; their labels are the right axis's ticks,
    // which stay put however the time axis is dragged or zoomed.
    auto labels = qSharedPointerCast<QCPAxisTickerText>(m_plot->yAxis2->ticker());
    labels->clear();
    for (int threshold : scale.thresholds) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->setClipAxisRect(m_scoreRect);
        line->point1->setCoords(0, threshold);
        line->point2->setCoords(1, threshold);
        line->setPen(QPen(kThresholdColor, 1, Qt::DashLine));
        labels->addTick(threshold, QString::number(threshold));
    }
    m_plot->yAxis2->setTickLabels(!scale.thresholds.isEmpty());
    // "now": the right end of the history; permanent sanctions run past it.
    auto *nowLine = new QCPItemStraightLine(m_plot);
    nowLine->setClipAxisRect(m_scoreRect);
    nowLine->point1->setCoords(double(m_now), 0);
    nowLine->point2->setCoords(double(m_now), 1);
    nowLine->setPen(QPen(QColor(0xbd, 0xbd, 0xbd), 1, Qt::DotLine));
}

void ScoreChart::plotScore(const Timeline &timeline)
{
    m_scorePoints = timeline.points;
    m_crossingList = timeline.crossings;
    QVector<double> x, y;
    x.reserve(timeline.points.size() + 1);
    y.reserve(timeline.points.size() + 1);
    for (const ScorePoint &p : timeline.points) {
        x << double(p.at);
        y << double(p.score);
    }
    x << std::max(double(m_now), x.last()); // hold the last score up to now
    y << y.last();
    QCPGraph *score = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    score->setData(x, y, true);
    score->setLineStyle(QCPGraph::lsStepLeft);
    score->setPen(QPen(kScoreColor, 2));
    score->setSelectable(QCP::stNone);
    m_graphs.insert(int(Series::Score), score);
    m_points = int(timeline.points.size());
    m_crossings = int(timeline.crossings.size());
}

double ScoreChart::scoreAt(Instant at) const
{
    auto it = std::upper_bound(m_scorePoints.cbegin(), m_scorePoints.cend(), at,
                               [](Instant t, const ScorePoint &p) { return t < p.at; });
    return it == m_scorePoints.cbegin() ? double(m_scale.initial) : double((it - 1)->score);
}

void ScoreChart::collectMarkers(const Timeline &timeline, const CaseFileData *data)
{
    m_markers.clear();
    m_markers.reserve(timeline.points.size() + timeline.crossings.size());
    QVector<int> pointRow(timeline.points.size(), -1), crossingRow(timeline.crossings.size(), -1);
    QHash<QString, Instant> voidedAt;
    if (data) {
        for (int i = 0; i < data->timeline.size(); ++i) {
            const TimelineEntry &t = data->timeline.at(i);
            if (t.point >= 0 && t.point < pointRow.size())
                pointRow[t.point] = i;
            if (t.crossing >= 0 && t.crossing < crossingRow.size())
                crossingRow[t.crossing] = i;
        }
        for (const ViolationOutcome &v : data->replay.state.violations)
            voidedAt.insert(v.id, v.voidedAt);
    }
    QSet<QString> violationsWithPoint;
    for (int i = 0; i < timeline.points.size(); ++i) {
        const ScorePoint &p = timeline.points.at(i);
        Marker m;
        m.at = p.at;
        m.value = p.score;
        m.point = i;
        m.entry = pointRow.at(i);
        m.violation = p.ref;
        switch (p.cause) {
        case PointCause::Violation:
            m.series = voidedAt.value(p.ref, kNoInstant) <= m_now ? Series::VoidedViolation : Series::Violation;
            if (m.entry < 0)
                m.entry = m_violationRow.value(p.ref, -1);
            violationsWithPoint.insert(p.ref);
            break;
        case PointCause::Overturn:
        case PointCause::Retraction: m.series = Series::GiveBack; break;
        case PointCause::Exam: m.series = Series::Exam; m.violation.clear(); break;
        default: continue; // the start, recovery steps and resets show as the line's steps
        }
        m_markers << m;
    }
    for (int i = 0; i < timeline.crossings.size(); ++i) {
        const Crossing &c = timeline.crossings.at(i);
        Marker m;
        m.series = c.down ? Series::CrossingDown : Series::CrossingUp;
        m.at = c.at;
        m.value = c.threshold;
        m.crossing = i;
        m.entry = crossingRow.at(i);
        m_markers << m;
    }
    if (data) {
        // A violation that has not deducted (R-M5 defers it) still shows, on the line where it was recorded.
        for (const ViolationEntry &v : data->violations) {
            if (violationsWithPoint.contains(v.outcome.id))
                continue;
            Marker m;
            m.series = v.outcome.voidedAt <= m_now ? Series::VoidedViolation : Series::Violation;
            m.at = v.outcome.at;
            m.value = scoreAt(v.outcome.at);
            m.violation = v.outcome.id;
            m.entry = m_violationRow.value(v.outcome.id, -1);
            m_markers << m;
        }
        // A backdated event is ringed where it sits on the line (docs/contracts.md: recorded > 24 h later).
        for (int i = 0; i < data->timeline.size(); ++i) {
            const TimelineEntry &t = data->timeline.at(i);
            if (!t.backdated)
                continue;
            Marker m;
            m.series = Series::Backdated;
            m.at = t.at;
            m.point = t.point;
            m.value = t.point >= 0 && t.point < timeline.points.size() ? timeline.points.at(t.point).score : scoreAt(t.at);
            m.entry = i;
            m.violation = t.violation ? t.ref : QString();
            m_markers << m;
        }
    }
    std::stable_sort(m_markers.begin(), m_markers.end(), [](const Marker &a, const Marker &b) { return a.at < b.at; });
}

QCPGraph *ScoreChart::addMarkerGraph(Series series, QCPScatterStyle style)
{
    QCPGraph *graph = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(style);
    graph->setSelectable(QCP::stNone);
    m_graphs.insert(int(series), graph);
    return graph;
}

QCPScatterStyle ScoreChart::vectorStyle(Series series)
{
    switch (series) {
    case Series::Backdated: return QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(kBackdatedColor, 1.6), Qt::NoBrush, 13);
    case Series::CrossingDown: return QCPScatterStyle(QCPScatterStyle::ssTriangleInverted, kDownColor, kDownColor, 9);
    case Series::CrossingUp: return QCPScatterStyle(QCPScatterStyle::ssTriangle, kUpColor, kUpColor, 9);
    case Series::GiveBack: return QCPScatterStyle(QCPScatterStyle::ssDisc, kGiveBackColor, kGiveBackColor, 7);
    case Series::Exam: return QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(kExamColor, 1), kExamColor, 8);
    case Series::VoidedViolation: return QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(kViolationColor, 1.6), Qt::white, 8);
    case Series::Violation: return QCPScatterStyle(QCPScatterStyle::ssDisc, kViolationColor, kViolationColor, 7);
    case Series::Score: break;
    }
    return QCPScatterStyle();
}

// On screen each marker is a blit of a pre-drawn pixmap: thousands of antialiased ellipse paths per replot
// were most of a long history's drawing time. Exports draw the vector shapes (setVectorMarkers).
QCPScatterStyle ScoreChart::pixmapStyle(Series series)
{
    const QCPScatterStyle shape = vectorStyle(series);
    const int size = (int(std::ceil(shape.size())) + 5) | 1; // odd: the shape's centre on a pixel
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QCPPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    shape.applyTo(&painter, QPen());
    shape.drawShape(&painter, size / 2.0, size / 2.0);
    painter.end();
    return QCPScatterStyle(pixmap);
}

void ScoreChart::setVectorMarkers(bool vector)
{
    for (auto it = m_graphs.cbegin(); it != m_graphs.cend(); ++it) {
        const auto series = Series(it.key());
        if (series != Series::Score)
            it.value()->setScatterStyle(vector ? vectorStyle(series) : m_pixmapStyles.value(it.key()));
    }
}

void ScoreChart::plotMarkers()
{
    // Drawn in this order: the backdated ring under everything, the violation on top.
    const Series order[] = {Series::Backdated, Series::CrossingDown, Series::CrossingUp, Series::GiveBack,
                            Series::Exam, Series::VoidedViolation, Series::Violation};
    for (Series series : order) {
        QVector<double> x, y;
        for (const Marker &m : m_markers) {
            if (m.series == series) {
                x << double(m.at);
                y << m.value;
            }
        }
        if (!m_pixmapStyles.contains(int(series)))
            m_pixmapStyles.insert(int(series), pixmapStyle(series));
        addMarkerGraph(series, m_pixmapStyles.value(int(series)))->setData(x, y, true);
    }
    m_highlight = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    m_highlight->setLineStyle(QCPGraph::lsNone);
    m_highlight->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(kHighlightColor, 2.5), Qt::NoBrush, 17));
    m_highlight->setSelectable(QCP::stNone);
}

void ScoreChart::buildLanes(const CaseFileData &data, const Scale &scale)
{
    QVector<LaneBar> bars;
    QHash<QString, int> laneOf;
    m_ladder = LadderHistory::steps(scale, data.replay.state);
    if (scale.ladder) {
        m_lanes << Lane{kLadderLane, tr("Ladder level")};
        for (int i = 0; i < m_ladder.size(); ++i) {
            LaneBar b;
            b.kind = LaneBar::Kind::Ladder;
            b.lane = 0;
            b.from = double(m_ladder.at(i).from);
            b.until = m_ladder.at(i).until == kNoInstant ? double(std::max(m_now, m_ladder.at(i).from))
                                                         : double(m_ladder.at(i).until);
            b.level = m_ladder.at(i).level;
            b.source = i;
            bars << b;
        }
    }
    // One lane per sanction kind, in the order the subject first got them.
    const QVector<Sanction> &sanctions = data.replay.state.sanctions;
    QVector<int> order(sanctions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return sanctions.at(a).from < sanctions.at(b).from; });
    for (int i : order) {
        const Sanction &s = sanctions.at(i);
        if (!laneOf.contains(s.id)) {
            laneOf.insert(s.id, m_lanes.size());
            m_lanes << Lane{s.id, PolicyText::restrictionLabel(m_policy, s.id)};
        }
        LaneBar b;
        b.kind = s.endedEarly ? LaneBar::Kind::Lifted : LaneBar::Kind::Sanction;
        b.lane = laneOf.value(s.id);
        b.from = double(s.from);
        b.until = toKey(s.until);
        b.scheduledUntil = toKey(s.scheduledUntil);
        b.source = i;
        bars << b;
    }
    m_laneBars->setBars(bars, {tr("L1"), tr("L2"), tr("L3"), tr("L4")});
    auto labels = qSharedPointerCast<QCPAxisTickerText>(m_lanesRect->axis(QCPAxis::atLeft)->ticker());
    labels->clear();
    for (int i = 0; i < m_lanes.size(); ++i)
        labels->addTick(i, m_lanes.at(i).label);
    m_lanesRect->axis(QCPAxis::atLeft)->setRange(-0.5, m_lanes.size() - 0.5);
    showLanes(!m_lanes.isEmpty());
}

void ScoreChart::showLanes(bool show)
{
    QCPLayoutGrid *layout = m_plot->plotLayout();
    const bool shown = layout->hasElement(1, 0) && layout->element(1, 0) == m_lanesRect;
    if (show && !shown) {
        layout->addElement(1, 0, m_lanesRect);
    } else if (!show && shown) {
        layout->take(m_lanesRect);
        layout->simplify();
    }
    // With lanes the dates are written once, under the lanes.
    m_plot->xAxis->setTickLabels(!show);
    m_scoreRect->setAutoMargins(show ? QCP::msLeft | QCP::msRight | QCP::msTop : QCP::msAll);
    m_scoreRect->setMargins(QMargins(0, 0, 0, 4));
    m_lanesRect->setVisible(show);
    updateLaneHeight();
}

void ScoreChart::updateLaneHeight()
{
    if (m_lanes.isEmpty())
        return;
    // A lane is 18 px when there is room, never less than 11, and the lanes take at most 45% of the plot.
    const int rowHeight = std::clamp(int(m_plot->height() * 0.45 / m_lanes.size()), 11, 18);
    const int height = rowHeight * int(m_lanes.size());
    m_lanesRect->setMinimumSize(0, height);
    m_lanesRect->setMaximumSize(QWIDGETSIZE_MAX, height);
}

void ScoreChart::updateScoreTicks()
{
    // Integer ticks: a brand's 0..10 points every point; a 0..100 score every 10, or every 20 when the
    // score's part of the plot is too short for eleven labels.
    const int span = std::max(1, m_scale.max - m_scale.min);
    // The score's axis rect: the plot less the lanes (their fixed height and axis) and the axis margins.
    const int lanes = m_lanes.isEmpty() ? 0 : m_lanesRect->maximumSize().height() + 30;
    const double scoreHeight = m_plot->height() - lanes - 40;
    const int step = span <= 20 ? 1 : span <= 50 ? 5 : (scoreHeight * 10 / span >= 20 ? 10 : 20);
    if (auto ticks = m_plot->yAxis->ticker().dynamicCast<QCPAxisTickerFixed>())
        ticks->setTickStep(step);
}

bool ScoreChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Resize) {
        updateLaneHeight();
        updateScoreTicks();
    }
    return QWidget::eventFilter(watched, event);
}

void ScoreChart::finishPlot()
{
    updateScoreTicks();
    m_legend->setText(legendHtml(false));
    fitAll();
}

void ScoreChart::fitAll()
{
    if (m_scorePoints.isEmpty()) {
        m_plot->replot();
        return;
    }
    const Instant start = std::min(m_from, m_scorePoints.first().at);
    const Instant end = std::max(m_now, m_scorePoints.last().at);
    const double span = std::max(double(end - start), kDayPad);
    m_plot->xAxis->setRange(double(start) - span * 0.02, double(end) + span * 0.02);
    updateScoreFill();
    m_plot->replot();
}

void ScoreChart::setVisibleRange(Instant from, Instant until)
{
    if (until <= from)
        return;
    m_plot->xAxis->setRange(double(from), double(until));
    m_plot->replot();
}

QPair<Instant, Instant> ScoreChart::visibleRange() const
{
    const QCPRange r = m_plot->xAxis->range();
    return {Instant(std::llround(r.lower)), Instant(std::llround(r.upper))};
}

double ScoreChart::axisMaximum() const
{
    return m_plot->xAxis->range().upper;
}

void ScoreChart::updateScoreFill()
{
    // The area under the score is shaded while the line is sparse; once there are more steps than pixels
    // the line is a solid band anyway, and filling a polygon with thousands of full-height edges is slow.
    QCPGraph *score = m_graphs.value(int(Series::Score));
    if (!score)
        return;
    const QCPRange r = m_plot->xAxis->range();
    auto first = std::lower_bound(m_scorePoints.cbegin(), m_scorePoints.cend(), r.lower,
                                  [](const ScorePoint &p, double key) { return double(p.at) < key; });
    auto last = std::upper_bound(first, m_scorePoints.cend(), r.upper,
                                 [](double key, const ScorePoint &p) { return key < double(p.at); });
    const bool sparse = (last - first) < m_scoreRect->width() / 2;
    score->setBrush(sparse ? QColor(kScoreColor.red(), kScoreColor.green(), kScoreColor.blue(), 24) : QColor(Qt::transparent));
}

void ScoreChart::onRangeChanged()
{
    updateScoreFill();
    // Dates while the range spans days; hours once zoomed in closer than three days.
    const QCPRange r = m_plot->xAxis->range();
    auto ticker = qSharedPointerCast<QCPAxisTickerDateTime>(m_plot->xAxis->ticker());
    ticker->setDateTimeFormat(r.size() < 3 * kDayPad ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd"));
    syncDateEdits();
}

void ScoreChart::syncDateEdits()
{
    const QPair<Instant, Instant> r = visibleRange();
    const QSignalBlocker blockFrom(m_fromEdit), blockTo(m_toEdit);
    m_fromEdit->setDate(dateOf(r.first));
    m_toEdit->setDate(dateOf(std::max(r.first, r.second - 1)));
}

QVector<QPointF> ScoreChart::series(Series which) const
{
    QVector<QPointF> out;
    const QCPGraph *graph = m_graphs.value(int(which));
    if (!graph)
        return out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out << QPointF(it->key, it->value);
    return out;
}

const QVector<LaneBar> &ScoreChart::bars() const
{
    return m_laneBars->bars();
}

QPointF ScoreChart::pixelOf(const Marker &marker) const
{
    return QPointF(m_plot->xAxis->coordToPixel(double(marker.at)), m_plot->yAxis->coordToPixel(marker.value));
}

QPointF ScoreChart::pixelOfBar(int bar) const
{
    const LaneBar &b = bars().at(bar);
    QCPAxis *x = m_lanesRect->axis(QCPAxis::atBottom);
    const QCPRange r = x->range();
    const double from = std::max(b.from, r.lower);
    const double until = std::min(b.until, r.upper);
    return QPointF(x->coordToPixel((from + until) / 2), m_lanesRect->axis(QCPAxis::atLeft)->coordToPixel(b.lane));
}

QVector<int> ScoreChart::markersNear(const QPointF &pixel) const
{
    QVector<int> out;
    if (m_markers.isEmpty() || !m_scoreRect->rect().adjusted(-8, -8, 8, 8).contains(pixel.toPoint()))
        return out;
    const double lo = m_plot->xAxis->pixelToCoord(pixel.x() - kHoverRadius);
    const double hi = m_plot->xAxis->pixelToCoord(pixel.x() + kHoverRadius);
    auto it = std::lower_bound(m_markers.cbegin(), m_markers.cend(), lo,
                               [](const Marker &m, double key) { return double(m.at) < key; });
    for (; it != m_markers.cend() && double(it->at) <= hi; ++it) {
        const QPointF p = pixelOf(*it);
        if (std::hypot(p.x() - pixel.x(), p.y() - pixel.y()) <= kHoverRadius)
            out << int(it - m_markers.cbegin());
    }
    // The event itself before the crossing it caused, and the backdated ring last.
    std::stable_sort(out.begin(), out.end(), [this](int a, int b) {
        return int(m_markers.at(a).series) < int(m_markers.at(b).series);
    });
    return out;
}

ScoreChart::Hit ScoreChart::hitAt(const QPointF &pixel) const
{
    Hit hit;
    const QVector<int> near = markersNear(pixel);
    if (!near.isEmpty())
        hit.marker = near.first();
    else if (m_lanesRect->visible())
        hit.bar = m_laneBars->barAt(pixel);
    return hit;
}

int ScoreChart::entryOfBar(int bar) const
{
    const LaneBar &b = bars().at(bar);
    if (b.kind == LaneBar::Kind::Ladder) {
        // The violation that raised the level to this step, if one started it.
        for (const ViolationOutcome &v : m_data.replay.state.violations) {
            if (v.effectiveAt == Instant(b.from) && v.ladderLevel == b.level)
                return m_violationRow.value(v.id, -1);
        }
        return -1;
    }
    for (int i = 0; i < m_data.timeline.size(); ++i) {
        const TimelineEntry &t = m_data.timeline.at(i);
        if (t.sanction == b.source && t.at == Instant(b.from))
            return i;
    }
    return -1;
}

int ScoreChart::entryAt(const QPointF &pixel) const
{
    const Hit hit = hitAt(pixel);
    if (hit.marker >= 0)
        return m_markers.at(hit.marker).entry;
    if (hit.bar >= 0)
        return entryOfBar(hit.bar);
    return -1;
}

QString ScoreChart::violationLine(const QString &id) const
{
    for (const ViolationEntry &v : m_data.violations) {
        if (v.outcome.id == id)
            return tr("%1 (%2)").arg(esc(id), esc(v.recorded.code));
    }
    return esc(id);
}

QString ScoreChart::violationTip(const QString &id) const
{
    const ViolationEntry *found = nullptr;
    for (const ViolationEntry &v : m_data.violations) {
        if (v.outcome.id == id)
            found = &v;
    }
    if (!found)
        return tr("<b>Violation %1</b>").arg(esc(id));
    const ViolationEntry &v = *found;
    const StoredEvent &e = v.recorded;
    QStringList lines;
    lines << tr("<b>Violation %1</b> · %2").arg(esc(id), esc(PolicyText::formatDateTime(v.outcome.at)));
    lines << tr("Code: %1 — %2").arg(esc(e.code), esc(PolicyText::codeDescription(m_policy, m_data.record.kind, e.code)));
    QString points = v.outcome.deducted == v.outcome.pointsCharged
                         ? tr("Points: −%1").arg(v.outcome.pointsCharged)
                         : tr("Points: −%1 charged, −%2 deducted (R-T6)").arg(v.outcome.pointsCharged).arg(v.outcome.deducted);
    if (v.outcome.ladderLevel > 0)
        points += tr(" · ladder level L%1 (n = %2, R-C1)").arg(v.outcome.ladderLevel).arg(v.outcome.countInWindow);
    lines << points;
    QString who = tr("Recorded by: %1").arg(esc(e.by.isEmpty() ? tr("unknown") : e.by));
    if (!e.source.isEmpty())
        who += tr(" · source: %1").arg(esc(e.source));
    if (e.severity == QLatin1String("severe"))
        who += tr(" · severe");
    lines << who;
    if (!e.text.isEmpty())
        lines << tr("Evidence: %1").arg(esc(e.text));
    lines << tr("Appeal: %1").arg(esc(v.status));
    if (v.backdated)
        lines << QStringLiteral("<span style=\"color:#e65100;\">%1</span>").arg(esc(v.backdatedNote));
    return lines.join(QStringLiteral("<br>"));
}

QString ScoreChart::markerTip(const Marker &m) const
{
    const TimelineEntry *entry = m.entry >= 0 && m.entry < m_data.timeline.size() ? &m_data.timeline.at(m.entry) : nullptr;
    const QString when = esc(PolicyText::formatDateTime(m.at));
    switch (m.series) {
    case Series::Violation:
    case Series::VoidedViolation:
        if (m_hasCaseFile)
            return violationTip(m.violation);
        return tr("<b>Violation %1</b> · %2<br>Score: %3").arg(esc(m.violation), when).arg(m.value);
    case Series::GiveBack: {
        const ScorePoint &p = m_scorePoints.at(m.point);
        QString head = p.cause == PointCause::Retraction ? tr("<b>Retraction</b> of %1 · %2") : tr("<b>Overturn</b> of %1 · %2");
        QStringList lines{head.arg(violationLine(p.ref), when)};
        lines << tr("Score: %1 → %2 (+%3)").arg(p.score - p.delta).arg(p.score).arg(p.delta);
        QString by;
        if (p.cause == PointCause::Retraction && entry)
            by = entry->by;
        for (const ViolationEntry &v : m_data.violations) {
            if (v.outcome.id == p.ref && p.cause == PointCause::Overturn)
                by = tr("%1 on appeal %2").arg(v.decision.by, v.appeal.id);
        }
        if (!by.isEmpty())
            lines << tr("By: %1").arg(esc(by));
        if (entry && !entry->why.isEmpty())
            lines << tr("Why: %1").arg(esc(entry->why));
        return lines.join(QStringLiteral("<br>"));
    }
    case Series::Exam: {
        const ScorePoint &p = m_scorePoints.at(m.point);
        return tr("<b>Community-norms exam passed</b> · %1<br>Score: %2 → %3 (+%4, R-C3)")
            .arg(when).arg(p.score - p.delta).arg(p.score).arg(p.delta);
    }
    case Series::CrossingDown:
    case Series::CrossingUp: {
        const Crossing &c = m_crossingList.at(m.crossing);
        QStringList lines{c.down ? tr("<b>Fell below %1</b> · %2").arg(c.threshold).arg(when)
                                 : tr("<b>Back to %1 or above</b> · %2").arg(c.threshold).arg(when)};
        for (const RestrictionBand &band : m_scale.bands) {
            if (band.below == c.threshold && m_hasCaseFile)
                lines << (c.down ? tr("Starts: %1") : tr("Ends: %1")).arg(esc(PolicyText::restrictionList(m_policy, band.ids)));
        }
        lines << tr("Threshold crossing (R-L6)");
        return lines.join(QStringLiteral("<br>"));
    }
    case Series::Backdated:
        if (!entry)
            return QString();
        return QStringLiteral("<b>%1</b><br><span style=\"color:#e65100;\">%2</span>")
            .arg(esc(entry->what), esc(entry->backdatedNote));
    case Series::Score:
        break;
    }
    return QString();
}

QString ScoreChart::barTip(int bar) const
{
    const LaneBar &b = bars().at(bar);
    if (b.kind == LaneBar::Kind::Ladder) {
        const LadderStep &step = m_ladder.at(b.source);
        QStringList lines{tr("<b>Ladder level L%1</b> (R-C1)").arg(step.level)};
        lines << tr("From %1 until %2")
                     .arg(esc(PolicyText::formatDateTime(step.from)),
                          step.until == kNoInstant ? tr("now") : esc(PolicyText::formatDateTime(step.until)));
        if (m_scale.ladder) {
            for (const LadderLevel &level : m_scale.ladder->levels) {
                if (level.level != step.level)
                    continue;
                QStringList ids;
                for (const SanctionRule &rule : level.sanctions)
                    ids << rule.id;
                lines << tr("A violation at this level brings: %1").arg(esc(PolicyText::restrictionList(m_policy, ids)));
            }
        }
        return lines.join(QStringLiteral("<br>"));
    }
    const Sanction &s = m_data.replay.state.sanctions.at(b.source);
    QStringList lines{tr("<b>%1</b> (%2)").arg(esc(PolicyText::restrictionLabel(m_policy, s.id)), esc(s.id))};
    lines << tr("From: %1").arg(esc(PolicyText::formatDateTime(s.from)));
    if (s.endedEarly) {
        lines << tr("Lifted: %1, its violation voided (R-L3)").arg(esc(PolicyText::formatDateTime(s.until)));
        lines << tr("Was due: %1").arg(esc(PolicyText::formatUntil(s.scheduledUntil)));
    } else if (s.permanent()) {
        lines << tr("Until: permanent");
    } else {
        lines << tr("Until: %1 (%2)").arg(esc(PolicyText::formatDateTime(s.until)), esc(PolicyText::durationText(s.from, s.until)));
    }
    if (!s.violation.isEmpty())
        lines << tr("Violation: %1").arg(violationLine(s.violation));
    return lines.join(QStringLiteral("<br>"));
}

QString ScoreChart::toolTipAt(const QPointF &pixel) const
{
    QStringList tips;
    for (int i : markersNear(pixel)) {
        const QString tip = markerTip(m_markers.at(i));
        if (!tip.isEmpty() && !tips.contains(tip))
            tips << tip;
    }
    if (tips.isEmpty() && m_lanesRect->visible()) {
        const int bar = m_laneBars->barAt(pixel);
        if (bar >= 0)
            tips << barTip(bar);
    }
    return tips.join(QStringLiteral("<hr>"));
}

void ScoreChart::onMouseMove(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton)
        return;
    const QString tip = toolTipAt(event->position());
    if (tip.isEmpty()) {
        QToolTip::hideText();
        m_plot->unsetCursor();
        return;
    }
    m_plot->setCursor(Qt::PointingHandCursor);
    QToolTip::showText(event->globalPosition().toPoint(), tip, m_plot, QRect(event->position().toPoint() - QPoint(6, 6), QSize(12, 12)));
}

void ScoreChart::onMousePress(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    // Ctrl+drag selects a time range; a plain drag pans (QCustomPlot's range drag).
    m_plot->setSelectionRectMode(event->modifiers() & Qt::ControlModifier ? QCP::srmCustom : QCP::srmNone);
}

void ScoreChart::onMouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || (event->position().toPoint() - m_pressPos).manhattanLength() > 3)
        return;
    const int entry = entryAt(event->position());
    if (entry < 0)
        return;
    highlightEntry(entry);
    emit entryClicked(entry);
}

void ScoreChart::highlightEntry(int entry)
{
    if (entry < 0 && m_highlightedEntry < 0)
        return; // nothing to take off: spares a replot while the case file refills its timeline
    m_highlightedEntry = entry;
    if (!m_highlight)
        return;
    QVector<double> x, y;
    for (const Marker &m : m_markers) {
        if (m.entry == entry && entry >= 0 && m.series != Series::Backdated) {
            x << double(m.at);
            y << m.value;
        }
    }
    int bar = -1;
    if (entry >= 0 && entry < m_data.timeline.size()) {
        const TimelineEntry &t = m_data.timeline.at(entry);
        for (int i = 0; i < bars().size() && t.sanction >= 0; ++i) {
            if (bars().at(i).kind != LaneBar::Kind::Ladder && bars().at(i).source == t.sanction)
                bar = i;
        }
        // A row without a marker of its own (an appeal filed, a deposit) still gets its instant marked.
        const double at = double(t.at);
        for (QCPItemStraightLine *line : {m_cursorScore, m_cursorLanes}) {
            line->point1->setCoords(at, 0);
            line->point2->setCoords(at, 1);
        }
        m_cursorScore->setVisible(true);
        m_cursorLanes->setVisible(m_lanesRect->visible());
        const QCPRange r = m_plot->xAxis->range();
        if (at < r.lower || at > r.upper)
            m_plot->xAxis->setRange(at - r.size() / 2, at + r.size() / 2);
    } else {
        m_cursorScore->setVisible(false);
        m_cursorLanes->setVisible(false);
    }
    m_highlight->setData(x, y, true);
    m_laneBars->setHighlighted(bar);
    m_plot->replot();
}

QString ScoreChart::legendHtml(bool forExport) const
{
    auto item = [](const QColor &color, const QString &glyph, const QString &text) {
        return QStringLiteral("<span style=\"color:%1;\">%2</span>&nbsp;%3").arg(color.name(), glyph, text.toHtmlEscaped());
    };
    QStringList items{
        item(kScoreColor, QStringLiteral("━"), tr("score")),
        item(kViolationColor, QStringLiteral("●"), tr("violation")),
        item(kViolationColor, QStringLiteral("○"), tr("voided")),
        item(kGiveBackColor, QStringLiteral("●"), tr("overturn or retraction")),
        item(kDownColor, QStringLiteral("▼"), tr("fell below")),
        item(kUpColor, QStringLiteral("▲"), tr("back above")),
        item(kThresholdColor, QStringLiteral("┅"), tr("thresholds")),
        item(kBackdatedColor, QStringLiteral("□"), tr("backdated")),
    };
    if (m_scale.exam)
        items.insert(4, item(kExamColor, QStringLiteral("◆"), tr("exam")));
    if (!m_lanes.isEmpty()) {
        items << item(ChartLanes::sanctionColor(), QStringLiteral("█"), tr("sanction"))
              << item(ChartLanes::sanctionColor(), QStringLiteral("▨"), tr("lifted early (scheduled end dashed)"));
    }
    if (!m_ladder.isEmpty() || m_scale.ladder)
        items << item(ChartLanes::ladderColor(3), QStringLiteral("█"), tr("ladder level"));
    QString html = items.join(QStringLiteral(" &nbsp; "));
    if (!forExport)
        html += QStringLiteral("<br>") + tr("Hover for details · click to find in the timeline · wheel or Ctrl+drag zooms, drag pans").toHtmlEscaped();
    return html;
}

void ScoreChart::renderTo(QPainter *painter, const QRect &rect)
{
    // QCustomPlot paints with its own QCPPainter; recording into a QPicture keeps the output vectors
    // while the caller's painter stays active on its device.
    QPicture picture;
    QCPPainter recorder(&picture);
    setVectorMarkers(true);
    m_plot->toPainter(&recorder, rect.width(), rect.height());
    setVectorMarkers(false);
    recorder.end();
    painter->drawPicture(rect.topLeft(), picture);
    m_plot->replot(QCustomPlot::rpQueuedReplot); // the widget's own layout again
}

void ScoreChart::paintExport(QPainter *painter, const QSize &size)
{
    painter->fillRect(QRect(QPoint(0, 0), size), Qt::white);
    const int margin = 16;
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    painter->setFont(titleFont);
    painter->setPen(Qt::black);
    const QString title = m_hasCaseFile
                              ? tr("%1 (%2) — %3, as of %4")
                                    .arg(m_data.record.name.isEmpty() ? m_data.record.handle : m_data.record.name,
                                         m_data.record.handle, PolicyText::scaleName(m_data.record.kind),
                                         PolicyText::formatDateTime(m_now))
                              : tr("Score as of %1").arg(PolicyText::formatDateTime(m_now));
    const int titleHeight = QFontMetrics(titleFont).height() + 8;
    painter->drawText(QRect(margin, margin, size.width() - 2 * margin, titleHeight), Qt::AlignLeft | Qt::AlignTop, title);

    QTextDocument legend;
    legend.setDefaultFont(font());
    legend.setHtml(legendHtml(true));
    legend.setTextWidth(size.width() - 2 * margin);
    const int legendHeight = int(std::ceil(legend.size().height()));
    const QRect plotRect(margin, margin + titleHeight, size.width() - 2 * margin,
                         size.height() - 2 * margin - titleHeight - legendHeight - 6);
    renderTo(painter, plotRect);
    painter->save();
    painter->translate(margin, plotRect.bottom() + 6);
    legend.drawContents(painter);
    painter->restore();
}

bool ScoreChart::exportTo(const QString &file, QString *error)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    const QSize size(std::max(1100, m_plot->width() + 32), std::max(560, m_plot->height() + 140));
    if (suffix == QLatin1String("png")) {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            paintExport(&painter, size);
        }
        if (!image.save(file, "PNG")) {
            *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(file));
            return false;
        }
        return true;
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter writer(file);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(size.width() * 0.75, size.height() * 0.75), QPageSize::Point, QString(),
                                     QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(QFileInfo(file).completeBaseName());
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(file));
            return false;
        }
        paintExport(&painter, size);
        painter.end();
        return true;
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(QFileInfo(file).completeBaseName());
        QPainter painter;
        if (!painter.begin(&generator)) {
            *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(file));
            return false;
        }
        paintExport(&painter, size);
        painter.end();
        return true;
    }
    *error = tr("Unknown export format \"%1\": use .png, .pdf or .svg.").arg(suffix);
    return false;
}

void ScoreChart::exportInteractively()
{
    const QString base = m_hasCaseFile ? m_data.record.handle : QStringLiteral("score");
    QString selected;
    QString file = QFileDialog::getSaveFileName(this, tr("Export chart"), base + QStringLiteral("-chart.png"),
                                                tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"),
                                                &selected);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += selected.contains(QLatin1String("*.pdf")) ? QStringLiteral(".pdf")
                : selected.contains(QLatin1String("*.svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (!exportTo(file, &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}

} // namespace redline
