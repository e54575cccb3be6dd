#include "mainwindow.h"

#include "actinguserdialog.h"
#include "actionhistory.h"
#include "appealspage.h"
#include "auditlogpage.h"
#include "casefileview.h"
#include "dashboardpage.h"
#include "decideappealdialog.h"
#include "fileappealdialog.h"
#include "placeholderpage.h"
#include "policytext.h"
#include "recordviolationdialog.h"
#include "reviewqueuepage.h"
#include "store/store.h"
#include "query/subjectquery.h"
#include "subjectbrowserpage.h"

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
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

// QT_LOGGING_RULES="redline.timing.info=true" prints how long opening a store and building each page take.
Q_LOGGING_CATEGORY(lcTiming, "redline.timing", QtWarningMsg)

namespace redline {

namespace {

constexpr int kMaxRecentFiles = 8;
const char kRecentKey[] = "recentFiles";

bool hasSignal(const QObject *object, const char *signature)
{
    return object->metaObject()->indexOfSignal(QMetaObject::normalizedSignature(signature).constData()) >= 0;
}

// Calls a page's optional no-argument slot (reload, saveState, focusSearch) when it has one.
bool invokeIfPresent(QObject *object, const char *name)
{
    const QByteArray signature = QByteArray(name) + "()";
    if (!object || object->metaObject()->indexOfMethod(signature.constData()) < 0)
        return false;
    return QMetaObject::invokeMethod(object, name);
}

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
    // Pages hold a reference to the store: they go first.
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
        QStyle::SP_FileDialogDetailedView, QStyle::SP_MessageBoxQuestion, QStyle::SP_FileDialogInfoView,
        QStyle::SP_FileDialogListView};
    for (int page = 0; page < PageCount; ++page) {
        auto *item = new QListWidgetItem(style()->standardIcon(icons[page]), pageTitle(Page(page)), m_nav);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pageTitle(Page(page))).arg(page + 1));
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
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Undo"), this, &MainWindow::undo);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    edit->addSeparator();
    m_findAction = edit->addAction(tr("&Find…"), this, [this] {
        if (QWidget *page = m_stack->currentWidget())
            invokeIfPresent(page, "focusSearch");
    });
    m_findAction->setShortcut(QKeySequence::Find);

    QMenu *subject = menuBar()->addMenu(tr("&Subject"));
    m_recordAction = subject->addAction(tr("&Record violation…"), this, [this] { recordViolation(QString()); });
    m_recordAction->setObjectName(QStringLiteral("recordAction"));
    m_recordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_refreshAction = view->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this,
                                      &MainWindow::refreshAll);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    for (int page = 0; page < PageCount; ++page) {
        QAction *go = view->addAction(pageTitle(Page(page)), this, [this, page] { showPage(Page(page)); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
    }

    QMenu *session = menuBar()->addMenu(tr("S&ession"));
    m_userAction = session->addAction(tr("Switch acting &user…"), this, &MainWindow::chooseActingUser);
    m_userAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        QMessageBox::information(this, tr("Keyboard shortcuts"),
                                 tr("Ctrl+1…8\tgo to a page\nCtrl+F\tsearch the current list\nDown / Enter\tfrom the search box "
                                    "to the results\nEnter\topen the selected subject's case file\nCtrl+N\trecord a "
                                    "violation on the open subject\nCtrl+Z\tundo your last recorded violation\nF5\trefresh\n"
                                    "Ctrl+O\topen a store\nCtrl+Shift+N\tnew store\nCtrl+Shift+U\tswitch acting user"));
    });
    help->addAction(tr("&About Redline"), this, &MainWindow::about);
    updateRecentMenu();
    updateUndoAction();
}

void MainWindow::buildStatusBar()
{
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("statusPath"));
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("statusCounts"));
    m_policyLabel = new QLabel(this);
    m_policyLabel->setObjectName(QStringLiteral("statusPolicy"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_policyLabel);
    statusBar()->addPermanentWidget(m_userLabel);
}

