#pragma once

#include <QString>

// The SS-MIX2 data types and the HL7 v2.5 message each one carries (STANDARDS.md §3).
namespace renkei::ssmix2 {

struct DataTypeInfo {
    QString dataType; // "OMP-01"
    QString messageCode; // "RDE"
    QString trigger; // "O11"
};

// The expected message for a data type; nullptr for a data type the table does not know.
// OMD has no number; OMG-01..03 share OMG^O19.
const DataTypeInfo *dataTypeInfo(const QString &dataType);

// True when MSH-9 (code and trigger) is what the data type promises.
bool messageMatchesDataType(
    const QString &dataType, const QString &messageCode, const QString &trigger);

} // namespace renkei::ssmix2
