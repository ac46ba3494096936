#include "generator_parts.h"
#include "model/codes.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::demo::gen {
namespace {

constexpr QStringView kCategorySystem
    = u"http://jpfhir.jp/fhir/core/CodeSystem/JP_MedicationCategoryMERIT9_CS";

QStringView categoryName(QStringView category)
{
    if (category == u"IHP")
        return u"入院処方";
    if (category == u"DCG")
        return u"退院処方";
    return u"外来処方";
}

QJsonObject medicationConcept(const tables::Drug &drug)
{
    QJsonArray codings { json::coding(model::systems::kYj, drug.yj, drug.name) };
    if (!drug.hot9.isEmpty())
        codings.append(json::coding(model::systems::kHot9, drug.hot9, drug.name));
    if (!drug.generalCode.isEmpty())
        codings.append(
            json::coding(model::systems::kGeneralName, drug.generalCode, drug.generalName));
    return json::codeable(codings, drug.name);
}

QJsonObject unitQuantity(const tables::Drug &drug, double value)
{
    return json::quantity(value, 2, drug.unitName, model::systems::kMerit9Unit, drug.unitCode);
}

QJsonObject dosage(const tables::Drug &drug, const tables::Usage &usage, int days)
{
    QJsonObject repeat { { u"frequency"_s, usage.timesPerDay }, { u"period"_s, 1 },
        { u"periodUnit"_s, u"d"_s } };
    if (!usage.asNeeded)
        repeat.insert(u"boundsDuration"_s, json::days(days));
    const QString text = usage.text % u"　１回"_s % QString::number(drug.dose) % drug.unitName
        % (usage.asNeeded ? u"　１０回分"_s : u"　"_s % QString::number(days) % u"日分"_s);
    QJsonObject result { { u"text"_s, text },
        { u"timing"_s,
            QJsonObject { { u"code"_s,
                              json::codeable(
                                  model::systems::kJamiUsage, usage.jami, usage.text, usage.text) },
                { u"repeat"_s, repeat } } },
        { u"route"_s,
            json::codeable(model::systems::kRoute, drug.route, drug.routeName, drug.routeName) },
        { u"method"_s,
            json::codeable(
                u"http://jami.jp/CodeSystem/MedicationMethodBasicUsage", u"1", u"内服") },
        { u"doseAndRate"_s,
            QJsonArray {
                QJsonObject { { u"type"_s,
                                  json::codeable(u"http://jpfhir.jp/fhir/core/mhlw/CodeSystem/"
                                                 u"MedicationIngredientStrengthStrengthType",
                                      u"1", u"製剤量") },
                    { u"doseQuantity"_s, unitQuantity(drug, drug.dose) } } } } };
    if (usage.asNeeded)
        result.insert(u"asNeededBoolean"_s, true);
    return result;
}

double totalQuantity(const tables::Drug &drug, const tables::Usage &usage, int days)
{
    return usage.asNeeded ? drug.dose * 10 : drug.dose * usage.timesPerDay * days;
}

QString pharmacistOf(QStringView pharmacy, Rng &rng)
{
    QStringList keys;
    for (const tables::Staff &member : tables::staff()) {
        if (member.facility == pharmacy && member.pharmacist)
            keys.append(member.key.toString());
    }
    return keys.isEmpty() ? QString() : rng.pick(keys);
}

void addDispense(Context &context, Rng &rng, const PatientInfo &patient,
    const Prescription &prescription, const QString &requestId, const tables::Drug &drug,
    const QJsonObject &dosageJson)
{
    const tables::Usage *usage = tables::usage(drug.usage);
    const tables::Facility *pharmacy = tables::facility(prescription.pharmacy);
    const When prepared = rng.chance(0.7)
        ? prescription.authored.plusMinutes(rng.between(40, 180))
        : When { prescription.authored.date.addDays(1), rng.between(9 * 60, 18 * 60) };
    const When handed = prepared.plusMinutes(rng.between(5, 25));
    const QString pharmacist = pharmacistOf(prescription.pharmacy, rng);
    QJsonObject dispense { { u"extension"_s,
                               QJsonArray { json::institutionExtension(pharmacy->code10) } },
        { u"status"_s, u"completed"_s },
        { u"medicationCodeableConcept"_s, medicationConcept(drug) },
        { u"subject"_s, json::reference(u"Patient", patient.id) },
        { u"performer"_s,
            QJsonArray { QJsonObject { { u"actor"_s,
                json::reference(u"Practitioner", practitionerId(pharmacist),
                    practitionerName(pharmacist)) } } } },
        { u"location"_s,
            json::reference(u"Organization", organizationId(pharmacy->key), pharmacy->name) },
        { u"authorizingPrescription"_s,
            QJsonArray { json::reference(u"MedicationRequest", requestId) } },
        { u"quantity"_s, unitQuantity(drug, totalQuantity(drug, *usage, prescription.days)) },
        { u"daysSupply"_s, json::days(usage->asNeeded ? 10 : prescription.days) },
        { u"whenPrepared"_s, json::jst(prepared) }, { u"whenHandedOver"_s, json::jst(handed) },
        { u"dosageInstruction"_s, QJsonArray { dosageJson } } };
    context.add(u"MedicationDispense", context.nextId(u"md"), patient.id, handed, dispense,
        u"http://jpfhir.jp/fhir/core/StructureDefinition/JP_MedicationDispense");
}

} // namespace

