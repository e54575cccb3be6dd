#include "healthchart.h"

#include "healthtext.h"
#include "policytext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QTimeZone>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace redline {

namespace {

// The score chart's palette (ScoreChart), so both charts of a case file read alike.
const QColor kIndexColor(0x15, 0x65, 0xc0);
const QColor kThresholdColor(0x9e, 0x9e, 0x9e);
const QColor kBoostColor(0x2e, 0x7d, 0x32);
const QColor kPenaltyColor(0xb7, 0x1c, 0x1c);
const QColor kHighlightColor(0x0d, 0x47, 0xa1);
constexpr double kDayPad = 86400;

} // namespace

HealthChart::HealthChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("healthChart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_plot, 1);

    m_plot->setObjectName(QStringLiteral("healthPlot"));
    m_plot->setMinimumHeight(160);
    m_plot->setMouseTracking(true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoomAxes(m_plot->xAxis, nullptr);
    m_plot->setAntialiasedElements(QCP::aeScatters | QCP::aePlottables);

    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    ticker->setTimeZone(QTimeZone::utc());
    ticker->setTickCount(6);
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setLabel(tr("Content health"));
    QSharedPointer<QCPAxisTickerFixed> ticks(new QCPAxisTickerFixed);
    ticks->setTickStep(20);
    m_plot->yAxis->setTicker(ticks);
    m_plot->yAxis->setSubTicks(false);
    m_plot->yAxis->setRange(-3, 103);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_plot->yAxis2->setVisible(true);
    m_plot->yAxis2->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText));
    m_plot->yAxis2->setSubTicks(false);
    m_plot->yAxis2->setTickLabelColor(QColor(0x75, 0x75, 0x75));
    m_plot->yAxis2->setTickLabelFont(small);
    m_plot->yAxis2->setBasePen(QPen(Qt::transparent));
    m_plot->yAxis2->setTickPen(QPen(kThresholdColor));
    m_plot->yAxis2->setRange(m_plot->yAxis->range());
    for (QCPAxis *axis : m_plot->axisRect()->axes())
        axis->grid()->setPen(QPen(QColor(0xee, 0xee, 0xee), 0, Qt::SolidLine));

    connect(m_plot, &QCustomPlot::beforeReplot, this, &HealthChart::placeLabels);
    connect(m_plot, &QCustomPlot::mouseMove, this, &HealthChart::onMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this, &HealthChart::onMousePress);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &HealthChart::onMouseRelease);
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this](const QCPRange &r) {
        auto t = qSharedPointerCast<QCPAxisTickerDateTime>(m_plot->xAxis->ticker());
        t->setDateTimeFormat(r.size() < 3 * kDayPad ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd"));
    });
    clear();
}

