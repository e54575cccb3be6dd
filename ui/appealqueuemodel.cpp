#include "appealqueuemodel.h"

#include "policytext.h"

#include "base/identity.h"
#include "query/appealquery.h"
#include "store/store.h"

#include <QApplication>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace redline {

AppealQueueModel::AppealQueueModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void AppealQueueModel::setUser(const QString &user)
{
    if (user == m_user)
        return;
    m_user = user;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

// On the 1M-creator store with the file not yet in memory every row costs a few scattered reads: the
// first rows and the count (from the indexes alone) are what the page needs to be painted
// (docs/performance.md).
void AppealQueueModel::reload(int rowsAtOnce)
{
    beginResetModel();
    m_rows.clear();
    m_count = 0;
    const int generation = ++m_generation;
    StoreError error;
    const AppealQuery query(m_store);
    const bool ok = query.pendingCount(kLimit, &m_count, &error)
                    && query.pending(&m_rows, &error, std::min(kLimit, std::max(0, rowsAtOnce) + kFirstRows));
    m_lastError = ok ? QString() : error.message;
    endResetModel();
    if (!ok) {
        emit errorOccurred(m_lastError);
        return;
    }
    if (m_rows.size() < m_count)
        QTimer::singleShot(0, this, [this, generation] { readRest(generation); });
}

void AppealQueueModel::readRest(int generation)
{
    if (generation != m_generation || m_rows.size() >= kLimit)
        return;
    QVector<AppealRecord> rest;
    StoreError error;
    if (!AppealQuery(m_store).pending(&rest, &error, kLimit - int(m_rows.size()), int(m_rows.size()))) {
        m_lastError = error.message;
        emit errorOccurred(m_lastError);
        return;
    }
    if (rest.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + rest.size()) - 1);
    m_rows += rest;
    endInsertRows();
}

const AppealRecord *AppealQueueModel::appealAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int AppealQueueModel::rowOfAppeal(const QString &appealId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == appealId)
            return row;
    }
    return -1;
}

int AppealQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AppealQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

int AppealQueueModel::points(const AppealRecord &a) const
{
    if (a.violationPoints >= 0)
        return a.violationPoints;
    const Scale &scale = m_store.policy().scale(a.kind);
    const int index = scale.codeIndex(a.violationCode);
    return index >= 0 ? scale.codes[index].points : 0;
}

QVariant AppealQueueModel::display(const AppealRecord &a, int column) const
{
    switch (column) {
    case Appeal: return a.id;
    case Waiting: return tr("%n day(s)", nullptr, int(std::max<qint64>(0, (m_store.now() - a.at) / kSecondsPerDay)));
    case Subject: return tr("%1 (%2)").arg(a.subjectName, a.subject);
    case Violation:
        return tr("%1 · %2").arg(a.violation, PolicyText::codeDescription(m_store.policy(), a.kind, a.violationCode));
    case Points: return points(a);
    case RecordedBy: return a.violationBy;
    }
    return QVariant();
}

QVariant AppealQueueModel::data(const QModelIndex &index, int role) const
{
    const AppealRecord *a = index.isValid() ? appealAt(index.row()) : nullptr;
    if (!a || index.column() >= ColumnCount)
        return QVariant();
    // R-L4: the moderator who recorded the violation sees at once that the appeal is not theirs to decide.
    const bool own = !m_user.isEmpty() && Identity::same(a->violationBy, m_user);
    switch (role) {
    case Qt::DisplayRole: return display(*a, index.column());
    case Qt::ToolTipRole:
        if (own)
            return tr("You recorded %1, so another moderator must decide this appeal (R-L4 four-eyes).").arg(a->violation);
        if (index.column() == Violation)
            return tr("%1 recorded %2 by %3").arg(a->violationCode, PolicyText::formatDateTime(a->violationAt), a->violationBy);
        if (index.column() == Subject)
            return tr("%1 · %2").arg(PolicyText::kindName(a->kind), a->subject);
        if (index.column() == Waiting || index.column() == Appeal)
            return tr("Filed %1 by %2").arg(PolicyText::formatDateTime(a->at), a->by);
        return QVariant();
    case Qt::DecorationRole:
        if (index.column() == RecordedBy && own)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Points || index.column() == Waiting)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case AppealIdRole: return a->id;
    case SubjectRole: return a->subject;
    case OwnViolationRole: return own;
    }
    return QVariant();
}

QVariant AppealQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Appeal: return tr("Appeal");
    case Waiting: return tr("Waiting");
    case Subject: return tr("Subject");
    case Violation: return tr("Violation");
    case Points: return tr("Points");
    case RecordedBy: return tr("Recorded by");
    }
    return QVariant();
}

} // namespace redline
