#pragma once

#include "model/resourceset.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// Model values → FHIR R4 JSON resources shaped like JP Core (STANDARDS.md §1). Used to keep
// values that did not arrive as FHIR (an SS-MIX2 storage) in the cache, which stores source
// FHIR JSON and reads it with the FHIR reader: one path for both sources (docs/ssmix2.md).
//
// Round trip: for a value in the reader's own terms, readResource(write(value)) gives the value
// back (tests/fhir/tst_fhirwriter.cpp). "In the reader's own terms" means the fields the reader
// derives agree with the ones it derives them from: a lab's, condition's and allergy's display
// is code.displayText(), a medication's name is medication.displayText(), a medication's end is
// start + days - 1 when the source gave none, and its start is the authored date when none was
// given (reader.h). The SS-MIX2 mapper produces values in these terms.
//
// Provenance: a value from SS-MIX2 carries its provenance in the extension kSourceExtension
// (storage, file#segment, facility, order number, cancelled), which the reader turns back into
// the same model::Provenance. Any other value's provenance is what the reader makes of the
// resource (sourceSystem from ReadOptions, sourceId "Type/id", meta.profile).
//
// Facilities and people are written as contained resources (an Organization with the 10-digit
// 医療機関コード, a PractitionerRole naming the person), so that one resource read alone keeps
// them. Clinical documents are not written (no SS-MIX2 message maps to one).
namespace renkei::fhir {

// A complex extension on the resource; sub-extensions: storage, file, facilityCode,
// facilityName, orderNumber, cancelled, profile. A URN: this viewer's own, not a published
// StructureDefinition.
inline constexpr char16_t kSourceExtension[] = u"urn:renkei:fhir:extension:ssmix2-source";

QJsonObject writePatient(const model::Patient &patient);
QJsonObject writeFacility(const model::Facility &facility);
QJsonObject writeEncounter(const model::Encounter &encounter);
QJsonObject writeLabResult(const model::LabResult &lab);
// MedicationRequest, MedicationDispense or MedicationStatement by kind.
QJsonObject writeMedication(const model::Medication &medication);
QJsonObject writeCondition(const model::Condition &condition);
QJsonObject writeAllergy(const model::Allergy &allergy);

// Every value of `set` but its documents, in the set's order (patients first).
QList<QJsonObject> writeResources(const model::ResourceSet &set);

} // namespace renkei::fhir
