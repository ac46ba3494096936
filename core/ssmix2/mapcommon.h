#pragma once

#include "model/codes.h"
#include "model/datetime.h"
#include "model/resources.h"
#include "ssmix2/hl7message.h"
#include "ssmix2/mapper.h"

#include <optional>

// Helpers shared by the message-family mappers (map*.cpp). Internal to core/ssmix2.
namespace renkei::ssmix2::detail {

// HL7 DTM (YYYY[MM[DD[HH[MM[SS[.S…]]]]]][+/-ZZZZ]) → PartialDateTime; no offset means Japan
// time. An hour without minutes is read as hh:00:00 (a time always has seconds, as in FHIR). Invalid text gives a null value.
model::PartialDateTime hl7Time(QStringView text);

// An HL7 v2 coding-system name (CWE-3) as a model system: JC10 → JLAC10, HOT9/HOT7/HOT13 (and
// HOT by code length), YJ, I10 → ICD-10 (2013), MDCDX2 → MEDIS 病名管理番号 (8 digits) or
// レセ電 傷病名 (7 digits), JAMISDP01 → JAMI usage, HL70162 → route, MR9P → MERIT-9 units,
// LN → LOINC. Anything else (local 99xxx tables, JSHR, JJ1017...) stays as written: it names a
// table, not a URI, and no URI is invented for it.
QString systemFor(const QString &hl7System, const QString &code);

// CWE / CE: code^text^system^altCode^altText^altSystem, both triplets kept side by side.
model::CodeableConcept codeable(const Repetition &cwe);
// The same, when the CWE sits in one component as sub-components (TQ1-3.1: code&text&system).
model::CodeableConcept codeableFromSubComponents(const Component &cwe);

// XCN / XPN: family and given name joined by a space; the id of an XCN is not included.
QString personName(const Repetition &xcn, int familyComponent = 2);
std::optional<double> number(QString text);

// Shared per-message state: the facility and the provenance of each value.
class Header {
public:
    Header(const Message &message, const MapContext &context);
    const MapContext &context() const { return m_context; }
    // The provenance of a value from segment number `segment` (1-based; 0: the whole file).
    model::Provenance provenance(int segment) const;
    QString sourceId(int segment) const;
    model::FacilityRef facility(const QString &orderingFacilityName = {}) const;
    // The identifier system for a patient id at this facility, empty when the code is unknown.
    QString patientIdSystem() const;

private:
    MapContext m_context;
    QString m_facilityCode;
    QString m_facilityName;
};

// The family mappers, each adding to `out`.
void mapPatient(const Message &message, const Header &header, MapResult &out);
model::Patient patientFromPid(const Segment &pid, const Header &header);
void mapEncounter(const Message &message, const Header &header, MapResult &out);
void mapAllergies(const Message &message, const Header &header, MapResult &out);
void mapProblems(const Message &message, const Header &header, MapResult &out);
void mapPrescriptions(const Message &message, const Header &header, MapResult &out);
void mapAdministrations(const Message &message, const Header &header, MapResult &out);
void mapLabResults(const Message &message, const Header &header, MapResult &out);
// OBX-7 reference range text → low / high (the text is kept as written).
model::ReferenceRange parseRange(const QString &text);
// One OBX as a LabResult (OUL^R22 and the body measurements of ADT^A08).
model::LabResult labFromObx(const Segment &obx, int segment, const Header &header);

} // namespace renkei::ssmix2::detail
