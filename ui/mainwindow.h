#pragma once

// Page contract (UI helpers A and B):
// - Pages are REBUILT when a store is opened: MainWindow deletes every page and constructs it again with
//   the new Store&. A page may therefore keep a `Store &` member for its whole life; no setStore() needed.
//   The Store always outlives its pages.
// - Pages are constructed only when a store is open; with no store the window shows a welcome page.
// - F5 (View > Refresh) and MainWindow::refreshAll() call a page's public slot `void reload()` if it has
//   one (found with QMetaObject::invokeMethod, so it must be declared under `public slots:`).
// - A page that changed the store (recorded, appealed, decided...) emits a signal `void storeChanged()`;
//   MainWindow connects it by name when present and then refreshes the status bar and every other page.
// - A page that wants the case file of a subject opened in the Creators/MCNs/Brands browser emits
//   `void openSubjectRequested(const QString &handle)`; MainWindow connects it by name when present.
// - The acting user is Store::actor() (MainWindow sets it via Store::setActor after ActingUserDialog or
//   `--user NAME`); dialogs read it from the store.

#include <QMainWindow>

namespace redline {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace redline
