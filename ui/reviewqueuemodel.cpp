#include "reviewqueuemodel.h"

#include "policytext.h"

#include "query/reviewqueuequery.h"
#include "store/store.h"

namespace redline {

ReviewQueueModel::ReviewQueueModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

void ReviewQueueModel::setDays(int days)
{
    if (days == m_days || days <= 0)
        return;
    m_days = days;
    reload();
}

void ReviewQueueModel::reload()
{
    beginResetModel();
    StoreError error;
    const Instant now = m_store.now();
    const bool ok = ReviewQueueQuery(m_store).flagged(now - redline::days(m_days), now, kLimit, &m_rows, &error);
    m_lastError = ok ? QString() : error.message;
    endResetModel();
    if (!ok)
        emit errorOccurred(m_lastError);
}

const ReviewItem *ReviewQueueModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ReviewQueueModel::rowOfSubject(const QString &handle) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].subject == handle)
            return row;
    }
    return -1;
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant ReviewQueueModel::display(const ReviewItem &item, int column) const
{
    switch (column) {
    case Latest: return PolicyText::formatDateTime(item.latestAt);
    case Subject: return tr("%1 (%2)").arg(item.name, item.subject);
    case Kind: return PolicyText::kindName(item.kind);
    case Score: return item.score >= 0 ? QVariant(item.score) : QVariant();
    case Flagged: {
        QStringList parts;
        if (item.algorithm > 0)
            parts << tr("%n algorithm", nullptr, item.algorithm);
        if (item.reports > 0)
            parts << tr("%n report(s)", nullptr, item.reports);
        return parts.join(QStringLiteral(" · "));
    }
    case Code: return PolicyText::codeDescription(m_store.policy(), item.kind, item.latestCode);
    case Evidence: return item.latestEvidence.simplified();
    }
    return QVariant();
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    const ReviewItem *item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item || index.column() >= ColumnCount)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole: return display(*item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Flagged)
            return tr("Violations in the window found by the algorithm: %1; from user reports: %2")
                .arg(item->algorithm).arg(item->reports);
        if (index.column() == Evidence || index.column() == Code)
            return tr("%1 (%2)\n%3").arg(item->latestId, item->latestCode, item->latestEvidence);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Score)
            return int(Qt::AlignCenter);
        return QVariant();
    case HandleRole: return item->subject;
    case StandingColorRole: {
        if (item->score < 0)
            return QVariant();
        const Scale &scale = m_store.policy().scale(item->kind);
        std::optional<int> band;
        for (const RestrictionBand &b : scale.bands) {
            if (item->score < b.below)
                band = b.below;
        }
        return PolicyText::standingColor(scale, item->score, band);
    }
    }
    return QVariant();
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Latest: return tr("Latest");
    case Subject: return tr("Subject");
    case Kind: return tr("Kind");
    case Score: return tr("Score");
    case Flagged: return tr("Flagged");
    case Code: return tr("Latest finding");
    case Evidence: return tr("Evidence");
    }
    return QVariant();
}

} // namespace redline
