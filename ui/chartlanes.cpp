#include "chartlanes.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace redline {

namespace {

constexpr double kBarHeight = 0.62; // of one lane

} // namespace

ChartLanes::ChartLanes(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis)
{
    setSelectable(QCP::stNone);
    setAntialiased(false);
}

void ChartLanes::setBars(const QVector<LaneBar> &bars, const QStringList &levelLabels)
{
    m_bars = bars;
    m_levelLabels = levelLabels;
    m_highlighted = -1;
}

QColor ChartLanes::sanctionColor()
{
    return QColor(0xd8, 0x43, 0x15);
}

QColor ChartLanes::ladderColor(int level)
{
    switch (level) {
    case 1: return QColor(0xff, 0xe0, 0xb2);
    case 2: return QColor(0xff, 0xb7, 0x4d);
    case 3: return QColor(0xef, 0x6c, 0x00);
    default: return QColor(0xb7, 0x1c, 0x1c);
    }
}

QRectF ChartLanes::barRect(const LaneBar &bar, double until) const
{
    const QRect clip = clipRect();
    const double x1 = std::max(double(clip.left() - 2), mKeyAxis->coordToPixel(bar.from));
    const double x2 = qIsInf(until) ? double(clip.right() + 1)
                                    : std::min(double(clip.right() + 2), mKeyAxis->coordToPixel(until));
    const double top = mValueAxis->coordToPixel(bar.lane - kBarHeight / 2);
    const double bottom = mValueAxis->coordToPixel(bar.lane + kBarHeight / 2);
    // At least a pixel wide, so a sanction lifted within the hour still shows.
    return QRectF(QPointF(x1, std::min(top, bottom)), QPointF(std::max(x2, x1 + 1.5), std::max(top, bottom)));
}

int ChartLanes::barAt(const QPointF &pixel) const
{
    if (!mKeyAxis || !mValueAxis || !clipRect().contains(pixel.toPoint()))
        return -1;
    const double laneCoord = mValueAxis->pixelToCoord(pixel.y());
    const int lane = int(std::lround(laneCoord));
    if (std::abs(laneCoord - lane) > kBarHeight / 2 + 0.1)
        return -1;
    const double key = mKeyAxis->pixelToCoord(pixel.x());
    const double slack = std::abs(mKeyAxis->pixelToCoord(pixel.x() + 2) - key);
    int found = -1;
    for (int i = 0; i < m_bars.size(); ++i) {
        const LaneBar &b = m_bars.at(i);
        if (b.lane == lane && b.from - slack <= key && key < b.until + slack
            && (found < 0 || b.from >= m_bars.at(found).from))
            found = i;
    }
    return found;
}

double ChartLanes::selectTest(const QPointF &pos, bool onlySelectable, QVariant *details) const
{
    Q_UNUSED(details)
    if (onlySelectable && !mSelectable)
        return -1;
    return barAt(pos) >= 0 ? 0 : -1;
}

QCPRange ChartLanes::getKeyRange(bool &foundRange, QCP::SignDomain inSignDomain) const
{
    Q_UNUSED(inSignDomain)
    QCPRange range;
    foundRange = false;
    for (const LaneBar &b : m_bars) {
        const double end = qIsInf(b.until) ? b.from : b.until;
        range = foundRange ? QCPRange(std::min(range.lower, b.from), std::max(range.upper, end)) : QCPRange(b.from, end);
        foundRange = true;
    }
    return range;
}

QCPRange ChartLanes::getValueRange(bool &foundRange, QCP::SignDomain inSignDomain, const QCPRange &inKeyRange) const
{
    Q_UNUSED(inSignDomain)
    Q_UNUSED(inKeyRange)
    int lanes = 0;
    for (const LaneBar &b : m_bars)
        lanes = std::max(lanes, b.lane + 1);
    foundRange = lanes > 0;
    return QCPRange(-0.5, lanes - 0.5);
}

namespace {

// Pixel runs of one lane: overlapping bars of one look are drawn as one rectangle, so a lane crowded with
// thousands of sanctions (each a permanent ban running to the right edge) costs a few rectangles.
struct Run {
    double x1;
    double x2;
};

QVector<Run> merged(QVector<Run> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return a.x1 < b.x1; });
    QVector<Run> out;
    for (const Run &r : runs) {
        if (!out.isEmpty() && r.x1 <= out.last().x2 + 0.5)
            out.last().x2 = std::max(out.last().x2, r.x2);
        else
            out.append(r);
    }
    return out;
}

struct LaneRuns {
    QVector<Run> running;   // sanctions with an end
    QVector<Run> permanent;
    QVector<Run> served;    // lifted early: what was served
    QVector<Run> scheduled; // lifted early: what remained of the rule's term
    QVector<double> starts; // where each sanction began
};

} // namespace

