#include "mainwindow.h"
#include "dashboardpage.h"

#include "base/instant.h"
#include "base/translations.h"
#include "store/team/teamstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int kScreenshotDelayMs = 900;

void fail(const QString &message)
{
    std::fprintf(stderr, "redline: %s\n", qPrintable(message));
}

// --screenshot: grab the window once it has settled, save it and quit (used to look at every page under
// Xvfb; exit code 1 when the file cannot be written).
void scheduleScreenshot(redline::MainWindow &window, const QString &file, const QString &tab)
{
    QTimer::singleShot(kScreenshotDelayMs / 2, &window, [&window, tab] {
        if (tab.isEmpty())
            return;
        // The case file's tab by title prefix (e.g. "Violations"), on the page shown.
        for (QTabWidget *tabs : window.findChildren<QTabWidget *>(QStringLiteral("caseFileTabs"))) {
            if (!tabs->isVisible())
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i).startsWith(tab, Qt::CaseInsensitive))
                    tabs->setCurrentIndex(i);
            }
        }
    });
    const auto grab = [&window, file] {
        const bool saved = window.grab().save(file);
        if (!saved)
            fail(QCoreApplication::translate("main", "cannot write the screenshot %1").arg(file));
        QCoreApplication::exit(saved ? 0 : 1);
    };
    QTimer::singleShot(kScreenshotDelayMs, &window, [&window, grab] {
        // The dashboard's figures load off the UI thread: on a big store, wait for them.
        auto *dashboard = window.findChild<redline::DashboardPage *>();
        if (dashboard && dashboard->isVisible() && dashboard->isLoading()) {
            QObject::connect(dashboard, &redline::DashboardPage::figuresLoaded, &window, [grab] { QTimer::singleShot(200, grab); });
            return;
        }
        grab();
    });
}

