#include "clirunner.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // `report` draws its PDF with QPainter and the score chart widget, so it alone gets a QApplication,
    // on the offscreen platform unless one is set; every other command (and --help) runs without one and
    // without a display.
    std::unique_ptr<QCoreApplication> app;
    if (redline::CliRunner::needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("redline-cli"));
    return redline::CliRunner(QCoreApplication::arguments()).run();
}
