#include "mainwindow.h"

#include "ledgeractiondialog.h"

#include "actionhistory.h"
#include "historydialog.h"
#include "appealspage.h"
#include "campaign/campaignspage.h"
#include "auditlogpage.h"
#include "outboxpage.h"
#include "casefileview.h"
#include "changepassworddialog.h"
#include "connectteamdialog.h"
#include "dashboardpage.h"
#include "decideappealdialog.h"
#include "fileappealdialog.h"
#include "policy/policycompareview.h"
#include "triage/triagepage.h"
#include "policy/policylabpage.h"
#include "policytext.h"
#include "recordviolationdialog.h"
#include "signindialog.h"
#include "subjectbrowserpage.h"
#include "tableexporter.h"
#include "report/reportexportdialog.h"
#include "writegate.h"

#include "actions/authenticator.h"
#include "base/identity.h"
#include "query/subjectquery.h"
#include "store/store.h"
#include "store/storelink.h"
#include "store/team/teamstore.h"

#include <QAction>
#include <QActionGroup>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QGuiApplication>
#include <QSettings>
#include <QSocketNotifier>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

// QT_LOGGING_RULES="redline.timing.info=true" prints how long opening a store and building each page take.
Q_LOGGING_CATEGORY(lcTiming, "redline.timing", QtWarningMsg)

namespace redline {

namespace {

constexpr int kMaxRecentFiles = 8;
const char kRecentKey[] = "recentFiles";
// How long the status bar says who recorded changes on the team store.
constexpr int kTeamMessageMs = 15000;
// How soon notifications that arrived while a dialog was open are looked at again.
constexpr int kTeamRetryMs = 250;
// How often the window looks for what its own requests took in (onTeamPoll): no request to the server.
constexpr int kTeamPollMs = 1000;

// A busy cursor for the length of a scope (opening, indexing, refreshing).
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1480, 900);
    m_history = new ActionHistory(this);
    connect(m_history, &ActionHistory::changed, this, &MainWindow::updateUndoAction);
    m_teamRetry = new QTimer(this);
    m_teamRetry->setSingleShot(true);
    m_teamRetry->setInterval(kTeamRetryMs);
    connect(m_teamRetry, &QTimer::timeout, this, &MainWindow::onTeamNotification);
    m_teamPoll = new QTimer(this);
    m_teamPoll->setInterval(kTeamPollMs);
    connect(m_teamPoll, &QTimer::timeout, this, &MainWindow::onTeamPoll);
    buildNavigation();
    buildMenus();
    buildStatusBar();
    restoreSettings();
    updateActions();
    updateTitle();
    updateStatusBar();
}

MainWindow::~MainWindow()
{
    // Pages hold a reference to the store, and the notifier watches its link's socket: they go first.
    stopWatchingTeamStore();
    clearPages();
}

void MainWindow::buildNavigation()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_nav = new QListWidget(m_splitter);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(1);
    m_nav->setMinimumWidth(150);
    m_nav->setMaximumWidth(260);
    m_nav->setStyleSheet(QStringLiteral("QListWidget#navigation { font-size: 11pt; }"
                                        "QListWidget#navigation::item { padding: 6px 4px; }"));
    const QStyle::StandardPixmap icons[PageCount] = {
        QStyle::SP_ComputerIcon, QStyle::SP_DirHomeIcon, QStyle::SP_DriveNetIcon, QStyle::SP_DirIcon,
        QStyle::SP_FileDialogDetailedView, QStyle::SP_BrowserStop, QStyle::SP_MessageBoxQuestion, QStyle::SP_FileDialogInfoView,
        QStyle::SP_FileDialogListView, QStyle::SP_MessageBoxInformation};
    for (int page = 0; page < PageCount; ++page) {
        auto *item = new QListWidgetItem(style()->standardIcon(icons[page]), pageTitle(PageId(page)), m_nav);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pageTitle(PageId(page))).arg((page + 1) % 10));
    }
    m_stack = new QStackedWidget(m_splitter);
    m_stack->setObjectName(QStringLiteral("pages"));
    m_welcome = welcomePage();
    m_stack->addWidget(m_welcome);
    m_splitter->addWidget(m_nav);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({180, 1300});
    setCentralWidget(m_splitter);
    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);
}

