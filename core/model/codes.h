#pragma once

#include <QList>
#include <QString>

namespace renkei::model {

// Well-known code and identifier systems, in their canonical http:// form (STANDARDS.md §1).
namespace systems {
inline constexpr char16_t kJlac10[] = u"http://medis.or.jp/CodeSystem/master-JLAC10-17digits";
inline constexpr char16_t kJlac11CoreLabo[] =
    u"http://jpfhir.jp/fhir/clins/CodeSystem/JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS";
inline constexpr char16_t kYj[] = u"http://capstandard.jp/iyaku.info/CodeSystem/YJ-code";
inline constexpr char16_t kHot9[] = u"http://medis.or.jp/CodeSystem/master-HOT9";
inline constexpr char16_t kHot7[] = u"http://medis.or.jp/CodeSystem/master-HOT7";
inline constexpr char16_t kHot13[] = u"http://medis.or.jp/CodeSystem/master-HOT13";
inline constexpr char16_t kGeneralName[] =
    u"http://jpfhir.jp/fhir/core/mhlw/CodeSystem/MedicationGeneralOrderCode";
inline constexpr char16_t kJamiUsage[] = u"http://jami.jp/CodeSystem/MedicationUsage";
inline constexpr char16_t kRoute[] = u"http://jpfhir.jp/fhir/core/CodeSystem/route-codes";
inline constexpr char16_t kMerit9Unit[] =
    u"http://jpfhir.jp/fhir/core/mhlw/CodeSystem/MedicationUnitMERIT9Code";
inline constexpr char16_t kFacilityNo10[] =
    u"http://jpfhir.jp/fhir/core/IdSystem/insurance-medical-institution-no";
inline constexpr char16_t kFacilityNo7[] =
    u"http://jpfhir.jp/fhir/core/mhlw/IdSystem/MedicalOrganizationID";
inline constexpr char16_t kDepartment[] = u"http://jami.jp/SS-MIX2/CodeSystem/ClinicalDepartment";
inline constexpr char16_t kDocumentSection[] =
    u"http://jpfhir.jp/fhir/clins/CodeSystem/document-section";
inline constexpr char16_t kLoinc[] = u"http://loinc.org";
inline constexpr char16_t kUcum[] = u"http://unitsofmeasure.org";
// Patient id at a facility: this prefix followed by "1" and the facility's 10-digit code.
inline constexpr char16_t kPatientIdAtFacilityPrefix[] = u"urn:oid:1.2.392.100495.20.3.51.";
} // namespace systems

// What kind of code a system holds, so views can pick "JLAC10 first, then local" and so on.
enum class CodeKind {
    Other,
    Jlac10,
    Jlac11,
    LocalLab,
    Yj,
    Hot,
    GeneralName, // 一般名処方マスタ
    LocalDrug,
    JamiUsage,
    Icd10,
    DiseaseMaster, // レセ電 傷病名 / MEDIS 病名管理番号
    Loinc,
};

// Maps a system URI to its canonical http:// form: the urn:oid: and http:// forms listed in
// STANDARDS.md compare equal after this; unknown systems come back unchanged (trimmed).
QString canonicalSystem(const QString &system);
bool sameSystem(const QString &a, const QString &b);
CodeKind codeKind(const QString &system);
// A short label for a system, e.g. "JLAC10", "YJ", "HOT9", "一般名", or the URI itself.
QString systemLabel(const QString &system);

struct Coding {
    QString system; // canonical form
    QString code;
    QString display;
    QString version;

    bool operator==(const Coding &) const = default;
};

struct CodeableConcept {
    QList<Coding> codings;
    QString text;

    bool isEmpty() const { return codings.isEmpty() && text.isEmpty(); }
    // The first coding whose system is `system` (either form), or nullptr.
    const Coding *find(const QString &system) const;
    const Coding *findKind(CodeKind kind) const;
    // Text for people: `text`, else the first display, else the first code.
    QString displayText() const;
    bool operator==(const CodeableConcept &) const = default;
};

struct Identifier {
    QString system; // canonical form
    QString value;
    QString type; // e.g. "MR", or empty

    bool operator==(const Identifier &) const = default;
};

} // namespace renkei::model
