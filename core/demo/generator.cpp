#include "dataset.h"
#include "generator_parts.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::demo {
namespace {

QList<DemoAccount> accounts()
{
    return {
        DemoAccount { u"doctor"_s, u"renkei-demo-doctor"_s, u"doctor"_s, u"連携 太郎"_s,
            { u"user/*.read"_s, u"openid"_s, u"fhirUser"_s, u"offline_access"_s } },
        DemoAccount { u"pharmacist"_s, u"renkei-demo-pharmacist"_s, u"pharmacist"_s, u"調剤 花子"_s,
            { u"user/MedicationRequest.read"_s, u"user/MedicationDispense.read"_s,
                u"user/AllergyIntolerance.read"_s, u"user/Patient.read"_s,
                u"user/Organization.read"_s, u"user/Practitioner.read"_s, u"openid"_s,
                u"fhirUser"_s } },
        DemoAccount { u"clerk"_s, u"renkei-demo-clerk"_s, u"clerk"_s, u"受付 次郎"_s,
            { u"user/Patient.read"_s, u"user/Encounter.read"_s, u"user/Organization.read"_s,
                u"user/Practitioner.read"_s, u"user/DocumentReference.read"_s, u"openid"_s,
                u"fhirUser"_s } },
    };
}

} // namespace

Dataset generate(const GeneratorOptions &options)
{
    Dataset dataset;
    dataset.networkName = u"はなみずき地域医療連携ネット（デモ）"_s;
    // 2.999 is the ISO/ITU-T arc for examples: never a real network's namespace.
    dataset.regionalIdSystem = u"urn:oid:2.999.392.1.1"_s;
    dataset.accounts = accounts();
    dataset.resources.reserve(options.size == GeneratorOptions::Size::Large ? 150'000 : 30'000);

    gen::Context context(options, dataset);
    gen::addNetwork(context);
    gen::addTypicalPatients(context);
    if (context.large())
        gen::addLargePatient(context);
    return dataset;
}

} // namespace renkei::demo
