#include "clirunner.h"

#include "base/translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <memory>

#include <unistd.h>

namespace {

// Qt warns on stderr when the runtime directory is not set (a root shell, a CI job); stderr is for the
// command's own one-line errors (docs/contracts.md), so a private one is made for the GUI application.
void ensureRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/redline-runtime-%1").arg(QString::number(getuid()));
    if (QDir().mkpath(dir) && QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

} // namespace

int main(int argc, char *argv[])
{
    // `report` draws its PDF with QPainter and the score chart widget, so it alone gets a QApplication,
    // on the offscreen platform unless one is set; every other command (and --help) runs without one and
    // without a display.
    std::unique_ptr<QCoreApplication> app;
    if (redline::CliRunner::needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        ensureRuntimeDirectory();
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("redline-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REDLINE_VERSION));
    redline::Translations::install(*app);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 2 && (arguments.at(1) == QLatin1String("--version") || arguments.at(1) == QLatin1String("-v"))) {
        std::printf("redline-cli %s\n", REDLINE_VERSION);
        return 0;
    }
    return redline::CliRunner(arguments).run();
}
