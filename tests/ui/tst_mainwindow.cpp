// The main window on a real store (issue 4.1): navigation over every page, the status bar, opening and
// refusing stores, keyboard triage (Ctrl+F, Down, Enter), Ctrl+Z wired to the session's history, F5, recent
// files, and window/splitter/column layouts that persist through QSettings.

#include "auditlogpage.h"
#include "audittablemodel.h"
#include "casefileview.h"
#include "consolefixture.h"
#include "mainwindow.h"
#include "subjectbrowserpage.h"
#include "subjectfilterbar.h"
#include "subjecttablemodel.h"

#if __has_include("actionhistory.h")
#include "actionhistory.h"
#endif

#include "base/identity.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <QTranslator>
#include <QScreen>
#include <QMenuBar>
#include <QAbstractButton>
#include <functional>
#include <memory>

using namespace redline;

namespace {

QString statusText(MainWindow &window, const char *name)
{
    auto *label = window.findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

// Closes the next modal window (a message box or a dialog) and keeps its class and text.
struct ModalCatcher {
    QString className;
    QString text;
    void arm()
    {
        QTimer::singleShot(0, qApp, [this] { catchNow(); });
    }
    void catchNow()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            QTimer::singleShot(20, qApp, [this] { catchNow(); });
            return;
        }
        className = QString::fromLatin1(modal->metaObject()->className());
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            text = box->text() + QLatin1Char('\n') + box->informativeText();
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void welcomeWithoutAStore();
    void statusBarAfterOpening();
    void everyPageHasAWidget_data();
    void everyPageHasAWidget();
    void openSubjectGoesToItsKindsPage_data();
    void openSubjectGoesToItsKindsPage();
    void keyboardTriage();
    void searchShowsItsFirstMatchAtOnce();
    void ctrlNOpensTheRecordDialog();
    void ctrlZRetractsTheLastRecordedViolation();
    void refreshShowsOutsideWrites();
    void refusesANonStoreAndKeepsTheOpenOne();
    void createsANewStore();
    void missingPathIsSaidAndOffersAStore_data();
    void missingPathIsSaidAndOffersAStore();
    void menuMnemonicsAreDistinct();
    void everyPageFitsASmallScreen();
    void restoredWindowStaysOnScreen();
    void openStoreAsksForNothing();
    void recentFiles();
    void layoutPersists();

private:
    std::unique_ptr<MainWindow> openWindow();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_storeDir;
    QString m_path;
};

// redline --db PATH with no file at PATH: a message that says so and offers to create a store there.
void TestMainWindow::missingPathIsSaidAndOffersAStore_data()
{
    QTest::addColumn<bool>("create");
    QTest::newRow("create") << true;
    QTest::newRow("cancel") << false;
}

void TestMainWindow::missingPathIsSaidAndOffersAStore()
{
    QFETCH(bool, create);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new-team.redline"));
    MainWindow window;
    window.show();
    QString text;
    QTimer::singleShot(0, qApp, [&] {
        std::function<void()> answer = [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                QTimer::singleShot(20, qApp, answer);
                return;
            }
            text = box->text();
            for (QAbstractButton *button : box->buttons()) {
                const bool isCreate = box->buttonRole(button) == QMessageBox::AcceptRole;
                if (isCreate == create) {
                    button->click();
                    return;
                }
            }
        };
        answer();
    });
    const bool opened = window.openOrOfferToCreate(path);
    QCOMPARE(text, QStringLiteral("There is no Redline store at %1.\n\nCreate a new, empty store there?").arg(path));
    QCOMPARE(opened, create);
    QCOMPARE(QFileInfo::exists(path), create);
    QCOMPARE(window.store() != nullptr, create);
}

