#pragma once

#include <QMainWindow>

namespace renkei::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace renkei::ui
