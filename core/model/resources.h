#pragma once

#include "model/codes.h"
#include "model/datetime.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The clinical vocabulary (DESIGN.md "One vocabulary"): FHIR and SS-MIX2 both become these
// values, and the views never see JSON or HL7. Plain value types: copyable, comparable, no Qt
// object model.
namespace renkei::model {

// Where a fact came from, so the user can always see its source.
struct Provenance {
    enum class Source { Fhir, Ssmix2, Other };
    Source source = Source::Fhir;
    QString sourceSystem; // a FHIR base URL, an SS-MIX2 storage root, or a file name
    QString sourceId;     // "Observation/123", a Bundle fullUrl, an SS-MIX2 file name
    QString facilityCode; // the facility's 10-digit code when known
    QString facilityName;
    QString profile; // the first meta.profile, when given
    // The source's order number (SS-MIX2: the file name's オーダNo), when it has one.
    QString orderNumber;
    // The source says the fact was cancelled (SS-MIX2 condition flag 0) and the reader was
    // asked to keep it: show it struck through, never as current.
    bool cancelled = false;
    bool operator==(const Provenance &) const = default;
};

// A reference to a facility as it appears on a clinical value.
struct FacilityRef {
    QString code; // 10-digit 医療機関コード when known
    QString name;
    bool isEmpty() const { return code.isEmpty() && name.isEmpty(); }
    // The code when known, else the name.
    QString key() const { return code.isEmpty() ? name : code; }
    bool operator==(const FacilityRef &) const = default;
};

enum class Sex { Unknown, Male, Female, Other };

struct Patient {
    Provenance provenance;
    QString id; // the resource id (or SS-MIX2 patient id)
    QString kanjiName; // 漢字氏名 (IDE), e.g. "東京 太郎"
    QString kanaName;  // カナ氏名 (SYL), full-width katakana
    QString otherName; // a name with no representation (e.g. an alphabetic international name)
    QDate birthDate;
    Sex sex = Sex::Unknown;
    QList<Identifier> identifiers; // per facility: urn:oid:1.2.392.100495.20.3.51.1<code>
    QString address;
    QString phone;
    bool deceased = false;
    bool operator==(const Patient &) const = default;

    // The name to show: kanji, else the other name, else kana.
    QString displayName() const;
};

struct Facility {
    Provenance provenance;
    QString id;
    QString name;
    QString code10; // 10-digit 保険医療機関番号 (prefecture 2 + point table 1 + 7 digits)
    QString code7;
    QString prefecture;
    QString department; // when the Organization is a department of a facility
    QList<Identifier> identifiers;
    bool operator==(const Facility &) const = default;
};

struct Encounter {
    enum class Class { Unknown, Outpatient, Inpatient, Emergency, HomeHealth, Virtual, Other };
    Provenance provenance;
    QString id;
    QString patient;
    Class encounterClass = Class::Unknown;
    QString classCode; // the source code, e.g. AMB, IMP, EMER
    QString status;
    Period period;
    FacilityRef facility;
    QString department;
    QString location; // ward / room / bed as text (SS-MIX2 PV1-3), when given
    QString reason;
    bool operator==(const Encounter &) const = default;
};

struct Quantity {
    std::optional<double> value;
    QString comparator; // <, <=, >=, >
    QString unit;
    QString code;
    QString system;
    bool operator==(const Quantity &) const = default;
};

struct ReferenceRange {
    std::optional<double> low;
    std::optional<double> high;
    QString unit;
    QString text;
    QString type; // e.g. "normal"
    bool isEmpty() const { return !low && !high && text.isEmpty(); }
    bool operator==(const ReferenceRange &) const = default;
};

enum class LabFlag { None, Normal, High, Low, CriticalHigh, CriticalLow, Abnormal, Other };

struct LabResult {
    Provenance provenance;
    QString id;
    QString patient;
    CodeableConcept code; // JLAC10, JLAC11 and local codes side by side
    QString display;
    std::optional<double> numericValue;
    QString comparator;
    QString textValue; // a string, coded or otherwise non-numeric result
    QString unit;
    QString unitCode;
    QString unitSystem;
    ReferenceRange range;
    LabFlag flag = LabFlag::None;
    QString flagCode; // the source's interpretation code, e.g. "H"
    QString specimen;
    PartialDateTime effective;
    PartialDateTime issued;
    QString status;
    QString panel; // the DiagnosticReport (or SS-MIX2 order) it belongs to, by display name
    QString panelId;
    QString performer;
    FacilityRef facility;
    QString note;
    QString category; // the source's category code: laboratory, vital-signs, exam, ...
    bool operator==(const LabResult &) const = default;

