// Patient, Organization, Encounter, Condition and AllergyIntolerance; the whole set.
#include "fhir/writer.h"

#include "fhir/types.h"
#include "fhir/writerparts.h"
#include "model/codes.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::fhir {

using namespace writing;

namespace {

const QString kActCode = u"http://terminology.hl7.org/CodeSystem/v3-ActCode"_s;
const QString kConditionClinical = u"http://terminology.hl7.org/CodeSystem/condition-clinical"_s;
const QString kConditionVerification
    = u"http://terminology.hl7.org/CodeSystem/condition-ver-status"_s;
const QString kConditionCategory = u"http://terminology.hl7.org/CodeSystem/condition-category"_s;
const QString kAllergyClinical
    = u"http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"_s;
const QString kAllergyVerification
    = u"http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"_s;
const QString kDiagnosisType = u"http://terminology.hl7.org/CodeSystem/ex-diagnosistype"_s;

QJsonObject humanName(const QString &text, const QString &representation)
{
    QJsonObject name { { u"use"_s, u"official"_s }, { u"text"_s, text } };
    // JP Core: family and given split at the first space (東京 太郎).
    const qsizetype space = text.indexOf(u' ');
    if (space > 0) {
        name.insert(u"family"_s, text.left(space));
        name.insert(u"given"_s, QJsonArray { text.mid(space + 1) });
    }
    if (!representation.isEmpty()) {
        name.insert(u"extension"_s,
            QJsonArray {
                QJsonObject { { u"url"_s, QString::fromUtf16(detail::ext::kNameRepresentation) },
                    { u"valueCode"_s, representation } } });
    }
    return name;
}

QJsonObject identifier(const model::Identifier &id)
{
    QJsonObject o;
    put(o, u"system"_s, id.system);
    put(o, u"value"_s, id.value);
    if (!id.type.isEmpty()) {
        o.insert(u"type"_s, coded(u"http://terminology.hl7.org/CodeSystem/v2-0203"_s, id.type));
    }
    return o;
}

// A status CodeableConcept: coded in `system` (the reader takes the first code).
void putStatus(QJsonObject &o, const QString &key, const QString &system, const QString &code)
{
    if (!code.isEmpty())
        o.insert(key, coded(system, code));
}

// code: the concept, or the display as text when the concept is empty.
QJsonObject codeOrText(const model::CodeableConcept &code, const QString &display)
{
    if (code.isEmpty() && !display.isEmpty())
        return textConcept(display);
    return codeable(code);
}

} // namespace

QJsonObject writePatient(const model::Patient &p)
{
    Builder b(u"Patient"_s, p.id, p.provenance, jpCoreProfile(u"JP_Patient"_s));
    QJsonArray identifiers;
    for (const model::Identifier &id : p.identifiers)
        identifiers.append(identifier(id));
    if (!identifiers.isEmpty())
        b.json.insert(u"identifier"_s, identifiers);
    QJsonArray names;
    if (!p.kanjiName.isEmpty())
        names.append(humanName(p.kanjiName, u"IDE"_s));
    if (!p.kanaName.isEmpty())
        names.append(humanName(p.kanaName, u"SYL"_s));
    if (!p.otherName.isEmpty())
        names.append(humanName(p.otherName, {}));
    if (!names.isEmpty())
        b.json.insert(u"name"_s, names);
    if (!p.phone.isEmpty()) {
        b.json.insert(u"telecom"_s,
            QJsonArray { QJsonObject { { u"system"_s, u"phone"_s }, { u"value"_s, p.phone } } });
    }
    b.json.insert(u"gender"_s, model::sexCode(p.sex));
    if (p.birthDate.isValid())
        b.json.insert(u"birthDate"_s, p.birthDate.toString(Qt::ISODate));
    if (p.deceased)
        b.json.insert(u"deceasedBoolean"_s, true);
    if (!p.address.isEmpty())
        b.json.insert(u"address"_s, QJsonArray { QJsonObject { { u"text"_s, p.address } } });
    const model::FacilityRef facility { p.provenance.facilityCode, p.provenance.facilityName };
    if (const QJsonObject org = b.organization(facility); !org.isEmpty())
        b.json.insert(u"managingOrganization"_s, org);
    return b.finish();
}

QJsonObject writeFacility(const model::Facility &f)
{
    Builder b(u"Organization"_s, f.id, f.provenance, jpCoreProfile(u"JP_Organization"_s));
    QJsonArray identifiers;
    bool has10 = false;
    bool has7 = false;
    for (const model::Identifier &id : f.identifiers) {
        identifiers.append(identifier(id));
        has10 = has10
            || model::sameSystem(id.system, QString::fromUtf16(model::systems::kFacilityNo10));
        has7 = has7
            || model::sameSystem(id.system, QString::fromUtf16(model::systems::kFacilityNo7));
    }
    if (!has10 && !f.code10.isEmpty())
        identifiers.append(
            identifier({ QString::fromUtf16(model::systems::kFacilityNo10), f.code10, {} }));
    if (!has7 && !f.code7.isEmpty())
        identifiers.append(
            identifier({ QString::fromUtf16(model::systems::kFacilityNo7), f.code7, {} }));
    if (!identifiers.isEmpty())
        b.json.insert(u"identifier"_s, identifiers);
    put(b.json, u"name"_s, f.name);
    if (!f.prefecture.isEmpty() && f.prefecture != f.code10.left(2)) {
        b.extension(QString::fromUtf16(detail::ext::kPrefectureNo), u"valueCoding"_s,
            QJsonObject { { u"system"_s, u"urn:oid:1.2.392.100495.20.3.21"_s },
                { u"code"_s, f.prefecture } });
    }
    if (!f.department.isEmpty()) {
        b.extension(QString::fromUtf16(detail::ext::kDepartment), u"valueCodeableConcept"_s,
            textConcept(f.department));
    }
    return b.finish();
}

