#pragma once

#include "policy/policy.h"
#include "query/healthhistoryquery.h"

#include <QPointF>
#include <QVector>
#include <QWidget>

class QCPGraph;
class QCPItemText;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QToolButton;

namespace redline {

// A creator's content health index over its history (R-H1) as a step line, drawn like the score chart
// (ScoreChart): one point at every instant the index can change (HealthHistoryQuery), held up to now, with
// a dashed line at each threshold of the policy's `health.effects`, labelled with the restrictions it
// brings, so the moderator sees when the creator crossed 80, 70 or 60 and what followed. Hover explains a
// point; a click picks the point in force at that instant (pointClicked), which the case file shows taken
// apart. Wheel and drag zoom and pan the time axis; Fit shows it all again.
class HealthChart : public QWidget
{
    Q_OBJECT
public:
    struct ThresholdLine {
        double value = 0;
        QString label; // "≥ 80: Recommended more (…)"
    };

    explicit HealthChart(QWidget *parent = nullptr);

    void setHistory(const HealthHistory &history, const Policy &policy, Instant now);
    void clear();
    // A sentence instead of the chart (an error reading the history).
    void showMessage(const QString &message);

    const HealthHistory &history() const { return m_history; }
    // The plotted points (instant, index), in time order, one per point of the history with an index.
    QVector<QPointF> points() const;
    const QVector<ThresholdLine> &thresholdLines() const { return m_lines; }
    QCustomPlot *plot() const { return m_plot; }
    QString noteText() const;
    int selectedPoint() const { return m_selected; }
    QPointF pixelOfPoint(int point) const;
    // The history's point in force at a pixel's instant (the step it lies on), or -1 outside the plot.
    int pointAt(const QPointF &pixel) const;
    QString toolTipFor(int point) const;

public slots:
    void selectPoint(int point); // -1: none
    void fitAll();

signals:
    void pointClicked(int point);

private:
    QWidget *buildToolbar();
    void plotThresholds(const Policy &policy);
    void plotIndex();
    void placeLabels();
    int labelOverlap(const QCPItemText *label, bool right) const;
    double indexAt(double key) const;
    void onMouseMove(QMouseEvent *event);
    void onMousePress(QMouseEvent *event);
    void onMouseRelease(QMouseEvent *event);

    QCustomPlot *m_plot = nullptr;
    QCPGraph *m_line = nullptr;
    QCPGraph *m_dots = nullptr;
    QCPGraph *m_highlight = nullptr;
    QToolButton *m_fit = nullptr;
    QLabel *m_note = nullptr;
    HealthHistory m_history;
    Policy m_policy;
    QVector<ThresholdLine> m_lines;
    QVector<QCPItemText *> m_labels; // one per line, in m_lines' order
    Instant m_now = 0;
    int m_selected = -1;
    QPoint m_pressPos;
};

} // namespace redline
