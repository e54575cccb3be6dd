#include "triagequeuemodel.h"

#include "policytext.h"

#include "store/store.h"

#include <QBrush>
#include <QColor>

namespace redline {

TriageQueueModel::TriageQueueModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void TriageQueueModel::setFilter(TriageQuery::Filter filter, bool oldestFirst, const QString &me)
{
    m_filter = filter;
    m_oldestFirst = oldestFirst;
    m_me = me;
    reload();
}

bool TriageQueueModel::readPage(QVector<TriageItem> *out)
{
    std::optional<TriageQuery::Cursor> after;
    if (!m_rows.isEmpty())
        after = TriageQuery::Cursor{m_rows.constLast().at, m_rows.constLast().seq};
    StoreError error;
    const bool ok = TriageQuery(m_store).page(m_filter, m_oldestFirst, after, kPage, m_me, out, &error);
    m_lastError = ok ? QString() : error.message;
    m_atEnd = !ok || out->size() < kPage;
    return ok;
}

void TriageQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    QVector<TriageItem> page;
    const bool ok = readPage(&page);
    m_rows = page;
    endResetModel();
    if (!ok)
        emit errorOccurred(m_lastError);
}

bool TriageQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void TriageQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    QVector<TriageItem> page;
    const bool ok = readPage(&page);
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows += page;
        endInsertRows();
    }
    if (!ok)
        emit errorOccurred(m_lastError);
}

const TriageItem *TriageQueueModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int TriageQueueModel::rowOfItem(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

int TriageQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TriageQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant TriageQueueModel::data(const QModelIndex &index, int role) const
{
    const TriageItem *item = itemAt(index.row());
    if (!item)
        return {};
    if (role == Qt::DisplayRole)
        return display(*item, index.column());
    if (role == Qt::ToolTipRole && index.column() == Excerpt)
        return item->source == TriageItem::Source::Report ? item->reason : item->text.left(400);
    if (role == Qt::ForegroundRole && index.column() == State && item->status.state == TriageStatus::State::Claimed)
        return QBrush(QColor(0x9a, 0x5b, 0x00)); // held by someone: amber, as a caution
    return {};
}

QVariant TriageQueueModel::display(const TriageItem &item, int column) const
{
    switch (column) {
    case Received: return PolicyText::formatDateTime(item.at);
    case Subject: return item.subjectName.isEmpty() ? item.subject : tr("%1 (%2)").arg(item.subjectName, item.subject);
    case Source: return item.source == TriageItem::Source::Report ? tr("User report") : tr("Scanner");
    case Categories: {
        QStringList labels;
        for (const QString &c : item.categories)
            labels << PolicyText::findingCategoryLabel(c);
        return labels.join(tr(", "));
    }
    case Suggests: return item.code.isEmpty() ? QString() : PolicyText::codeDescription(m_store.policy(), SubjectKind::Creator, item.code);
    case State: return PolicyText::triageStateLabel(item.status);
    case Excerpt: {
        const QString text = item.source == TriageItem::Source::Report ? item.reason
                             : item.title.isEmpty()                     ? item.text
                                                                        : item.title + QStringLiteral(" · ") + item.text;
        return text.left(120).simplified();
    }
    }
    return {};
}

QVariant TriageQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Received: return tr("Received");
    case Subject: return tr("Creator");
    case Source: return tr("Source");
    case Categories: return tr("Found");
    case Suggests: return tr("Suggests");
    case State: return tr("State");
    case Excerpt: return tr("Post or report");
    }
    return {};
}

} // namespace redline
