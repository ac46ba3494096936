#include "generator_parts.h"
#include "model/codes.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::demo::gen {
namespace {

constexpr std::array<QStringView, 6> kTowns { u"高松町", u"錦町", u"曙町", u"富士見町", u"柴崎町",
    u"緑町" };

QJsonArray identifiers(const PatientInfo &patient, const QString &regionalSystem)
{
    QJsonArray result;
    for (auto it = patient.localIds.cbegin(); it != patient.localIds.cend(); ++it) {
        const tables::Facility *facility = tables::facility(it.key());
        result.append(json::identifier(
            QString(model::systems::kPatientIdAtFacilityPrefix + (u'1' + facility->code10)),
            it.value()));
    }
    result.append(json::identifier(regionalSystem, patient.regionalId));
    return result;
}

QJsonObject patientJson(const PatientInfo &patient, Rng &rng, const QString &regionalSystem)
{
    const QStringView town = rng.pick(kTowns);
    const int block = rng.between(1, 6);
    return QJsonObject { { u"identifier"_s, identifiers(patient, regionalSystem) },
        { u"active"_s, true },
        { u"name"_s,
            QJsonArray { json::humanName(patient.family, patient.given, false),
                json::humanName(patient.familyKana, patient.givenKana, true) } },
        { u"telecom"_s,
            QJsonArray { QJsonObject { { u"system"_s, u"phone"_s },
                { u"value"_s,
                    QString::asprintf("042-5%02d-%04d", rng.between(0, 99), rng.between(0, 9999)) },
                { u"use"_s, u"home"_s } } } },
        { u"gender"_s, patient.female ? u"female"_s : u"male"_s },
        { u"birthDate"_s, json::date(patient.birthDate) },
        { u"address"_s,
            QJsonArray {
                QJsonObject { { u"text"_s,
                                  QString(u"東京都はなみずき市"_s % town % QString::number(block)
                                      % u"丁目"_s % QString::number(rng.between(1, 30)) % u'-'
                                      % QString::number(rng.between(1, 20))) },
                    { u"state"_s, tables::prefectureName().toString() },
                    { u"city"_s, u"はなみずき市"_s },
                    { u"postalCode"_s, QString::asprintf("190-00%02d", rng.between(11, 23)) },
                    { u"country"_s, u"JP"_s } } } } };
}

} // namespace

PatientInfo addPatient(Context &context, Rng &rng, const PatientSpec &spec)
{
    PatientInfo patient;
    patient.index = int(context.dataset().resources.size());
    patient.id = context.nextId(u"pat");
    patient.female = spec.female;
    patient.birthDate = spec.birthDate;
    const tables::NamePart &family = rng.pick(tables::familyNames());
    const tables::NamePart &given
        = rng.pick(spec.female ? tables::femaleGivenNames() : tables::maleGivenNames());
    patient.family = family.kanji.toString();
    patient.familyKana = family.kana.toString();
    patient.given = given.kanji.toString();
    patient.givenKana = given.kana.toString();
    patient.regionalId = QString::asprintf("HNM%08d", rng.between(10000000, 99999999));
    for (const QString &facility : spec.facilities)
        patient.localIds.insert(facility, QString::asprintf("%08d", rng.between(100000, 9999999)));

    const When registered { context.today().addYears(-1).addDays(-rng.between(0, 300)),
        rng.between(9 * 60, 17 * 60) };
    context.add(u"Patient", patient.id, patient.id, registered,
        patientJson(patient, rng, context.dataset().regionalIdSystem),
        u"http://jpfhir.jp/fhir/core/StructureDefinition/JP_Patient");
    return patient;
}

} // namespace renkei::demo::gen
