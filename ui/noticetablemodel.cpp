#include "noticetablemodel.h"

#include "policytext.h"

#include "store/store.h"

namespace redline {

NoticeTableModel::NoticeTableModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_query(store)
{
    reload();
}

QString NoticeTableModel::templateLabel(const QString &id)
{
    if (id == QLatin1String("violation"))
        return tr("Violation and sanctions");
    if (id == QLatin1String("appeal_upheld"))
        return tr("Appeal upheld");
    if (id == QLatin1String("appeal_overturned"))
        return tr("Appeal overturned");
    if (id == QLatin1String("sanction_end"))
        return tr("Sanction ended");
    if (id == QLatin1String("mcn_advance_notice"))
        return tr("MCN advance notice (R-M6)");
    if (id == QLatin1String("mcn_revenue_frozen"))
        return tr("MCN revenue frozen (R-M6)");
    if (id == QLatin1String("brand_ban"))
        return tr("Brand ban (R-B2)");
    return id;
}

QString NoticeTableModel::languageLabel(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return tr("Chinese");
    if (language == QLatin1String("en"))
        return tr("English");
    return language;
}

void NoticeTableModel::setFilter(const NoticeFilter &filter)
{
    m_filter = filter;
    reload();
}

void NoticeTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_lastError.clear();
    QVector<NoticeRecord> page;
    if (readNextPage(&page))
        m_rows = page;
    endResetModel();
}

bool NoticeTableModel::readNextPage(QVector<NoticeRecord> *page)
{
    StoreError error;
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.constLast().seq;
    if (!m_query.fetch(m_filter, before, kPageSize, page, &error)) {
        m_atEnd = true;
        m_lastError = error.message;
        emit errorOccurred(error.message);
        return false;
    }
    m_atEnd = page->size() < kPageSize;
    return true;
}

const NoticeRecord *NoticeTableModel::noticeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int NoticeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NoticeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoticeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const NoticeRecord &n = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When: return PolicyText::formatDateTime(n.at);
        case Subject: return n.subjectName.isEmpty() || n.subjectName == n.subject
                                 ? n.subject : tr("%1 (%2)").arg(n.subjectName, n.subject);
        case Template: return templateLabel(n.templateId);
        case Language: return languageLabel(n.language);
        case By: return n.by;
        case FirstLine: return n.firstLine();
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Template: return n.templateId;
        case When: return formatInstant(n.at);
        case FirstLine: return n.text;
        }
    }
    return {};
}

QVariant NoticeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When (UTC)");
    case Subject: return tr("To");
    case Template: return tr("Notice");
    case Language: return tr("Language");
    case By: return tr("Sent by");
    case FirstLine: return tr("First line");
    }
    return {};
}

bool NoticeTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void NoticeTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    QVector<NoticeRecord> page;
    if (!readNextPage(&page) || page.isEmpty())
        return;
    m_fetching = true; // no nested fetch from a slot on the insertion before m_rows has grown
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
    m_fetching = false;
}

} // namespace redline
