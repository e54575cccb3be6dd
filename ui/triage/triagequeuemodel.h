#pragma once

#include "query/triagequery.h"

#include <QAbstractTableModel>
#include <QVector>

namespace redline {

class Store;

// The triage queue's rows (TriageQuery), a page at a time: the first page on reload, the next when the
// view scrolls to the end (fetchMore), so opening a queue of any length reads one page.
class TriageQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Received, Subject, Source, Categories, Suggests, State, Excerpt, ColumnCount };
    static constexpr int kPage = 200;

    explicit TriageQueueModel(Store &store, QObject *parent = nullptr);

    void setFilter(TriageQuery::Filter filter, bool oldestFirst, const QString &me);
    TriageQuery::Filter filter() const { return m_filter; }
    bool oldestFirst() const { return m_oldestFirst; }
    void reload();
    const TriageItem *itemAt(int row) const;
    int rowOfItem(const QString &id) const;
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
    bool readPage(QVector<TriageItem> *out);
    QVariant display(const TriageItem &item, int column) const;

    Store &m_store;
    TriageQuery::Filter m_filter = TriageQuery::Filter::ToDo;
    bool m_oldestFirst = false;
    QString m_me;
    QVector<TriageItem> m_rows;
    bool m_atEnd = true;
    QString m_lastError;
};

} // namespace redline
