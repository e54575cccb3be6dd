#include "clirunner.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("redline-cli"));
    return redline::CliRunner(QCoreApplication::arguments()).run();
}
