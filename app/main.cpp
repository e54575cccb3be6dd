#include "mainwindow.h"
#include "dashboardpage.h"

#include "base/instant.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

constexpr int kScreenshotDelayMs = 900;

void installTranslators(QApplication &app)
{
    const QLocale locale;
    auto *own = new QTranslator(&app);
    // Any locale without its own translation reads English, whose file carries the plural forms.
    if (own->load(locale, QStringLiteral("redline"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("redline_en"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Redline"));
    QCoreApplication::setApplicationName(QStringLiteral("redline"));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Redline governance console"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("main", "Open the store FILE."),
                                      QStringLiteral("FILE"));
    // Preselection only: a secured store still asks for NAME's password (docs/roles.md); on an open store,
    // where no user has one, NAME is who the writes are recorded under, as with redline-cli.
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QCoreApplication::translate("main", "Preselect NAME in the sign-in dialog."),
                                        QStringLiteral("NAME"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save a screenshot to FILE and quit."),
                                        QStringLiteral("FILE"));
    QCommandLineOption pageOption(QStringLiteral("page"), QCoreApplication::translate("main", "Show page NAME."),
                                  QStringLiteral("NAME"));
    QCommandLineOption subjectOption(QStringLiteral("subject"),
                                     QCoreApplication::translate("main", "Open the case file of HANDLE."),
                                     QStringLiteral("HANDLE"));
    QCommandLineOption tabOption(QStringLiteral("tab"), QCoreApplication::translate("main", "Show the case file tab TITLE."),
                                 QStringLiteral("TITLE"));
    QCommandLineOption nowOption(QStringLiteral("now"), QCoreApplication::translate("main", "Fix the current instant (UTC)."),
                                 QStringLiteral("T"));
    QCommandLineOption sizeOption(QStringLiteral("size"), QCoreApplication::translate("main", "Window size WxH."),
                                  QStringLiteral("WxH"));
    for (QCommandLineOption *hidden : {&screenshotOption, &pageOption, &subjectOption, &tabOption, &sizeOption, &nowOption})
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, userOption, screenshotOption, pageOption, subjectOption, tabOption, sizeOption, nowOption});
    parser.process(app);

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

    if (parser.isSet(dbOption)) {
        const QString path = parser.value(dbOption);
        if (!QFileInfo::exists(path) && parser.isSet(screenshotOption)) {
            fail(QCoreApplication::translate("main", "%1: no such file (create a store with File > New store or "
                                                     "`redline-cli --db %1 init`)").arg(path));
            return 2;
        }
        if (!window.openOrOfferToCreate(path) && parser.isSet(screenshotOption))
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