    // The JLAC10 code when present (the key that says two facilities ran the same test).
    QString jlac10() const;
    // "3.5", "< 0.1", "陰性": the value as it should be shown.
    QString valueText() const;
};

struct Medication {
    enum class Kind { Order, Dispense, Statement };
    Provenance provenance;
    Kind kind = Kind::Order;
    QString id;
    QString patient;
    CodeableConcept medication; // YJ, HOT, 一般名 and local codes side by side
    QString name;
    std::optional<double> dose; // one dose
    QString doseUnit;
    std::optional<double> dailyDose;
    QString usageText; // 用法 as written
    QString usageCode; // JAMI 16-digit usage code
    QString usageCodeSystem;
    std::optional<int> days;   // 日数
    std::optional<double> total; // 全量 (dispense quantity)
    QString totalUnit;
    PartialDateTime start;
    PartialDateTime end; // given, or derived from start + days
    PartialDateTime authored;
    PartialDateTime handedOver; // a dispense's whenHandedOver
    QString route;
    QString method;
    bool asNeeded = false; // 頓用
    QString asNeededCondition;
    QString status;
    QString category; // 院外処方, 入院処方, 退院処方, ...
    QString prescriber;
    QString rpNumber; // Rp group
    FacilityRef facility;
    QString note;
    bool operator==(const Medication &) const = default;

    // The code used to compare ingredients: YJ, else 一般名, else HOT, else the first code.
    const Coding *primaryCode() const;
};
using MedicationOrder = Medication;    // kind == Order (or Statement)
using MedicationDispense = Medication; // kind == Dispense

struct Attachment {
    QString contentType;
    QString title;
    QString url;      // when the content is elsewhere (Binary/..., https://...)
    QByteArray data;  // when inline
    qint64 size = -1; // declared or actual size in bytes, -1 when unknown
    QString language;
    bool operator==(const Attachment &) const = default;
    qint64 byteCount() const { return data.isEmpty() ? size : data.size(); }
};

struct DocumentSection {
    QString code;
    QString codeSystem;
    QString title;
    QString narrative;     // plain text of section.text.div, tags removed
    QString narrativeHtml; // the XHTML as given
    QStringList entries;   // display text of the entries the section references
    QList<DocumentSection> sections;
    bool operator==(const DocumentSection &) const = default;
};

struct ClinicalDocument {
    enum class Kind { DischargeSummary, Referral, Other };
    Provenance provenance;
    Kind kind = Kind::Other;
    QString id;
    QString patient;
    CodeableConcept type;
    QString title;
    PartialDateTime date;
    Period event; // e.g. admission to discharge
    QString author;
    QString status;
    FacilityRef facility;
    QString destination; // a referral's 紹介先 (facility and doctor), as text
    QList<DocumentSection> sections;
    QList<Attachment> attachments;
    bool operator==(const ClinicalDocument &) const = default;
};

struct Condition {
    Provenance provenance;
    QString id;
    QString patient;
    CodeableConcept code;
    QString display;
    QString clinicalStatus;
    QString verificationStatus;
    QString category;
    QString severity;
    PartialDateTime onset;
    PartialDateTime abatement;
    PartialDateTime recorded;
    bool primary = false; // 主病名
    bool suspected = false; // 疑い
    FacilityRef facility;
    QString note;
    bool operator==(const Condition &) const = default;
};

struct Allergy {
    Provenance provenance;
    QString id;
    QString patient;
    CodeableConcept code;
    QString display;
    QString type;     // allergy | intolerance
    QString category; // medication | food | environment | biologic
    QString criticality;
    QString clinicalStatus;
    QString verificationStatus;
    QStringList reactions; // manifestation text
    QString severity;
    PartialDateTime onset;
    PartialDateTime recorded;
    FacilityRef facility;
    QString note;
    bool operator==(const Allergy &) const = default;
};

QString sexCode(Sex sex);                        // "male", "female", "other", "unknown"
QString encounterClassCode(Encounter::Class c);  // "outpatient", "inpatient", "emergency", ...
QString labFlagCode(LabFlag flag);               // "H", "L", "HH", "LL", "N", "A", ""
QString medicationKindCode(Medication::Kind k);  // "order", "dispense", "statement"
QString documentKindCode(ClinicalDocument::Kind k); // "discharge-summary", "referral", "other"

} // namespace renkei::model