QWidget *MainWindow::welcomePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto *title = new QLabel(tr("Redline 红线"), page);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 2.2);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *text = new QLabel(tr("Governance console for MCNs, brands and creators.\nOpen a store to begin (Ctrl+O), or "
                               "create a new one."), page);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(text);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *open = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Open store…"), page);
    auto *create = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("New store…"), page);
    buttons->addWidget(open);
    buttons->addWidget(create);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(open, &QPushButton::clicked, this, &MainWindow::openStoreDialog);
    connect(create, &QPushButton::clicked, this, &MainWindow::newStore);
    return page;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New store…"), this,
                                         &MainWindow::newStore);
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *openAction = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open store…"), this,
                                          &MainWindow::openStoreDialog);
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open store read-&only…"), this, &MainWindow::openStoreReadOnlyDialog)
        ->setToolTip(tr("Open a store for an audit: nothing can be written to it from this window"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_connectTeamAction = file->addAction(style()->standardIcon(QStyle::SP_DriveNetIcon), tr("Connect to &team store…"),
                                          this, &MainWindow::connectToTeamStore);
    m_connectTeamAction->setObjectName(QStringLiteral("connectTeamAction"));
    m_connectTeamAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_connectTeamAction->setToolTip(tr("Work on the team's store on a PostgreSQL server"));
    file->addSeparator();
    m_exportReportAction = file->addAction(tr("&Export report…"), this, &MainWindow::exportReport);
    m_exportReportAction->setObjectName(QStringLiteral("exportReportAction"));
    connect(file, &QMenu::aboutToShow, this, &MainWindow::updateExportReportAction);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setToolTipsVisible(true);
    m_undoAction = edit->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Undo"), this, &MainWindow::undo);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_historyAction = edit->addAction(tr("&History…"), this, &MainWindow::showHistory);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+H")));
    edit->addSeparator();
    m_findAction = edit->addAction(tr("&Find…"), this, [this] {
        if (redline::Page *page = pageWidget(currentPage()); page && m_stack->currentWidget() == page)
            page->focusSearch();
    });
    m_findAction->setShortcut(QKeySequence::Find);

    QMenu *subject = menuBar()->addMenu(tr("&Subject"));
    subject->setToolTipsVisible(true);
    m_recordAction = subject->addAction(tr("&Record violation…"), this, [this] { recordViolation(QString()); });
    m_recordAction->setObjectName(QStringLiteral("recordAction"));
    m_recordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_refreshAction = view->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this,
                                      &MainWindow::refreshAll);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    for (int page = 0; page < PageCount; ++page) {
        QAction *go = view->addAction(pageTitle(PageId(page)), this, [this, page] { showPage(PageId(page)); });
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth page.
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(page < 9 ? Qt::Key_1 + page : Qt::Key_0)));
    }

    QMenu *session = menuBar()->addMenu(tr("Sess&ion"));
    session->setToolTipsVisible(true);
    m_signInAction = session->addAction(tr("Sign &in…"), this, &MainWindow::signIn);
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    m_signInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_signOutAction = session->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    session->addSeparator();
    m_passwordAction = session->addAction(tr("&Change password…"), this, &MainWindow::changePassword);
    m_passwordAction->setObjectName(QStringLiteral("changePasswordAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        QMessageBox::information(this, tr("Keyboard shortcuts"),
                                 tr("Ctrl+1…9\tgo to a page\nCtrl+F\tsearch the current list\nDown / Enter\tfrom the search box "
                                    "to the results\nEnter\topen the selected subject's case file\nCtrl+N\trecord a "
                                    "violation on the open subject\nCtrl+Z\tundo your last recorded violation\nF5\trefresh\n"
                                    "Ctrl+O\topen a store\nCtrl+Shift+O\tconnect to a team store\nCtrl+Shift+N\tnew store\n"
                                    "Ctrl+Shift+U\tsign in"));
    });
    help->addAction(tr("&About Redline"), this, &MainWindow::about);
    updateRecentMenu();
    updateUndoAction();
}

void MainWindow::buildStatusBar()
{
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("statusPath"));
    // A long path or a team store's URL is cut rather than widening the window (the tooltip has all of it).
    m_pathLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("statusCounts"));
    m_policyLabel = new QLabel(this);
    m_policyLabel->setObjectName(QStringLiteral("statusPolicy"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    m_readOnlyLabel = new QLabel(tr("Read-only"), this);
    m_readOnlyLabel->setObjectName(QStringLiteral("statusReadOnly"));
    m_readOnlyLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #7a4f01; border: 1px solid #e0b84c; "
                                                  "border-radius: 3px; padding: 0 6px; font-weight: bold; }"));
    m_readOnlyLabel->setVisible(false);
    m_teamLabel = new QLabel(this);
    m_teamLabel->setObjectName(QStringLiteral("statusTeam"));
    m_teamLabel->setStyleSheet(QStringLiteral("QLabel { background: #e3f2fd; color: #0d47a1; border: 1px solid #90caf9; "
                                              "border-radius: 3px; padding: 0 6px; font-weight: bold; }"));
    m_teamLabel->setVisible(false);
    statusBar()->addWidget(m_readOnlyLabel);
    statusBar()->addWidget(m_teamLabel);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_policyLabel);
    statusBar()->addPermanentWidget(m_userLabel);
}

QString MainWindow::pageTitle(PageId page) const
{
    switch (page) {
    case Dashboard: return tr("Dashboard");
    case Mcns: return tr("MCNs");
    case Brands: return tr("Brands");
    case Creators: return tr("Creators");
    case Triage: return tr("Triage");
    case Campaigns: return tr("Campaigns");
    case Appeals: return tr("Appeals");
    case PolicyPage: return tr("Policy");
    case AuditLog: return tr("Audit log");
    case Outbox: return tr("Outbox");
    case PageCount: break;
    }
    return QString();
}

QStringList MainWindow::pageNames()
{
    return {QStringLiteral("dashboard"), QStringLiteral("mcns"),    QStringLiteral("brands"),
            QStringLiteral("creators"),  QStringLiteral("triage"),  QStringLiteral("campaigns"), QStringLiteral("appeals"),
            QStringLiteral("policy"),    QStringLiteral("audit"),   QStringLiteral("outbox")};
}

bool MainWindow::showPageByName(const QString &name)
{
    // "review" is the name the triage page had before (saved settings, scripts).
    const QString wanted = name.toLower() == QLatin1String("review") ? QStringLiteral("triage") : name.toLower();
    const int index = pageNames().indexOf(wanted);
    if (index < 0)
        return false;
    showPage(PageId(index));
    return true;
}

void MainWindow::showPage(PageId page)
{
    if (page < 0 || page >= PageCount)
        return;
    m_nav->setCurrentRow(page);
    onPageChanged(page); // also when the row was already current (the stack may show the welcome page)
}

MainWindow::PageId MainWindow::currentPage() const
{
    const int row = m_nav->currentRow();
    return row < 0 ? Dashboard : PageId(row);
}

redline::Page *MainWindow::pageWidget(PageId page) const
{
    return page >= 0 && page < PageCount ? m_pages[page].data() : nullptr;
}

void MainWindow::onPageChanged(int row)
{
    if (!m_store || row < 0 || row >= PageCount || !m_pages[row]) {
        m_stack->setCurrentWidget(m_welcome);
        return;
    }
    QElapsedTimer timer;
    timer.start();
    m_stack->setCurrentWidget(m_pages[row]); // a queue page hidden since the store changed reads it now
    qCInfo(lcTiming) << "show page" << pageNames().at(row) << timer.elapsed() << "ms";
    updateActions();
}

