#pragma once

#include "health/healthindex.h"
#include "policy/policy.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace redline {

// A creator's content health index at one instant, taken apart (R-H1, POLICY.md 5): the index, the effects
// in force with the restrictions' names, and a tree of the three dimensions (weight, score) with their
// indicators under them (the raw value in its unit, the 0-100 score, and where the value came from: the
// metrics snapshot, the store's posts/findings/reports, or no value). Shows what HealthQuery computed;
// computes nothing itself.
class HealthBreakdownPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, WeightColumn, ValueColumn, ScoreColumn, SourceColumn };
    // Item data of a tree row: the dimension's or indicator's id (NameColumn).
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit HealthBreakdownPanel(QWidget *parent = nullptr);

    // `latest`: the index now (else an instant picked on the chart, with a way back to now).
    void setIndex(const HealthIndex &index, const Policy &policy, bool latest);
    void clear();

    const HealthIndex &index() const { return m_index; }
    QTreeWidget *tree() const { return m_tree; }
    QString indexText() const;    // the index as shown ("76.6", "–")
    QString effectsText() const;  // the effects line as shown (plain text)
    QTreeWidgetItem *itemFor(const QString &id) const; // a dimension's or indicator's row
    // The height that shows every row without scrolling (the tab gives the chart the rest).
    int wantedHeight() const;

signals:
    void latestRequested();

private:
    void fillSummary(const Policy &policy, bool latest);
    void fillTree();
    static QColor indexColor(const HealthIndex &index, const Policy &policy);

    HealthIndex m_index;
    QLabel *m_indexLabel = nullptr;
    QLabel *m_when = nullptr;
    QPushButton *m_latest = nullptr;
    QLabel *m_effects = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace redline