// Each menu of the menu bar has its own Alt key, in English and in Chinese.
void TestMainWindow::menuMnemonicsAreDistinct()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QTranslator translator;
        if (language != QLatin1String("en"))
            QVERIFY(translator.load(QStringLiteral(":/i18n/redline_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        MainWindow window;
        QSet<QChar> keys;
        for (QAction *menu : window.menuBar()->actions()) {
            const QString title = menu->text();
            const int amp = title.indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0 && amp + 1 < title.size(), qPrintable(title));
            const QChar key = title.at(amp + 1).toLower();
            QVERIFY2(!keys.contains(key), qPrintable(language + QStringLiteral(": ") + title));
            keys.insert(key);
        }
        QCoreApplication::removeTranslator(&translator);
    }
}

// No page asks for more than a 1366×768 screen (the smallest a moderator's laptop has), in either language.
void TestMainWindow::everyPageFitsASmallScreen()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/redline_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        std::unique_ptr<MainWindow> window = openWindow();
        for (const QString &page : MainWindow::pageNames()) {
            QVERIFY(window->showPageByName(page));
            const QSize needed = window->minimumSizeHint().expandedTo(window->minimumSize());
            QVERIFY2(needed.width() <= 1366 && needed.height() <= 740,
                     qPrintable(QStringLiteral("%1/%2 needs %3×%4").arg(language, page).arg(needed.width()).arg(needed.height())));
        }
        QCoreApplication::removeTranslator(&translator);
    }
}

// A window saved on a larger or another screen is brought back onto the one it opens on.
void TestMainWindow::restoredWindowStaysOnScreen()
{
    {
        MainWindow window;
        window.show();
        window.setGeometry(QRect(QPoint(5000, 4000), QSize(3000, 2000)));
        window.close(); // saves the geometry
    }
    MainWindow window;
    window.show();
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(window.geometry()),
             qPrintable(QStringLiteral("%1,%2 %3×%4 outside %5,%6 %7×%8")
                            .arg(window.x()).arg(window.y()).arg(window.width()).arg(window.height())
                            .arg(available.x()).arg(available.y()).arg(available.width()).arg(available.height())));
}

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Settings go to a scratch folder, never the user's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RedlineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_storeDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_storeDir->isValid());
    ConsoleFixture::create(*m_storeDir, 30); // closed again: the window opens it by path
    m_path = m_storeDir->filePath(QStringLiteral("console.redline"));
}

void TestMainWindow::cleanup()
{
    m_storeDir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setPresetUser(QStringLiteral("mod.wang"));
    window->setClock(ConsoleFixture::kConsoleNow);
    window->show();
    if (!window->openStore(m_path, false))
        qFatal("could not open %s", qPrintable(m_path));
    return window;
}

void TestMainWindow::welcomeWithoutAStore()
{
    MainWindow window;
    window.show();
    QVERIFY(!window.store());
    QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget()->objectName(),
             QStringLiteral("welcomePage"));
    QVERIFY(!window.findChild<QListWidget *>(QStringLiteral("navigation"))->isEnabled());
    QCOMPARE(statusText(window, "statusPath"), QStringLiteral("No store open"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Redline"));
}

void TestMainWindow::statusBarAfterOpening()
{
    const auto window = openWindow();
    QCOMPARE(statusText(*window, "statusPath"), m_path);
    QCOMPARE(statusText(*window, "statusCounts"), QStringLiteral("2 MCNs · 2 brands · 34 creators"));
    // The fixture store is open (no user has a password): no sign-in, and --user names who writes.
    QCOMPARE(statusText(*window, "statusUser"), QStringLiteral("Open store: no sign-in (writes as <b>mod.wang</b>)"));
    QCOMPARE(statusText(*window, "statusPolicy"), QStringLiteral("Policy: default v1"));
    QVERIFY(window->session().isOpen());
    QCOMPARE(window->session().user, QStringLiteral("mod.wang"));
    QCOMPARE(window->windowTitle(), QStringLiteral("console.redline — Redline — mod.wang (open store)"));
}

void TestMainWindow::everyPageHasAWidget_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("page");
    const QStringList names = MainWindow::pageNames();
    QCOMPARE(names.size(), int(MainWindow::PageCount));
    for (int i = 0; i < names.size(); ++i)
        QTest::newRow(qPrintable(names.at(i))) << names.at(i) << i;
}