QString MainWindow::pageTitle(Page page) const
{
    switch (page) {
    case Dashboard: return tr("Dashboard");
    case Mcns: return tr("MCNs");
    case Brands: return tr("Brands");
    case Creators: return tr("Creators");
    case ReviewQueue: return tr("Review queue");
    case Appeals: return tr("Appeals");
    case PolicyPage: return tr("Policy");
    case AuditLog: return tr("Audit log");
    case PageCount: break;
    }
    return QString();
}

QStringList MainWindow::pageNames()
{
    return {QStringLiteral("dashboard"), QStringLiteral("mcns"),    QStringLiteral("brands"),
            QStringLiteral("creators"),  QStringLiteral("review"),  QStringLiteral("appeals"),
            QStringLiteral("policy"),    QStringLiteral("audit")};
}

bool MainWindow::showPageByName(const QString &name)
{
    const int index = pageNames().indexOf(name.toLower());
    if (index < 0)
        return false;
    showPage(Page(index));
    return true;
}

void MainWindow::showPage(Page page)
{
    if (page < 0 || page >= PageCount)
        return;
    m_nav->setCurrentRow(page);
    onPageChanged(page); // also when the row was already current (the stack may show the welcome page)
}

MainWindow::Page MainWindow::currentPage() const
{
    const int row = m_nav->currentRow();
    return row < 0 ? Dashboard : Page(row);
}

QWidget *MainWindow::pageWidget(Page page) const
{
    return page >= 0 && page < PageCount ? m_pages[page].data() : nullptr;
}

void MainWindow::onPageChanged(int row)
{
    if (!m_store || row < 0 || row >= PageCount || !m_pages[row]) {
        m_stack->setCurrentWidget(m_welcome);
        return;
    }
    m_stack->setCurrentWidget(m_pages[row]);
    updateActions();
}

QWidget *MainWindow::createPage(Page page)
{
    Store &store = *m_store;
    switch (page) {
    case Dashboard: return new DashboardPage(store, m_stack);
    case Mcns: return new SubjectBrowserPage(store, SubjectKind::Mcn, m_stack);
    case Brands: return new SubjectBrowserPage(store, SubjectKind::Brand, m_stack);
    case Creators: return new SubjectBrowserPage(store, SubjectKind::Creator, m_stack);
    case ReviewQueue:
        return new ReviewQueuePage(store, m_stack);
    case Appeals:
        return new AppealsPage(store, m_stack);
    case PolicyPage:
        return new PlaceholderPage(
            tr("Policy"),
            tr("The policy in force (%1, version %2) and what-if comparisons against an edited policy.")
                .arg(store.policy().name).arg(store.policy().version),
            {tr("Every scale, band, code and sanction of the policy in force, readable"),
             tr("Load an edited policy and replay the whole history under it"),
             tr("Tier distribution before and after; every subject whose standing changes"),
             tr("The two score histories of one subject on one chart")},
            m_stack);
    case AuditLog: return new AuditLogPage(store, m_stack);
    case PageCount: break;
    }
    return nullptr;
}

void MainWindow::connectPage(QWidget *page)
{
    if (hasSignal(page, "storeChanged()"))
        connect(page, SIGNAL(storeChanged()), this, SLOT(onStoreChanged()));
    if (hasSignal(page, "openSubjectRequested(QString)"))
        connect(page, SIGNAL(openSubjectRequested(QString)), this, SLOT(openSubjectSlot(QString)));
    if (hasSignal(page, "openPageRequested(QString)"))
        connect(page, SIGNAL(openPageRequested(QString)), this, SLOT(openPageSlot(QString)));
    // Every case file on the page (the browsers', and one beside B's appeals queue) offers the same actions.
    for (CaseFileView *caseFile : page->findChildren<CaseFileView *>()) {
        connect(caseFile, &CaseFileView::recordViolationRequested, this, &MainWindow::recordViolation);
        connect(caseFile, &CaseFileView::fileAppealRequested, this, &MainWindow::fileAppeal);
        connect(caseFile, &CaseFileView::decideAppealRequested, this, &MainWindow::decideAppeal);
    }
}

