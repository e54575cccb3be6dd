#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace redline {

class AuditTableModel;
class Store;

// Every write to the store, newest first, from the hash-chained audit log: who, when, what, on which
// subject, which ledger events. Searchable by actor, subject, action or detail.
class AuditLogPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditLogPage(Store &store, QWidget *parent = nullptr);

    AuditTableModel *model() const { return m_model; }

public slots:
    void reload();
    void focusSearch();
    void saveState() const;

signals:
    void openSubjectRequested(const QString &handle);

private:
    void updateSummary();

    Store &m_store;
    AuditTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace redline