redline::Page *MainWindow::createPage(PageId page)
{
    Store &store = *m_store;
    switch (page) {
    case Dashboard: return new DashboardPage(store, m_stack);
    case Mcns: return new SubjectBrowserPage(store, SubjectKind::Mcn, m_stack);
    case Brands: return new SubjectBrowserPage(store, SubjectKind::Brand, m_stack);
    case Creators: return new SubjectBrowserPage(store, SubjectKind::Creator, m_stack);
    case Triage: {
        auto *queue = new TriagePage(store, m_stack);
        queue->setActionHistory(m_history); // what it records, Ctrl+Z undoes
        return queue;
    }
    case Campaigns: return new CampaignsPage(store, m_stack);
    case Appeals: {
        auto *appeals = new AppealsPage(store, m_stack);
        appeals->setActionHistory(m_history);
        return appeals;
    }
    case PolicyPage: {
        auto *lab = new PolicyLabPage(store, m_stack);
        auto *compare = new PolicyCompareView(store, lab);
        lab->setCompareView(compare);
        connect(lab, &PolicyLabPage::compareRequested, compare, &PolicyCompareView::setCandidate);
        return lab;
    }
    case AuditLog: return new AuditLogPage(store, m_stack);
    case Outbox: return new OutboxPage(store, m_stack);
    case PageCount: break;
    }
    return nullptr;
}

void MainWindow::connectPage(redline::Page *page)
{
    connect(page, &Page::storeChanged, this, &MainWindow::onStoreChanged);
    connect(page, &Page::openSubjectRequested, this, &MainWindow::openSubject);
    connect(page, &Page::openPageRequested, this, &MainWindow::showPageByName);
    // Every case file on the page (the browsers', and the queues') offers the same actions.
    connect(page, &Page::recordViolationRequested, this, &MainWindow::recordViolation);
    connect(page, &Page::fileAppealRequested, this, &MainWindow::fileAppeal);
    connect(page, &Page::decideAppealRequested, this, &MainWindow::decideAppeal);
    connect(page, &Page::ledgerActionRequested, this, &MainWindow::takeLedgerAction);
}

void MainWindow::clearPages()
{
    for (QPointer<redline::Page> &page : m_pages) {
        if (page) {
            page->saveState();
            m_stack->removeWidget(page);
            delete page.data();
        }
        page = nullptr;
    }
}

void MainWindow::rebuildPages()
{
    clearPages();
    if (!m_store)
        return;
    for (int page = 0; page < PageCount; ++page) {
        QElapsedTimer timer;
        timer.start();
        redline::Page *widget = createPage(PageId(page));
        qCInfo(lcTiming) << "page" << pageNames().at(page) << timer.elapsed() << "ms";
        widget->setSession(m_session);
        m_pages[page] = widget;
        m_stack->addWidget(widget);
        connectPage(widget);
        TableExporter::installOnChildren(widget); // "Export rows shown as CSV…" on every list
    }
}

