#include "audittablemodel.h"

#include "policytext.h"

#include <QFont>

namespace redline {

AuditTableModel::AuditTableModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(store)
{
    reload();
}

void AuditTableModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    reload();
}

void AuditTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_lastError.clear();
    QVector<AuditEntry> page;
    if (readNextPage(&page))
        m_rows = page;
    endResetModel();
}

bool AuditTableModel::readNextPage(QVector<AuditEntry> *page)
{
    StoreError error;
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    if (!m_query.fetch(m_search, before, kPageSize, page, &error)) {
        m_atEnd = true;
        m_lastError = error.message;
        emit errorOccurred(error.message);
        return false;
    }
    m_atEnd = page->size() < kPageSize;
    return true;
}

const AuditEntry *AuditTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditEntry &a = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return a.id;
        case When: return PolicyText::formatDateTime(a.at);
        case Actor: return a.actor;
        case Action: return a.action;
        case Subject: return a.subject;
        case Events:
            if (a.firstSeq == 0)
                return QString();
            return a.firstSeq == a.lastSeq ? tr("#%1").arg(a.firstSeq)
                                           : tr("#%1–#%2 (%3)").arg(a.firstSeq).arg(a.lastSeq).arg(a.lastSeq - a.firstSeq + 1);
        case Detail: return a.detail;
        case Hash: return QString::fromLatin1(a.hash.toHex().left(12));
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Hash)
            return tr("SHA-256 of the previous row's hash and this row's content:\n%1").arg(QString::fromLatin1(a.hash.toHex()));
        if (index.column() == Detail)
            return a.detail;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Id)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == Hash) {
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        return mono;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("#");
    case When: return tr("When (UTC)");
    case Actor: return tr("Who");
    case Action: return tr("Action");
    case Subject: return tr("Subject");
    case Events: return tr("Ledger events");
    case Detail: return tr("Detail");
    case Hash: return tr("Chain hash");
    }
    return {};
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    QVector<AuditEntry> page;
    if (!readNextPage(&page) || page.isEmpty())
        return;
    m_fetching = true; // no nested fetch from a slot on the insertion before m_rows has grown
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
    m_fetching = false;
}

} // namespace redline
