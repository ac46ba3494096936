#include "generator_parts.h"
#include "model/codes.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::demo::gen {
namespace {

QStringView classDisplay(QStringView actClass)
{
    if (actClass == u"IMP")
        return u"入院";
    if (actClass == u"EMER")
        return u"救急";
    return u"外来";
}

QJsonObject diagnosisConcept(const tables::Diagnosis &diagnosis)
{
    QJsonArray codings;
    if (!diagnosis.medis.isEmpty()) {
        codings.append(json::coding(u"http://medis.or.jp/CodeSystem/master-disease-keyNumber",
            diagnosis.medis, diagnosis.name));
    }
    codings.append(json::coding(u"http://jpfhir.jp/fhir/core/mhlw/CodeSystem/ICD10-2013-full",
        diagnosis.icd10, diagnosis.icd10Display));
    return json::codeable(codings, diagnosis.name);
}

} // namespace

QString addEncounter(Context &context, const PatientInfo &patient, const Visit &visit)
{
    const tables::Facility *facility = tables::facility(visit.facility);
    const tables::Staff *member = tables::staffMember(visit.staff);
    const QString id = context.nextId(u"enc");
    const bool inpatient = visit.actClass == u"IMP";
    const When end = inpatient ? When { visit.end, 10 * 60 + 30 }
                               : visit.start.plusMinutes(context.rng().between(10, 50));
    QJsonArray extensions { json::institutionExtension(facility->code10) };
    if (member && !member->department.isEmpty()) {
        extensions.append(json::departmentExtension(
            member->department, tables::departmentName(member->department)));
    }
    QJsonObject encounter { { u"extension"_s, extensions }, { u"status"_s, u"finished"_s },
        { u"class"_s,
            json::coding(u"http://terminology.hl7.org/CodeSystem/v3-ActCode", visit.actClass,
                classDisplay(visit.actClass)) },
        { u"subject"_s, json::reference(u"Patient", patient.id) },
        { u"period"_s,
            QJsonObject { { u"start"_s, json::jst(visit.start) }, { u"end"_s, json::jst(end) } } },
        { u"serviceProvider"_s,
            json::reference(u"Organization", organizationId(visit.facility), facility->name) } };
    if (member) {
        encounter.insert(u"participant"_s,
            QJsonArray { QJsonObject { { u"individual"_s,
                json::reference(u"Practitioner", practitionerId(member->key),
                    practitionerName(member->key)) } } });
    }
    if (const tables::Diagnosis *reason = tables::diagnosis(visit.reason))
        encounter.insert(u"reasonCode"_s, QJsonArray { diagnosisConcept(*reason) });
    if (inpatient) {
        encounter.insert(u"length"_s,
            QJsonObject { { u"value"_s, visit.start.date.daysTo(visit.end) },
                { u"unit"_s, u"日"_s },
                { u"system"_s, QStringView(model::systems::kUcum).toString() },
                { u"code"_s, u"d"_s } });
    }
    context.add(u"Encounter", id, patient.id, end, encounter,
        u"http://jpfhir.jp/fhir/core/StructureDefinition/JP_Encounter");
    context.dataset().resources.last().clinicalDate = visit.start.date; // sorts by period start
    return id;
}

QString addCondition(Context &context, const PatientInfo &patient, QStringView diagnosisKey,
    const QString &facility, QDate onset, bool resolved)
{
    const tables::Diagnosis *diagnosis = tables::diagnosis(diagnosisKey);
    const QString id = context.nextId(u"cond");
    const QDate recorded = onset.addDays(context.rng().between(0, 20));
    const When recordedAt { std::min(recorded, context.today().addDays(-1)), 11 * 60 };
    QJsonObject condition {
        { u"extension"_s,
            QJsonArray { json::institutionExtension(tables::facility(facility)->code10) } },
        { u"clinicalStatus"_s,
            json::codeable(u"http://terminology.hl7.org/CodeSystem/condition-clinical",
                resolved ? u"resolved" : u"active", resolved ? u"Resolved" : u"Active") },
        { u"verificationStatus"_s,
            json::codeable(u"http://terminology.hl7.org/CodeSystem/condition-ver-status",
                u"confirmed", u"Confirmed") },
        { u"category"_s,
            QJsonArray { json::codeable(u"http://terminology.hl7.org/CodeSystem/condition-category",
                u"problem-list-item", u"Problem List Item") } },
        { u"code"_s, diagnosisConcept(*diagnosis) },
        { u"subject"_s, json::reference(u"Patient", patient.id) },
        { u"onsetDateTime"_s, json::date(onset) },
        { u"recordedDate"_s, json::date(recordedAt.date) }
    };
    if (resolved) {
        condition.insert(
            u"abatementDateTime"_s, json::date(std::min(onset.addDays(30), recordedAt.date)));
    }
    context.add(u"Condition", id, patient.id, recordedAt, condition,
        u"http://jpfhir.jp/fhir/core/StructureDefinition/JP_Condition");
    return id;
}

QString addAllergy(Context &context, const PatientInfo &patient, QStringView allergyKey,
    const QString &facility, QDate recorded)
{
    const tables::Allergy *allergy = tables::allergy(allergyKey);
    const QString id = context.nextId(u"alg");
    const QJsonObject code = allergy->system.isEmpty()
        ? json::textConcept(allergy->text)
        : json::codeable(allergy->system, allergy->code, allergy->text, allergy->text);
    QJsonObject json { { u"extension"_s,
                           QJsonArray {
                               json::institutionExtension(tables::facility(facility)->code10) } },
        { u"clinicalStatus"_s,
            json::codeable(u"http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                u"active", u"Active") },
        { u"verificationStatus"_s,
            json::codeable(u"http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
                u"confirmed", u"Confirmed") },
        { u"type"_s, u"allergy"_s },
        { u"category"_s, QJsonArray { allergy->food ? u"food"_s : u"medication"_s } },
        { u"criticality"_s, allergy->criticality.toString() }, { u"code"_s, code },
        { u"patient"_s, json::reference(u"Patient", patient.id) },
        { u"recordedDate"_s, json::date(recorded) },
        { u"reaction"_s,
            QJsonArray { QJsonObject {
                { u"manifestation"_s, QJsonArray { json::textConcept(allergy->reaction) } } } } } };
    context.add(u"AllergyIntolerance", id, patient.id, When { recorded, 10 * 60 }, json,
        u"http://jpfhir.jp/fhir/core/StructureDefinition/JP_AllergyIntolerance");
    return id;
}

} // namespace renkei::demo::gen
