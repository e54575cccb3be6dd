#pragma once

#include "actionhistory.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace redline {

class Store;

// Edit > History: this session's actions, newest first, each with whether it can still be undone and, when
// not, why (already undone, its subject appealed it, decisions are final). "Undo selected" retracts the
// chosen violation through the action layer, as Ctrl+Z does for the newest one.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(ActionHistory &history, Store &store, const Session &session, QWidget *parent = nullptr);

    // Whether anything was undone while the dialog was open (the window then refreshes its pages).
    bool undidSomething() const { return m_undid; }

private:
    void reload();
    void updateButton();
    void undoSelected();

    ActionHistory &m_history;
    Store &m_store;
    Session m_session;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_undo = nullptr;
    bool m_undid = false;
};

} // namespace redline
