#include "generator_care.h"

using namespace Qt::Literals::StringLiterals;

// Moderate and light histories of the typical network: a thyroid patient, an anticoagulated
// AF patient, an orthopaedic patient, a GERD patient seen at two facilities, and many people
// with a cold, hay fever, a yearly check-up or a dentist's visit.
namespace renkei::demo::gen {
namespace {

using tables::Panel;

QDate daysAgo(Context &context, int days)
{
    return context.today().addDays(-days);
}

PatientInfo somebody(Context &context, Rng &rng, bool female, int age, QStringList facilities)
{
    const QDate birth = context.today().addYears(-age).addDays(-rng.between(1, 360));
    return addPatient(context, rng, PatientSpec { female, birth, std::move(facilities) });
}

void thyroid(Context &context, Rng &rng)
{
    const PatientInfo p = somebody(context, rng, true, 45, { u"university"_s });
    const QDate start = daysAgo(context, 6 * 365);
    const QDate therapy = start.addDays(30);
    LabModel model(rng, p);
    model.setTrend(u"tsh", [=](QDate d) { return towards(d, therapy, 12.0, 2.2, 60); });
    model.setTrend(u"ft4", [=](QDate d) { return towards(d, therapy, 0.7, 1.25, 45); });
    addCondition(context, p, u"hypothyroid", u"university"_s, start);
    CareStream stream { u"university"_s, u"dr-tanaka"_s, u"tsubasa"_s, start, context.today(), 84 };
    stream.panels = { Panel::Thyroid, Panel::Lipid, Panel::Liver };
    stream.reason = u"hypothyroid"_s;
    stream.regimens = { Regimen { therapy, context.today(), { u"levothyroxine"_s } } };
    runStream(context, rng, p, model, stream);
}

void atrialFibrillation(Context &context, Rng &rng)
{
    const PatientInfo p = somebody(context, rng, false, 70, { u"general"_s });
    const QDate start = daysAgo(context, 6 * 365);
    const QDate doac = daysAgo(context, 3 * 365);
    LabModel model(rng, p);
    model.setTrend(u"ptinr", [=](QDate d) { return d < doac ? 2.3 : 1.1; });
    addCondition(context, p, u"af", u"general"_s, start);
    addCondition(context, p, u"htn", u"general"_s, start);
    CareStream stream { u"general"_s, u"dr-suzuki"_s, u"hinode"_s, start, context.today(), 28 };
    stream.panels = { Panel::Coagulation };
    stream.fullEvery = 6;
    stream.fullPanels = { Panel::Cbc, Panel::Kidney, Panel::Liver, Panel::Electrolyte };
    stream.reason = u"af"_s;
    stream.regimens = { Regimen { start, doac, { u"warfarin"_s } },
        Regimen { doac, context.today(), { u"apixaban"_s } },
        Regimen { start, context.today(), { u"bisoprolol"_s, u"telmisartan"_s } } };
    runStream(context, rng, p, model, stream);
}

void orthopaedic(Context &context, Rng &rng)
{
    const PatientInfo p = somebody(context, rng, true, 68, { u"midori"_s, u"general"_s });
    const QDate start = daysAgo(context, 4 * 365);
    LabModel model(rng, p);
    addCondition(context, p, u"knee_oa", u"midori"_s, start);
    addCondition(context, p, u"osteoporosis", u"midori"_s, start.addDays(60));
    addAllergy(context, p, u"mackerel", u"midori"_s, start);
    CareStream stream { u"midori"_s, u"dr-kobayashi"_s, u"tsubasa"_s, start, context.today(), 28 };
    stream.fullEvery = 12;
    stream.fullPanels = { Panel::Cbc, Panel::Liver, Panel::Kidney, Panel::Electrolyte };
    stream.reason = u"knee_oa"_s;
    stream.regimens = { Regimen { start, start.addDays(200), { u"loxoprofen"_s, u"rebamipide"_s } },
        Regimen { start.addDays(200), context.today(), { u"celecoxib"_s } },
        Regimen { start.addDays(60), context.today(), { u"eldecalcitol"_s } } };
    runStream(context, rng, p, model, stream);
    const QDate fall = daysAgo(context, 900);
    addEncounter(context, p,
        Visit { u"general"_s, u"dr-nakamura"_s, When { fall, 19 * 60 }, fall, u"EMER",
            u"forearm_fracture"_s });
    addCondition(context, p, u"forearm_fracture", u"general"_s, fall, true);
}

void reflux(Context &context, Rng &rng)
{
    const PatientInfo p = somebody(context, rng, false, 55, { u"sakura"_s, u"general"_s });
    const QDate start = daysAgo(context, 3 * 365);
    LabModel model(rng, p);
    addCondition(context, p, u"gerd", u"sakura"_s, start);
    addCondition(context, p, u"insomnia", u"sakura"_s, start.addDays(90));
    CareStream clinic { u"sakura"_s, u"dr-ito"_s, u"hinode"_s, start, context.today(), 28 };
    clinic.fullEvery = 6;
    clinic.fullPanels = { Panel::Cbc, Panel::Liver, Panel::Kidney, Panel::Lipid, Panel::Glucose };
    clinic.reason = u"gerd"_s;
    clinic.regimens = { Regimen { start, context.today(), { u"lansoprazole"_s } },
        Regimen { start.addDays(90), context.today(), { u"zolpidem"_s } } };
    runStream(context, rng, p, model, clinic);
    // A duodenal ulcer seen at the hospital: lansoprazole there too, in the same weeks.
    const QDate ulcer = daysAgo(context, 2 * 365);
    addCondition(context, p, u"duodenal_ulcer", u"general"_s, ulcer);
    addCondition(context, p, u"abdominal_pain", u"general"_s, ulcer.addDays(-3), true);
    CareStream hospital { u"general"_s, u"dr-takahashi"_s, u"tsubasa"_s, ulcer, ulcer.addDays(70),
        28 };
    hospital.panels = { Panel::Cbc, Panel::Liver, Panel::Inflammation };
    hospital.reason = u"duodenal_ulcer"_s;
    hospital.regimens
        = { Regimen { ulcer, ulcer.addDays(70), { u"lansoprazole"_s, u"miyabm"_s } } };
    runStream(context, rng, p, model, hospital);
}

void cold(Context &context, Rng &rng, const PatientInfo &p, const LabModel &model, QDate date)
{
    CareStream visit { u"sakura"_s, u"dr-ito"_s, u"hinode"_s, date, date, 7 };
    visit.reason = u"bronchitis"_s;
    visit.regimens = { Regimen {
        date, date.addDays(1), { u"clarithromycin"_s, u"carbocisteine"_s, u"calonal300"_s } } };
    runStream(context, rng, p, model, visit);
    addCondition(context, p, u"bronchitis", u"sakura"_s, date, true);
}

void hayFever(Context &context, Rng &rng, const PatientInfo &p, const LabModel &model, int years)
{
    addCondition(
        context, p, u"pollinosis", u"sakura"_s, QDate(context.today().year() - years, 2, 20));
    for (int y = years; y >= 1; --y) {
        const QDate spring(context.today().year() - y, 2, 20 + rng.between(0, 7));
        CareStream season { u"sakura"_s, u"dr-ito"_s, u"tsubasa"_s, spring, spring.addDays(60),
            28 };
        season.reason = u"pollinosis"_s;
        season.regimens = { Regimen { spring, spring.addDays(61), { u"fexofenadine"_s } } };
        runStream(context, rng, p, model, season);
    }
}

void checkUps(Context &context, Rng &rng, const PatientInfo &p, const LabModel &model, int years)
{
    CareStream yearly { u"sakura"_s, u"dr-ito"_s, QString(), daysAgo(context, years * 365 - 20),
        context.today(), 365 };
    yearly.panels
        = { Panel::Cbc, Panel::Liver, Panel::Kidney, Panel::Lipid, Panel::Glucose, Panel::Urine };
    runStream(context, rng, p, model, yearly);
}

// Drugs the chronic histories do not use, spread over the light patients (two each, in turn)
// so that the network shows the whole drug table.
const QStringList kOtherDrugs { u"dayvigo"_s, u"predonin5"_s, u"calonal500"_s, u"amlodipine_od10"_s,
    u"aspirin"_s, u"valsartan"_s, u"eplerenone"_s, u"clopidogrel"_s, u"tranexamic"_s,
    u"magnesium"_s, u"glimepiride"_s, u"dapagliflozin"_s, u"rosuvastatin"_s, u"fenofibrate"_s,
    u"donepezil"_s, u"pregabalin"_s, u"duloxetine"_s, u"quazepam"_s, u"famotidine"_s,
    u"linagliptin"_s };

void chronicTreatment(
    Context &context, Rng &rng, const PatientInfo &p, const LabModel &model, int index)
{
    const bool hospital = index % 3 == 0;
    const QDate from = daysAgo(context, rng.between(120, 900));
    CareStream stream(hospital ? u"general"_s : u"sakura"_s,
        hospital ? u"dr-takahashi"_s : u"dr-ito"_s, index % 2 ? u"hinode"_s : u"tsubasa"_s, from,
        from.addDays(rng.between(90, 365)), 28);
    const qsizetype n = kOtherDrugs.size();
    stream.regimens = { Regimen { from, stream.to,
        { kOtherDrugs.at((2 * index) % n), kOtherDrugs.at((2 * index + 1) % n) } } };
    runStream(context, rng, p, model, stream);
}

void light(Context &context, Rng &rng, int index)
{
    const bool female = rng.chance(0.5);
    const int age = rng.between(20, 92);
    const PatientInfo p = somebody(context, rng, female, age, { u"sakura"_s });
    LabModel model(rng, p);
    if (index % 8 == 7)
        return; // registered, nothing shared yet
    chronicTreatment(context, rng, p, model, index);
    if (rng.chance(0.3)) {
        const auto allergies = tables::allergies();
        addAllergy(context, p, rng.pick(allergies).key, u"sakura"_s,
            daysAgo(context, rng.between(100, 2000)));
    }
    if (rng.chance(0.6))
        cold(context, rng, p, model, daysAgo(context, rng.between(10, 1500)));
    if (rng.chance(0.35))
        hayFever(context, rng, p, model, rng.between(1, 3));
    if (rng.chance(0.5))
        checkUps(context, rng, p, model, rng.between(1, 4));
    if (rng.chance(0.2)) {
        const QDate date = daysAgo(context, rng.between(30, 900));
        CareStream dental { u"aoba"_s, u"dr-yoshida"_s, QString(), date, date.addDays(28), 7 };
        dental.reason = u"caries"_s;
        runStream(context, rng, p, model, dental);
    }
}

} // namespace

void addModeratePatients(Context &context, Rng &rng)
{
    thyroid(context, rng);
    atrialFibrillation(context, rng);
    orthopaedic(context, rng);
    reflux(context, rng);
}

void addLightPatients(Context &context, Rng &rng, int count)
{
    for (int i = 0; i < count; ++i)
        light(context, rng, i);
}

} // namespace renkei::demo::gen
