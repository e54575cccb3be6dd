#pragma once

#include "query/noticequery.h"

#include <QAbstractTableModel>
#include <QVector>

namespace redline {

class Store;

// The notices the store sent, newest first, read in pages as the view scrolls (keyset on the ledger
// sequence, NoticeQuery): when, to whom, which template (translated), in which language, by whom, and the
// notice's first line. The filter (subject, template) runs in SQL.
class NoticeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Subject, Template, Language, By, FirstLine, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit NoticeTableModel(Store &store, QObject *parent = nullptr);

    void setFilter(const NoticeFilter &filter);
    const NoticeFilter &filter() const { return m_filter; }
    void reload();
    const NoticeRecord *noticeAt(int row) const;
    QString lastError() const { return m_lastError; }

    // A template id in words ("Violation notice"), and a notice language ("Chinese (zh_CN)").
    static QString templateLabel(const QString &id);
    static QString languageLabel(const QString &language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void errorOccurred(const QString &message);

private:
    bool readNextPage(QVector<NoticeRecord> *page);

    Store &m_store;
    NoticeQuery m_query;
    NoticeFilter m_filter;
    QVector<NoticeRecord> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false;
    QString m_lastError;
};

} // namespace redline
