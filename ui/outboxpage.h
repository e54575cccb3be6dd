#pragma once

#include "page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace redline {

class NoticeTableModel;
class Store;

// The notices the platform sent subjects (core/notice, docs/rules.md "Notices"), newest first: when, to
// whom, which notice, in which language, sent by whom, its first line; the selected notice's whole text
// beside the list. Filters by subject and template; Export writes the listed notices as CSV (the JSON
// Lines export of the store carries them too).
class OutboxPage : public Page
{
    Q_OBJECT
public:
    explicit OutboxPage(Store &store, QWidget *parent = nullptr);

    NoticeTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *detail() const { return m_detail; }

    QString title() const override;
    void refresh() override;
    void focusSearch() override;
    void saveState() const override;

    void setSubjectFilter(const QString &subject);
    void setTemplateFilter(const QString &templateId);
    // Writes the listed notices to `path` as CSV; false with *error when it cannot.
    bool exportCsv(const QString &path, QString *error);

private:
    void applyFilters();
    void showSelected();
    void updateSummary();
    void chooseExportFile();

    Store &m_store;
    NoticeTableModel *m_model = nullptr;
    QLineEdit *m_subject = nullptr;
    QComboBox *m_template = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QLabel *m_detailHeading = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace redline
