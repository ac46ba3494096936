#include "generator_care.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace renkei::demo::gen {

QList<tables::Panel> allPanels()
{
    using tables::Panel;
    return { Panel::Cbc, Panel::Liver, Panel::Kidney, Panel::Lipid, Panel::Glucose,
        Panel::Electrolyte, Panel::Inflammation, Panel::Cardiac, Panel::Pancreas, Panel::Urine,
        Panel::Thyroid, Panel::Coagulation };
}

double towards(QDate date, QDate at, double before, double after, double halfLifeDays)
{
    if (date < at)
        return before;
    const double elapsed = double(at.daysTo(date));
    return after + (before - after) * std::pow(0.5, elapsed / halfLifeDays);
}

double creatinineFor(const PatientInfo &patient, double egfr, QDate date)
{
    const double age = std::max(18, patient.ageAt(date));
    const double factor = 194.0 * std::pow(age, -0.287) * (patient.female ? 0.739 : 1.0);
    return std::pow(egfr / factor, -1.0 / 1.094);
}

StreamVisit addVisit(Context &context, Rng &rng, const PatientInfo &patient, const LabModel &model,
    const CareStream &stream, const When &when, const QList<tables::Panel> &panels)
{
    StreamVisit visit;
    visit.when = when;
    visit.encounterId = addEncounter(context, patient,
        Visit { stream.facility, stream.staff, when, when.date, u"AMB", stream.reason });
    if (!panels.isEmpty()) {
        visit.observationIds = addDraw(context, rng, patient, model,
            Draw { stream.facility, stream.staff, visit.encounterId, when.plusMinutes(10), panels,
                panels == stream.panels ? stream.onlyTests : QStringList() });
    }
    QStringList drugs;
    for (const Regimen &regimen : stream.regimens) {
        if (regimen.from <= when.date && when.date < regimen.to)
            drugs += regimen.drugs;
    }
    if (!drugs.isEmpty()) {
        visit.medicationIds = addPrescription(context, rng, patient,
            Prescription { stream.facility, stream.staff, visit.encounterId, when.plusMinutes(30),
                drugs, stream.intervalDays, stream.pharmacy, u"OHP" });
    }
    return visit;
}

QList<StreamVisit> runStream(Context &context, Rng &rng, const PatientInfo &patient,
    const LabModel &model, const CareStream &stream)
{
    QList<StreamVisit> visits;
    const QDate last = std::min(stream.to, context.today().addDays(-1));
    QDate date = stream.from;
    int count = 0;
    while (date <= last) {
        while (!(stream.weekdayMask & (1 << (date.dayOfWeek() - 1))))
            date = date.addDays(1);
        if (date > last)
            break;
        ++count;
        QList<tables::Panel> panels = stream.panels;
        if (stream.fullEvery > 0 && count % stream.fullEvery == 0) {
            for (const tables::Panel panel : stream.fullPanels) {
                if (!panels.contains(panel))
                    panels.append(panel);
            }
        }
        const When when { date, rng.between(9 * 60, 16 * 60) };
        visits.append(addVisit(context, rng, patient, model, stream, when, panels));
        date = date.addDays(
            stream.intervalDays + (stream.intervalDays > 7 ? rng.between(-2, 2) : 0));
    }
    return visits;
}

} // namespace renkei::demo::gen
