#pragma once

#include "store/cachedstate.h"
#include "query/subjectquery.h"

#include <QAbstractTableModel>
#include <QVector>

namespace redline {

class Store;

// The subject table of one kind (MCNs, brands or creators), lazy: rows arrive in pages through
// fetchMore() as the view scrolls, and sorting, filtering and searching are new SQL queries
// (SubjectQuery), never work on rows in memory. A million-row store costs one page to show.
class SubjectTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Handle, Name, Score, Band, Restrictions, LastViolation, Mcn, Ladder, Certified, Deposit };
    enum Role {
        HandleRole = Qt::UserRole + 1,
        ScoreRole,
        MaxRole,
        StandingColorRole, // QColor of the score/band chip
        SubjectIdRole,
    };
    static constexpr int kPageSize = 200;

    SubjectTableModel(Store &store, SubjectKind kind, QObject *parent = nullptr);

    SubjectKind kind() const { return m_spec.kind; }
    const SubjectListSpec &spec() const { return m_spec; }
    // Replaces filters and search (the kind stays); reloads from the first page.
    void setFilter(const SubjectListSpec &spec);
    void setSearch(const QString &text);
    // Re-reads from the first page (after a write, F5).
    void reload();

    Column columnAt(int section) const { return m_columns.value(section, Handle); }
    int sectionOf(Column column) const { return m_columns.indexOf(column); }
    bool isSortable(int section) const;
    const CachedState *stateAt(int row) const;
    int rowOfHandle(const QString &handle) const;
    // Matching subjects in the store (a count query; -1 on error).
    qint64 matchCount() const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void errorOccurred(const QString &message);
    // After a reload: the first page is in (the page's cue to restore its selection).
    void reloaded();

private:
    void resetRows();
    bool readNextPage(QVector<CachedState> *page);
    QVariant displayData(const CachedState &state, Column column) const;
    QVariant toolTipData(const CachedState &state, Column column) const;

    Store &m_store;
    SubjectQuery m_query;
    SubjectListSpec m_spec;
    QVector<Column> m_columns;
    QVector<CachedState> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false;
    QString m_lastError;
};

} // namespace redline