QWidget *HealthChart::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    m_fit = new QToolButton(bar);
    m_fit->setObjectName(QStringLiteral("healthChartFit"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Show the whole history, from registration to now"));
    connect(m_fit, &QToolButton::clicked, this, &HealthChart::fitAll);
    row->addWidget(m_fit);
    m_note = new QLabel(bar);
    m_note->setObjectName(QStringLiteral("healthChartNote"));
    m_note->setStyleSheet(QStringLiteral("color: #616161;"));
    m_note->setWordWrap(true);
    m_note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addWidget(m_note, 1);
    return bar;
}

void HealthChart::clear()
{
    m_history = HealthHistory();
    m_lines.clear();
    m_labels.clear();
    m_selected = -1;
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_line = m_dots = m_highlight = nullptr;
    qSharedPointerCast<QCPAxisTickerText>(m_plot->yAxis2->ticker())->clear();
    m_note->clear();
    m_plot->replot();
}

void HealthChart::showMessage(const QString &message)
{
    clear();
    m_note->setText(message);
}

void HealthChart::setHistory(const HealthHistory &history, const Policy &policy, Instant now)
{
    clear();
    m_history = history;
    m_policy = policy;
    m_now = now;
    plotThresholds(policy);
    plotIndex();
    const int points = int(history.points.size());
    m_note->setText(history.sampled()
                        ? tr("%1 of the %2 instants the index changed at are shown (evenly spread); each point is exact. "
                             "Click a point to take it apart below.").arg(points).arg(history.changes)
                        : tr("The index at every instant it can change at (%1: metrics, posts, qualifications, verified "
                             "reports entering and leaving the window). Click a point to take it apart below.").arg(points));
    fitAll();
}

// Threshold lines first, so the index is drawn over them; the numbers are the right axis's ticks and the
// effect is written on the line, at its right end.
void HealthChart::plotThresholds(const Policy &policy)
{
    auto labels = qSharedPointerCast<QCPAxisTickerText>(m_plot->yAxis2->ticker());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (const HealthEffectRule &effect : policy.healthRules().effects) {
        const ThresholdLine threshold{HealthText::threshold(effect), HealthText::effectLine(policy, effect)};
        m_lines << threshold;
        const QColor color = effect.atOrAbove ? kBoostColor : kPenaltyColor;
        // On the grid's layer, under the index: where the line runs over a label, the line stays readable.
        auto *line = new QCPItemStraightLine(m_plot);
        line->setLayer(QStringLiteral("grid"));
        line->point1->setCoords(0, threshold.value);
        line->point2->setCoords(1, threshold.value);
        line->setPen(QPen(color.lighter(150), 1, Qt::DashLine));
        labels->addTick(threshold.value, QString::number(threshold.value, 'g', 4));
        auto *text = new QCPItemText(m_plot);
        text->setLayer(QStringLiteral("grid"));
        text->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        text->position->setTypeY(QCPItemPosition::ptPlotCoords);
        text->position->setCoords(0.995, threshold.value);
        // "at or above" reads above its line, "below" under it.
        text->setPositionAlignment(Qt::AlignRight | (effect.atOrAbove ? Qt::AlignBottom : Qt::AlignTop));
        text->setText(threshold.label);
        text->setFont(small);
        text->setColor(color);
        text->setPadding(QMargins(2, 0, 2, 0));
        text->setClipToAxisRect(true);
        m_labels << text;
    }
}

void HealthChart::plotIndex()
{
    QVector<double> x, y;
    for (const HealthIndex &h : m_history.points) {
        if (h.index) {
            x << double(h.at);
            y << *h.index;
        }
    }
    m_dots = m_plot->addGraph();
    m_dots->setLineStyle(QCPGraph::lsNone);
    m_dots->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kIndexColor, kIndexColor, 5));
    m_dots->setData(x, y, true);
    if (!x.isEmpty()) { // hold the last index up to now
        x << std::max(double(m_now), x.last());
        y << y.last();
    }
    m_line = m_plot->addGraph();
    m_line->setLineStyle(QCPGraph::lsStepLeft);
    m_line->setPen(QPen(kIndexColor, 2));
    m_line->setBrush(QColor(kIndexColor.red(), kIndexColor.green(), kIndexColor.blue(), 24));
    m_line->setData(x, y, true);
    m_highlight = m_plot->addGraph();
    m_highlight->setLineStyle(QCPGraph::lsNone);
    m_highlight->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(kHighlightColor, 2.5), Qt::NoBrush, 15));
    for (QCPGraph *g : {m_dots, m_line, m_highlight})
        g->setSelectable(QCP::stNone);
}

double HealthChart::indexAt(double key) const
{
    const auto it = std::upper_bound(m_history.points.cbegin(), m_history.points.cend(), key,
                                     [](double k, const HealthIndex &h) { return k < double(h.at); });
    return it == m_history.points.cbegin() ? qQNaN() : (it - 1)->index.value_or(qQNaN());
}

// How many pixel columns of a label the index line runs through, placed at the right or the left end of
// its threshold line.
int HealthChart::labelOverlap(const QCPItemText *label, bool right) const
{
    const QRect rect = m_plot->axisRect()->rect();
    const QFontMetrics metrics(label->font());
    const int width = metrics.horizontalAdvance(label->text()) + 4;
    const int height = metrics.height();
    const double lineY = m_plot->yAxis->coordToPixel(label->position->value());
    const bool above = label->positionAlignment() & Qt::AlignBottom;
    const double top = above ? lineY - height : lineY;
    const int from = right ? rect.right() - width : rect.left();
    int overlap = 0;
    for (int x = from; x < from + width; x += 2) {
        const double value = indexAt(m_plot->xAxis->pixelToCoord(x));
        if (std::isnan(value))
            continue;
        const double y = m_plot->yAxis->coordToPixel(value);
        overlap += (y >= top - 2 && y <= top + height + 2) ? 1 : 0;
    }
    return overlap;
}