bool MainWindow::openStore(const QString &path, bool askSignIn, bool readOnly)
{
    QProgressDialog progress(tr("Bringing the state cache up to date…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    StoreOptions options;
    options.now = m_clock;
    options.readOnly = readOnly || !Store::isWritableLocation(path);
    options.progress = [&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(std::min<qint64>(total, INT_MAX)));
        progress.setValue(int(std::min<qint64>(done, INT_MAX)));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    StoreError error;
    std::unique_ptr<Store> store;
    QElapsedTimer timer;
    timer.start();
    {
        const BusyCursor busy;
        store = Store::open(path, options, &error);
    }
    qCInfo(lcTiming) << "Store::open" << timer.restart() << "ms";
    progress.reset();
    if (!store) {
        showStoreError(tr("Could not open %1").arg(QFileInfo(path).fileName()), error.message,
                       tr("Check that the file is a Redline store (create one with File > New store, or `redline-cli "
                          "init`) and that you may read it."));
        return false;
    }
    addRecentFile(path);
    adoptStore(std::move(store), askSignIn);
    return true;
}

void MainWindow::adoptStore(std::unique_ptr<Store> store, bool askSignIn)
{
    QElapsedTimer timer;
    timer.start();
    {
        // Once per store (seconds on a million subjects): a busy dialog keeps the window painted, and
        // cancelling only leaves sorting and searching slower.
        QProgressDialog indexing(tr("Indexing subjects for sorting and search (once per store)…"), tr("Skip"), 0, 0, this);
        indexing.setWindowModality(Qt::WindowModal);
        indexing.setMinimumDuration(400);
        const ProgressFn pump = [&indexing](qint64, qint64) {
            indexing.setValue(0);
            QCoreApplication::processEvents();
            return !indexing.wasCanceled();
        };
        const BusyCursor busy;
        StoreError indexError;
        if (!SubjectQuery::ensureIndexes(*store, &indexError, pump))
            statusBar()->showMessage(tr("Sorting and search may be slow: %1").arg(indexError.message), 8000);
    }
    qCInfo(lcTiming) << "ensureIndexes" << timer.restart() << "ms";
    stopWatchingTeamStore(); // before the old store goes: the notifier watches its connection
    clearPages();            // before the old store goes: pages hold a reference to it
    m_store = std::move(store);
    if (m_history)
        m_history->clear();
    m_session = Session::anonymous(); // nobody acts on the new store until startSession says who
    rebuildPages();
    showPage(currentPage());
    updateActions();
    updateTitle();
    updateStatusBar();
    watchTeamStore();
    startSession(askSignIn); // with the pages shown behind the sign-in dialog
}

bool MainWindow::openTeamStore(const QString &url, bool interactive, QString *errorText)
{
    StoreOptions options;
    options.now = m_clock;
    if (interactive) {
        ConnectTeamDialog dialog(options, this);
        dialog.setUrl(url);
        dialog.connectWhenShown();
        if (dialog.exec() != QDialog::Accepted)
            return false;
        adoptStore(dialog.takeStore(), false);
        updateRecentMenu();
        return true;
    }
    const QString shown = TeamStore::displayName(url);
    StoreError error;
    std::unique_ptr<Store> store;
    {
        const BusyCursor busy;
        const bool needsPassword = TeamStore::needsPassword(url, &error);
        if (error.isSet()) {
            if (errorText)
                *errorText = tr("could not reach the server: %1").arg(ConnectTeamDialog::namingServer(shown, error.message));
            return false;
        }
        if (needsPassword) {
            if (errorText)
                *errorText = tr("%1 asks for a password: connect in the console (File > Connect to team store…), or "
                                "give it to libpq in PGPASSWORD or ~/.pgpass").arg(shown);
            return false;
        }
        store = TeamStore::open(url, QString(), options, &error);
    }
    if (!store) {
        if (errorText)
            *errorText = tr("could not open the team store: %1").arg(ConnectTeamDialog::namingServer(shown, error.message));
        return false;
    }
    ConnectTeamDialog::rememberStore(url);
    adoptStore(std::move(store), false);
    updateRecentMenu();
    return true;
}

void MainWindow::connectToTeamStore()
{
    StoreOptions options;
    options.now = m_clock;
    ConnectTeamDialog dialog(options, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    adoptStore(dialog.takeStore(), false);
    updateRecentMenu();
    statusBar()->showMessage(tr("Connected to %1 as %2.").arg(m_store->location(), teamLogin()), 8000);
}

bool MainWindow::openOrOfferToCreate(const QString &path, bool readOnly)
{
    if (QFileInfo::exists(path))
        return openStore(path, true, readOnly);
    QMessageBox box(QMessageBox::Question, tr("No store at %1").arg(QFileInfo(path).fileName()),
                    tr("There is no Redline store at %1.\n\nCreate a new, empty store there?").arg(path),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("missingStoreBox"));
    QPushButton *create = box.addButton(tr("&Create store"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(create);
    box.exec();
    if (box.clickedButton() != create) {
        statusBar()->showMessage(tr("No store at %1: open one with File > Open store, or create one with File > New store.")
                                     .arg(path));
        return false;
    }
    return createStore(path);
}

bool MainWindow::createStore(const QString &path)
{
    StoreError error;
    StoreOptions options;
    options.now = m_clock;
    std::unique_ptr<Store> created = Store::create(path, options, &error);
    if (!created) {
        showStoreError(tr("Could not create %1").arg(QFileInfo(path).fileName()), error.message,
                       tr("Choose a new file name in a folder you may write to."));
        return false;
    }
    created.reset(); // opened again through the same path as any store
    return openStore(path);
}

void MainWindow::newStore()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Redline store"), QString(),
                                                      tr("Redline stores (*.db *.redline);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0) {
        QMessageBox::warning(this, tr("File exists"),
                             tr("%1 already exists. A new store needs a new file; open the existing one with File > "
                                "Open store.").arg(path));
        return;
    }
    createStore(path);
}

void MainWindow::openStoreDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Redline store"), QString(),
                                                      tr("Redline stores (*.db *.redline);;All files (*)"));
    if (!path.isEmpty())
        openStore(path);
}

void MainWindow::openStoreReadOnlyDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Redline store read-only"), QString(),
                                                      tr("Redline stores (*.db *.redline);;All files (*)"));
    if (!path.isEmpty())
        openStore(path, true, true);
}

void MainWindow::openRecent()
{
    if (auto *action = qobject_cast<QAction *>(sender()))
        openStore(action->data().toString());
}

void MainWindow::openRecentTeamStore()
{
    if (auto *action = qobject_cast<QAction *>(sender()))
        openTeamStore(action->data().toString());
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QLatin1String(kRecentKey)).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(QLatin1String(kRecentKey), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    int number = 1;
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(number++).arg(file), this, &MainWindow::openRecent);
        action->setData(file);
    }
    // The team stores after the files, as the connect dialog lists them (never with a password).
    const QStringList teamStores = ConnectTeamDialog::recentStores();
    if (!files.isEmpty() && !teamStores.isEmpty())
        m_recentMenu->addSeparator();
    for (const QString &url : teamStores) {
        QAction *action = m_recentMenu->addAction(style()->standardIcon(QStyle::SP_DriveNetIcon),
                                                  tr("&%1 %2").arg(number++).arg(url), this,
                                                  &MainWindow::openRecentTeamStore);
        action->setData(url);
    }
    m_recentMenu->setEnabled(!files.isEmpty() || !teamStores.isEmpty());
}

// Who acts on a newly opened store (docs/roles.md): an open store needs no sign-in; a secured one asks,
// and without a sign-in the console stays read-only.
void MainWindow::startSession(bool askSignIn)
{
    StoreError error;
    Session session = Authenticator::initialSession(*m_store, &error);
    if (error.isSet())
        statusBar()->showMessage(tr("Could not read the store's users: %1").arg(error.message), 8000);
    if (m_store->isTeamStore()) {
        // The server signed the login in (docs/teamstore.md "Adding users"): nothing to ask here.
        setSession(session);
        if (!m_session.canWrite())
            statusBar()->showMessage(tr("The server signed you in as %1, who is not an enabled user of this team store: "
                                        "you can read it, not write.").arg(teamLogin()), 10000);
        return;
    }
    // As redline-cli: on an open store --user NAME is who the writes are recorded under (no password to check).
    if (session.isOpen() && Identity::isValid(m_presetUser))
        session = Session::open(m_presetUser);
    setSession(session);
    if (!m_session.isOpen() && askSignIn)
        signIn();
}

void MainWindow::setSession(const Session &session)
{
    const bool sameUser = session.mode == m_session.mode && Identity::same(session.user, m_session.user);
    m_session = session;
    if (m_history && !sameUser)
        m_history->clear(); // undo is for one's own actions: another user starts another history
    for (const QPointer<redline::Page> &page : m_pages) {
        if (page)
            page->setSession(m_session);
    }
    updateActions();
    updateTitle();
    updateStatusBar();
}