void TestMainWindow::everyPageHasAWidget()
{
    QFETCH(QString, name);
    QFETCH(int, page);
    const auto window = openWindow();
    QVERIFY(window->showPageByName(name));
    QCOMPARE(int(window->currentPage()), page);
    QWidget *widget = window->pageWidget(MainWindow::PageId(page));
    QVERIFY(widget);
    QCOMPARE(window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(), widget);
    QCOMPARE(window->findChild<QListWidget *>(QStringLiteral("navigation"))->currentRow(), page);
    QVERIFY(!window->showPageByName(QStringLiteral("nowhere")));
}

void TestMainWindow::openSubjectGoesToItsKindsPage_data()
{
    QTest::addColumn<QString>("handle");
    QTest::addColumn<int>("page");
    QTest::newRow("mcn") << QStringLiteral("mcn-starriver") << int(MainWindow::Mcns);
    QTest::newRow("brand") << QStringLiteral("brand-oak") << int(MainWindow::Brands);
    QTest::newRow("creator") << QStringLiteral("crt-wang") << int(MainWindow::Creators);
}

void TestMainWindow::openSubjectGoesToItsKindsPage()
{
    QFETCH(QString, handle);
    QFETCH(int, page);
    const auto window = openWindow();
    QVERIFY(window->openSubject(handle));
    QCOMPARE(int(window->currentPage()), page);
    auto *browser = qobject_cast<SubjectBrowserPage *>(window->pageWidget(MainWindow::PageId(page)));
    QVERIFY(browser);
    QCOMPARE(browser->caseFile()->currentHandle(), handle);
    QVERIFY(!window->openSubject(QStringLiteral("crt-nobody")));
}

void TestMainWindow::keyboardTriage()
{
    const auto window = openWindow();
    window->showPage(MainWindow::Creators);
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *browser = qobject_cast<SubjectBrowserPage *>(window->pageWidget(MainWindow::Creators));
    QLineEdit *search = browser->filterBar()->searchEdit();

    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    // Chinese arrives from an input method as a commit string, as it does from a real IME.
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("林小"));
    QApplication::sendEvent(search, &commit);
    QTRY_COMPARE(browser->model()->rowCount(), 1); // after the search box's pause
    QCOMPARE(browser->model()->index(0, 0).data().toString(), QStringLiteral("crt-lin"));

    QTest::keyClick(search, Qt::Key_Down);
    QTRY_VERIFY(browser->table()->hasFocus());
    QCOMPARE(browser->table()->currentIndex().row(), 0);
    QTest::keyClick(browser->table(), Qt::Key_Return);
    QCOMPARE(browser->caseFile()->currentHandle(), QStringLiteral("crt-lin"));

    // Escape clears the search; every creator is back.
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_COMPARE(browser->model()->rowCount(), 34);
}

// A search that no longer lists the subject in the case pane shows its first match there at once; one that
// matches nothing empties the pane.
void TestMainWindow::searchShowsItsFirstMatchAtOnce()
{
    const auto window = openWindow();
    QVERIFY(window->openSubject(QStringLiteral("crt-wang")));
    auto *browser = qobject_cast<SubjectBrowserPage *>(window->pageWidget(MainWindow::Creators));
    QCOMPARE(browser->caseFile()->currentHandle(), QStringLiteral("crt-wang"));
    browser->filterBar()->searchEdit()->setText(QStringLiteral("林小"));
    QTRY_COMPARE(browser->model()->rowCount(), 1);
    QCOMPARE(browser->caseFile()->currentHandle(), QStringLiteral("crt-lin"));
    QCOMPARE(browser->table()->currentIndex().row(), 0);
    browser->filterBar()->searchEdit()->setText(QStringLiteral("nobody-at-all"));
    QTRY_COMPARE(browser->model()->rowCount(), 0);
    QCOMPARE(browser->caseFile()->currentHandle(), QString());
}

