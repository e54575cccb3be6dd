#include "audittablemodel.h"

#include "policytext.h"

#include "actions/permission.h"
#include "query/audittext.h"
#include "store/store.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace redline {

QString AuditTableModel::actionLabel(const QString &id)
{
    for (Permission p : PermissionMatrix::all()) {
        if (PermissionMatrix::id(p) == id)
            return PermissionMatrix::label(p);
    }
    if (id == QLatin1String("import"))
        return tr("import");
    if (id == QLatin1String("append"))
        return tr("append");
    if (id == QLatin1String("init"))
        return tr("store created");
    if (id == QLatin1String("policy"))
        return tr("policy stored");
    if (id == QLatin1String("set_password"))
        return tr("set a password");
    return id;
}

AuditTableModel::AuditTableModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_query(store)
{
    reload();
}

void AuditTableModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

void AuditTableModel::setSearch(const QString &text)
{
    if (text == m_filter.text)
        return;
    m_filter.text = text;
    reload();
}

void AuditTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_sentences.clear();
    m_atEnd = false;
    m_lastError.clear();
    QVector<AuditEntry> page;
    if (readNextPage(&page)) {
        m_rows = page;
        for (const AuditEntry &e : std::as_const(m_rows))
            m_sentences.append(sentence(e));
    }
    endResetModel();
}

QString AuditTableModel::sentence(const AuditEntry &entry) const
{
    return AuditText::describe(entry, m_store.storedPolicy());
}

bool AuditTableModel::readNextPage(QVector<AuditEntry> *page)
{
    StoreError error;
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    if (!m_query.fetch(m_filter, before, kPageSize, page, &error)) {
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

int AuditTableModel::loadRowOf(qint64 id)
{
    for (;;) {
        // Rows are newest first: once the last loaded row is older than `id`, it is loaded or filtered out.
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return row;
        }
        if (m_atEnd || (!m_rows.isEmpty() && m_rows.constLast().id < id))
            return -1;
        const int before = int(m_rows.size());
        fetchMore({});
        if (m_rows.size() == before)
            return -1;
    }
}

void AuditTableModel::setBrokenId(qint64 id)
{
    m_brokenId = id;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
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
    const bool broken = m_brokenId != 0 && a.id == m_brokenId;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return a.id;
        case When: return PolicyText::formatDateTime(a.at);
        case Actor: return a.actor;
        case Sentence: return m_sentences.value(index.row());
        case Subject: return a.subject;
        case Action: return actionLabel(a.action);
        case Events:
            if (a.firstSeq == 0)
                return QString();
            return a.firstSeq == a.lastSeq ? tr("#%1").arg(a.firstSeq)
                                           : tr("#%1–#%2 (%3)").arg(a.firstSeq).arg(a.lastSeq).arg(a.lastSeq - a.firstSeq + 1);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (broken && index.column() <= Sentence)
            return tr("verify found this row broken: see the message under the table");
        switch (index.column()) {
        case Id:
            return tr("Chain hash (SHA-256 of the previous row's hash and this row's content):\n%1")
                .arg(QString::fromLatin1(a.hash.toHex()));
        case Sentence:
            return a.format >= 2 ? tr("%1\n\nAs stored: %2").arg(m_sentences.value(index.row()), a.detail)
                                 : m_sentences.value(index.row());
        case Action: return a.action;
        case When: return formatInstant(a.at);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Id)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && broken)
        return QBrush(QColor(0xff, 0xcd, 0xd2));
    if (role == Qt::ForegroundRole && broken)
        return QBrush(QColor(0x8e, 0x00, 0x00));
    if (role == EntryIdRole)
        return a.id;
    if (role == BrokenRole)
        return broken;
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
    case Sentence: return tr("What happened");
    case Subject: return tr("Subject");
    case Action: return tr("Action");
    case Events: return tr("Ledger events");
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
    for (const AuditEntry &e : std::as_const(page))
        m_sentences.append(sentence(e));
    m_rows += page;
    endInsertRows();
    m_fetching = false;
}

} // namespace redline
