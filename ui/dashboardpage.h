#pragma once

#include "page.h"

#include "policy/policy.h"
#include "query/dashboardstats.h"

#include <QThreadPool>

class QCustomPlot;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace redline {

class Store;

// The front page a compliance lead reads every morning (docs/architecture.md "The dashboard"): how many
// subjects of each kind stand in each band, violations per week and code over the last 26 weeks, appeals
// by outcome and how long a decision takes, the threshold crossings of the last 30 days, who stands lowest,
// and the violations recorded last. The figures are aggregates over indexes, read on a connection of their
// own off the UI thread; the short lists are read at once.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(Store &store, QWidget *parent = nullptr);
    ~DashboardPage() override;

    qint64 kindCount(SubjectKind kind) const { return m_counts[int(kind)]; }
    qint64 pendingAppeals() const { return m_figures.appeals.pending; }
    // The figures drawn last (valid once figuresLoaded() was emitted).
    const DashboardFigures &figures() const { return m_figures; }
    bool isLoading() const { return m_loading; }

    QString title() const override;
    void refresh() override;

signals:
    void figuresLoaded();

private:
    QWidget *card(const QString &title, QLabel **value, const QString &pageName);
    QWidget *box(const QString &heading, QWidget *body, QLabel **headingLabel = nullptr);
    QTreeWidget *newTree(const QStringList &headers, const QString &name);
    void startLoading();
    void showFigures(const DashboardFigures &figures);
    void fillCards(const DashboardFigures &figures);
    void fillWeekly(const WeeklyViolations &weekly);
    void fillAppeals(const AppealOutcomes &appeals);
    void fillDistribution(SubjectKind kind, const QMap<int, qint64> &histogram);
    void fillCrossings(const QVector<RecentCrossing> &crossings);
    void fillLowest();
    void fillRecent();
    void showWeekTip(QMouseEvent *event);
    QString codeLabel(const QString &code) const;

    Store &m_store;
    QThreadPool m_loader; // one thread: the page's loads run one at a time, the global pool stays free for replays
    int m_generation = 0;
    bool m_loading = false;
    DashboardFigures m_figures;
    qint64 m_counts[kSubjectKindCount] = {0, 0, 0};
    QLabel *m_kindValues[kSubjectKindCount] = {nullptr, nullptr, nullptr};
    QLabel *m_pendingValue = nullptr;
    QLabel *m_triageValue = nullptr;   // open triage items
    QLabel *m_triageDetail = nullptr;  // claimed, and how long the oldest open one has waited
    QLabel *m_eventsValue = nullptr;
    QLabel *m_usersValue = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_weeklyHeading = nullptr;
    QLabel *m_appealsHeading = nullptr;
    QLabel *m_medianValue = nullptr;
    QLabel *m_crossingsHeading = nullptr;
    QCustomPlot *m_weekly = nullptr;
    QCustomPlot *m_appeals = nullptr;
    QCustomPlot *m_plots[kSubjectKindCount] = {nullptr, nullptr, nullptr};
    QTreeWidget *m_crossings = nullptr;
    QTreeWidget *m_lowest = nullptr;
    QTreeWidget *m_recent = nullptr;
    QStringList m_weeklySeries; // the stacked series' names, bottom first (the hover tip lists them)
};

} // namespace redline
