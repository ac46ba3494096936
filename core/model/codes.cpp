#include "model/codes.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace renkei::model {

namespace {

struct SystemInfo {
    QString canonical;
    CodeKind kind;
    QString label;
};

const QHash<QString, SystemInfo> &knownSystems()
{
    // Every alias (urn:oid and http forms, JP-CLINS subsets) maps to one canonical entry.
    static const QHash<QString, SystemInfo> table = [] {
        QHash<QString, SystemInfo> t;
        auto add = [&t](const QString &canonical, CodeKind kind, const QString &label,
                        const QStringList &aliases) {
            const SystemInfo info{canonical, kind, label};
            t.insert(canonical, info);
            for (const QString &alias : aliases)
                t.insert(alias, info);
        };
        add(QString::fromUtf16(systems::kJlac10), CodeKind::Jlac10, u"JLAC10"_s,
            {u"urn:oid:1.2.392.200119.4.504"_s});
        // The JP-CLINS JLAC10 subsets are JLAC10 codes; their JLAC11 twins are JLAC11.
        for (const QString &subset : {u"CoreLabo"_s, u"InfectionLabo"_s}) {
            const QString name = u"JP_CLINS_ObsLabResult_"_s + subset + u"_CS"_s;
            add(u"http://jpfhir.jp/fhir/clins/CodeSystem/JLAC10/"_s + name, CodeKind::Jlac10,
                u"JLAC10"_s, {});
            add(u"http://jpfhir.jp/fhir/clins/CodeSystem/JLAC11/"_s + name, CodeKind::Jlac11,
                u"JLAC11"_s, {});
        }
        add(u"http://jpfhir.jp/fhir/clins/CodeSystem/JP_CLINS_ObsLabResult_LocalCode_CS"_s,
            CodeKind::LocalLab, u"院内コード"_s, {});
        add(QString::fromUtf16(systems::kYj), CodeKind::Yj, u"YJ"_s,
            {u"urn:oid:1.2.392.100495.20.2.73"_s, u"urn:oid:1.2.392.100495.20.1.73"_s});
        add(QString::fromUtf16(systems::kHot9), CodeKind::Hot, u"HOT9"_s,
            {u"urn:oid:1.2.392.200119.4.403.1"_s, u"urn:oid:1.2.392.100495.20.2.74"_s});
        add(QString::fromUtf16(systems::kHot7), CodeKind::Hot, u"HOT7"_s,
            {u"urn:oid:1.2.392.200119.4.403.2"_s});
        add(QString::fromUtf16(systems::kHot13), CodeKind::Hot, u"HOT13"_s,
            {u"urn:oid:1.2.392.200119.4.402.1"_s});
        add(QString::fromUtf16(systems::kGeneralName), CodeKind::GeneralName, u"一般名"_s, {});
        add(QString::fromUtf16(systems::kJamiUsage), CodeKind::JamiUsage, u"JAMI用法"_s,
            {u"urn:oid:1.2.392.200250.2.2.20.20"_s, u"urn:oid:1.2.392.200250.2.2.20"_s});
        add(QString::fromUtf16(systems::kRoute), CodeKind::Other, u"route"_s, {});
        add(QString::fromUtf16(systems::kMerit9Unit), CodeKind::Other, u"MERIT-9"_s,
            {u"urn:oid:1.2.392.100495.20.2.101"_s});
        add(QString::fromUtf16(systems::kFacilityNo7), CodeKind::Other, u"医療機関コード(7)"_s,
            {u"urn:oid:1.2.392.100495.20.3.23"_s});
        add(QString::fromUtf16(systems::kDepartment), CodeKind::Other, u"診療科"_s,
            {u"urn:oid:1.2.392.200250.2.2.2"_s});
        add(u"http://medis.or.jp/CodeSystem/master-disease-keyNumber"_s, CodeKind::DiseaseMaster,
            u"MEDIS病名"_s, {});
        add(u"http://jpfhir.jp/fhir/core/mhlw/CodeSystem/masterB-disease"_s,
            CodeKind::DiseaseMaster, u"レセ電傷病名"_s, {});
        add(u"http://jpfhir.jp/fhir/core/mhlw/CodeSystem/ICD10-2013-full"_s, CodeKind::Icd10,
            u"ICD-10"_s, {u"http://hl7.org/fhir/sid/icd-10"_s});
        add(QString::fromUtf16(systems::kLoinc), CodeKind::Loinc, u"LOINC"_s,
            {u"urn:oid:2.16.840.1.113883.6.1"_s});
        add(QString::fromUtf16(systems::kUcum), CodeKind::Other, u"UCUM"_s,
            {u"urn:oid:2.16.840.1.113883.6.8"_s});
        add(u"http://snomed.info/sct"_s, CodeKind::Other, u"SNOMED CT"_s,
            {u"urn:oid:2.16.840.1.113883.6.96"_s});
        add(u"http://www.nlm.nih.gov/research/umls/rxnorm"_s, CodeKind::Other, u"RxNorm"_s,
            {u"urn:oid:2.16.840.1.113883.6.88"_s});
        return t;
    }();
    return table;
}

} // namespace

QString canonicalSystem(const QString &system)
{
    const QString trimmed = system.trimmed();
    const auto it = knownSystems().constFind(trimmed);
    if (it != knownSystems().constEnd())
        return it->canonical;
    // The facility-number system also appears as the 20.3.21-style OID family; leave those as
    // they are: they are identifier namespaces, not code systems.
    return trimmed;
}

bool sameSystem(const QString &a, const QString &b)
{
    return canonicalSystem(a) == canonicalSystem(b);
}

CodeKind codeKind(const QString &system)
{
    const auto it = knownSystems().constFind(system.trimmed());
    if (it != knownSystems().constEnd())
        return it->kind;
    // JP-CLINS hospitals publish their own drug masters under .../CodeSystem/DrugCode/<facility>.
    if (system.contains(u"/CodeSystem/DrugCode/"_s))
        return CodeKind::LocalDrug;
    return CodeKind::Other;
}

QString systemLabel(const QString &system)
{
    const auto it = knownSystems().constFind(system.trimmed());
    if (it != knownSystems().constEnd())
        return it->label;
    if (codeKind(system) == CodeKind::LocalDrug)
        return u"院内薬剤コード"_s;
    return system;
}

const Coding *CodeableConcept::find(const QString &system) const
{
    const QString wanted = canonicalSystem(system);
    for (const Coding &c : codings) {
        if (canonicalSystem(c.system) == wanted)
            return &c;
    }
    return nullptr;
}

const Coding *CodeableConcept::findKind(CodeKind kind) const
{
    for (const Coding &c : codings) {
        if (codeKind(c.system) == kind)
            return &c;
    }
    return nullptr;
}

QString CodeableConcept::displayText() const
{
    if (!text.trimmed().isEmpty())
        return text.trimmed();
    for (const Coding &c : codings) {
        if (!c.display.isEmpty())
            return c.display;
    }
    return codings.isEmpty() ? QString() : codings.first().code;
}

} // namespace renkei::model
