#include "generator_care.h"

using namespace Qt::Literals::StringLiterals;

// The `large` network's extra patient: 29 years of haemodialysis three times a week, with pre-
// and post-dialysis labs at every session, a full panel every month and prescriptions every two
// weeks (about 131,000 resources).
namespace renkei::demo::gen {
namespace {

using tables::Panel;

constexpr double kYears = 29.4;

void dialysisLabs(LabModel &model, const PatientInfo &p)
{
    Q_UNUSED(p)
    model.setTrend(u"cre", [](QDate) { return 10.2; });
    model.setTrend(u"bun", [](QDate) { return 62.0; });
    model.setTrend(u"k", [](QDate) { return 5.1; });
    model.setTrend(u"ip", [](QDate) { return 5.6; });
    model.setTrend(u"ca", [](QDate) { return 8.7; });
    model.setTrend(u"hb", [](QDate) { return 10.6; });
    model.setTrend(u"ht", [](QDate) { return 32.0; });
    model.setTrend(u"alb", [](QDate) { return 3.7; });
    model.setTrend(u"ua", [](QDate) { return 7.6; });
}

} // namespace

void addLargePatient(Context &context)
{
    Rng rng = context.rng().fork(2);
    const QDate birth = context.today().addYears(-68).addDays(-rng.between(1, 360));
    const PatientInfo p = addPatient(
        context, rng, PatientSpec { false, birth, { u"keyaki"_s, u"general"_s, u"university"_s } });
    const QDate start = context.today().addDays(-qint64(kYears * 365.25));
    LabModel model(rng, p);
    dialysisLabs(model, p);
    addCondition(context, p, u"esrd", u"keyaki"_s, start);
    addCondition(context, p, u"htn", u"keyaki"_s, start);
    addCondition(context, p, u"dm2", u"keyaki"_s, start.addYears(-5));
    addAllergy(context, p, u"povidone", u"keyaki"_s, start.addYears(2));

    CareStream sessions { u"keyaki"_s, u"dr-kato"_s, QString(), start, context.today(), 2 };
    sessions.weekdayMask = 0x15; // Monday, Wednesday, Friday
    sessions.panels = { Panel::Kidney, Panel::Electrolyte, Panel::Cbc, Panel::Liver };
    sessions.onlyTests = { u"bun"_s, u"cre"_s, u"ua"_s, u"k"_s, u"na"_s, u"cl"_s, u"ca"_s, u"ip"_s,
        u"hb"_s, u"ht"_s, u"wbc"_s, u"plt"_s, u"alb"_s, u"tp"_s };
    sessions.fullEvery = 13;
    sessions.fullPanels = allPanels();
    sessions.fullPanels.removeAll(Panel::Urine);
    sessions.reason = u"esrd"_s;
    const QList<StreamVisit> visits = runStream(context, rng, p, model, sessions);

    // Post-dialysis: BUN, creatinine and potassium again, four hours later.
    LabModel after(rng, p);
    after.setTrend(u"cre", [](QDate) { return 4.1; });
    after.setTrend(u"bun", [](QDate) { return 19.0; });
    after.setTrend(u"k", [](QDate) { return 3.5; });
    CareStream medication = sessions;
    medication.pharmacy = u"hinode"_s;
    medication.intervalDays = 14;
    medication.regimens = { Regimen { start, context.today(),
        { u"lanthanum"_s, u"calciumcarbonate"_s, u"alfacalcidol"_s, u"amlodipine25"_s,
            u"cinacalcet"_s } } };
    for (qsizetype i = 0; i < visits.size(); ++i) {
        const StreamVisit &visit = visits.at(i);
        addDraw(context, rng, p, after,
            Draw { sessions.facility, sessions.staff, visit.encounterId,
                visit.when.plusMinutes(250), { Panel::Kidney, Panel::Electrolyte },
                { u"bun"_s, u"cre"_s, u"k"_s } });
        if (i % 6 == 0) {
            addPrescription(context, rng, p,
                Prescription { medication.facility, medication.staff, visit.encounterId,
                    visit.when.plusMinutes(280), medication.regimens[0].drugs, 14,
                    medication.pharmacy });
        }
    }
}

} // namespace renkei::demo::gen
