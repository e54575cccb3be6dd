#pragma once

#include "query/appealrecord.h"

#include <QAbstractTableModel>
#include <QVector>

namespace redline {

class Store;

// The pending appeals, oldest first (the order they should be decided in), as AppealQuery reads them.
// Bounded (kLimit rows): the queue is a work list, not a browser of history. Empty until the first reload(),
// which the page makes when it is shown. reload() reads the first rows at once and the rest on the next
// turn of the event loop, so the page is painted before the rows nobody sees yet are read.
class AppealQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Appeal, Waiting, Subject, Violation, Points, RecordedBy, ColumnCount };
    enum Role { AppealIdRole = Qt::UserRole + 1, SubjectRole, OwnViolationRole };
    static constexpr int kLimit = 1000;
    static constexpr int kFirstRows = 100; // more than a screen holds

    explicit AppealQueueModel(Store &store, QObject *parent = nullptr);

    // Reads the pending count and at least the first `rowsAtOnce` rows (kFirstRows more), the rest later.
    void reload(int rowsAtOnce = 0);
    // The signed-in user: appeals on their own violations are marked (R-L4). Empty: nobody's.
    void setUser(const QString &user);
    QString user() const { return m_user; }
    const AppealRecord *appealAt(int row) const;
    int rowOfAppeal(const QString &appealId) const;
    // The pending appeals, at most kLimit: every row, including those not read yet.
    int pendingCount() const { return m_count; }
    bool truncated() const { return m_count >= kLimit; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString &message);

private:
    void readRest(int generation);
    QVariant display(const AppealRecord &a, int column) const;
    int points(const AppealRecord &a) const;

    Store &m_store;
    QString m_user;
    QVector<AppealRecord> m_rows;
    int m_count = 0;
    int m_generation = 0; // which reload() the rest belongs to
    QString m_lastError;
};

} // namespace redline
