#include "generator_care.h"

using namespace Qt::Literals::StringLiterals;

// The typical network's patients: three rich chronic histories (a diabetic whose HbA1c improves
// after metformin and then sitagliptin; a CKD patient whose eGFR declines; a heart-failure
// patient with BNP spikes around two admissions), a few moderate ones, and many light ones.
namespace renkei::demo::gen {
namespace {

using tables::Panel;

const QList<Panel> kRoutine { Panel::Cbc, Panel::Liver, Panel::Kidney, Panel::Lipid, Panel::Glucose,
    Panel::Electrolyte, Panel::Urine };

QDate yearsAgo(Context &context, double years)
{
    return context.today().addDays(-qint64(years * 365.25));
}

PatientInfo newPatient(Context &context, Rng &rng, bool female, int age, QStringList facilities)
{
    const QDate birth = context.today().addYears(-age).addDays(-rng.between(1, 360));
    return addPatient(context, rng, PatientSpec { female, birth, std::move(facilities) });
}

void diabetic(Context &context, Rng &rng)
{
    const PatientInfo p
        = newPatient(context, rng, false, 62, { u"sakura"_s, u"university"_s, u"aoba"_s });
    const QDate start = yearsAgo(context, 10);
    const QDate metformin = yearsAgo(context, 6);
    const QDate sitagliptin = yearsAgo(context, 4);
    const QDate referral = metformin.addDays(-60);
    LabModel model(rng, p);
    const auto a1c = [=](QDate d) {
        const double rising = 7.9 + 0.6 * double(start.daysTo(d)) / 1460.0;
        const double onMetformin = towards(d, metformin, std::min(rising, 8.6), 7.1, 90);
        return towards(d, sitagliptin, onMetformin, 6.5, 90);
    };
    model.setTrend(u"hba1c", a1c);
    model.setTrend(u"glu", [=](QDate d) { return 28.7 * a1c(d) - 46.7; });
    model.setUrinePositive(u"uglu", [=](QDate d) { return a1c(d) > 8.0 ? 0.7 : 0.1; });
    model.setTrend(u"ldl", [=](QDate d) { return towards(d, start.addYears(2), 168, 105, 60); });
    addCondition(context, p, u"dm2", u"sakura"_s, start);
    addCondition(context, p, u"htn", u"sakura"_s, start.addDays(20));
    addCondition(context, p, u"dyslipidemia", u"sakura"_s, start.addYears(2));
    addAllergy(context, p, u"kiwi", u"sakura"_s, start.addDays(3));

    CareStream clinic { u"sakura"_s, u"dr-ito"_s, u"hinode"_s, start, context.today(), 18 };
    clinic.panels = { Panel::Glucose, Panel::Urine };
    clinic.fullEvery = 3;
    clinic.fullPanels = kRoutine;
    clinic.reason = u"dm2"_s;
    clinic.regimens = { Regimen { start, context.today(), { u"amlodipine25"_s } },
        Regimen { start.addYears(2), context.today(), { u"atorvastatin"_s } },
        Regimen { metformin, context.today(), { u"metformin"_s } },
        Regimen { sitagliptin, context.today(), { u"sitagliptin"_s } } };
    const QList<StreamVisit> clinicVisits = runStream(context, rng, p, model, clinic);

    CareStream hospital { u"university"_s, u"dr-tanaka"_s, u"tsubasa"_s, referral.addDays(14),
        context.today(), 42 };
    hospital.panels = kRoutine;
    hospital.panels << Panel::Inflammation << Panel::Pancreas;
    hospital.reason = u"dm2"_s;
    // The hospital also prescribes amlodipine for a few months: the same ingredient (2171022) as
    // the clinic's, in the same weeks (a cross-facility overlap the pharmacist should see).
    hospital.regimens
        = { Regimen { metformin.addDays(100), metformin.addDays(240), { u"norvasc25"_s } } };
    const QList<StreamVisit> hospitalVisits = runStream(context, rng, p, model, hospital);
    addCondition(context, p, u"dm2", u"university"_s, referral.addDays(14));

    const StreamVisit &before = clinicVisits.at(clinicVisits.size() * 4 / 10);
    DocumentSpec letter(
        false, u"sakura"_s, u"dr-ito"_s, before.encounterId, before.when.plusMinutes(60));
    letter.toFacility = u"university"_s;
    letter.toStaff = u"dr-tanaka"_s;
    letter.conditionIds = { addCondition(context, p, u"dm2", u"sakura"_s, start) };
    letter.medicationIds = before.medicationIds;
    letter.observationIds = before.observationIds.mid(0, 8);
    letter.purpose
        = u"血糖コントロール不良のため、教育入院を含めた治療方針のご検討をお願いします。"_s;
    letter.complaint = u"口渇、体重減少"_s;
    letter.course
        = u"10年前より2型糖尿病として当院通院中。食事・運動療法とアムロジピン内服で経過観察していましたが、HbA1cは8%台で推移し改善を認めません。尿糖陽性が続いています。"_s;
    letter.withPdf = true;
    addDocument(context, p, letter);

    const StreamVisit &back = hospitalVisits.at(std::min<qsizetype>(4, hospitalVisits.size() - 1));
    DocumentSpec reply(
        false, u"university"_s, u"dr-tanaka"_s, back.encounterId, back.when.plusMinutes(90));
    reply.toFacility = u"sakura"_s;
    reply.toStaff = u"dr-ito"_s;
    reply.conditionIds = letter.conditionIds;
    reply.observationIds = back.observationIds.mid(0, 12);
    reply.purpose = u"ご紹介ありがとうございました。今後の継続加療をお願いいたします。"_s;
    reply.complaint = u"２型糖尿病"_s;
    reply.course
        = u"メトホルミン開始後、HbA1cは低下傾向です。当科では2か月ごとに合併症評価を継続します。"_s;
    addDocument(context, p, reply);

    CareStream dental { u"aoba"_s, u"dr-yoshida"_s, QString(), yearsAgo(context, 3),
        yearsAgo(context, 2.8), 14 };
    dental.reason = u"caries"_s;
    runStream(context, rng, p, model, dental);
}

void chronicKidney(Context &context, Rng &rng)
{
    const PatientInfo p = newPatient(context, rng, true, 74, { u"sakura"_s, u"general"_s });
    const QDate start = yearsAgo(context, 10);
    LabModel model(rng, p);
    const auto egfr = [=](QDate d) { return 55.0 - 28.0 * double(start.daysTo(d)) / 3650.0; };
    model.setTrend(u"cre", [=, &p](QDate d) { return creatinineFor(p, egfr(d), d); });
    model.setTrend(u"bun", [=](QDate d) { return 16 + 0.6 * (55 - egfr(d)); });
    model.setTrend(u"hb", [=](QDate d) { return 12.8 - 0.08 * (55 - egfr(d)); });
    model.setTrend(u"ua", [=](QDate d) { return 6.4 + 0.03 * (55 - egfr(d)); });
    model.setUrinePositive(u"uprot", [](QDate) { return 0.65; });
    addCondition(context, p, u"ckd", u"general"_s, start.addYears(2));
    addCondition(context, p, u"htn", u"sakura"_s, start);
    addCondition(context, p, u"hyperuricemia", u"sakura"_s, start.addYears(1));
    addAllergy(context, p, u"contrast", u"general"_s, start.addYears(3));

    CareStream clinic { u"sakura"_s, u"dr-ito"_s, u"hinode"_s, start, context.today(), 28 };
    clinic.panels = { Panel::Kidney, Panel::Electrolyte };
    clinic.fullEvery = 4;
    clinic.fullPanels = kRoutine;
    clinic.reason = u"htn"_s;
    clinic.regimens = { Regimen { start, context.today(), { u"candesartan"_s, u"norvasc25"_s } },
        Regimen { start.addYears(1), context.today(), { u"febuxostat"_s } } };
    const QList<StreamVisit> visits = runStream(context, rng, p, model, clinic);

    CareStream hospital { u"general"_s, u"dr-takahashi"_s, u"hinode"_s, start.addYears(2),
        context.today(), 56 };
    hospital.panels = kRoutine;
    hospital.panels << Panel::Inflammation;
    hospital.reason = u"ckd"_s;
    hospital.regimens
        = { Regimen { start.addYears(6), context.today(), { u"calciumcarbonate"_s } } };
    runStream(context, rng, p, model, hospital);

    const StreamVisit &at = visits.at(23);
    DocumentSpec letter(false, u"sakura"_s, u"dr-ito"_s, at.encounterId, at.when.plusMinutes(45));
    letter.toFacility = u"general"_s;
    letter.toStaff = u"dr-takahashi"_s;
    letter.conditionIds = { addCondition(context, p, u"ckd", u"sakura"_s, start.addYears(2)) };
    letter.medicationIds = at.medicationIds;
    letter.observationIds = at.observationIds;
    letter.purpose = u"腎機能低下の精査と今後の管理についてご高診をお願いします。"_s;
    letter.complaint = u"下腿浮腫"_s;
    letter.course
        = u"高血圧症で通院中。ここ2年でeGFRが緩徐に低下し、尿蛋白陽性が持続しています。"_s;
    letter.withPdf = true;
    addDocument(context, p, letter);
}

void heartFailure(Context &context, Rng &rng)
{
    const PatientInfo p
        = newPatient(context, rng, false, 80, { u"general"_s, u"university"_s, u"midori"_s });
    const QDate start = yearsAgo(context, 8);
    const QDate admit1 = yearsAgo(context, 3);
    const QDate admit2 = yearsAgo(context, 1);
    LabModel model(rng, p);
    const auto bnp = [=](QDate d) {
        double value = 120;
        for (const QDate admit : { admit1, admit2 }) {
            const qint64 days = admit.daysTo(d);
            if (days > -21 && days < 60)
                value += 900.0 * std::exp(-std::abs(double(days)) / (days < 0 ? 7.0 : 12.0));
        }
        return value;
    };
    model.setTrend(u"bnp", bnp);
    model.setTrend(u"ntprobnp", [=](QDate d) { return bnp(d) * 6.5; });
    model.setTrend(u"cre", [](QDate) { return 1.25; });
    addCondition(context, p, u"hf", u"general"_s, start);
    addCondition(context, p, u"af", u"general"_s, start.addDays(40));
    addCondition(context, p, u"lumbago", u"midori"_s, start.addYears(4));
    addAllergy(context, p, u"penicillin", u"general"_s, start);

    CareStream cardio { u"general"_s, u"dr-suzuki"_s, u"hinode"_s, start, context.today(), 28 };
    cardio.panels = { Panel::Cardiac, Panel::Kidney, Panel::Electrolyte };
    cardio.fullEvery = 3;
    cardio.fullPanels = { Panel::Cbc, Panel::Liver, Panel::Coagulation, Panel::Urine };
    cardio.reason = u"hf"_s;
    cardio.regimens = { Regimen { start, context.today(),
                            { u"furosemide"_s, u"carvedilol"_s, u"enalapril"_s, u"warfarin"_s } },
        Regimen { admit1, context.today(), { u"spironolactone"_s } },
        Regimen { admit2.addDays(30), admit2.addDays(90), { u"loxoprofen"_s } } };
    runStream(context, rng, p, model, cardio);

    // Lumbago at the orthopaedic clinic: loxoprofen again, in the same weeks as the hospital's.
    CareStream ortho { u"midori"_s, u"dr-kobayashi"_s, u"tsubasa"_s, admit2.addDays(40),
        admit2.addDays(110), 14 };
    ortho.reason = u"lumbago"_s;
    ortho.regimens = { Regimen { admit2.addDays(40), admit2.addDays(110), { u"loxoprofen"_s } } };
    runStream(context, rng, p, model, ortho);

    const QList<std::pair<QDate, QString>> stays { { admit1, u"university"_s },
        { admit2, u"general"_s } };
    for (const auto &[admit, facility] : stays) {
        const QString staff = facility == u"university" ? u"dr-yamamoto"_s : u"dr-suzuki"_s;
        const QDate discharge = admit.addDays(rng.between(10, 16));
        addEncounter(context, p,
            Visit { facility, staff, When { admit.addDays(-1), 22 * 60 }, {}, u"EMER", u"hf"_s });
        const QString stay = addEncounter(context, p,
            Visit { facility, staff, When { admit, 2 * 60 }, discharge, u"IMP", u"hf"_s });
        CareStream ward { facility, staff, QString(), admit, discharge, 2 };
        ward.panels = { Panel::Cardiac, Panel::Kidney, Panel::Electrolyte, Panel::Cbc,
            Panel::Inflammation };
        QStringList labs;
        for (QDate d = admit; d < discharge; d = d.addDays(2)) {
            labs += addDraw(context, rng, p, model,
                Draw { facility, staff, stay, When { d, 6 * 60 }, ward.panels, {} });
        }
        const QStringList meds = addPrescription(context, rng, p,
            Prescription { facility, staff, stay, When { discharge, 9 * 60 },
                { u"furosemide"_s, u"carvedilol"_s, u"enalapril"_s, u"spironolactone"_s }, 14,
                QString(), u"DCG" });
        DocumentSpec summary(true, facility, staff, stay, When { discharge, 15 * 60 });
        summary.admitted = admit;
        summary.conditionIds = { addCondition(context, p, u"hf", facility, admit) };
        summary.medicationIds = meds;
        summary.observationIds = labs.mid(0, 10);
        summary.complaint = u"呼吸困難、下腿浮腫"_s;
        summary.history
            = u"慢性心不全で外来通院中。1週間前から労作時息切れと体重増加（3kg）あり、夜間起座呼吸となり救急搬送。"_s;
        summary.course
            = u"利尿薬静注で速やかに改善。BNPは入院時高値から低下し、内服調整のうえ退院とした。"_s;
        addDocument(context, p, summary);
    }
}

} // namespace

void addModeratePatients(Context &context, Rng &rng);
void addLightPatients(Context &context, Rng &rng, int count);

void addTypicalPatients(Context &context)
{
    Rng rng = context.rng().fork(1);
    diabetic(context, rng);
    chronicKidney(context, rng);
    heartFailure(context, rng);
    addModeratePatients(context, rng);
    addLightPatients(context, rng, 23);
}

} // namespace renkei::demo::gen
