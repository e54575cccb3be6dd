#include "scorechart.h"

#include <QLabel>
#include <QPainter>
#include <QPicture>
#include <QTimeZone>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace redline {

ScoreChart::ScoreChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    auto *legend = new QLabel(this);
    legend->setTextFormat(Qt::RichText);
    legend->setText(tr("<span style=\"color:#1565c0;\">━</span> score &nbsp; "
                       "<span style=\"color:#e57373;\">●</span> violation &nbsp; "
                       "<span style=\"color:#66bb6a;\">●</span> overturn or retraction &nbsp; "
                       "<span style=\"color:#c62828;\">▼</span> fell below a threshold &nbsp; "
                       "<span style=\"color:#2e7d32;\">▲</span> back above &nbsp; "
                       "<span style=\"color:#9e9e9e;\">┅</span> thresholds · drag and wheel to zoom in time"));
    legend->setStyleSheet(QStringLiteral("color: #616161;"));
    legend->setWordWrap(true); // on a narrow case pane the legend wraps rather than widening the window
    layout->addWidget(legend);
    m_plot->setObjectName(QStringLiteral("scorePlot"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    ticker->setTimeZone(QTimeZone::utc());
    ticker->setTickCount(6);
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setLabel(tr("Score"));
    m_plot->legend->setVisible(false);
    m_plot->setMinimumHeight(180);
}

void ScoreChart::clear()
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_points = 0;
    m_crossings = 0;
    m_plot->replot();
}

void ScoreChart::setTimeline(const Timeline &timeline, const Scale &scale, Instant from, Instant now)
{
    clear();
    if (timeline.points.isEmpty())
        return;
    const double start = double(std::min(from, timeline.points.first().at));
    const double end = double(std::max(now, timeline.points.last().at));

    // Threshold lines first, so the score line is drawn over them.
    for (int threshold : scale.thresholds) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(start, threshold);
        line->point2->setCoords(end, threshold);
        line->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1, Qt::DashLine));
        auto *label = new QCPItemText(m_plot);
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(start, threshold);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setText(QString::number(threshold));
        label->setColor(QColor(0x80, 0x80, 0x80));
        label->setClipToAxisRect(true);
    }

    QVector<double> x, y;
    for (const ScorePoint &p : timeline.points) {
        x << double(p.at);
        y << double(p.score);
    }
    x << end; // hold the last score up to now
    y << y.last();
    QCPGraph *score = m_plot->addGraph();
    score->setData(x, y, true);
    score->setLineStyle(QCPGraph::lsStepLeft);
    score->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
    score->setBrush(QColor(0x15, 0x65, 0xc0, 28));
    m_points = int(timeline.points.size());

    // Each violation where it deducted, each overturn or retraction where it gave back.
    QVector<double> hitX, hitY, backX, backY;
    for (const ScorePoint &p : timeline.points) {
        if (p.cause == PointCause::Violation) {
            hitX << double(p.at);
            hitY << double(p.score);
        } else if (p.cause == PointCause::Overturn || p.cause == PointCause::Retraction) {
            backX << double(p.at);
            backY << double(p.score);
        }
    }

    QVector<double> downX, downY, upX, upY;
    for (const Crossing &c : timeline.crossings) {
        (c.down ? downX : upX) << double(c.at);
        (c.down ? downY : upY) << double(c.threshold);
    }
    m_crossings = int(timeline.crossings.size());
    auto markers = [this](const QVector<double> &mx, const QVector<double> &my, QCPScatterStyle::ScatterShape shape,
                          const QColor &color) {
        QCPGraph *graph = m_plot->addGraph();
        graph->setData(mx, my, true);
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(shape, color, color, shape == QCPScatterStyle::ssDisc ? 6 : 10));
    };
    markers(hitX, hitY, QCPScatterStyle::ssDisc, QColor(0xe5, 0x73, 0x73));
    markers(backX, backY, QCPScatterStyle::ssDisc, QColor(0x66, 0xbb, 0x6a));
    markers(downX, downY, QCPScatterStyle::ssTriangleInverted, QColor(0xc6, 0x28, 0x28));
    markers(upX, upY, QCPScatterStyle::ssTriangle, QColor(0x2e, 0x7d, 0x32));

    const double span = std::max(end - start, double(86400));
    m_plot->xAxis->setRange(start - span * 0.02, end + span * 0.02);
    const double pad = std::max(1.0, (scale.max - scale.min) * 0.05);
    m_plot->yAxis->setRange(scale.min - pad, scale.max + pad);
    m_plot->replot();
}

void ScoreChart::renderTo(QPainter *painter, const QRect &rect)
{
    // QCustomPlot paints with its own QCPPainter; recording into a QPicture keeps the output vectors
    // while the caller's painter stays active on its device.
    QPicture picture;
    QCPPainter recorder(&picture);
    m_plot->toPainter(&recorder, rect.width(), rect.height());
    recorder.end();
    painter->drawPicture(rect.topLeft(), picture);
}

} // namespace redline
