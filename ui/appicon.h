#pragma once

#include <QIcon>

namespace renkei::ui {

// The application icon. resources/icons/renkei.svg is the master; PNG renderings of it are
// embedded too, so that the icon shows where Qt's SVG plugin is not installed.
QIcon appIcon();

} // namespace renkei::ui
