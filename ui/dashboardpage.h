#pragma once

#include "page.h"

#include "policy/policy.h"

class QCustomPlot;
class QGridLayout;
class QLabel;
class QTreeWidget;

namespace redline {

class Store;

// The front page: how many subjects of each kind stand in each band, the pending appeals, who stands
// lowest, and the violations recorded last. Every figure is read from an index, so it opens at once on a
// million-subject store.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(Store &store, QWidget *parent = nullptr);

    qint64 kindCount(SubjectKind kind) const { return m_counts[int(kind)]; }
    qint64 pendingAppeals() const { return m_pending; }

    QString title() const override;
    void refresh() override;

private:
    QWidget *card(const QString &title, QLabel **value, const QString &pageName);
    void fillDistribution(SubjectKind kind, const QMap<int, qint64> &histogram);
    void fillLowest();
    void fillRecent();

    Store &m_store;
    qint64 m_counts[kSubjectKindCount] = {0, 0, 0};
    qint64 m_pending = 0;
    QLabel *m_kindValues[kSubjectKindCount] = {nullptr, nullptr, nullptr};
    QLabel *m_pendingValue = nullptr;
    QLabel *m_eventsValue = nullptr;
    QLabel *m_usersValue = nullptr;
    QLabel *m_subtitle = nullptr;
    QCustomPlot *m_plots[kSubjectKindCount] = {nullptr, nullptr, nullptr};
    QTreeWidget *m_lowest = nullptr;
    QTreeWidget *m_recent = nullptr;
};

} // namespace redline
