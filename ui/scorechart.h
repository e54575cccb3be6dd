#pragma once

#include "casefiledata.h"
#include "chartlanes.h"
#include "engine/ladderhistory.h"
#include "engine/subjectstate.h"
#include "policy/policy.h"

#include <QHash>
#include <QPointF>
#include <QWidget>

class QCPAxisRect;
class QCPScatterStyle;
class QCPGraph;
class QCPItemStraightLine;
class QCustomPlot;
class QDateEdit;
class QLabel;
class QMouseEvent;
class QPainter;
class QRect;
class QToolButton;

namespace redline {

// A subject's score over time (R-L6), as a compliance officer reads it: the score as a step line with the
// scale's thresholds (labelled on the right axis, so they stay readable however the time axis is zoomed),
// a marker for each violation (hollow once voided), each overturn or retraction, each exam, each crossing
// and each backdated event; under it one lane per sanction kind the subject has (a lifted sanction hatched
// up to its overturn, its scheduled end dashed; a permanent one running to the right edge) and, for a
// creator, a lane with the ladder level over time (R-C1). Hover explains a marker or bar; a click emits
// entryClicked() with the case file's timeline row; highlightEntry() marks a row's marker. A toolbar fits
// the whole history, zooms to a date range (or Ctrl+drag a range; wheel and drag as well) and exports
// PNG, PDF or SVG.
class ScoreChart : public QWidget
{
    Q_OBJECT
public:
    // The plotted series; one QCPGraph each, so 10,000 events draw as a handful of scatter graphs.
    enum class Series { Score, Violation, VoidedViolation, GiveBack, Exam, CrossingDown, CrossingUp, Backdated };
    // One marker: where it is and which case-file row it stands for (-1 without a case file).
    struct Marker {
        Series series = Series::Violation;
        Instant at = 0;
        double value = 0;
        int entry = -1;        // CaseFileData::timeline
        int point = -1;        // Timeline::points
        int crossing = -1;     // Timeline::crossings
        QString violation;     // the violation it concerns ("" for none)
    };
    struct Lane {
        QString id;            // a restriction id, or "ladder"
        QString label;         // translated
    };

    explicit ScoreChart(QWidget *parent = nullptr);

    // The whole case file: score, markers linked to `data.timeline`, sanction lanes, a creator's ladder lane.
    void setCaseFile(const CaseFileData &data, const Policy &policy, Instant now);
    // The score and crossings alone (no lanes, no links): for callers without a case file.
    void setTimeline(const Timeline &timeline, const Scale &scale, Instant from, Instant now);
    // Reference lines drawn apart from the thresholds. The hook for the creators' content-health index
    // (POLICY.md 5: 80, 70, 60), which has no history yet; nothing calls it with made-up values.
    void setReferenceLines(const QVector<int> &values, const QString &name);
    void clear();

    // Draws the chart as vectors into `rect` of `painter` (a report's PDF page), at the rect's size.
    void renderTo(QPainter *painter, const QRect &rect);
    // Writes the chart with a title and the legend as .png, .pdf or .svg (by the file's suffix).
    bool exportTo(const QString &file, QString *error);

    // Read-only views of what is plotted (tests, the report).
    int pointCount() const { return m_points; }
    int crossingCount() const { return m_crossings; }
    QVector<QPointF> series(Series series) const; // the plotted graph's data, in time order
    const QVector<Marker> &markers() const { return m_markers; }
    const QVector<Lane> &lanes() const { return m_lanes; }
    const QVector<LaneBar> &bars() const;
    const QVector<LadderStep> &ladder() const { return m_ladder; }
    QVector<int> thresholds() const { return m_thresholds; }
    double axisMaximum() const; // the right edge of the visible time range (Instant as double)
    QCustomPlot *plot() const { return m_plot; }
    QPointF pixelOf(const Marker &marker) const;     // in plot() coordinates
    QPointF pixelOfBar(int bar) const;               // the middle of a bar's visible part
    QString toolTipAt(const QPointF &pixel) const;   // rich text; empty over nothing
    int entryAt(const QPointF &pixel) const;         // the timeline row of what is under a pixel, or -1
    int highlightedEntry() const { return m_highlightedEntry; }
    QPair<Instant, Instant> visibleRange() const;

public slots:
    void highlightEntry(int entry);
    void fitAll();
    void setVisibleRange(Instant from, Instant until);
    void exportInteractively();

signals:
    // A marker or bar was clicked: the case file's timeline row it stands for.
    void entryClicked(int entry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Hit {
        int marker = -1;
        int bar = -1;
    };
    QWidget *buildToolbar();
    void reset();
    QCPGraph *addMarkerGraph(Series series, QCPScatterStyle style);
    void resetPlot(const Scale &scale, Instant from, Instant now);
    void plotScore(const Timeline &timeline);
    void collectMarkers(const Timeline &timeline, const CaseFileData *data);
    void plotMarkers();
    static QCPScatterStyle vectorStyle(Series series);
    static QCPScatterStyle pixmapStyle(Series series);
    void setVectorMarkers(bool vector);
    void buildLanes(const CaseFileData &data, const Scale &scale);
    void showLanes(bool show);
    void updateLaneHeight();
    void updateScoreTicks();
    void finishPlot();
    double scoreAt(Instant at) const;
    QVector<int> markersNear(const QPointF &pixel) const;
    Hit hitAt(const QPointF &pixel) const;
    int entryOfBar(int bar) const;
    QString markerTip(const Marker &m) const;
    QString barTip(int bar) const;
    QString violationTip(const QString &id) const;
    QString violationLine(const QString &id) const;
    QString legendHtml(bool forExport) const;
    void paintExport(QPainter *painter, const QSize &size);
    void onMouseMove(QMouseEvent *event);
    void onMousePress(QMouseEvent *event);
    void onMouseRelease(QMouseEvent *event);
    void onRangeChanged();
    void updateScoreFill();
    void syncDateEdits();

    QCustomPlot *m_plot = nullptr;
    QCPAxisRect *m_scoreRect = nullptr;
    QCPAxisRect *m_lanesRect = nullptr;
    ChartLanes *m_laneBars = nullptr;
    QHash<int, QCPGraph *> m_graphs; // by Series
    QHash<int, QCPScatterStyle> m_pixmapStyles; // by Series, drawn once
    QCPGraph *m_highlight = nullptr;
    QCPItemStraightLine *m_cursorScore = nullptr;
    QCPItemStraightLine *m_cursorLanes = nullptr;
    QLabel *m_legend = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QToolButton *m_fit = nullptr;
    QToolButton *m_export = nullptr;

    // What the last setCaseFile/setTimeline showed, for hover, click and export.
    bool m_hasCaseFile = false;
    CaseFileData m_data;   // implicitly shared copies of the case file's lists
    Policy m_policy;
    Scale m_scale;
    QVector<ScorePoint> m_scorePoints;
    QVector<Crossing> m_crossingList;
    QVector<Marker> m_markers;      // by instant
    QVector<Lane> m_lanes;
    QVector<LadderStep> m_ladder;
    QVector<int> m_thresholds;
    QHash<QString, int> m_violationRow; // violation id -> its CaseFileData::timeline row
    Instant m_from = 0;
    Instant m_now = 0;
    int m_points = 0;
    int m_crossings = 0;
    int m_highlightedEntry = -1;
    QPoint m_pressPos;
};

} // namespace redline