void TestMainWindow::ctrlNOpensTheRecordDialog()
{
    const auto window = openWindow();
    QVERIFY(window->openSubject(QStringLiteral("crt-wang")));
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    ModalCatcher catcher;
    catcher.arm();
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
#if __has_include("recordviolationdialog.h")
    QCOMPARE(catcher.className, QStringLiteral("redline::RecordViolationDialog"));
#else
    QCOMPARE(catcher.className, QStringLiteral("QMessageBox"));
#endif
}

void TestMainWindow::ctrlZRetractsTheLastRecordedViolation()
{
#if __has_include("actionhistory.h")
    const auto window = openWindow();
    // A violation recorded in this session by the user at the console (the dialog's part is tst_undo's).
    ConsoleFixture::append(*window->store(), QStringLiteral(R"({"type":"violation","id":"v-8","subject":"crt-linda","code":"creator.diversion","at":"2025-02-09","by":"mod.wang","source":"algorithm","evidence":"加V"})"));
    window->actionHistory()->recordedViolation(QStringLiteral("v-8"));
    QVERIFY(window->openSubject(QStringLiteral("crt-linda")));
    auto *browser = qobject_cast<SubjectBrowserPage *>(window->pageWidget(MainWindow::Creators));
    QCOMPARE(browser->caseFile()->data().state().score, 95);
    auto *undo = window->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    // A compensating event, never a deletion: v-8 is still listed, retracted, and the score is back.
    QCOMPARE(browser->caseFile()->data().state().score, 100);
    QTreeWidget *violations = browser->caseFile()->findChild<QTreeWidget *>(QStringLiteral("violationsTree"));
    QCOMPARE(violations->topLevelItemCount(), 1);
    QVERIFY2(violations->topLevelItem(0)->text(7).startsWith(QStringLiteral("Retracted on 2025-02-10")),
             qPrintable(violations->topLevelItem(0)->text(7)));
    QVERIFY(!undo->isEnabled());
    // The retraction is the newest row of the audit log, under the session's user, in words.
    auto *audit = qobject_cast<AuditLogPage *>(window->pageWidget(MainWindow::AuditLog));
    QVERIFY(audit);
    const AuditEntry *newest = audit->model()->entryAt(0);
    QVERIFY(newest);
    QCOMPARE(newest->actor, QStringLiteral("mod.wang"));
    QCOMPARE(newest->subject, QStringLiteral("crt-linda"));
    QCOMPARE(newest->action, QStringLiteral("retract_violation"));
    QCOMPARE(audit->model()->index(0, AuditTableModel::Sentence).data().toString(),
             QStringLiteral("mod.wang retracted violation v-8 on crt-linda"));
#else
    QSKIP("ActionHistory (UI helper B) is not in this build");
#endif
}

void TestMainWindow::refreshShowsOutsideWrites()
{
    const auto window = openWindow();
    window->showPage(MainWindow::Creators);
    auto *browser = qobject_cast<SubjectBrowserPage *>(window->pageWidget(MainWindow::Creators));
    browser->model()->setSearch(QStringLiteral("crt-pct"));
    QCOMPARE(browser->model()->index(0, 0).data(SubjectTableModel::ScoreRole).toInt(), 100);
    // Another console (or redline-cli) writes to the same file.
    {
        StoreOptions options;
        options.now = ConsoleFixture::kConsoleNow;
        options.actor = QStringLiteral("mod.li");
        StoreError error;
        std::unique_ptr<Store> other = Store::open(m_path, options, &error);
        QVERIFY2(other, qPrintable(error.message));
        ConsoleFixture::append(*other, QStringLiteral(R"({"type":"violation","id":"v-9","subject":"crt-pct","code":"creator.false_promise","at":"2025-02-09","by":"mod.li","source":"human_review"})"));
    }
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F5);
    QCOMPARE(browser->model()->index(0, 0).data(SubjectTableModel::ScoreRole).toInt(), 90);
}