bool MainWindow::signIn()
{
    if (!m_store)
        return false;
    if (m_store->isTeamStore()) {
        statusBar()->showMessage(tr("The server signed you in as %1. To act as another user, connect as their login "
                                    "(File > Connect to team store…).").arg(teamLogin()), 8000);
        return false;
    }
    StoreError error;
    if (!m_store->isSecured(&error)) {
        statusBar()->showMessage(error.isSet() ? error.message
                                               : tr("This store is open: no user has a password, so there is no "
                                                    "sign-in."), 8000);
        return false;
    }
    SignInDialog dialog(*m_store, m_presetUser.isEmpty() ? QString() : m_presetUser, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    setSession(dialog.session());
    statusBar()->showMessage(tr("Signed in as %1.").arg(WriteGate::sessionText(m_session)), 6000);
    return true;
}

void MainWindow::signOut()
{
    if (!m_store || !m_session.isSignedIn() || m_store->isTeamStore())
        return;
    const QString who = m_session.user;
    setSession(Session::anonymous());
    statusBar()->showMessage(tr("%1 signed out: the console is read-only until someone signs in.").arg(who), 6000);
}

void MainWindow::changePassword()
{
    if (!m_store || !m_session.isSignedIn() || m_store->isTeamStore())
        return;
    ChangePasswordDialog dialog(*m_store, m_session, this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("The password of %1 was changed.").arg(m_session.user), 6000);
        refreshAll(); // the audit log has a new row
    }
}

void MainWindow::refreshAll()
{
    if (!m_store)
        return;
    // On a team store F5, and the refresh after every write, first take in what the team recorded.
    takeTeamChanges();
    // Secured meanwhile (another console or redline-cli gave a user a password): the open session ends
    // rather than keep writing as the OS user, and a sign-in is asked for.
    StoreError securedError;
    if (m_session.isOpen() && m_store->isSecured(&securedError)) {
        setSession(Session::anonymous());
        statusBar()->showMessage(tr("This store has been secured since it was opened: sign in to write."), 10000);
        QTimer::singleShot(0, this, [this] {
            if (m_store && !m_session.canWrite())
                signIn();
        });
    }
    refreshPages();
}

// What refreshAll does once the store is as it will be read: every page re-reads it (a hidden queue page
// when it is next shown).
void MainWindow::refreshPages()
{
    const BusyCursor busy;
    m_catchUpsShown = m_store ? m_store->catchUps() : 0;
    for (const QPointer<redline::Page> &page : m_pages) {
        if (page)
            page->refresh();
    }
    updateStatusBar();
}

void MainWindow::onStoreChanged()
{
    refreshAll();
}

// On a team store a dialog's write, even one refused or abandoned, may have taken in what the team recorded
// (the write catches up before the validator runs, docs/teamstore.md), and the link's connection may have
// received the team's notifications meanwhile: the pages show it at once.
void MainWindow::refreshIfTeamStore()
{
    if (m_store && m_store->isTeamStore())
        refreshAll();
}

QString MainWindow::teamLogin() const
{
    const StoreLink *link = m_store ? m_store->link() : nullptr;
    return link ? link->login() : QString();
}

// LISTEN/NOTIFY (docs/teamstore.md "Who changed what"): the link's connection becomes readable when the
// server announces an append. The notifier belongs to the store it watches and goes before it.
void MainWindow::watchTeamStore()
{
    stopWatchingTeamStore();
    StoreLink *link = m_store ? m_store->link() : nullptr;
    const int socket = link ? link->notificationSocket() : -1;
    if (socket >= 0) {
        m_teamNotifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        m_teamNotifier->setObjectName(QStringLiteral("teamNotifier"));
        connect(m_teamNotifier, &QSocketNotifier::activated, this, &MainWindow::onTeamNotification);
        m_catchUpsShown = m_store->catchUps();
        m_teamPoll->start();
    }
    updateStatusBar();
}

void MainWindow::stopWatchingTeamStore()
{
    m_teamRetry->stop();
    m_teamPoll->stop();
    m_teamWriters.clear();
    if (!m_teamNotifier)
        return;
    // Possibly from inside its own activated(): disabled now, deleted once that returns.
    m_teamNotifier->setEnabled(false);
    m_teamNotifier->deleteLater();
    m_teamNotifier = nullptr;
}

void MainWindow::onTeamNotification()
{
    StoreLink *link = m_store ? m_store->link() : nullptr;
    if (!link)
        return;
    m_teamWriters += link->takeNotifications();
    if (m_teamNotifier && link->notificationSocket() != int(m_teamNotifier->socket())) {
        // The connection dropped (or was made again): a closed socket would fire for ever.
        const QStringList writers = m_teamWriters;
        watchTeamStore();
        m_teamWriters = writers;
        if (!m_teamNotifier)
            statusBar()->showMessage(tr("The connection to %1 was lost: changes by others are not shown as they are "
                                        "made. F5 takes them in once it is back.").arg(m_store->location()), kTeamMessageMs);
    }
    if (m_teamWriters.isEmpty())
        return;
    // A dialog may be in the middle of a write, whose own catch-up takes the same rows: once it has closed.
    if (QApplication::activeModalWidget()) {
        m_teamRetry->start();
        return;
    }
    if (takeTeamChanges())
        refreshPages();
}

// What the socket does not show: notifications libpq read while answering the console's own requests, and
// rows a page's write took in when it caught up before its validator ran (a claim refused because someone
// claimed first). Neither costs a request to the server.
void MainWindow::onTeamPoll()
{
    onTeamNotification();
    if (!m_store || m_store->catchUps() == m_catchUpsShown || QApplication::activeModalWidget())
        return;
    followTeamSession();
    refreshPages();
}

