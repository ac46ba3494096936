#pragma once

#include <QStringView>

#include <span>

// The demo network's fixed tables: lab tests, drugs, names, facilities, diagnoses, allergies.
// Codes are real where we could check them against a public source and flagged as demo codes
// otherwise (see each table's header comment): the demo never presents an invented code as real.
namespace renkei::demo::tables {

// --- Laboratory -------------------------------------------------------------------------------

enum class Panel {
    Cbc,
    Liver,
    Kidney,
    Lipid,
    Glucose,
    Electrolyte,
    Inflammation,
    Cardiac,
    Pancreas,
    Urine,
    Thyroid,
    Coagulation
};
enum class Specimen { Serum, WholeBlood, Plasma, Urine };

struct LabTest {
    QStringView key; // stable key, e.g. u"hba1c"
    QStringView name; // 日本語名 shown in code.text
    QStringView abbrev; // JLAC10 display, e.g. u"HbA1c"
    QStringView jlac10; // 17 characters
    bool demoCode; // true: not a real JLAC10 code (pattern 9Z9nn..., see tables_labs.cpp)
    Panel panel;
    Specimen specimen;
    QStringView unit; // as Japanese labs print it
    QStringView ucum; // UCUM code for valueQuantity.code
    double low, high; // reference range (male, or both sexes)
    double lowF, highF; // female range (equal to low/high when not sex-specific)
    double mean, sd; // a healthy adult's distribution
    int decimals;
    bool qualitative; // urine dipstick: (−) (±) (+) (2+) (3+); low/high unused
};

// A facility that prints a test differently: another unit (value = base * factor), other
// ranges, another JLAC10 code (e.g. HbA1c JDS before April 2012), until a date (0 = always).
struct LabVariant {
    QStringView facility; // facility key
    QStringView test; // LabTest::key
    QStringView unit;
    QStringView ucum;
    double factor, offset; // printed = base * factor + offset
    double low, high, lowF, highF;
    int decimals;
    QStringView jlac10; // empty: the test's own code
    QStringView name; // empty: the test's own name
    int untilYyyymmdd; // 0: always; else the variant applies before this date
};

std::span<const LabTest> labTests();
std::span<const LabVariant> labVariants();
const LabTest *labTest(QStringView key);
QStringView panelName(Panel panel);
QStringView specimenName(Specimen specimen);
// Qualitative grades, index 0 = (−) normal.
std::span<const QStringView> urineGrades();

// --- Drugs ------------------------------------------------------------------------------------

// Where a drug's YJ code comes from.
enum class CodeOrigin {
    Sample, // name and code as in the JP-CLINS examples (tests/data/jp-clins)
    Published, // a real product code seen in public PMDA package-insert links; the first 7
               // characters (ingredient + route class) are reliable, the strength is ours
    Demo, // invented: real 4-digit 薬効分類, ingredient 9nn, suffix 99 + check 0
};

struct Usage {
    QStringView key;
    QStringView jami; // JAMI 16-digit usage code
    QStringView text; // 内服・経口・１日３回朝昼夕食後
    int timesPerDay;
    bool derived; // built from the code's published structure, not copied from a sample
    bool asNeeded;
};

struct Drug {
    QStringView key;
    QStringView name; // product name as printed, full-width digits like the samples
    QStringView ingredient; // 一般名 (for text and overlaps)
    QStringView yj; // 12 characters
    CodeOrigin origin;
    QStringView hot9; // 9 digits, or empty when not known for sure
    QStringView generalCode; // 一般名処方マスタ code, or empty
    QStringView generalName; // 【般】...
    QStringView unitCode; // MERIT-9 unit code (TAB, CAP, HON...)
    QStringView unitName; // 錠, カプセル...
    double dose; // per time, in units
    QStringView usage; // Usage::key
    QStringView route; // HL7 0162 code: PO, TOP, ...
    QStringView routeName; // 口
};

std::span<const Usage> usages();
std::span<const Drug> drugs();
const Usage *usage(QStringView key);
const Drug *drug(QStringView key);

// --- People -----------------------------------------------------------------------------------

struct NamePart {
    QStringView kanji;
    QStringView kana; // full-width katakana
};

std::span<const NamePart> familyNames();
std::span<const NamePart> maleGivenNames();
std::span<const NamePart> femaleGivenNames();

// --- The network ------------------------------------------------------------------------------

enum class FacilityKind { University, General, Clinic, Dental, Pharmacy };

struct Facility {
    QStringView key;
    QStringView name;
    FacilityKind kind;
    QStringView code10; // 10-digit 医療機関コード: prefecture(2) + 点数表(1) + 7 digits
    QStringView postalCode;
    QStringView address;
    QStringView city;
    QStringView phone;
};

struct Department {
    QStringView code; // SS-MIX2 診療科 code
    QStringView name;
};

struct Staff {
    QStringView key;
    QStringView facility;
    QStringView family, given, familyKana, givenKana;
    bool pharmacist;
    QStringView department; // Department code, empty for pharmacists
};

std::span<const Facility> facilities();
std::span<const Staff> staff();
std::span<const Department> departments();
const Facility *facility(QStringView key);
const Staff *staffMember(QStringView key);
QStringView departmentName(QStringView code);
QStringView prefectureCode(); // the network's prefecture (2 digits)
QStringView prefectureName();

// --- Diagnoses and allergies ------------------------------------------------------------------

struct Diagnosis {
    QStringView key;
    QStringView name; // 病名
    QStringView icd10; // ICD-10 (2013), no dot, e.g. E119
    QStringView icd10Display;
    QStringView medis; // MEDIS 病名管理番号 from the JP-CLINS samples, or empty
};

struct Allergy {
    QStringView key;
    QStringView text;
    QStringView system; // empty: text only (no reliable code)
    QStringView code;
    bool food; // category food, else medication
    QStringView criticality; // low, high, unable-to-assess
    QStringView reaction;
};

std::span<const Diagnosis> diagnoses();
std::span<const Allergy> allergies();
const Diagnosis *diagnosis(QStringView key);
const Allergy *allergy(QStringView key);

// The row of `rows` whose `key` is `key`, or nullptr.
template <typename Row>
const Row *findByKey(std::span<const Row> rows, QStringView key)
{
    for (const Row &row : rows) {
        if (row.key == key)
            return &row;
    }
    return nullptr;
}

} // namespace renkei::demo::tables
