#pragma once

#include "campaign/campaignsummary.h"

#include <QAbstractTableModel>
#include <QVector>

namespace redline {

// The events one campaign wrote (CampaignQuery::events), for the Campaigns page's drill-down: subject,
// kind, what was done, the violation's id or the removed post, and the subject's score now. A model over
// the rows read, since a platform-scale campaign writes hundreds of thousands of them.
class CampaignEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Subject, Kind, What, Ref, Score, ColumnCount };
    static constexpr int HandleRole = Qt::UserRole + 1;

    explicit CampaignEventModel(QObject *parent = nullptr);

    void setRows(QVector<CampaignEventRow> rows);
    const QVector<CampaignEventRow> &rows() const { return m_rows; }
    // "Violation creator.unlicensed_medical", "Certification revoke", "Post removed", "Note".
    static QString whatText(const CampaignEventRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<CampaignEventRow> m_rows;
};

} // namespace redline
