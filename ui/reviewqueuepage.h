#pragma once

#include "actionhistory.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace redline {

class CaseFileView;
class ReviewQueueModel;
class Store;

// The triage list (issue 4, Discourse's review queue, Ozone's keyboard triage): subjects with violations
// flagged by the algorithm or by user reports in the last days of the store's clock, newest first, with
// the case file of the current one beside it. J/K move, Enter opens the subject, N records a violation
// (the consequences are shown before it is confirmed).
class ReviewQueuePage : public QWidget
{
    Q_OBJECT
public:
    ReviewQueuePage(Store &store, QWidget *parent = nullptr);
    ~ReviewQueuePage() override;

    ReviewQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CaseFileView *caseFile() const { return m_caseFile; }
    QString currentHandle() const;
    void setActionHistory(ActionHistory *history) { m_history = history; }

public slots:
    void reload();
    // Opens the record dialog for the current subject; true when a violation was stored.
    bool recordForCurrent();
    void saveState() const;

signals:
    void storeChanged();
    void actionRecorded();
    void violationRecorded(const QString &id);
    void openSubjectRequested(const QString &handle);

private slots:
    void onCurrentChanged();

private:
    void buildUi();
    void addShortcut(const QKeySequence &keys, void (ReviewQueuePage::*slot)());
    void moveSelection(int delta);
    void selectNext() { moveSelection(1); }
    void selectPrevious() { moveSelection(-1); }
    void openCurrent();
    void recordFromShortcut() { recordForCurrent(); }
    void updateSummary();
    ActionHistory *history() const;

    Store &m_store;
    QPointer<ActionHistory> m_history;
    ReviewQueueModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    CaseFileView *m_caseFile = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_window = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_open = nullptr;
    QString m_shownSubject;
};

} // namespace redline
