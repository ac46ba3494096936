#pragma once

#include "model/resources.h"

#include <QJsonObject>
#include <QJsonValue>

// The clinical vocabulary as JSON, in the shape docs/cli.md documents. Systems are printed in
// their canonical http:// form; absent values are null, never invented.
namespace renkei::inspect {

QJsonValue toJson(const model::PartialDateTime &value);
QJsonObject toJson(const model::Patient &patient);
QJsonObject toJson(const model::Facility &facility);
QJsonObject toJson(const model::Encounter &encounter);
QJsonObject toJson(const model::LabResult &lab);
QJsonObject toJson(const model::Medication &medication);
QJsonObject toJson(const model::ClinicalDocument &document);
QJsonObject toJson(const model::Condition &condition);
QJsonObject toJson(const model::Allergy &allergy);

} // namespace renkei::inspect