// Every option of the console, described in --help (which needs no display: see main()).
struct ConsoleOptions {
    QCommandLineOption db{QStringLiteral("db"),
                          QCoreApplication::translate("main", "Open the store FILE (offers to create one when there is none), or "
                                                              "connect to the team store at a URL "
                                                              "postgresql://USER@HOST/DB (postgresql://USER@/DB?host=/socket/dir)."),
                          QStringLiteral("FILE|URL")};
    QCommandLineOption readOnly{QStringLiteral("read-only"),
                                QCoreApplication::translate("main", "Open the store read-only, for an audit: nothing can be written. A store "
                                                                    "you may not write (the file or its folder) always opens read-only.")};
    // Preselection only: a secured store still asks for NAME's password (docs/roles.md); on an open store,
    // where no user has one, NAME is who the writes are recorded under, as with redline-cli.
    QCommandLineOption user{QStringLiteral("user"),
                            QCoreApplication::translate("main", "Preselect NAME in the sign-in dialog (on a store without passwords: act as NAME)."),
                            QStringLiteral("NAME")};
    QCommandLineOption page{QStringLiteral("page"), QCoreApplication::translate("main", "Show page NAME: %1.")
                                                         .arg(redline::MainWindow::pageNames().join(QStringLiteral(", "))),
                            QStringLiteral("NAME")};
    QCommandLineOption subject{QStringLiteral("subject"), QCoreApplication::translate("main", "Open the case file of HANDLE."),
                               QStringLiteral("HANDLE")};
    QCommandLineOption tab{QStringLiteral("tab"),
                           QCoreApplication::translate("main", "Show the case file's tab whose title starts with TITLE."),
                           QStringLiteral("TITLE")};
    QCommandLineOption now{QStringLiteral("now"),
                           QCoreApplication::translate("main", "Fix the current instant T (UTC, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ); "
                                                               "the REDLINE_NOW environment variable does the same."),
                           QStringLiteral("T")};
    QCommandLineOption size{QStringLiteral("size"), QCoreApplication::translate("main", "Open the window at WxH pixels."),
                            QStringLiteral("WxH")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Save a screenshot of the window to FILE (PNG) and quit."),
                                  QStringLiteral("FILE")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "Redline governance console"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({db, readOnly, user, page, subject, tab, now, size, screenshot});
    }
};

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Redline"));
    QCoreApplication::setApplicationName(QStringLiteral("redline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REDLINE_VERSION));
}

// --help and --version answer without a display: they are read before the GUI application exists.
bool asksOnlyForHelp(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

int printHelp(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    redline::Translations::install(app);
    QCommandLineParser parser;
    const ConsoleOptions options;
    options.addTo(parser);
    parser.process(app); // prints the help or the version and exits
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForHelp(argc, argv))
        return printHelp(argc, argv);
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/redline.png")));
    QGuiApplication::setDesktopFileName(QStringLiteral("redline"));
    redline::Translations::install(app);

    QCommandLineParser parser;
    const ConsoleOptions o;
    o.addTo(parser);
    parser.process(app);
    const QCommandLineOption &dbOption = o.db, &userOption = o.user, &screenshotOption = o.screenshot,
                             &pageOption = o.page, &subjectOption = o.subject, &tabOption = o.tab, &sizeOption = o.size,
                             &nowOption = o.now;

    redline::MainWindow window;
    // Like redline-cli, REDLINE_NOW (or --now) fixes the clock, so a demo or a screenshot is reproducible.
    const QString now = parser.isSet(nowOption) ? parser.value(nowOption) : qEnvironmentVariable("REDLINE_NOW");
    if (!now.isEmpty()) {
        const std::optional<redline::Instant> at = redline::parseInstant(now);
        if (!at) {
            fail(QCoreApplication::translate("main", "--now: \"%1\" is not a UTC instant (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)").arg(now));
            return 2;
        }
        window.setClock(*at);
    }
    if (parser.isSet(userOption))
        window.setPresetUser(parser.value(userOption));
    if (parser.isSet(sizeOption)) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        if (size.size() == 2)
            window.resize(size.at(0).toInt(), size.at(1).toInt());
    }
    window.show();

    if (parser.isSet(dbOption) && redline::TeamStore::isUrl(parser.value(dbOption))) {
        // A team store (docs/teamstore.md "Two consoles"): the connect dialog asks for a password when the server
        // wants one; a --screenshot run asks nothing and fails instead.
        if (parser.isSet(o.readOnly))
            fail(QCoreApplication::translate("main", "--read-only: a team store's server decides what you may write; "
                                                     "connecting normally"));
        QString error;
        if (!window.openTeamStore(parser.value(dbOption), !parser.isSet(screenshotOption), &error)) {
            if (!error.isEmpty())
                fail(error);
            if (parser.isSet(screenshotOption))
                return 2;
        }
    } else if (parser.isSet(dbOption)) {
        const QString path = parser.value(dbOption);
        if (!QFileInfo::exists(path) && parser.isSet(screenshotOption)) {
            fail(QCoreApplication::translate("main", "%1: no such file (create a store with File > New store or "
                                                     "`redline-cli --db %1 init`)").arg(path));
            return 2;
        }
        if (!window.openOrOfferToCreate(path, parser.isSet(o.readOnly)) && parser.isSet(screenshotOption))
            return 2;
    }
    if (parser.isSet(pageOption) && !window.showPageByName(parser.value(pageOption))) {
        fail(QCoreApplication::translate("main", "--page: unknown page %1 (one of: %2)")
                 .arg(parser.value(pageOption), redline::MainWindow::pageNames().join(QStringLiteral(", "))));
        return 2;
    }
    if (parser.isSet(subjectOption) && !window.openSubject(parser.value(subjectOption))) {
        fail(QCoreApplication::translate("main", "--subject: no subject %1 in the store").arg(parser.value(subjectOption)));
        if (parser.isSet(screenshotOption))
            return 2;
    }
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(window, parser.value(screenshotOption), parser.value(tabOption));
    return app.exec();
}