// Takes into the working copy what the team recorded and names who in the status bar; true when something
// was taken (the pages then re-read the store).
bool MainWindow::takeTeamChanges()
{
    StoreLink *link = m_store ? m_store->link() : nullptr;
    if (!link)
        return false;
    m_teamWriters += link->takeNotifications();
    const QStringList writers = std::exchange(m_teamWriters, QStringList());
    bool changed = false;
    StoreError error;
    bool caughtUp = false;
    {
        const BusyCursor busy;
        caughtUp = m_store->catchUp(&changed, &error);
    }
    // The catch-up's own requests may have received notifications, which leave the socket quiet: looked at
    // once the event loop is back.
    QTimer::singleShot(0, this, &MainWindow::onTeamNotification);
    if (!caughtUp) {
        statusBar()->showMessage(tr("Could not take in what the team recorded on %1: %2")
                                     .arg(m_store->location(), error.message), kTeamMessageMs);
        return false;
    }
    if (!changed)
        return false;
    followTeamSession();
    statusBar()->showMessage(teamChangesText(writers), kTeamMessageMs);
    return true;
}

// A catch-up may have changed the login's user (a new role, disabled): the session follows the store.
void MainWindow::followTeamSession()
{
    StoreError error;
    const Session session = Authenticator::initialSession(*m_store, &error);
    if (error.isSet() || (session.mode == m_session.mode && session.user == m_session.user && session.role == m_session.role))
        return;
    setSession(session);
}

QString MainWindow::teamChangesText(const QStringList &writers) const
{
    QStringList names;
    for (const QString &writer : writers) {
        if (!names.contains(writer, Qt::CaseInsensitive))
            names.append(writer);
    }
    if (names.isEmpty())
        return tr("Took in changes recorded on the team store %1.").arg(m_store->location());
    return tr("%1 recorded changes on the team store.").arg(QLocale().createSeparatedList(names));
}

bool MainWindow::openSubject(const QString &handle)
{
    if (!m_store || handle.isEmpty())
        return false;
    StoreError error;
    const std::optional<CachedState> state = SubjectQuery(*m_store).byHandle(handle, &error);
    if (!state) {
        statusBar()->showMessage(error.isSet() ? error.message : tr("No subject %1 in this store").arg(handle), 6000);
        return false;
    }
    const PageId page = state->kind == SubjectKind::Mcn ? Mcns : state->kind == SubjectKind::Brand ? Brands : Creators;
    showPage(page);
    if (auto *browser = qobject_cast<SubjectBrowserPage *>(pageWidget(page)))
        browser->openSubject(handle);
    return true;
}

CaseFileView *MainWindow::currentCaseFile() const
{
    redline::Page *page = pageWidget(currentPage());
    return page && m_stack->currentWidget() == page ? page->caseFile() : nullptr;
}

void MainWindow::recordViolation(const QString &handle)
{
    if (!m_store)
        return;
    QString subject = handle;
    if (subject.isEmpty()) {
        if (CaseFileView *caseFile = currentCaseFile())
            subject = caseFile->currentHandle();
    }
    if (subject.isEmpty()) {
        statusBar()->showMessage(tr("Open a subject's case file first, then press Ctrl+N to record a violation on it."), 6000);
        return;
    }
    const QString refused = WriteGate::refusal(m_store.get(), m_session, Permission::RecordViolation);
    if (!refused.isEmpty()) {
        statusBar()->showMessage(refused, 8000);
        return;
    }
    RecordViolationDialog dialog(*m_store, m_session, subject, this);
    if (dialog.exec() != QDialog::Accepted || dialog.recordedViolationId().isEmpty()) {
        refreshIfTeamStore();
        return;
    }
    if (m_history)
        m_history->recordedViolation(dialog.recordedViolationId());
    statusBar()->showMessage(tr("Recorded %1 on %2. Ctrl+Z undoes it.").arg(dialog.recordedViolationId(), subject), 8000);
    refreshAll();
}

void MainWindow::takeLedgerAction(int kind, const QString &handle)
{
    if (!m_store || handle.isEmpty())
        return;
    const auto action = LedgerActionDialog::Kind(kind);
    const QString refused = WriteGate::refusal(m_store.get(), m_session, LedgerActionDialog::permission(action));
    if (!refused.isEmpty()) {
        statusBar()->showMessage(refused, 8000);
        return;
    }
    LedgerActionDialog dialog(*m_store, m_session, action, handle, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.performed()) {
        refreshIfTeamStore();
        return;
    }
    statusBar()->showMessage(tr("%1: done on %2.").arg(QString(LedgerActionDialog::actionText(action)).remove(QStringLiteral("…")),
                                                      handle), 8000);
    refreshAll();
}

void MainWindow::fileAppeal(const QString &violationId)
{
    if (!m_store || violationId.isEmpty())
        return;
    FileAppealDialog dialog(*m_store, m_session, violationId, this);
    if (dialog.exec() != QDialog::Accepted || dialog.appealId().isEmpty()) {
        refreshIfTeamStore();
        return;
    }
    if (m_history)
        m_history->filedAppeal(dialog.appealId());
    statusBar()->showMessage(tr("Filed appeal %1 on %2.").arg(dialog.appealId(), violationId), 8000);
    refreshAll();
}

void MainWindow::decideAppeal(const QString &appealId)
{
    if (!m_store || appealId.isEmpty())
        return;
    DecideAppealDialog dialog(*m_store, m_session, appealId, this);
    if (dialog.exec() != QDialog::Accepted || dialog.decidedOutcome().isEmpty()) {
        refreshIfTeamStore(); // a decision refused because another was first shows that one
        return;
    }
    if (m_history)
        m_history->decidedAppeal(appealId);
    statusBar()->showMessage(tr("Appeal %1 decided: %2.").arg(appealId, dialog.decidedOutcome()), 8000);
    refreshAll();
}

