#include "workspace/facilitypalette.h"

#include <array>

namespace renkei::ui {

QColor facilityColour(int colourIndex)
{
    static constexpr std::array<QRgb, 12> kColours { 0xff1f77b4, 0xffd62728, 0xff2ca02c, 0xff9467bd,
        0xffe07b00, 0xff17becf, 0xff8c564b, 0xffc2185b, 0xff4e7d3a, 0xff3f51b5, 0xff9e9d24,
        0xff607d8b };
    if (colourIndex < 0)
        return QColor(0xff8a8f98);
    return QColor::fromRgba(kColours[size_t(colourIndex) % kColours.size()]);
}

} // namespace renkei::ui
