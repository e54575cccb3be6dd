#pragma once

#include "store/auditentry.h"
#include "query/auditquery.h"

#include <QAbstractTableModel>
#include <QVector>

namespace redline {

class Store;

// The audit log, newest first, read in pages as the view scrolls (keyset on the row id).
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, When, Actor, Action, Subject, Events, Detail, Hash, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit AuditTableModel(Store &store, QObject *parent = nullptr);

    void setSearch(const QString &text);
    void reload();
    const AuditEntry *entryAt(int row) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void errorOccurred(const QString &message);

private:
    bool readNextPage(QVector<AuditEntry> *page);

    AuditQuery m_query;
    QString m_search;
    QVector<AuditEntry> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false;
    QString m_lastError;
};

} // namespace redline
