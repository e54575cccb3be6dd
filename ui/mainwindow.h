#pragma once

// Page contract:
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
#include <QPointer>
#include <QStringList>

#include <limits>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace redline {

class ActionHistory;
class CaseFileView;
class Store;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { Dashboard, Mcns, Brands, Creators, ReviewQueue, Appeals, PolicyPage, AuditLog, PageCount };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the store at `path` (replacing the current one); on failure shows a message and keeps the
    // current store. `askUser`: prompt for the acting user (false when --user was given).
    bool openStore(const QString &path, bool askUser = true);
    bool createStore(const QString &path);
    Store *store() const { return m_store.get(); }

    // The acting user used instead of the prompt (redline --user NAME).
    void setPresetUser(const QString &name) { m_presetUser = name; }
    // Fixes the stores' clock (redline --now T, REDLINE_NOW, tests); kNoInstant: the system clock.
    void setClock(qint64 now) { m_clock = now; }

    // Navigation by page, and by the page's stable name (dashboard, mcns, brands, creators, review,
    // appeals, policy, audit) for --page.
    void showPage(Page page);
    bool showPageByName(const QString &name);
    static QStringList pageNames();
    Page currentPage() const;
    QWidget *pageWidget(Page page) const;
    // Opens the subject's case file on its kind's browser page.
    bool openSubject(const QString &handle);

    ActionHistory *actionHistory() const { return m_history; }

public slots:
    void refreshAll();
    void recordViolation(const QString &handle);
    void fileAppeal(const QString &violationId);
    void decideAppeal(const QString &appealId);
    void undo();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private slots:
    void newStore();
    void openStoreDialog();
    void openRecent();
    void chooseActingUser();
    void onPageChanged(int row);
    void onStoreChanged();
    void updateUndoAction();
    void about();
    void openSubjectSlot(const QString &handle);
    void openPageSlot(const QString &name);

private:
    void buildNavigation();
    void buildMenus();
    void buildStatusBar();
    void rebuildPages();
    void clearPages();
    QWidget *createPage(Page page);
    void connectPage(QWidget *page);
    void updateStatusBar();
    void updateTitle();
    void updateActions();
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    bool askActingUser();
    void restoreSettings();
    void saveSettings();
    CaseFileView *currentCaseFile() const;
    QWidget *welcomePage();
    QString pageTitle(Page page) const;
    void showStoreError(const QString &what, const QString &message, const QString &hint);

    std::unique_ptr<Store> m_store;
    QString m_presetUser;
    bool m_splitterRestored = false;
    qint64 m_clock = std::numeric_limits<qint64>::max(); // kNoInstant
    ActionHistory *m_history = nullptr;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_welcome = nullptr;
    QPointer<QWidget> m_pages[PageCount];
    QMenu *m_recentMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_recordAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_userAction = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_policyLabel = nullptr;
};

} // namespace redline
