#include "policycomparemodel.h"

#include "policytext.h"
#include "query/whatifreplay.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace redline {

namespace {

QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &id : a) {
        if (!b.contains(id))
            out << id;
    }
    return out;
}

} // namespace

PolicyCompareModel::PolicyCompareModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PolicyCompareModel::setReport(std::shared_ptr<const WhatIfReport> report, const Policy &before,
                                   const Policy &after)
{
    m_report = std::move(report);
    m_before = before;
    m_after = after;
    refilter();
}

void PolicyCompareModel::setKindFilter(std::optional<SubjectKind> kind)
{
    m_kind = kind;
    refilter();
}

void PolicyCompareModel::setHandleFilter(const QString &text)
{
    m_handleFilter = text.trimmed();
    refilter();
}

void PolicyCompareModel::setOnlyChanged(bool only)
{
    m_onlyChanged = only;
    refilter();
}

void PolicyCompareModel::refilter()
{
    beginResetModel();
    m_rows.clear();
    m_fetched = 0;
    if (m_report) {
        const QVector<SubjectOutcome> &outcomes = m_report->outcomes;
        for (int i = 0; i < outcomes.size(); ++i) {
            const SubjectOutcome &o = outcomes.at(i);
            if (m_onlyChanged && !o.changed())
                continue;
            if (m_kind && o.subjectKind() != *m_kind)
                continue;
            if (!m_handleFilter.isEmpty() && !m_report->handleView(o).contains(m_handleFilter, Qt::CaseInsensitive))
                continue;
            m_rows.append(quint32(i));
        }
        applySort();
        m_fetched = std::min<int>(m_rows.size(), kPageRows);
    }
    endResetModel();
}

void PolicyCompareModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    beginResetModel();
    applySort();
    m_fetched = std::min<int>(m_rows.size(), std::max(m_fetched, kPageRows));
    endResetModel();
}

void PolicyCompareModel::applySort()
{
    if (!m_report || m_sortColumn < 0)
        return;
    const WhatIfReport &r = *m_report;
    const QVector<SubjectOutcome> &o = r.outcomes;
    auto byKey = [&](auto key) {
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](quint32 a, quint32 b) {
            return m_sortOrder == Qt::AscendingOrder ? key(o[a]) < key(o[b]) : key(o[b]) < key(o[a]);
        });
    };
    switch (m_sortColumn) {
    case Subject:
        byKey([&](const SubjectOutcome &x) { return r.handleView(x); });
        break;
    case Kind:
        byKey([](const SubjectOutcome &x) { return x.kind; });
        break;
    case ScoreBefore:
        byKey([](const SubjectOutcome &x) { return x.scoreBefore; });
        break;
    case ScoreAfter:
        byKey([](const SubjectOutcome &x) { return x.scoreAfter; });
        break;
    case Delta:
        byKey([](const SubjectOutcome &x) { return x.scoreAfter - x.scoreBefore; });
        break;
    case TierBefore: // the top band first, as the scale reads
        byKey([](const SubjectOutcome &x) { return std::make_pair(x.kind, x.tierBefore); });
        break;
    case TierAfter:
        byKey([](const SubjectOutcome &x) { return std::make_pair(x.kind, x.tierAfter); });
        break;
    case Gained:
        byKey([&](const SubjectOutcome &x) {
            return minus(r.restrictionSets[x.restrictionsAfter], r.restrictionSets[x.restrictionsBefore]).size();
        });
        break;
    case Lost:
        byKey([&](const SubjectOutcome &x) {
            return minus(r.restrictionSets[x.restrictionsBefore], r.restrictionSets[x.restrictionsAfter]).size();
        });
        break;
    default:
        break;
    }
}

const SubjectOutcome &PolicyCompareModel::outcomeAt(int filteredRow) const
{
    return m_report->outcomes.at(m_rows.at(filteredRow));
}

QString PolicyCompareModel::handleAt(int filteredRow) const
{
    return m_report->handleOf(outcomeAt(filteredRow));
}

int PolicyCompareModel::rowOfHandle(const QString &handle) const
{
    for (int row = 0; row < m_fetched; ++row) {
        if (m_report->handleView(outcomeAt(row)) == handle)
            return row;
    }
    return -1;
}

QString PolicyCompareModel::tierName(const SubjectOutcome &o, bool after) const
{
    const Policy &policy = after ? m_after : m_before;
    return WhatIfReplay::tierName(policy.scale(o.subjectKind()), after ? o.tierAfter : o.tierBefore);
}

QStringList PolicyCompareModel::gained(const SubjectOutcome &o) const
{
    return minus(m_report->restrictionSets.at(o.restrictionsAfter), m_report->restrictionSets.at(o.restrictionsBefore));
}

QStringList PolicyCompareModel::lost(const SubjectOutcome &o) const
{
    return minus(m_report->restrictionSets.at(o.restrictionsBefore), m_report->restrictionSets.at(o.restrictionsAfter));
}

QString PolicyCompareModel::restrictionText(const QStringList &ids, const Policy &policy) const
{
    QStringList labels;
    for (const QString &id : ids)
        labels << PolicyText::restrictionLabel(policy, id);
    return labels.join(QStringLiteral(", "));
}

int PolicyCompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int PolicyCompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PolicyCompareModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetched < m_rows.size();
}

void PolicyCompareModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const int more = std::min<int>(kPageRows, m_rows.size() - m_fetched);
    if (more <= 0)
        return;
    beginInsertRows(QModelIndex(), m_fetched, m_fetched + more - 1);
    m_fetched += more;
    endInsertRows();
}

QVariant PolicyCompareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_report || index.row() >= m_fetched)
        return {};
    const SubjectOutcome &o = outcomeAt(index.row());
    const int delta = o.scoreAfter - o.scoreBefore;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Subject: return m_report->handleOf(o);
        case Kind: return PolicyText::kindName(o.subjectKind());
        case ScoreBefore: return o.scoreBefore;
        case ScoreAfter: return o.scoreAfter;
        case Delta: return delta > 0 ? QStringLiteral("+%1").arg(delta) : QString::number(delta);
        case TierBefore: return tierName(o, false);
        case TierAfter: return tierName(o, true);
        case Gained: return restrictionText(gained(o), m_after);
        case Lost: return restrictionText(lost(o), m_before);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == ScoreBefore || index.column() == ScoreAfter
                                          || index.column() == Delta))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (index.column() == Delta && delta != 0)
            return QBrush(delta < 0 ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x1b, 0x5e, 0x20));
        if (index.column() == TierAfter && o.tierChanged())
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
    }
    if (role == Qt::FontRole && index.column() == TierAfter && o.tierChanged()) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant PolicyCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Subject: return tr("Subject");
        case Kind: return tr("Kind");
        case ScoreBefore: return tr("Score in force");
        case ScoreAfter: return tr("Score proposed");
        case Delta: return tr("Change");
        case TierBefore: return tr("Tier in force");
        case TierAfter: return tr("Tier proposed");
        case Gained: return tr("Restrictions gained");
        case Lost: return tr("Restrictions lost");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && (section == TierBefore || section == TierAfter))
        return tr("The band between two thresholds of the scale; for creators, whose credit scale has no "
                  "thresholds, the ladder level (R-C1)");
    return {};
}

} // namespace redline
