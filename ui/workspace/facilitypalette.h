#pragma once

#include <QColor>

// The colour of a facility's lane, chip and legend (clinical::FacilityInfo::colourIndex, stable
// across sessions): twelve hues that stay apart for most colour vision and read on white.
namespace renkei::ui {

QColor facilityColour(int colourIndex);

} // namespace renkei::ui