QStringList addPrescription(
    Context &context, Rng &rng, const PatientInfo &patient, const Prescription &prescription)
{
    const tables::Facility *facility = tables::facility(prescription.facility);
    QStringList ids;
    int rp = 0;
    const bool finished = prescription.authored.date.addDays(prescription.days) < context.today();
    for (const QString &key : prescription.drugs) {
        const tables::Drug *drug = tables::drug(key);
        const tables::Usage *usage = tables::usage(drug->usage);
        const QString id = context.nextId(u"mr");
        const QJsonObject dosageJson = dosage(*drug, *usage, prescription.days);
        QJsonObject request { { u"extension"_s,
                                  QJsonArray { json::institutionExtension(facility->code10) } },
            { u"identifier"_s,
                QJsonArray {
                    json::identifier(
                        u"http://jpfhir.jp/fhir/core/mhlw/IdSystem/Medication-RPGroupNumber",
                        QString::number(++rp)),
                    json::identifier(
                        u"http://jpfhir.jp/fhir/core/mhlw/IdSystem/MedicationAdministrationIndex",
                        u"1") } },
            { u"status"_s, finished ? u"completed"_s : u"active"_s }, { u"intent"_s, u"order"_s },
            { u"category"_s,
                QJsonArray { json::codeable(kCategorySystem, prescription.category,
                    categoryName(prescription.category)) } },
            { u"medicationCodeableConcept"_s, medicationConcept(*drug) },
            { u"subject"_s, json::reference(u"Patient", patient.id) },
            { u"encounter"_s, json::reference(u"Encounter", prescription.encounterId) },
            { u"authoredOn"_s, json::jst(prescription.authored) },
            { u"requester"_s,
                json::reference(u"Practitioner", practitionerId(prescription.staff),
                    practitionerName(prescription.staff)) },
            { u"dosageInstruction"_s, QJsonArray { dosageJson } },
            { u"dispenseRequest"_s,
                QJsonObject {
                    { u"quantity"_s,
                        unitQuantity(*drug, totalQuantity(*drug, *usage, prescription.days)) },
                    { u"expectedSupplyDuration"_s,
                        json::days(usage->asNeeded ? 10 : prescription.days) } } } };
        context.add(u"MedicationRequest", id, patient.id, prescription.authored, request,
            u"http://jpfhir.jp/fhir/core/StructureDefinition/JP_MedicationRequest");
        ids.append(id);
        if (!prescription.pharmacy.isEmpty())
            addDispense(context, rng, patient, prescription, id, *drug, dosageJson);
    }
    return ids;
}

} // namespace renkei::demo::gen
