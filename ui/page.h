#pragma once

#include "actions/session.h"

#include <QString>
#include <QWidget>

namespace redline {

class CaseFileView;

// What the main window knows of a page (dashboard, browsers, queues, policy, audit log), so it wires them
// with typed connections instead of looking methods and signals up by name:
// - Pages are REBUILT when a store is opened: MainWindow deletes every page and constructs it again with
//   the new Store&, so a page may keep a `Store &` for its whole life. The Store outlives its pages.
// - refresh() re-reads the store (F5, and after any write); saveState() keeps the page's layout in
//   QSettings; focusSearch() is Ctrl+F.
// - setSession() tells the page who is signed in, so it can disable (with a tooltip saying why) what the
//   session may not do. The page never writes around core/actions: every write builds
//   `Actions(store, session())`, and core has the last word.
// - A page asks the window for what only the window does through its signals: a write made on the page
//   (storeChanged), a subject's case file (openSubjectRequested), another page (openPageRequested), and
//   the dialogs of the case file's actions (record, file appeal, decide appeal, and the agency, brand and
//   creator actions of LedgerActionDialog).
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(QWidget *parent = nullptr)
        : QWidget(parent)
    {
    }

    virtual QString title() const = 0;
    virtual void refresh() = 0;
    virtual void saveState() const {}
    virtual void focusSearch() {}
    // The case file the page shows beside its list, if it has one (Ctrl+N records on its subject).
    virtual CaseFileView *caseFile() const { return nullptr; }

    // The default keeps the session and calls sessionChanged(); a page overrides sessionChanged().
    void setSession(const Session &session)
    {
        m_session = session;
        sessionChanged();
    }
    const Session &session() const { return m_session; }

signals:
    void storeChanged();
    void openSubjectRequested(const QString &handle);
    void openPageRequested(const QString &pageName);
    void recordViolationRequested(const QString &handle);
    void fileAppealRequested(const QString &violationId);
    void decideAppealRequested(const QString &appealId);
    // A deposit, certification, contract, ban or exam action (LedgerActionDialog::Kind as int) on `handle`.
    void ledgerActionRequested(int kind, const QString &handle);

protected:
    virtual void sessionChanged() {}

private:
    Session m_session;
};

} // namespace redline
