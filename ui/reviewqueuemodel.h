#pragma once

#include "query/reviewitem.h"

#include <QAbstractTableModel>
#include <QVector>

namespace redline {

class Store;

// The review queue's rows (ReviewQueueQuery): subjects with violations flagged by the algorithm or by
// user reports in the last `days` days of the store's clock, newest first. Bounded to kLimit subjects.
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Latest, Subject, Kind, Score, Flagged, Code, Evidence, ColumnCount };
    enum Role { HandleRole = Qt::UserRole + 1, StandingColorRole };
    static constexpr int kLimit = 2000;
    static constexpr int kDefaultDays = 7;

    explicit ReviewQueueModel(Store &store, QObject *parent = nullptr);

    void setDays(int days);
    int days() const { return m_days; }
    void reload();
    const ReviewItem *itemAt(int row) const;
    int rowOfSubject(const QString &handle) const;
    bool truncated() const { return m_rows.size() >= kLimit; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString &message);

private:
    QVariant display(const ReviewItem &item, int column) const;

    Store &m_store;
    int m_days = kDefaultDays;
    QVector<ReviewItem> m_rows;
    QString m_lastError;
};

} // namespace redline