void ChartLanes::drawLadderBar(QCPPainter *painter, const LaneBar &bar) const
{
    const QRectF r = barRect(bar, bar.until);
    const QColor fill = ladderColor(bar.level);
    painter->setPen(QPen(fill.darker(125), 1));
    painter->setBrush(fill);
    painter->drawRect(r);
    const QString label = m_levelLabels.value(bar.level - 1);
    if (!label.isEmpty() && r.width() > painter->fontMetrics().horizontalAdvance(label) + 6) {
        painter->setPen(bar.level >= 3 ? Qt::white : QColor(0x4e, 0x34, 0x2e));
        painter->drawText(r, Qt::AlignCenter, label);
    }
}

void ChartLanes::draw(QCPPainter *painter)
{
    if (!mKeyAxis || !mValueAxis)
        return;
    const QRect clip = clipRect();
    const QCPRange visible = mKeyAxis->range();
    QFont font = mParentPlot->font();
    font.setPointSizeF(font.pointSizeF() * 0.8);
    painter->setFont(font);

    QHash<int, LaneRuns> lanes;
    auto pixel = [&](double key) {
        return qIsInf(key) ? double(clip.right() + 1)
                           : std::clamp(mKeyAxis->coordToPixel(key), double(clip.left() - 2), double(clip.right() + 2));
    };
    for (const LaneBar &bar : m_bars) {
        const double end = bar.kind == LaneBar::Kind::Lifted ? std::max(bar.until, bar.scheduledUntil) : bar.until;
        if (end < visible.lower || bar.from > visible.upper)
            continue;
        if (bar.kind == LaneBar::Kind::Ladder) { // steps never overlap
            drawLadderBar(painter, bar);
            continue;
        }
        LaneRuns &runs = lanes[bar.lane];
        const double x1 = pixel(bar.from);
        const double x2 = std::max(pixel(bar.until), x1 + 1.5); // a sanction lifted within the hour still shows
        runs.starts << x1;
        if (bar.kind == LaneBar::Kind::Lifted) {
            runs.served << Run{x1, x2};
            runs.scheduled << Run{x2, pixel(bar.scheduledUntil)};
        } else {
            (bar.permanent() ? runs.permanent : runs.running) << Run{x1, x2};
        }
    }

    const QColor color = sanctionColor();
    QColor light = color;
    light.setAlpha(60);
    for (auto it = lanes.cbegin(); it != lanes.cend(); ++it) {
        const double top = std::min(mValueAxis->coordToPixel(it.key() - kBarHeight / 2), mValueAxis->coordToPixel(it.key() + kBarHeight / 2));
        const double bottom = std::max(mValueAxis->coordToPixel(it.key() - kBarHeight / 2), mValueAxis->coordToPixel(it.key() + kBarHeight / 2));
        auto rect = [top, bottom](const Run &r) { return QRectF(QPointF(r.x1, top), QPointF(r.x2, bottom)); };
        // What a lifted sanction would still have run: a faint dashed outline under everything else.
        painter->setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        for (const Run &r : merged(it->scheduled))
            painter->drawRect(rect(r));
        // What it served: lighter and hatched.
        for (const Run &r : merged(it->served)) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(light);
            painter->drawRect(rect(r));
            painter->setBrush(QBrush(color, Qt::BDiagPattern));
            painter->drawRect(rect(r));
            painter->setPen(QPen(color, 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(rect(r));
        }
        painter->setPen(QPen(color.darker(130), 1));
        painter->setBrush(color);
        for (const Run &r : merged(it->running))
            painter->drawRect(rect(r));
        painter->setBrush(color.darker(135));
        for (const Run &r : merged(it->permanent)) {
            painter->setPen(QPen(color.darker(160), 1));
            painter->drawRect(rect(r));
            if (r.x2 > clip.right() && r.x2 - r.x1 > 10) { // runs on: an arrowhead at the right edge
                const double y = (top + bottom) / 2, h = (bottom - top) / 2;
                const QPointF tip(clip.right() - 2, y);
                painter->setPen(Qt::NoPen);
                painter->setBrush(Qt::white);
                painter->drawPolygon(QPolygonF{QPointF(tip.x() - h, y - h + 1), tip, QPointF(tip.x() - h, y + h - 1)});
                painter->setBrush(color.darker(135));
            }
        }
        // Each sanction's start, so overlapping sanctions of one kind still read as several.
        QVector<double> starts = it->starts;
        std::sort(starts.begin(), starts.end());
        QVector<QLineF> ticks;
        double last = -1e9;
        for (double x : starts) {
            if (x - last < 2 || x < clip.left())
                continue;
            ticks << QLineF(x, top, x, bottom);
            last = x;
        }
        painter->setPen(QPen(color.darker(180), 1));
        painter->drawLines(ticks);
    }

    if (m_highlighted >= 0 && m_highlighted < m_bars.size()) {
        const LaneBar &bar = m_bars.at(m_highlighted);
        painter->setPen(QPen(QColor(0x0d, 0x47, 0xa1), 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(barRect(bar, bar.until).adjusted(-2, -2, 2, 2));
    }
}

void ChartLanes::drawLegendIcon(QCPPainter *painter, const QRectF &rect) const
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(sanctionColor());
    painter->drawRect(rect.adjusted(0, rect.height() * 0.2, 0, -rect.height() * 0.2));
}

} // namespace redline