QJsonObject writeEncounter(const model::Encounter &e)
{
    Builder b(u"Encounter"_s, e.id, e.provenance, jpCoreProfile(u"JP_Encounter"_s));
    b.json.insert(u"status"_s, e.status.isEmpty() ? u"unknown"_s : e.status);
    QJsonObject encounterClass;
    if (!e.classCode.isEmpty())
        encounterClass = QJsonObject { { u"system"_s, kActCode }, { u"code"_s, e.classCode } };
    b.json.insert(u"class"_s, encounterClass);
    b.json.insert(u"subject"_s, patientReference(e.patient));
    if (!e.period.isNull())
        b.json.insert(u"period"_s, period(e.period));
    if (!e.reason.isEmpty())
        b.json.insert(u"reasonCode"_s, QJsonArray { textConcept(e.reason) });
    if (!e.location.isEmpty()) {
        b.json.insert(u"location"_s,
            QJsonArray {
                QJsonObject { { u"location"_s, QJsonObject { { u"display"_s, e.location } } } } });
    }
    if (const QJsonObject org = b.organization(e.facility); !org.isEmpty())
        b.json.insert(u"serviceProvider"_s, org);
    if (!e.department.isEmpty()) {
        b.extension(QString::fromUtf16(detail::ext::kDepartment), u"valueCodeableConcept"_s,
            textConcept(e.department));
    }
    return b.finish();
}

QJsonObject writeCondition(const model::Condition &c)
{
    Builder b(u"Condition"_s, c.id, c.provenance, jpCoreProfile(u"JP_Condition"_s));
    putStatus(b.json, u"clinicalStatus"_s, kConditionClinical, c.clinicalStatus);
    putStatus(b.json, u"verificationStatus"_s, kConditionVerification, c.verificationStatus);
    if (c.category == u"problem-list-item"_s || c.category == u"encounter-diagnosis"_s)
        b.json.insert(u"category"_s, QJsonArray { coded(kConditionCategory, c.category) });
    else if (!c.category.isEmpty())
        b.json.insert(u"category"_s, QJsonArray { textConcept(c.category) });
    if (!c.severity.isEmpty())
        b.json.insert(u"severity"_s, textConcept(c.severity));
    b.json.insert(u"code"_s, codeOrText(c.code, c.display));
    b.json.insert(u"subject"_s, patientReference(c.patient));
    putDate(b.json, u"onsetDateTime"_s, c.onset);
    putDate(b.json, u"abatementDateTime"_s, c.abatement);
    putDate(b.json, u"recordedDate"_s, c.recorded);
    if (const QJsonObject recorder = b.actor({}, c.facility); !recorder.isEmpty())
        b.json.insert(u"recorder"_s, recorder);
    if (!c.note.isEmpty())
        b.json.insert(u"note"_s, notes(c.note));
    if (c.primary) {
        b.extension(QString::fromUtf16(detail::ext::kDiagnosisType), u"valueCodeableConcept"_s,
            coded(kDiagnosisType, u"principal"_s));
    }
    return b.finish();
}

QJsonObject writeAllergy(const model::Allergy &a)
{
    Builder b(
        u"AllergyIntolerance"_s, a.id, a.provenance, jpCoreProfile(u"JP_AllergyIntolerance"_s));
    putStatus(b.json, u"clinicalStatus"_s, kAllergyClinical, a.clinicalStatus);
    putStatus(b.json, u"verificationStatus"_s, kAllergyVerification, a.verificationStatus);
    put(b.json, u"type"_s, a.type);
    if (!a.category.isEmpty())
        b.json.insert(u"category"_s, QJsonArray::fromStringList(a.category.split(u',')));
    put(b.json, u"criticality"_s, a.criticality);
    b.json.insert(u"code"_s, codeOrText(a.code, a.display));
    b.json.insert(u"patient"_s, patientReference(a.patient));
    putDate(b.json, u"onsetDateTime"_s, a.onset);
    putDate(b.json, u"recordedDate"_s, a.recorded);
    if (const QJsonObject recorder = b.actor({}, a.facility); !recorder.isEmpty())
        b.json.insert(u"recorder"_s, recorder);
    if (!a.note.isEmpty())
        b.json.insert(u"note"_s, notes(a.note));
    if (!a.reactions.isEmpty() || !a.severity.isEmpty()) {
        QJsonObject reaction;
        QJsonArray manifestations;
        for (const QString &r : a.reactions)
            manifestations.append(textConcept(r));
        if (!manifestations.isEmpty())
            reaction.insert(u"manifestation"_s, manifestations);
        put(reaction, u"severity"_s, a.severity);
        b.json.insert(u"reaction"_s, QJsonArray { reaction });
    }
    return b.finish();
}

QList<QJsonObject> writeResources(const model::ResourceSet &set)
{
    QList<QJsonObject> out;
    out.reserve(set.count());
    for (const model::Patient &v : set.patients)
        out.append(writePatient(v));
    for (const model::Facility &v : set.facilities)
        out.append(writeFacility(v));
    for (const model::Encounter &v : set.encounters)
        out.append(writeEncounter(v));
    for (const model::LabResult &v : set.labs)
        out.append(writeLabResult(v));
    for (const model::Medication &v : set.medications)
        out.append(writeMedication(v));
    for (const model::Condition &v : set.conditions)
        out.append(writeCondition(v));
    for (const model::Allergy &v : set.allergies)
        out.append(writeAllergy(v));
    return out;
}

} // namespace renkei::fhir