void MainWindow::undo()
{
    if (!m_store || !m_history)
        return;
    if (!m_history->canUndo()) {
        statusBar()->showMessage(m_history->undoText(), 6000);
        return;
    }
    const QString what = m_history->undoText();
    QString error;
    if (!m_history->undo(*m_store, m_session, &error)) {
        showStoreError(tr("Could not undo"), error, tr("The store is unchanged. Refresh (F5) and check the case file."));
        refreshIfTeamStore();
        return;
    }
    statusBar()->showMessage(tr("Done: %1. The retraction is in the ledger and the audit log.").arg(what), 8000);
    refreshAll();
}

void MainWindow::showHistory()
{
    if (!m_store || !m_history)
        return;
    HistoryDialog dialog(*m_history, *m_store, m_session, this);
    dialog.exec();
    if (dialog.undidSomething())
        refreshAll();
}

void MainWindow::updateUndoAction()
{
    if (!m_undoAction)
        return;
    const QString refused = WriteGate::refusal(m_store.get(), m_session, Permission::RetractViolation);
    m_undoAction->setEnabled(m_store && m_history && m_history->canUndo() && refused.isEmpty());
    m_undoAction->setText(m_history ? m_history->undoText() : tr("&Undo"));
    m_undoAction->setToolTip(m_store && m_history && m_history->canUndo() ? refused : QString());
    if (m_historyAction)
        m_historyAction->setEnabled(m_store && m_history);
}

void MainWindow::updateActions()
{
    const bool open = m_store != nullptr;
    // What the session may not do is disabled, and the tooltip names the role that may (docs/roles.md).
    const QString recordRefusal = WriteGate::refusal(m_store.get(), m_session, Permission::RecordViolation);
    m_recordAction->setEnabled(open && recordRefusal.isEmpty());
    m_recordAction->setToolTip(recordRefusal.isEmpty() ? tr("Record a violation on the open subject (Ctrl+N)")
                                                       : recordRefusal);
    m_refreshAction->setEnabled(open);
    m_findAction->setEnabled(open);
    // On a team store the server signed the login in: there is no sign-in, sign-out or password here.
    const bool team = open && m_store->isTeamStore();
    const bool secured = open && !team && !m_session.isOpen();
    m_signInAction->setEnabled(secured);
    m_signInAction->setText(m_session.isSignedIn() && !team ? tr("Sign in as &another user…") : tr("Sign &in…"));
    m_signInAction->setToolTip(!open    ? tr("Open a store first")
                               : team   ? tr("The server signed you in as %1. To act as another user, connect as their "
                                             "login (File > Connect to team store…).").arg(teamLogin())
                               : secured ? tr("Sign in with your user name and password")
                                         : tr("This store is open: no user has a password, so there is no sign-in"));
    m_signOutAction->setEnabled(m_session.isSignedIn() && !team);
    m_signOutAction->setToolTip(team ? tr("The server signed you in as %1: open another store to leave this one.")
                                           .arg(teamLogin())
                                : m_session.isSignedIn() ? tr("Sign %1 out: the console becomes read-only").arg(m_session.user)
                                                         : tr("Nobody is signed in"));
    m_passwordAction->setEnabled(open && !team && m_session.isSignedIn() && !m_store->isReadOnly());
    m_passwordAction->setToolTip(team ? tr("The password of %1 is the server's: its administrator changes it.").arg(teamLogin())
                                 : m_session.isSignedIn() ? tr("Change the password of %1").arg(m_session.user)
                                                          : tr("Sign in first: only a signed-in user has a password"));
    m_nav->setEnabled(open);
    updateUndoAction();
    updateExportReportAction();
}

// The case file on the current page, if one is shown (File > Export report… makes its report).
QString MainWindow::shownCaseFileHandle() const
{
    const redline::Page *page = m_store ? pageWidget(currentPage()) : nullptr;
    const CaseFileView *caseFile = page && m_stack->currentWidget() == page ? page->caseFile() : nullptr;
    return caseFile && caseFile->isVisible() ? caseFile->currentHandle() : QString();
}

void MainWindow::updateExportReportAction()
{
    if (!m_exportReportAction)
        return;
    const QString handle = shownCaseFileHandle();
    m_exportReportAction->setEnabled(!handle.isEmpty());
    m_exportReportAction->setToolTip(handle.isEmpty() ? tr("Open a case file first")
                                                      : tr("Write the compliance report of %1 as PDF or CSV").arg(handle));
}

void MainWindow::exportReport()
{
    const QString handle = shownCaseFileHandle();
    if (handle.isEmpty())
        return;
    const QString madeBy = m_session.user.isEmpty() ? Identity::osUser() : m_session.user;
    const QString path = ReportExportDialog::run(this, *m_store, handle, madeBy);
    if (!path.isEmpty())
        statusBar()->showMessage(tr("Report of %1 written to %2").arg(handle, path), 8000);
}

void MainWindow::updateTitle()
{
    if (!m_store) {
        setWindowTitle(tr("Redline"));
        return;
    }
    // A team store by its server and database (no password), a file by its name.
    const QString file = m_store->isTeamStore() ? m_store->location() : QFileInfo(m_store->path()).fileName();
    setWindowTitle(m_store->isReadOnly()
                       ? tr("%1 (read-only) — Redline — %2").arg(file, WriteGate::sessionText(m_session))
                       : tr("%1 — Redline — %2").arg(file, WriteGate::sessionText(m_session)));
}

