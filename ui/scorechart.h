#pragma once

#include "engine/subjectstate.h"
#include "policy/policy.h"

#include <QWidget>

class QCustomPlot;
class QPainter;
class QRect;

namespace redline {

// A subject's score over time (R-L6): the score as a step line, the scale's thresholds as dashed lines,
// and each crossing marked where it happened (down in red, up in green).
class ScoreChart : public QWidget
{
    Q_OBJECT
public:
    explicit ScoreChart(QWidget *parent = nullptr);

    void setTimeline(const Timeline &timeline, const Scale &scale, Instant from, Instant now);
    void clear();
    // Draws the chart as vectors into `rect` of `painter` (a report's PDF page), at the rect's size.
    void renderTo(QPainter *painter, const QRect &rect);
    int pointCount() const { return m_points; }
    int crossingCount() const { return m_crossings; }

private:
    QCustomPlot *m_plot = nullptr;
    int m_points = 0;
    int m_crossings = 0;
};

} // namespace redline