// Each threshold's label sits at the end of its line that the index line crosses least (the right end
// when both are clear), so the most recent stretch of the index is not written over.
void HealthChart::placeLabels()
{
    for (QCPItemText *label : std::as_const(m_labels)) {
        const Qt::Alignment vertical = label->positionAlignment() & Qt::AlignVertical_Mask;
        const bool right = labelOverlap(label, true) <= labelOverlap(label, false);
        label->position->setCoords(right ? 0.995 : 0.005, label->position->value());
        label->setPositionAlignment(vertical | (right ? Qt::AlignRight : Qt::AlignLeft));
    }
}

QVector<QPointF> HealthChart::points() const
{
    QVector<QPointF> out;
    if (!m_dots)
        return out;
    for (auto it = m_dots->data()->constBegin(); it != m_dots->data()->constEnd(); ++it)
        out << QPointF(it->key, it->value);
    return out;
}

QString HealthChart::noteText() const
{
    return m_note->text();
}

void HealthChart::fitAll()
{
    if (m_history.points.isEmpty()) {
        m_plot->replot();
        return;
    }
    const Instant start = m_history.points.first().at;
    const Instant end = std::max(m_now, m_history.points.last().at);
    const double span = std::max(double(end - start), kDayPad);
    m_plot->xAxis->setRange(double(start) - span * 0.02, double(end) + span * 0.02);
    m_plot->replot();
}

void HealthChart::selectPoint(int point)
{
    m_selected = point >= 0 && point < m_history.points.size() ? point : -1;
    if (!m_highlight)
        return;
    m_highlight->data()->clear();
    if (m_selected >= 0 && m_history.points.at(m_selected).index)
        m_highlight->addData(double(m_history.points.at(m_selected).at), *m_history.points.at(m_selected).index);
    m_plot->replot();
}

QPointF HealthChart::pixelOfPoint(int point) const
{
    const HealthIndex &h = m_history.points.at(point);
    return QPointF(m_plot->xAxis->coordToPixel(double(h.at)), m_plot->yAxis->coordToPixel(h.index.value_or(0)));
}

int HealthChart::pointAt(const QPointF &pixel) const
{
    if (m_history.points.isEmpty() || !m_plot->axisRect()->rect().contains(pixel.toPoint()))
        return -1;
    const double key = m_plot->xAxis->pixelToCoord(pixel.x());
    // A point a few pixels to the right still counts as clicked: its dot straddles the step.
    const double slack = std::abs(m_plot->xAxis->pixelToCoord(pixel.x() + 4) - key);
    const auto it = std::upper_bound(m_history.points.cbegin(), m_history.points.cend(), key + slack,
                                     [](double k, const HealthIndex &h) { return k < double(h.at); });
    return it == m_history.points.cbegin() ? -1 : int(it - m_history.points.cbegin()) - 1;
}

QString HealthChart::toolTipFor(int point) const
{
    if (point < 0 || point >= m_history.points.size())
        return QString();
    const HealthIndex &h = m_history.points.at(point);
    QStringList dimensions;
    for (const HealthDimension &d : h.dimensions)
        dimensions << tr("%1 %2").arg(PolicyText::healthDimensionLabel(d.id), HealthText::score(d.score));
    QStringList lines;
    lines << tr("<b>%1</b>").arg(PolicyText::formatDateTime(h.at).toHtmlEscaped())
          << tr("Content health <b>%1</b>").arg(HealthText::score(h.index))
          << dimensions.join(QStringLiteral(" · ")).toHtmlEscaped();
    lines << (h.effects.isEmpty() ? tr("No health effects")
                                  : tr("Effects: %1").arg(PolicyText::restrictionList(m_policy, h.effects).toHtmlEscaped()));
    return lines.join(QStringLiteral("<br>"));
}

void HealthChart::onMouseMove(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton)
        return;
    const int point = pointAt(event->position());
    if (point < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(point), m_plot);
}

void HealthChart::onMousePress(QMouseEvent *event)
{
    m_pressPos = event->pos();
}

void HealthChart::onMouseRelease(QMouseEvent *event)
{
    // A click, not the end of a drag.
    if (event->button() != Qt::LeftButton || (event->pos() - m_pressPos).manhattanLength() > 4)
        return;
    const int point = pointAt(event->position());
    if (point < 0)
        return;
    selectPoint(point);
    emit pointClicked(point);
}

} // namespace redline
