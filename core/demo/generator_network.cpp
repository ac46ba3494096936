#include "generator_parts.h"
#include "model/codes.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::demo::gen {
namespace {

constexpr QStringView kExtensionBase = u"http://jpfhir.jp/fhir/core/Extension/StructureDefinition/";

QJsonObject codingExtension(QStringView name, QStringView system, QStringView code)
{
    return QJsonObject { { u"url"_s, QString(kExtensionBase + name) },
        { u"valueCoding"_s, json::coding(system, code) } };
}

QJsonObject organization(const tables::Facility &facility)
{
    const QStringView code = facility.code10;
    QJsonArray extensions {
        codingExtension(u"JP_Organization_PrefectureNo",
            u"http://jpfhir.jp/fhir/core/mhlw/CodeSystem/PrefectureNo-2digits", code.left(2)),
        codingExtension(u"JP_Organization_InsuranceOrganizationCategory",
            u"http://jpfhir.jp/fhir/core/mhlw/CodeSystem/MedicationFeeScoreType", code.mid(2, 1)),
        QJsonObject {
            { u"url"_s, QString(kExtensionBase + u"JP_Organization_InsuranceOrganizationNo") },
            { u"valueIdentifier"_s, json::identifier(model::systems::kFacilityNo7, code.mid(3)) } }
    };
    const bool pharmacy = facility.kind == tables::FacilityKind::Pharmacy;
    return QJsonObject { { u"extension"_s, extensions },
        { u"identifier"_s,
            QJsonArray { json::identifier(model::systems::kFacilityNo10, facility.code10) } },
        { u"active"_s, true },
        { u"type"_s,
            QJsonArray { json::codeable(u"http://terminology.hl7.org/CodeSystem/organization-type",
                u"prov", u"Healthcare Provider", pharmacy ? u"保険薬局" : u"保険医療機関") } },
        { u"name"_s, facility.name.toString() },
        { u"telecom"_s,
            QJsonArray { QJsonObject {
                { u"system"_s, u"phone"_s }, { u"value"_s, facility.phone.toString() } } } },
        { u"address"_s,
            QJsonArray { QJsonObject { { u"text"_s, facility.address.toString() },
                { u"postalCode"_s, facility.postalCode.toString() },
                { u"state"_s, tables::prefectureName().toString() },
                { u"city"_s, facility.city.toString() }, { u"country"_s, u"JP"_s } } } } };
}

QJsonObject practitioner(const tables::Staff &member)
{
    const tables::Facility *facility = tables::facility(member.facility);
    return QJsonObject {
        { u"identifier"_s,
            QJsonArray { json::identifier(
                QString(u"urn:oid:1.2.392.100495.20.3.41.1" + facility->code10), member.key) } },
        { u"name"_s,
            QJsonArray { json::humanName(member.family, member.given, false),
                json::humanName(member.familyKana, member.givenKana, true) } },
        { u"active"_s, true }
    };
}

QJsonObject practitionerRole(const tables::Staff &member)
{
    QJsonObject role { { u"active"_s, true },
        { u"practitioner"_s,
            json::reference(
                u"Practitioner", practitionerId(member.key), practitionerName(member.key)) },
        { u"organization"_s, json::reference(u"Organization", organizationId(member.facility)) },
        { u"code"_s,
            QJsonArray { json::codeable(u"http://terminology.hl7.org/CodeSystem/practitioner-role",
                member.pharmacist ? u"pharmacist" : u"doctor",
                member.pharmacist ? u"Pharmacist" : u"Doctor",
                member.pharmacist ? u"薬剤師" : u"医師") } } };
    if (!member.department.isEmpty()) {
        role.insert(u"specialty"_s,
            QJsonArray { json::codeable(model::systems::kDepartment, member.department,
                tables::departmentName(member.department)) });
    }
    return role;
}

} // namespace

QString organizationId(QStringView facilityKey)
{
    return u"org-" + facilityKey;
}

QString practitionerId(QStringView staffKey)
{
    return u"prac-" + staffKey;
}

QString practitionerName(QStringView staffKey)
{
    const tables::Staff *member = tables::staffMember(staffKey);
    return member ? member->family + u' ' + member->given : QString();
}

void addNetwork(Context &context)
{
    const When registered { context.today().addYears(-2).addDays(-30), 10 * 60 };
    for (const tables::Facility &facility : tables::facilities()) {
        context.add(u"Organization", organizationId(facility.key), {}, registered,
            organization(facility),
            u"http://jpfhir.jp/fhir/core/StructureDefinition/JP_Organization");
    }
    for (const tables::Staff &member : tables::staff()) {
        context.add(u"Practitioner", practitionerId(member.key), {}, registered,
            practitioner(member),
            u"http://jpfhir.jp/fhir/core/StructureDefinition/JP_Practitioner");
        context.add(u"PractitionerRole", u"role-" + member.key, {}, registered,
            practitionerRole(member),
            u"http://jpfhir.jp/fhir/core/StructureDefinition/JP_PractitionerRole");
    }
}

} // namespace renkei::demo::gen