void TestMainWindow::refusesANonStoreAndKeepsTheOpenOne()
{
    const auto window = openWindow();
    const QString bogus = m_storeDir->filePath(QStringLiteral("notes.txt"));
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database\n");
    file.close();
    ModalCatcher catcher;
    catcher.arm();
    QVERIFY(!window->openStore(bogus, false));
    QCOMPARE(catcher.className, QStringLiteral("QMessageBox"));
    QVERIFY2(catcher.text.startsWith(QStringLiteral("Could not open notes.txt")), qPrintable(catcher.text));
    QVERIFY2(catcher.text.contains(QStringLiteral("redline-cli")), qPrintable(catcher.text));
    QCOMPARE(window->store()->path(), m_path); // the open store stays
    QVERIFY(window->pageWidget(MainWindow::Creators));
}

void TestMainWindow::createsANewStore()
{
    MainWindow window;
    window.setPresetUser(QStringLiteral("mod.new"));
    window.show();
    const QString path = m_storeDir->filePath(QStringLiteral("fresh.redline"));
    QVERIFY(window.createStore(path));
    QCOMPARE(window.store()->path(), path);
    QCOMPARE(statusText(window, "statusCounts"), QStringLiteral("0 MCNs · 0 brands · 0 creators"));
    QVERIFY(window.session().isOpen()); // a new store has no passwords
    QCOMPARE(window.session().user, QStringLiteral("mod.new"));
    // An existing store is not overwritten.
    ModalCatcher catcher;
    catcher.arm();
    QVERIFY(!window.createStore(m_path));
    QVERIFY2(catcher.text.contains(QStringLiteral("already a Redline store")), qPrintable(catcher.text));
    QCOMPARE(window.store()->path(), path);
}

// An open store (no user has a password) asks for nothing: the console writes as the OS user and says so.
void TestMainWindow::openStoreAsksForNothing()
{
    MainWindow window;
    window.setClock(ConsoleFixture::kConsoleNow);
    window.show();
    // Should a dialog come up anyway, it is closed and named rather than left to block the test.
    auto shown = std::make_shared<QString>();
    QTimer::singleShot(300, qApp, [shown] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            *shown = QString::fromLatin1(modal->metaObject()->className());
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        }
    });
    QVERIFY(window.openStore(m_path, true));
    QTest::qWait(400);
    QVERIFY2(shown->isEmpty(), qPrintable(*shown));
    QVERIFY(window.session().isOpen());
    QCOMPARE(window.session().user, Identity::osUser());
    QVERIFY(statusText(window, "statusUser").startsWith(QStringLiteral("Open store: no sign-in")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("recordAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("signInAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("signOutAction"))->isEnabled());
}

void TestMainWindow::recentFiles()
{
    {
        const auto window = openWindow();
    }
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    QCOMPARE(recent.value(0), QFileInfo(m_path).absoluteFilePath());
    MainWindow window;
    QMenu *menu = nullptr;
    for (QMenu *m : window.findChildren<QMenu *>()) {
        if (m->title() == QStringLiteral("Open &recent"))
            menu = m;
    }
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 1);
    QCOMPARE(menu->actions().first()->data().toString(), QFileInfo(m_path).absoluteFilePath());
}

void TestMainWindow::layoutPersists()
{
    int handleWidth = 0;
    QList<int> splitterSizes;
    QRect geometry;
    {
        const auto window = openWindow();
        window->resize(1300, 820);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->showPage(MainWindow::Creators);
        auto *browser = qobject_cast<SubjectBrowserPage *>(window->pageWidget(MainWindow::Creators));
        browser->table()->setColumnWidth(0, 211);
        handleWidth = browser->table()->columnWidth(0);
        auto *splitter = browser->findChild<QSplitter *>(QStringLiteral("browserSplitter"));
        splitter->setSizes({500, 700});
        splitterSizes = splitter->sizes();
        geometry = window->geometry();
        window->close();
    }
    const auto window = openWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->currentPage(), MainWindow::Creators); // the last page comes back too
    auto *browser = qobject_cast<SubjectBrowserPage *>(window->pageWidget(MainWindow::Creators));
    QCOMPARE(browser->table()->columnWidth(0), handleWidth);
    QCOMPARE(browser->findChild<QSplitter *>(QStringLiteral("browserSplitter"))->sizes(), splitterSizes);
    QCOMPARE(window->size(), geometry.size());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
