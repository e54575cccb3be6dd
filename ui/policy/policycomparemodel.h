#pragma once

#include "policy/policy.h"
#include "query/whatifreport.h"

#include <QAbstractTableModel>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace redline {

// The subjects of a policy comparison, one row each (WhatIfReport::outcomes): lazy, as the report holds a
// million rows as integers and the model words only the rows a view asks for; filtered by kind, by handle
// and to the subjects whose standing changes; sorted on any column. Rows are handed to the view a page at
// a time (fetchMore), so a million-row filter costs the view nothing until it is scrolled.
class PolicyCompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Subject, Kind, ScoreBefore, ScoreAfter, Delta, TierBefore, TierAfter, Gained, Lost, ColumnCount };
    static constexpr int kPageRows = 2000;

    explicit PolicyCompareModel(QObject *parent = nullptr);

    // The report and the two policies it compared (for the tier names and restriction labels); null clears.
    void setReport(std::shared_ptr<const WhatIfReport> report, const Policy &before, const Policy &after);
    const WhatIfReport *report() const { return m_report.get(); }

    void setKindFilter(std::optional<SubjectKind> kind);
    void setHandleFilter(const QString &text); // a part of the handle, any case
    void setOnlyChanged(bool only);
    bool onlyChanged() const { return m_onlyChanged; }

    // Every row of the current filter (not only those fetched), in the current order.
    int filteredCount() const { return m_rows.size(); }
    const SubjectOutcome &outcomeAt(int filteredRow) const;
    QString handleAt(int filteredRow) const;
    int rowOfHandle(const QString &handle) const; // among the fetched rows, -1 if not shown

    QString tierName(const SubjectOutcome &o, bool after) const;
    QStringList gained(const SubjectOutcome &o) const; // restriction ids the proposed policy adds
    QStringList lost(const SubjectOutcome &o) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void refilter();
    void applySort();
    QString restrictionText(const QStringList &ids, const Policy &policy) const;

    std::shared_ptr<const WhatIfReport> m_report;
    Policy m_before;
    Policy m_after;
    std::optional<SubjectKind> m_kind;
    QString m_handleFilter;
    bool m_onlyChanged = true;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVector<quint32> m_rows; // indices into the report's outcomes: the current filter, in order
    int m_fetched = 0;
};

} // namespace redline
