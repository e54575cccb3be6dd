#include "mainwindow.h"

namespace redline {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Redline"));
    resize(1280, 800);
}

} // namespace redline
