#include "appicon.h"

#include <QImageReader>

using namespace Qt::StringLiterals;

namespace renkei::ui {

QIcon appIcon()
{
    QIcon icon;
    if (QImageReader::supportedImageFormats().contains("svg"))
        icon.addFile(u":/icons/renkei.svg"_s);
    for (const int size : { 16, 24, 32, 48, 64, 128, 256 })
        icon.addFile(u":/icons/renkei-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

} // namespace renkei::ui
