#pragma once

#include <qcustomplot.h>

#include <QStringList>
#include <QVector>

namespace redline {

// One bar of a lane under the score chart: a sanction's interval, or a stretch of a creator's ladder level.
struct LaneBar {
    enum class Kind { Sanction, Lifted, Ladder };
    Kind kind = Kind::Sanction;
    int lane = 0;
    double from = 0;
    double until = 0;          // qInf(): permanent, drawn to the right edge
    double scheduledUntil = 0; // Lifted: the end the rule gave it before the overturn (qInf(): permanent)
    int level = 0;             // Ladder: 1..4
    int source = -1;           // the sanction's index in the replay, or the ladder step's
    bool permanent() const { return qIsInf(until); }
};

// The lanes as one plottable: every bar is drawn from a plain vector, off-screen bars skipped, and a hover
// asks barAt() instead of each bar being a QCPItem (a history of thousands of sanctions stays fast).
class ChartLanes : public QCPAbstractPlottable
{
    Q_OBJECT
public:
    ChartLanes(QCPAxis *keyAxis, QCPAxis *valueAxis);

    void setBars(const QVector<LaneBar> &bars, const QStringList &levelLabels);
    const QVector<LaneBar> &bars() const { return m_bars; }
    // The bar under a pixel of the plot, or -1; the one that started last where bars overlap.
    int barAt(const QPointF &pixel) const;
    void setHighlighted(int bar) { m_highlighted = bar; }
    int highlighted() const { return m_highlighted; }

    double selectTest(const QPointF &pos, bool onlySelectable, QVariant *details = nullptr) const override;
    QCPRange getKeyRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange &inKeyRange = QCPRange()) const override;

    static QColor sanctionColor();
    static QColor ladderColor(int level);

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    QRectF barRect(const LaneBar &bar, double until) const;
    void drawLadderBar(QCPPainter *painter, const LaneBar &bar) const;

    QVector<LaneBar> m_bars;
    QStringList m_levelLabels; // "L1".."L4", index level - 1
    int m_highlighted = -1;
};

} // namespace redline
