#pragma once

#include "query/appealrecord.h"

#include <QAbstractTableModel>
#include <QVector>

namespace redline {

class Store;

// The pending appeals, oldest first (the order they should be decided in), as AppealQuery reads them.
// Bounded (kLimit rows): the queue is a work list, not a browser of history. Empty until the first reload(),
// which the page makes when it is shown.
class AppealQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Appeal, Waiting, Subject, Violation, Points, RecordedBy, ColumnCount };
    enum Role { AppealIdRole = Qt::UserRole + 1, SubjectRole, OwnViolationRole };
    static constexpr int kLimit = 1000;

    explicit AppealQueueModel(Store &store, QObject *parent = nullptr);

    void reload();
    // The signed-in user: appeals on their own violations are marked (R-L4). Empty: nobody's.
    void setUser(const QString &user);
    QString user() const { return m_user; }
    const AppealRecord *appealAt(int row) const;
    int rowOfAppeal(const QString &appealId) const;
    bool truncated() const { return m_rows.size() >= kLimit; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString &message);

private:
    QVariant display(const AppealRecord &a, int column) const;
    int points(const AppealRecord &a) const;

    Store &m_store;
    QString m_user;
    QVector<AppealRecord> m_rows;
    QString m_lastError;
};

} // namespace redline