void MainWindow::openSubjectSlot(const QString &handle)
{
    openSubject(handle);
}

void MainWindow::openPageSlot(const QString &name)
{
    showPageByName(name);
}

void MainWindow::clearPages()
{
    for (QPointer<QWidget> &page : m_pages) {
        if (page) {
            invokeIfPresent(page, "saveState");
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
        QWidget *widget = createPage(Page(page));
        qCInfo(lcTiming) << "page" << pageNames().at(page) << timer.elapsed() << "ms";
        m_pages[page] = widget;
        m_stack->addWidget(widget);
        connectPage(widget);
    }
}

bool MainWindow::openStore(const QString &path, bool askUser)
{
    QProgressDialog progress(tr("Bringing the state cache up to date…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    StoreOptions options;
    options.actor = m_presetUser;
    options.now = m_clock;
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
    clearPages(); // before the old store goes: pages hold a reference to it
    m_store = std::move(store);
    if (m_history)
        m_history->clear();
    if (!m_presetUser.isEmpty())
        m_store->setActor(m_presetUser);
    else if (askUser)
        askActingUser();
    addRecentFile(path);
    rebuildPages();
    showPage(currentPage());
    updateActions();
    updateTitle();
    updateStatusBar();
    return true;
}

bool MainWindow::createStore(const QString &path)
{
    StoreError error;
    StoreOptions options;
    options.actor = m_presetUser;
    options.now = m_clock;
    std::unique_ptr<Store> created = Store::create(path, options, &error);
    if (!created) {
        showStoreError(tr("Could not create %1").arg(QFileInfo(path).fileName()), error.message,
                       tr("Choose a new file name in a folder you may write to."));
        return false;
    }
    created.reset(); // opened again through the same path as any store
    return openStore(path, m_presetUser.isEmpty());
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

void MainWindow::openRecent()
{
    if (auto *action = qobject_cast<QAction *>(sender()))
        openStore(action->data().toString());
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
    m_recentMenu->setEnabled(!files.isEmpty());
}

bool MainWindow::askActingUser()
{
    if (!m_store)
        return false;
    ActingUserDialog dialog(*m_store, this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedUser().isEmpty())
        return false;
    m_store->setActor(dialog.selectedUser());
    return true;
}

void MainWindow::chooseActingUser()
{
    if (askActingUser()) {
        if (m_history)
            m_history->clear(); // undo is for your own actions: a new user starts a new history
        updateStatusBar();
        updateTitle();
        refreshAll();
    }
}

void MainWindow::refreshAll()
{
    if (!m_store)
        return;
    const BusyCursor busy;
    for (const QPointer<QWidget> &page : m_pages) {
        if (page)
            invokeIfPresent(page, "reload");
    }
    updateStatusBar();
}

void MainWindow::onStoreChanged()
{
    refreshAll();
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
    const Page page = state->kind == SubjectKind::Mcn ? Mcns : state->kind == SubjectKind::Brand ? Brands : Creators;
    showPage(page);
    if (auto *browser = qobject_cast<SubjectBrowserPage *>(pageWidget(page)))
        browser->openSubject(handle);
    return true;
}

CaseFileView *MainWindow::currentCaseFile() const
{
    QWidget *page = m_stack->currentWidget();
    if (!page)
        return nullptr;
    if (auto *browser = qobject_cast<SubjectBrowserPage *>(page))
        return browser->caseFile();
    const QList<CaseFileView *> views = page->findChildren<CaseFileView *>();
    return views.isEmpty() ? nullptr : views.first();
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
    RecordViolationDialog dialog(*m_store, subject, this);
    if (dialog.exec() != QDialog::Accepted || dialog.recordedViolationId().isEmpty())
        return;
    if (m_history)
        m_history->recordedViolation(dialog.recordedViolationId());
    statusBar()->showMessage(tr("Recorded %1 on %2. Ctrl+Z undoes it.").arg(dialog.recordedViolationId(), subject), 8000);
    refreshAll();
}

void MainWindow::fileAppeal(const QString &violationId)
{
    if (!m_store || violationId.isEmpty())
        return;
    FileAppealDialog dialog(*m_store, violationId, this);
    if (dialog.exec() != QDialog::Accepted || dialog.appealId().isEmpty())
        return;
    if (m_history)
        m_history->filedAppeal(dialog.appealId());
    statusBar()->showMessage(tr("Filed appeal %1 on %2.").arg(dialog.appealId(), violationId), 8000);
    refreshAll();
}

void MainWindow::decideAppeal(const QString &appealId)
{
    if (!m_store || appealId.isEmpty())
        return;
    DecideAppealDialog dialog(*m_store, appealId, this);
    if (dialog.exec() != QDialog::Accepted || dialog.decidedOutcome().isEmpty())
        return;
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
    if (!m_history->undo(*m_store, &error)) {
        showStoreError(tr("Could not undo"), error, tr("The store is unchanged. Refresh (F5) and check the case file."));
        return;
    }
    statusBar()->showMessage(tr("Done: %1. The retraction is in the ledger and the audit log.").arg(what), 8000);
    refreshAll();
}

void MainWindow::updateUndoAction()
{
    if (!m_undoAction)
        return;
    m_undoAction->setEnabled(m_store && m_history && m_history->canUndo());
    m_undoAction->setText(m_history ? m_history->undoText() : tr("&Undo"));
}

void MainWindow::updateActions()
{
    const bool open = m_store != nullptr;
    const bool writable = open && !m_store->isReadOnly();
    m_recordAction->setEnabled(writable);
    m_refreshAction->setEnabled(open);
    m_findAction->setEnabled(open);
    m_userAction->setEnabled(open);
    m_nav->setEnabled(open);
    updateUndoAction();
}

void MainWindow::updateTitle()
{
    if (!m_store) {
        setWindowTitle(tr("Redline"));
        return;
    }
    setWindowTitle(tr("%1 — Redline (acting as %2)").arg(QFileInfo(m_store->path()).fileName(), m_store->actor()));
}

void MainWindow::updateStatusBar()
{
    if (!m_store) {
        m_pathLabel->setText(tr("No store open"));
        m_countsLabel->clear();
        m_policyLabel->clear();
        m_userLabel->clear();
        return;
    }
    m_pathLabel->setText(m_store->isReadOnly() ? tr("%1 (read-only)").arg(m_store->path()) : m_store->path());
    const SubjectQuery query(*m_store);
    StoreError error;
    m_countsLabel->setText(tr("%1 MCNs · %2 brands · %3 creators")
                               .arg(PolicyText::groupedNumber(query.countKind(SubjectKind::Mcn, &error)),
                                    PolicyText::groupedNumber(query.countKind(SubjectKind::Brand, &error)),
                                    PolicyText::groupedNumber(query.countKind(SubjectKind::Creator, &error))));
    m_policyLabel->setText(tr("Policy: %1 v%2%3").arg(m_store->policy().name).arg(m_store->policy().version)
                               .arg(m_store->isPolicyOverridden() ? tr(" (override)") : QString()));
    m_userLabel->setText(tr("Acting as <b>%1</b>").arg(m_store->actor().toHtmlEscaped()));
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
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_nav->setCurrentRow(settings.value(QStringLiteral("window/page"), 0).toInt());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_splitterRestored)
        settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/page"), int(currentPage()));
    for (const QPointer<QWidget> &page : m_pages) {
        if (page)
            invokeIfPresent(page, "saveState");
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
