#pragma once

#include "page.h"

#include "policy/policy.h"

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace redline {

class CampaignWizard;
class CaseFileView;
class Store;
class SubjectFilterBar;
class SubjectTableModel;

// One browse page (MCNs, brands or creators): the filter bar, the lazy subject table and, beside it,
// the case file of the selected subject. Moving through the table with the keyboard follows along in
// the case file; Enter or a double-click moves into it.
class SubjectBrowserPage : public Page
{
    Q_OBJECT
public:
    SubjectBrowserPage(Store &store, SubjectKind kind, QWidget *parent = nullptr);
    ~SubjectBrowserPage() override;

    SubjectKind kind() const { return m_kind; }
    SubjectTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    SubjectFilterBar *filterBar() const { return m_filters; }
    CaseFileView *caseFile() const override { return m_caseFile; }
    // Shows the subject's case file and selects its row when it is loaded.
    void openSubject(const QString &handle);
    // Filters the table to the creators of one MCN (creators page).
    void filterByMcn(qint64 mcnId);

    // "Act on all N shown…" (R-S3): the campaign wizard with the list's filter as its selection; built
    // and not shown, for the button and for tests.
    QPushButton *actOnAllButton() const { return m_actOnAll; }
    CampaignWizard *createCampaignWizard();
    // The R-B2 notice shown instead of the results when the search names a banned brand; empty otherwise.
    QString banNotice() const;

    QString title() const override;
    void refresh() override;
    void focusSearch() override;
    void saveState() const override;

signals:
    void countsChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void sessionChanged() override;

private slots:
    void applyFilters();
    void onCurrentChanged();
    void onActivated();
    void onSortIndicatorChanged(int section, Qt::SortOrder order);
    void onModelReset();

private:
    void restoreState();
    QString settingsKey() const;
    void updateSummary();
    void startCount();
    void actOnAllShown();
    void updateBanNotice();

    Store &m_store;
    SubjectKind m_kind;
    SubjectTableModel *m_model = nullptr;
    SubjectFilterBar *m_filters = nullptr;
    QTableView *m_table = nullptr;
    CaseFileView *m_caseFile = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_actOnAll = nullptr;
    QStackedWidget *m_results = nullptr; // the table, or the R-B2 notice in its place
    QLabel *m_banNotice = nullptr;
    QString m_banNoticeText; // as plain text
    QTimer *m_follow = nullptr;
    int m_sortSection = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_pendingHandle;
    bool m_filtersChanged = false; // the next model reset comes from a search or a filter
    qint64 m_total = -1;
    bool m_totalExact = true;
    int m_countGeneration = 0;
    bool m_splitterRestored = false;
};

} // namespace redline
