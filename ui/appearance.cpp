#include "appearance.h"

#include <QApplication>
#include <QFont>

namespace renkei::ui {

void ensureReadableFont(double minimumPointSize)
{
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < minimumPointSize) {
        font.setPointSizeF(minimumPointSize);
        QApplication::setFont(font);
    }
}

} // namespace renkei::ui
