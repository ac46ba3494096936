#pragma once

#include "fhir/json.h"
#include "model/resources.h"

// Internal to core/fhir: FHIR R4 data types to model values.
namespace renkei::fhir::detail {

model::Coding toCoding(const Obj &o);
model::CodeableConcept toConcept(const Obj &o);
// The displayText() of each concept, joined with "、".
QString conceptsText(const QList<Obj> &concepts);
// The code of the first coding (status-like CodeableConcepts: clinicalStatus and so on).
QString firstCode(const Obj &codeable);
model::Identifier toIdentifier(const Obj &o);
model::Quantity toQuantity(const Obj &o);
// A FHIR date, dateTime or instant; an unparseable string is an Invalid problem.
model::PartialDateTime toDateTime(const Obj &parent, const QString &key);
model::Period toPeriod(const Obj &o);
// A Duration or Quantity in days ("d", "day", "日"), or nullopt; bounded to a sane range.
std::optional<int> toDays(const Obj &duration);
// The joined text of an Annotation list (note).
QString notesText(const QList<Obj> &notes);

// One HumanName as written: its text, else family and given joined by a space.
QString nameText(const Obj &name);
// The iso21090-EN-representation code of a HumanName: "IDE", "SYL", "ABC" or empty.
QString nameRepresentation(const Obj &name);
struct Names {
    QString kanji;
    QString kana;
    QString other;
    // Kanji first, then the unmarked name, then kana: how a person is named on screen.
    QString best() const;
};
Names toNames(const QList<Obj> &names);

// Extension urls the reader understands.
namespace ext {
inline constexpr char16_t kInstitutionNumber[]
    = u"http://jpfhir.jp/fhir/clins/Extension/StructureDefinition/JP_eCS_InstitutionNumber";
inline constexpr char16_t kDepartment[]
    = u"http://jpfhir.jp/fhir/eCS/Extension/StructureDefinition/JP_eCS_Department";
inline constexpr char16_t kPeriodOfUse[]
    = u"http://jpfhir.jp/fhir/core/Extension/StructureDefinition/JP_MedicationDosage_PeriodOfUse";
inline constexpr char16_t kUsageDuration[]
    = u"http://jpfhir.jp/fhir/core/Extension/StructureDefinition/JP_MedicationDosage_UsageDuration";
inline constexpr char16_t kDiagnosisType[]
    = u"http://jpfhir.jp/fhir/eCS/Extension/StructureDefinition/JP_eCS_DiagnosisType";
inline constexpr char16_t kPrefectureNo[]
    = u"http://jpfhir.jp/fhir/core/Extension/StructureDefinition/JP_Organization_PrefectureNo";
inline constexpr char16_t kOrganizationNo[]
    = u"http://jpfhir.jp/fhir/core/Extension/StructureDefinition/"
      u"JP_Organization_InsuranceOrganizationNo";
inline constexpr char16_t kNameRepresentation[]
    = u"http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation";
} // namespace ext

inline QString str16(const char16_t *s)
{
    return QString::fromUtf16(s);
}

} // namespace renkei::fhir::detail
