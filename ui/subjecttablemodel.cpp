#include "subjecttablemodel.h"

#include "policytext.h"
#include "store/store.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace redline {

SubjectTableModel::SubjectTableModel(Store &store, SubjectKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_query(store)
{
    m_spec.kind = kind;
    m_spec.sort = SubjectListSpec::Sort::Handle;
    m_columns = {Handle, Name, Score};
    if (!store.storedPolicy().scale(kind).bands.isEmpty())
        m_columns << Band;
    m_columns << Restrictions << LastViolation;
    if (kind == SubjectKind::Creator)
        m_columns << Mcn << Ladder;
    if (kind == SubjectKind::Mcn)
        m_columns << Certified << Deposit;
    resetRows();
}

void SubjectTableModel::setFilter(const SubjectListSpec &spec)
{
    const SubjectKind kind = m_spec.kind;
    const SubjectListSpec::Sort sort = m_spec.sort;
    const bool descending = m_spec.descending;
    m_spec = spec;
    m_spec.kind = kind;
    m_spec.sort = sort;
    m_spec.descending = descending;
    resetRows();
}

void SubjectTableModel::setSearch(const QString &text)
{
    if (m_spec.search == text)
        return;
    m_spec.search = text;
    resetRows();
}

void SubjectTableModel::reload()
{
    resetRows();
}

bool SubjectTableModel::isSortable(int section) const
{
    switch (columnAt(section)) {
    case Handle: case Name: case Score: case Band: case LastViolation: case Mcn: return true;
    default: return false;
    }
}

const CachedState *SubjectTableModel::stateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SubjectTableModel::rowOfHandle(const QString &handle) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).handle == handle)
            return i;
    }
    return -1;
}

qint64 SubjectTableModel::matchCount() const
{
    StoreError error;
    return m_query.count(m_spec, &error);
}

void SubjectTableModel::resetRows()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_lastError.clear();
    // The first page is read here, not on the view's first fetchMore(), so the model has rows the moment
    // it is reset (and a test can assert them without a view).
    QVector<CachedState> page;
    if (readNextPage(&page))
        m_rows = page;
    endResetModel();
    emit reloaded();
}

bool SubjectTableModel::readNextPage(QVector<CachedState> *page)
{
    SubjectCursor after;
    if (!m_rows.isEmpty())
        after = SubjectQuery::cursorAfter(m_spec, m_rows.constLast());
    StoreError error;
    if (!m_query.fetch(m_spec, after, kPageSize, page, &error)) {
        m_atEnd = true; // a failing query is not retried on every scroll
        m_lastError = error.message;
        emit errorOccurred(error.message);
        return false;
    }
    m_atEnd = page->size() < kPageSize;
    return true;
}

int SubjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SubjectTableModel::displayData(const CachedState &s, Column column) const
{
    const Policy &policy = m_store.storedPolicy();
    switch (column) {
    case Handle: return s.handle;
    case Name: return s.name;
    case Score: return tr("%1 / %2").arg(s.score).arg(s.max);
    case Band: return PolicyText::bandLabel(s.band);
    case Restrictions: return PolicyText::restrictionList(policy, s.restrictions);
    case LastViolation: return PolicyText::formatDate(s.lastViolationAt);
    case Mcn: return s.mcn;
    case Ladder: return s.ladderLevel > 0 ? tr("L%1").arg(s.ladderLevel) : QString();
    case Certified: return s.certified ? tr("Certified") : tr("Not certified");
    case Deposit: return PolicyText::money(s.depositBalance);
    }
    return {};
}

QVariant SubjectTableModel::toolTipData(const CachedState &s, Column column) const
{
    const Policy &policy = m_store.storedPolicy();
    switch (column) {
    case Restrictions: {
        QStringList lines;
        for (const QString &id : s.restrictions)
            lines << QStringLiteral("%1 (%2)").arg(PolicyText::restrictionLabel(policy, id), id);
        return lines.isEmpty() ? tr("No active restrictions") : lines.join(QLatin1Char('\n'));
    }
    case Score:
    case Band:
        return tr("%1: %2 of %3; %4").arg(PolicyText::scaleName(s.kind)).arg(s.score).arg(s.max)
            .arg(PolicyText::bandLabel(s.band));
    case Ladder:
        return tr("Highest ladder level among violations in force within the window (R-C1)");
    default:
        return {};
    }
}

QVariant SubjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const CachedState &s = m_rows.at(index.row());
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole: return displayData(s, column);
    case Qt::ToolTipRole: return toolTipData(s, column);
    case Qt::TextAlignmentRole:
        if (column == Score || column == Deposit || column == Ladder)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Certified && !s.certified)
            return QColor(0x9e, 0x9e, 0x9e);
        return {};
    case HandleRole: return s.handle;
    case ScoreRole: return s.score;
    case MaxRole: return s.max;
    case SubjectIdRole: return s.subjectId;
    case StandingColorRole: {
        const Scale &scale = m_store.storedPolicy().scale(s.kind);
        bool barred = false;
        for (const QString &id : scale.recoveryBlockedBy)
            barred = barred || s.restrictions.contains(id);
        if (s.kind == SubjectKind::Brand && s.restrictions.contains(QLatin1String("banned")))
            barred = true;
        return PolicyText::standingColor(scale, s.score, s.band, barred);
    }
    default: return {};
    }
}

QVariant SubjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::ToolTipRole) {
        if (columnAt(section) == Score)
            return PolicyText::scaleName(m_spec.kind);
        if (!isSortable(section))
            return tr("This column cannot be sorted");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (m_columns.at(section)) {
    case Handle: return tr("Handle");
    case Name: return tr("Name");
    case Score: return PolicyText::scaleShortName(m_spec.kind);
    case Band: return tr("Band");
    case Restrictions: return tr("Active restrictions");
    case LastViolation: return tr("Last violation");
    case Mcn: return tr("MCN");
    case Ladder: return tr("Ladder");
    case Certified: return tr("Certification");
    case Deposit: return tr("Deposit");
    }
    return {};
}

bool SubjectTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void SubjectTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    QVector<CachedState> page;
    if (!readNextPage(&page))
        return;
    if (page.isEmpty())
        return;
    // A view (or a model tester) reacting to the insertion may ask for more before m_rows has grown: the
    // flag keeps it from reading the same page twice.
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
    m_fetching = false;
}

void SubjectTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    SubjectListSpec::Sort sort = SubjectListSpec::Sort::Handle;
    switch (columnAt(column)) {
    case Handle: sort = SubjectListSpec::Sort::Handle; break;
    case Name: sort = SubjectListSpec::Sort::Name; break;
    case Score: case Band: sort = SubjectListSpec::Sort::Score; break;
    case LastViolation: sort = SubjectListSpec::Sort::LastViolation; break;
    case Mcn: sort = SubjectListSpec::Sort::Mcn; break;
    default: return;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_spec.sort && descending == m_spec.descending)
        return;
    m_spec.sort = sort;
    m_spec.descending = descending;
    resetRows();
}

} // namespace redline