void MainWindow::updateStatusBar()
{
    if (!m_store) {
        showStatusLabel(m_readOnlyLabel, false);
        showStatusLabel(m_teamLabel, false);
        m_pathLabel->setText(tr("No store open"));
        m_pathLabel->setToolTip(QString());
        m_countsLabel->clear();
        m_policyLabel->clear();
        m_userLabel->clear();
        m_userLabel->setToolTip(QString());
        return;
    }
    updateTeamStatus();
    showStatusLabel(m_readOnlyLabel, m_store->isReadOnly());
    m_readOnlyLabel->setToolTip(m_store->hasMemoryState()
                                    ? tr("Opened read-only: nothing can be written. The state is computed in memory, "
                                         "because the store's cache could not be brought up to date in the file.")
                                    : tr("Opened read-only: nothing can be written."));
    const SubjectQuery query(*m_store);
    StoreError error;
    m_countsLabel->setText(tr("%1 MCNs · %2 brands · %3 creators")
                               .arg(PolicyText::groupedNumber(query.countKind(SubjectKind::Mcn, &error)),
                                    PolicyText::groupedNumber(query.countKind(SubjectKind::Brand, &error)),
                                    PolicyText::groupedNumber(query.countKind(SubjectKind::Creator, &error))));
    m_policyLabel->setText(tr("Policy: %1 v%2%3").arg(m_store->policy().name).arg(m_store->policy().version)
                               .arg(m_store->isPolicyOverridden() ? tr(" (override)") : QString()));
    switch (m_session.mode) {
    case Session::Mode::Open:
        if (m_store->isReadOnly()) {
            m_userLabel->setText(tr("Open store, read here as <b>%1</b>").arg(m_session.user.toHtmlEscaped()));
            m_userLabel->setToolTip(tr("No user of this store has a password; opened read-only, nothing is written."));
            break;
        }
        m_userLabel->setText(tr("Open store: no sign-in (writes as <b>%1</b>)").arg(m_session.user.toHtmlEscaped()));
        m_userLabel->setToolTip(tr("No user of this store has a password, so anyone at this machine may write; "
                                   "the audit log names %1.").arg(m_session.user));
        break;
    case Session::Mode::SignedIn:
        if (m_store->isTeamStore()) {
            m_userLabel->setText(tr("Signed in by the server as <b>%1</b> · %2")
                                     .arg(m_session.user.toHtmlEscaped(),
                                          m_session.role ? Roles::label(*m_session.role).toHtmlEscaped() : QString()));
            m_userLabel->setToolTip(tr("The team store's server signed you in as its login %1: every write is recorded "
                                       "under that name, and the server checks it again.").arg(m_session.user));
            break;
        }
        m_userLabel->setText(tr("Signed in as <b>%1</b> · %2")
                                 .arg(m_session.user.toHtmlEscaped(),
                                      m_session.role ? Roles::label(*m_session.role).toHtmlEscaped() : QString()));
        m_userLabel->setToolTip(tr("Every write is recorded under %1. Session > Sign out ends it.").arg(m_session.user));
        break;
    case Session::Mode::Anonymous:
        if (m_store->isTeamStore()) {
            m_userLabel->setText(tr("<b>%1</b> is no user of this team store · read-only").arg(teamLogin().toHtmlEscaped()));
            m_userLabel->setToolTip(tr("The server signed you in as %1, who is not an enabled user of the store: an "
                                       "administrator adds the user, or connect as another login.").arg(teamLogin()));
            break;
        }
        m_userLabel->setText(tr("<b>Not signed in</b> · read-only"));
        m_userLabel->setToolTip(tr("This store is secured: sign in (Session > Sign in…) to record, appeal or decide."));
        break;
    }
}

// Where the store is: a file's path, or the team store's server and database, whose working copy is named in
// the tooltip, with whether the team's changes are shown as they are made.
void MainWindow::updateTeamStatus()
{
    const bool team = m_store->isTeamStore();
    m_pathLabel->setText(team ? tr("Team store %1").arg(m_store->location()) : m_store->path());
    m_pathLabel->setToolTip(team ? tr("%1\nWorking copy on this computer: %2").arg(m_store->location(), m_store->path())
                                 : m_store->path());
    showStatusLabel(m_teamLabel, team);
    if (!team)
        return;
    m_teamLabel->setText(m_teamNotifier ? tr("Team · live") : tr("Team"));
    m_teamLabel->setToolTip(m_teamNotifier
                                ? tr("What others record on %1 is shown here as they record it.").arg(m_store->location())
                                : tr("Not notified of what others record on %1: F5 takes it in.").arg(m_store->location()));
}

// The status bar hides its left-hand labels while it shows a message and shows them again after it; a label
// shown meanwhile would cover the message's start, so it is only marked to come back with the others.
void MainWindow::showStatusLabel(QLabel *label, bool visible)
{
    if (!visible || statusBar()->currentMessage().isEmpty())
        label->setVisible(visible);
    else
        label->setAttribute(Qt::WA_WState_ExplicitShowHide, false);
}

void MainWindow::showStoreError(const QString &what, const QString &message, const QString &hint)
{
    QMessageBox box(QMessageBox::Warning, what, what, QMessageBox::Ok, this);
    box.setInformativeText(message + QStringLiteral("\n\n") + hint);
    box.exec();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Redline"),
                       tr("<b>Redline 红线</b> %1<br>A governance console for a content platform's MCNs, brands and "
                          "creators: scores, violations, appeals and their audit trail, replayed from an append-only "
                          "ledger.").arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    keepOnScreen();
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_nav->setCurrentRow(settings.value(QStringLiteral("window/page"), 0).toInt());
}

// A geometry saved on a larger screen, or one since unplugged, must not leave the window partly off the
// screen it opens on: it is shrunk to fit and moved inside.
void MainWindow::keepOnScreen()
{
    const QScreen *screen = QGuiApplication::screenAt(geometry().center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    if (available.contains(geometry()))
        return;
    const QSize size = geometry().size().boundedTo(available.size());
    const int x = std::clamp(geometry().x(), available.left(), available.right() - size.width() + 1);
    const int y = std::clamp(geometry().y(), available.top(), available.bottom() - size.height() + 1);
    setGeometry(QRect(QPoint(x, y), size));
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_splitterRestored)
        settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/page"), int(currentPage()));
    for (const QPointer<redline::Page> &page : m_pages) {
        if (page)
            page->saveState();
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_splitterRestored)
        return;
    // Once the window has its size: a split restored before would be rescaled by the first layout.
    m_splitterRestored = true;
    m_splitter->restoreState(QSettings().value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace redline
