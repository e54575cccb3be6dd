#pragma once

// The console's window: navigation over the pages (ui/page.h says what a page is to the window), the menus,
// the status bar, and who is signed in.
//
// Who acts is a Session (docs/roles.md): on opening a store the window takes Authenticator::initialSession;
// an open store (no user has a password) needs no sign-in and writes as the OS user, a secured one shows
// the sign-in dialog, and Cancel leaves the console read-only (anonymous), never acting as a default user.
// Every write the window or a page makes builds `Actions(store, session)`; what the session may not do is
// disabled with a tooltip naming the role it needs (WriteGate).
//
// A team store (File > Connect to team store…, redline --db postgresql://…; docs/teamstore.md "Two consoles")
// is a linked working copy: the server signed the login in, so there is no sign-in here, and the title and
// the status bar name the server and the login. The window watches the link's notifications (LISTEN/NOTIFY)
// and, when someone records something, takes it into the working copy and refreshes the pages as after its
// own writes; F5 and the refresh after every write or dialog take in what the team recorded as well.

#include "page.h"

#include "actions/session.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <limits>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QSocketNotifier;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace redline {

class ActionHistory;
class CaseFileView;
class Store;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum PageId { Dashboard, Mcns, Brands, Creators, Triage, Campaigns, Appeals, PolicyPage, AuditLog, Outbox, PageCount };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the store at `path` (replacing the current one); on failure shows a message and keeps the
    // current store. A secured store asks for a sign-in when `askSignIn` (else it opens read-only until
    // Session > Sign in); an open store never asks.
    // A store this user may not write (the file or its folder), or one opened with `readOnly`, opens
    // read-only for an audit: marked in the title and the status bar, every write disabled with the reason.
    bool openStore(const QString &path, bool askSignIn = true, bool readOnly = false);
    bool createStore(const QString &path);
    // Connects to the team store at `url` (redline --db postgresql://…). Interactive: through the connect
    // dialog, which asks for a password when the server wants one and shows why a connection failed. Not
    // interactive (--screenshot, tests): no dialog at all; false with *error when it cannot connect.
    // Either way the current store stays open on failure.
    bool openTeamStore(const QString &url, bool interactive = true, QString *error = nullptr);
    // redline --db PATH: opens the store there, or, when there is no file at PATH, says so and offers to
    // create a new store there.
    bool openOrOfferToCreate(const QString &path, bool readOnly = false);
    Store *store() const { return m_store.get(); }

    // Who is acting: open (OS user, or --user NAME on an open store), signed in, or anonymous (read-only).
    const Session &session() const { return m_session; }
    // Replaces the session (after a sign-in or sign-out): every page and action follows it.
    void setSession(const Session &session);

    // redline --user NAME: preselected in the sign-in dialog of a secured store, never signed in without its
    // password; on an open store (no passwords) the name the writes are recorded under, as redline-cli does.
    void setPresetUser(const QString &name) { m_presetUser = name; }
    // Fixes the stores' clock (redline --now T, REDLINE_NOW, tests); kNoInstant: the system clock.
    void setClock(qint64 now) { m_clock = now; }

    // Navigation by page, and by the page's stable name (dashboard, mcns, brands, creators, triage,
    // campaigns, appeals, policy, audit, outbox) for --page.
    void showPage(PageId page);
    bool showPageByName(const QString &name);
    static QStringList pageNames();
    PageId currentPage() const;
    redline::Page *pageWidget(PageId page) const;
    // Opens the subject's case file on its kind's browser page.
    bool openSubject(const QString &handle);

    ActionHistory *actionHistory() const { return m_history; }

public slots:
    void refreshAll();
    void recordViolation(const QString &handle);
    void takeLedgerAction(int kind, const QString &handle);
    void fileAppeal(const QString &violationId);
    void decideAppeal(const QString &appealId);
    void undo();
    void showHistory();
    void exportReport();
    void keepOnScreen();
    // Session menu: sign in (a secured store), sign out (back to read-only), change one's own password.
    bool signIn();
    void signOut();
    void changePassword();
    // File > Connect to team store…
    void connectToTeamStore();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private slots:
    void newStore();
    void openStoreDialog();
    void openStoreReadOnlyDialog();
    void openRecent();
    void openRecentTeamStore();
    // The link's socket is readable: the team recorded something (or the connection dropped).
    void onTeamNotification();
    void onTeamPoll();
    void onPageChanged(int row);
    void onStoreChanged();
    void updateUndoAction();
    void about();

private:
    void buildNavigation();
    void buildMenus();
    void buildStatusBar();
    void rebuildPages();
    void clearPages();
    redline::Page *createPage(PageId page);
    void connectPage(redline::Page *page);
    void updateStatusBar();
    void updateTeamStatus();
    void showStatusLabel(QLabel *label, bool visible);
    void updateTitle();
    void updateActions();
    void updateExportReportAction();
    QString shownCaseFileHandle() const;
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void startSession(bool askSignIn);
    // The one way a store becomes the window's, a file's or a team store's working copy: its indexes, the
    // pages rebuilt on it, who acts on it, and on a team store the notifications watched.
    void adoptStore(std::unique_ptr<Store> store, bool askSignIn);
    void refreshPages();
    void refreshIfTeamStore();
    void watchTeamStore();
    void stopWatchingTeamStore();
    bool takeTeamChanges();
    void followTeamSession();
    QString teamChangesText(const QStringList &writers) const;
    QString teamLogin() const;
    void restoreSettings();
    void saveSettings();
    CaseFileView *currentCaseFile() const;
    QWidget *welcomePage();
    QString pageTitle(PageId page) const;
    void showStoreError(const QString &what, const QString &message, const QString &hint);

    std::unique_ptr<Store> m_store;
    Session m_session = Session::anonymous();
    QString m_presetUser;
    bool m_splitterRestored = false;
    qint64 m_clock = std::numeric_limits<qint64>::max(); // kNoInstant
    ActionHistory *m_history = nullptr;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_welcome = nullptr;
    QPointer<redline::Page> m_pages[PageCount];
    QMenu *m_recentMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_recordAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_passwordAction = nullptr;
    QAction *m_connectTeamAction = nullptr;
    QSocketNotifier *m_teamNotifier = nullptr;
    QTimer *m_teamRetry = nullptr;
    QTimer *m_teamPoll = nullptr;
    quint64 m_catchUpsShown = 0; // Store::catchUps() when the pages last read the store
    QStringList m_teamWriters; // named by notifications not taken in yet
    QLabel *m_teamLabel = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_policyLabel = nullptr;
};

} // namespace redline
