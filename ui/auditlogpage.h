#pragma once

#include "page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace redline {

class AuditTableModel;
class Store;

// Every write to the store, newest first, from the hash-chained audit log, in words: when, who, what
// happened ("mod.li recorded v-123 (creator.diversion, −5) on crt-1"), on which subject. Filters by actor,
// action, subject and date (and free text, Ctrl+F); Verify runs Store::verify with a cancellable progress
// dialog and shows OK or the first broken row, selected when it is listed.
class AuditLogPage : public Page
{
    Q_OBJECT
public:
    explicit AuditLogPage(Store &store, QWidget *parent = nullptr);

    AuditTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    QString title() const override;
    void refresh() override;
    void focusSearch() override;
    void saveState() const override;

    // Filters (what the widgets set): an empty value matches every row.
    void setActorFilter(const QString &actor);
    void setActionFilter(const QString &action);
    void setSubjectFilter(const QString &subject);
    void setDateFilter(const QDate &from, const QDate &to);
    void clearFilters();

    // Runs verify (with its progress dialog); true when the store is intact. The result is shown under the
    // table and, for a broken row, that row is selected.
    bool verify();
    QString verifyResult() const;
    // The audit row id a verify message names as broken (0: none), in the console's language.

private:
    void applyFilters();
    void fillFilterLists();
    void updateSummary();

    Store &m_store;
    AuditTableModel *m_model = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_subject = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_verify = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_verifyResult = nullptr;
    bool m_filling = false;
};

} // namespace redline
