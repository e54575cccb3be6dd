#pragma once

#include "actionhistory.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace redline {

class AppealQueueModel;
class CaseFileView;
class Store;

// The appeals queue (issue 4 item 5): pending appeals, oldest first, with the case file of the selected
// appeal's subject beside it. Enter, D or the Decide button opens the decision dialog; O opens the subject
// in its browser; J/K move. Appeals on the acting user's own violations are marked (R-L4).
class AppealsPage : public QWidget
{
    Q_OBJECT
public:
    AppealsPage(Store &store, QWidget *parent = nullptr);
    ~AppealsPage() override;

    AppealQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CaseFileView *caseFile() const { return m_caseFile; }
    QPushButton *decideButton() const { return m_decide; }
    QString currentAppealId() const;
    // Where decisions are recorded for the session's undo list: the one set here, else the window's.
    void setActionHistory(ActionHistory *history) { m_history = history; }

public slots:
    void reload();
    // Opens the decision dialog for the selected appeal; true when a decision was stored.
    bool decideCurrent();
    void saveState() const;

signals:
    void storeChanged();
    void actionRecorded();
    void openSubjectRequested(const QString &handle);

private slots:
    void onCurrentChanged();

private:
    void buildUi();
    void addShortcut(const QKeySequence &keys, void (AppealsPage::*slot)());
    void moveSelection(int delta);
    void selectNext() { moveSelection(1); }
    void selectPrevious() { moveSelection(-1); }
    void openCurrentSubject();
    void decideFromShortcut() { decideCurrent(); }
    void updateSummary();
    void updateButtons();
    void updateDetail();
    ActionHistory *history() const;

    Store &m_store;
    QPointer<ActionHistory> m_history;
    AppealQueueModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    CaseFileView *m_caseFile = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_decide = nullptr;
    QPushButton *m_open = nullptr;
    QString m_shownSubject;
};

} // namespace redline
