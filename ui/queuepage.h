#pragma once

#include "actionhistory.h"
#include "page.h"

#include <QPointer>

#include <functional>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QSplitter;
class QTableView;

namespace redline {

class CaseFileView;
class Store;

// What the triage queues (review queue, appeals) share: a queue table beside the case file of the current
// row's subject, single-key triage on the table (J/K move), the session's undo list, and the splitter and
// column layout kept across sessions. Each page supplies its model, heading, actions and every text.
class QueuePage : public Page
{
    Q_OBJECT
public:
    ~QueuePage() override;

    QTableView *table() const { return m_table; }
    CaseFileView *caseFile() const override { return m_caseFile; }
    // Where actions are recorded for the session's undo list (the window's); none: not recorded.
    void setActionHistory(ActionHistory *history) { m_history = history; }

    // Reloads the queue, staying on the current row's key, else at its place when that row left the queue.
    // A hidden page only notes that it is out of date and reloads when it is next shown.
    void refresh() override;
    void saveState() const override;

signals:
    void actionRecorded();

protected:
    // `settingsPrefix` names the page's saved layout ("<prefix>/splitter", "<prefix>/header-<columns>").
    QueuePage(Store &store, const QString &settingsPrefix, QWidget *parent);

    // The heading row: the title, then the summary line; the page appends its own controls.
    QHBoxLayout *createHeading(const QString &title, const QString &summaryName);
    void createTable(QAbstractItemModel *model, const QString &name);
    void warnReadFailed(const QString &title, const QString &text);
    // The queue on the left, the case file on the right, restored to the user's saved layout.
    void createSplitter(QWidget *left, const QString &name, int leftStretch, int rightStretch,
                        const QList<int> &initialSizes);
    // Single-key triage acts on the list, so the keys belong to the table and never reach a text field.
    void addShortcut(const QKeySequence &keys, const std::function<void()> &action);
    void addMoveShortcuts();
    void moveSelection(int delta);
    void showCaseFileOf(const QString &handle);
    ActionHistory *history() const;
    QString settingsKey(const QString &name) const;

    // The current row's key and the row holding a key, so reload() can keep the selection.
    virtual QString currentKey() const = 0;
    virtual int rowOfKey(const QString &key) const = 0;
    virtual void reloadModel() = 0;
    virtual void onCurrentChanged() = 0;
    virtual void updateSummary() = 0;
    // The case file follows the session; a page that gates its own buttons overrides and calls this.
    void sessionChanged() override;
    void showEvent(QShowEvent *event) override;

    Store &m_store;
    QLabel *m_summary = nullptr;

private:
    QString headerKey() const;

    QString m_settingsPrefix;
    QPointer<ActionHistory> m_history;
    QTableView *m_table = nullptr;
    CaseFileView *m_caseFile = nullptr;
    QSplitter *m_splitter = nullptr;
    QString m_shownSubject;
    bool m_stale = true;         // not read since the store last changed: read when shown
    int m_currentChanges = 0;    // how often the current row changed, so refresh() loads its case file once
};

} // namespace redline
