#include "policycomparechart.h"

#include "policytierbars.h"

#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace redline {

namespace {

enum Graph { LineBefore, LineAfter, CrossBefore, CrossAfter };

QVector<QPointF> points(const QCPGraph *graph)
{
    QVector<QPointF> out;
    if (!graph)
        return out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out << QPointF(it->key, it->value);
    return out;
}

// The score line as steps, carried on to `at` so the line reaches the right edge.
void plotLine(QCPGraph *graph, const Timeline &timeline, Instant at)
{
    QVector<double> keys;
    QVector<double> values;
    for (const ScorePoint &p : timeline.points) {
        keys << double(p.at);
        values << p.score;
    }
    if (!values.isEmpty()) {
        keys << double(at);
        values << values.last();
    }
    graph->setData(keys, values, true);
}

double scoreAt(const Timeline &timeline, Instant at)
{
    int score = timeline.points.isEmpty() ? 0 : timeline.points.first().score;
    for (const ScorePoint &p : timeline.points) {
        if (p.at > at)
            break;
        score = p.score;
    }
    return score;
}

void plotCrossings(QCPGraph *graph, const Timeline &timeline)
{
    QVector<double> keys;
    QVector<double> values;
    for (const Crossing &c : timeline.crossings) {
        keys << double(c.at);
        values << scoreAt(timeline, c.at);
    }
    graph->setData(keys, values, true);
}

} // namespace

PolicyCompareChart::PolicyCompareChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumHeight(200);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    QSharedPointer<QCPAxisTickerDateTime> dates(new QCPAxisTickerDateTime);
    dates->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    dates->setDateTimeSpec(Qt::UTC);
    m_plot->xAxis->setTicker(dates);
    // The legend under the plot, in one row, so that it hides none of the lines.
    QCPLegend *legend = m_plot->legend;
    legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->take(legend);
    m_plot->plotLayout()->addElement(1, 0, legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setColumnSpacing(10);
    legend->setMargins(QMargins(4, 0, 4, 2));
    QFont small = m_plot->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    legend->setFont(small);

    const QColor before = PolicyTierBars::beforeColor().darker(140);
    const QColor after = PolicyTierBars::afterColor();
    auto line = [this](const QColor &colour, const QString &name, qreal width) {
        QCPGraph *graph = m_plot->addGraph();
        graph->setName(name);
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->setPen(QPen(colour, width));
        return graph;
    };
    line(before, tr("Score in force"), 2.4);
    line(after, tr("Score proposed"), 1.6);
    auto marks = [this](const QColor &colour, const QString &name, QCPScatterStyle::ScatterShape shape) {
        QCPGraph *graph = m_plot->addGraph();
        graph->setName(name);
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(shape, colour, colour, 8));
        return graph;
    };
    marks(before, tr("Crossings in force"), QCPScatterStyle::ssDiamond);
    marks(after, tr("Crossings proposed"), QCPScatterStyle::ssCircle);
    clear();
}

void PolicyCompareChart::clear()
{
    for (int g = 0; g < m_plot->graphCount(); ++g)
        m_plot->graph(g)->data()->clear();
    m_plot->clearItems();
    showTickLabels(false); // an empty chart's default range would read "1970-01-01"
    m_plot->replot();
}

void PolicyCompareChart::showTickLabels(bool show)
{
    m_plot->xAxis->setTickLabels(show);
    m_plot->yAxis->setTickLabels(show);
}

void PolicyCompareChart::setHistories(const Timeline &before, const Timeline &after, const Scale &scaleBefore,
                                      const Scale &scaleAfter, Instant from, Instant at)
{
    m_plot->clearItems();
    showTickLabels(true);
    plotLine(m_plot->graph(LineBefore), before, at);
    plotLine(m_plot->graph(LineAfter), after, at);
    plotCrossings(m_plot->graph(CrossBefore), before);
    plotCrossings(m_plot->graph(CrossAfter), after);
    auto threshold = [this](int value, const QColor &colour) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(0, value);
        line->point2->setCoords(1, value);
        line->setPen(QPen(colour, 1, Qt::DashLine));
        auto *label = new QCPItemText(m_plot);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(1.0, value);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        label->setText(QString::number(value));
        label->setColor(colour);
        QFont small = m_plot->font();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        label->setFont(small);
    };
    for (int t : scaleBefore.thresholds)
        threshold(t, PolicyTierBars::beforeColor());
    for (int t : scaleAfter.thresholds) {
        if (!scaleBefore.thresholds.contains(t))
            threshold(t, PolicyTierBars::afterColor());
    }
    const double top = std::max(scaleBefore.max, scaleAfter.max);
    const double bottom = std::min(scaleBefore.min, scaleAfter.min);
    m_plot->yAxis->setRange(bottom - (top - bottom) * 0.04, top + (top - bottom) * 0.06);
    m_plot->xAxis->setRange(double(from), double(at) + (double(at) - double(from)) * 0.02);
    m_plot->replot();
}

QVector<QPointF> PolicyCompareChart::scoreLine(bool after) const
{
    return points(m_plot->graph(after ? LineAfter : LineBefore));
}

QVector<QPointF> PolicyCompareChart::crossings(bool after) const
{
    return points(m_plot->graph(after ? CrossAfter : CrossBefore));
}

} // namespace redline
