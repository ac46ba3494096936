#include "screenshot.h"

#include "util/logging.h"

#include <QPixmap>
#include <QString>
#include <QWidget>

namespace renkei::ui {

bool saveScreenshot(QWidget *widget, const QString &path)
{
    if (!widget || path.isEmpty())
        return false;
    widget->ensurePolished();
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull()) {
        qCWarning(lcApp) << "screenshot: the window rendered to nothing";
        return false;
    }
    if (!pixmap.save(path, "PNG")) {
        qCWarning(lcApp) << "screenshot: cannot write" << path;
        return false;
    }
    return true;
}

} // namespace renkei::ui
