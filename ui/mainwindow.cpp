#include "mainwindow.h"

namespace renkei::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Renkei Viewer"));
}

} // namespace renkei::ui
