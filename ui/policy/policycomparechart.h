#pragma once

#include "engine/subjectstate.h"
#include "policy/policy.h"

#include <QPointF>
#include <QVector>
#include <QWidget>

class QCustomPlot;

namespace redline {

// One subject's score history under the policy in force and under the proposed one on one chart: two step
// lines, each policy's thresholds (dashed, the proposed ones only where they differ) and each policy's
// threshold crossings (R-L6) marked in its colour, ▼ down and ▲ up. For a creator, whose credit scale has
// no thresholds, the lines alone.
class PolicyCompareChart : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyCompareChart(QWidget *parent = nullptr);

    void setHistories(const Timeline &before, const Timeline &after, const Scale &scaleBefore,
                      const Scale &scaleAfter, Instant from, Instant at);
    void clear();

    // What is plotted (tests): a policy's score line and its crossings as (instant, score) points.
    QVector<QPointF> scoreLine(bool after) const;
    QVector<QPointF> crossings(bool after) const;
    QCustomPlot *plot() const { return m_plot; }

private:
    void showTickLabels(bool show);

    QCustomPlot *m_plot;
};

} // namespace redline
