#include "campaigneventmodel.h"

#include "policytext.h"

namespace redline {

CampaignEventModel::CampaignEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CampaignEventModel::setRows(QVector<CampaignEventRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString CampaignEventModel::whatText(const CampaignEventRow &row)
{
    const QString type = PolicyText::eventTypeLabel(row.type);
    if (row.type == EventType::Violation)
        return tr("%1 %2").arg(type, row.code);
    if (row.action == QLatin1String("remove"))
        return tr("Post removed");
    if (row.action == QLatin1String("restore"))
        return tr("Post restored");
    if (!row.action.isEmpty())
        return tr("%1: %2").arg(type, PolicyText::ledgerActionLabel(row.action));
    return type;
}

int CampaignEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CampaignEventRow &row = m_rows.at(index.row());
    if (role == HandleRole)
        return row.subject;
    if (role == Qt::TextAlignmentRole && index.column() == Score)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Subject: return row.subject;
    case Kind: return PolicyText::kindName(row.kind);
    case What: return whatText(row);
    case Ref: return !row.id.isEmpty() ? row.id : row.post;
    case Score: return row.score;
    case ColumnCount: break;
    }
    return {};
}

QVariant CampaignEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Subject: return tr("Subject");
    case Kind: return tr("Kind");
    case What: return tr("What");
    case Ref: return tr("Id / post");
    case Score: return tr("Score now");
    case ColumnCount: break;
    }
    return {};
}

} // namespace redline
