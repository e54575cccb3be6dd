#pragma once

#include "store/auditentry.h"
#include "query/auditquery.h"

#include <QAbstractTableModel>
#include <QVector>

namespace redline {

class Store;

// The audit log, newest first, read in pages as the view scrolls (keyset on the row id): when, who, what
// happened in words (AuditText: "mod.li recorded v-123 (creator.diversion, −5) on crt-1"), on which
// subject. The filter (actor, action, subject, dates, text) runs in SQL (AuditQuery).
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, When, Actor, Sentence, Subject, Action, Events, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, BrokenRole };
    static constexpr int kPageSize = 200;

    explicit AuditTableModel(Store &store, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    // The free-text part of the filter (the search box).
    void setSearch(const QString &text);
    void reload();
    const AuditEntry *entryAt(int row) const;
    QString lastError() const { return m_lastError; }
    // The translated name of an audit action id ("record violations", "import", "set a password").
    static QString actionLabel(const QString &id);
    // The sentence a row reads as.
    QString sentence(const AuditEntry &entry) const;

    // The row of audit entry `id`, reading further pages until it is loaded or known not to match the
    // filter; -1 when it is not listed.
    int loadRowOf(qint64 id);
    // The row verify named as broken: painted as such until the next verify (0: none).
    void setBrokenId(qint64 id);
    qint64 brokenId() const { return m_brokenId; }

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

    Store &m_store;
    AuditQuery m_query;
    AuditFilter m_filter;
    QVector<AuditEntry> m_rows;
    QVector<QString> m_sentences; // worded once per row as it is read
    bool m_atEnd = false;
    bool m_fetching = false;
    qint64 m_brokenId = 0;
    QString m_lastError;
};

} // namespace redline
