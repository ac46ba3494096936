#pragma once

#include <QColor>
#include <QDate>
#include <QIcon>
#include <QString>

namespace renkei::clinical {
class PatientRecord;
}

// Small presentation helpers the medication and document views share: the Japanese date form
// (2024/05/01), a period, and the facility colours of the lanes (FacilityInfo::colourIndex).
namespace renkei::ui::format {

// 2024/05/01; empty for an invalid date.
QString date(QDate day);
// "2024/05/01〜2024/05/28", "2024/05/01〜" (open-ended), "〜2024/05/28".
QString period(QDate start, QDate end);
// The colour of a facility's lane and chips (workspace/facilitypalette.h, shared by every view).
QColor facilityColour(int colourIndex);
// The facility's name, or a placeholder ("施設不明") when the index is -1 or out of range.
QString facilityName(const clinical::PatientRecord *record, int facility);

// A warning triangle with "!" (duplicates, allergies), drawn so it is the same on every platform
// and sharp at any scale.
QIcon warningIcon(const QColor &colour);
// A rounded square of a facility's colour, for lists and legends.
QIcon colourChip(const QColor &colour);
// Colours shared by both views: warnings (duplicate, allergy) and the workspace-date marker.
QColor warningColour(); // dark red, readable as text on white
QColor warningBackground(); // a pale red for banners and flagged rows
QColor markerColour(); // the workspace date

} // namespace renkei::ui::format
