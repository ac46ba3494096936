#include "emergencysummary.h"

#include "clinical/documents.h"
#include "clinical/labtable.h"
#include "clinical/medicationlist.h"
#include "clinical/patientrecord.h"
#include "views/labs/labformat.h"
#include "views/meds/recordformat.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ui::emergency {

namespace {

class Words {
    Q_DECLARE_TR_FUNCTIONS(renkei::ui::emergency::EmergencyFacts)
};

constexpr int kLabDays = 90;
constexpr int kMaxLabs = 12;

bool isDischargeDiagnosis(const model::DocumentSection &s)
{
    return s.code == u"344"_s || s.title.contains(u"退院時診断"_s)
        || s.title.contains(u"discharge diagnos"_s, Qt::CaseInsensitive);
}

} // namespace

EmergencyFacts EmergencyFacts::build(
    const std::shared_ptr<const clinical::PatientRecord> &record, QDate asOf)
{
    using clinical::ResourceKind;
    EmergencyFacts f;
    const clinical::PatientRecord &r = *record;
    for (int i : r.activeAllergies()) {
        const model::Allergy &a = r.resources().allergies.at(i);
        QString text = a.display;
        if (!a.reactions.isEmpty())
            text += u" — "_s + a.reactions.join(u"、"_s);
        f.allergies.append({ text,
            format::facilityName(&r, r.facilityOf(ResourceKind::Allergy, i)) + u"  "_s
                + (a.recorded.isNull() ? QString() : format::date(a.recorded.date())),
            a.criticality == u"high"_s || a.category == u"medication"_s });
    }

    const auto meds = clinical::MedicationList::build(record);
    std::vector<int> duplicated;
    for (int d : meds.duplicatesAsOf(asOf)) {
        duplicated.push_back(meds.duplicates().at(size_t(d)).lineA);
        duplicated.push_back(meds.duplicates().at(size_t(d)).lineB);
    }
    for (int l : meds.current(asOf)) {
        const clinical::MedicationLine &line = meds.line(l);
        const bool dup = std::find(duplicated.begin(), duplicated.end(), l) != duplicated.end();
        QString text = line.name;
        if (!line.dose.isEmpty())
            text += u"  "_s + line.dose;
        if (!line.usage.isEmpty())
            text += u"  "_s + line.usage;
        QString detail = format::facilityName(&r, line.facility);
        if (!line.prescriber.isEmpty())
            detail += u" ("_s + line.prescriber + u')';
        if (dup)
            detail += u"  "_s + Words::tr("⚠ same ingredient from another facility");
        f.medications.append({ text, detail, dup });
    }

    std::vector<int> conditions = r.activeConditions();
    std::stable_sort(conditions.begin(), conditions.end(), [&r](int a, int b) {
        const bool pa = r.resources().conditions.at(a).primary;
        const bool pb = r.resources().conditions.at(b).primary;
        if (pa != pb)
            return pa;
        return r.timeOf(ResourceKind::Condition, a) > r.timeOf(ResourceKind::Condition, b);
    });
    QStringList seen;
    for (int i : conditions) {
        const model::Condition &c = r.resources().conditions.at(i);
        if (seen.contains(c.display))
            continue;
        seen.append(c.display);
        const model::PartialDateTime &since = c.onset.isNull() ? c.recorded : c.onset;
        f.diagnoses.append({ c.display + (c.suspected ? Words::tr(" (suspected)") : QString()),
            format::facilityName(&r, r.facilityOf(ResourceKind::Condition, i))
                + (since.isNull()
                        ? QString()
                        : u"  "_s + Words::tr("since %1").arg(format::date(since.date()))),
            false });
    }

    const auto labs = clinical::LabTable::build(record);
    const qint64 from = clinical::japanDayStart(asOf.addDays(-kLabDays));
    const qint64 to = clinical::japanDayStart(asOf.addDays(1));
    struct Latest {
        int row;
        const clinical::LabCell *cell;
        int count;
    };
    std::vector<Latest> latest;
    for (int row = 0; row < labs.rowCount(); ++row) {
        const clinical::LabCell *newest = nullptr;
        int count = 0;
        for (const clinical::LabCell &c : labs.rowCells(row)) {
            const qint64 t = labs.columnTime(c.column);
            if (t < from || t >= to)
                continue;
            ++count;
            if (!newest)
                newest = &c;
        }
        if (newest)
            latest.push_back({ row, newest, count });
    }
    std::stable_sort(latest.begin(), latest.end(), [](const Latest &a, const Latest &b) {
        if (a.cell->isAbnormal() != b.cell->isAbnormal())
            return a.cell->isAbnormal();
        return a.count > b.count;
    });
    for (const Latest &l : latest) {
        if (f.labs.size() >= kMaxLabs)
            break;
        const clinical::LabRow &row = labs.row(l.row);
        const QString letter = labs::flagLetter(l.cell->flag);
        f.labs.append({ row.name + u"  "_s + labs.cellText(l.row, l.cell->column) + u' ' + row.unit
                + (letter.isEmpty() ? QString() : u"  "_s + letter),
            labs::dateText(labs.columnDate(l.cell->column)) + u"  "_s
                + format::facilityName(&r, l.cell->facility)
                + (std::isnan(l.cell->low) && std::isnan(l.cell->high)
                        ? QString()
                        : u"  ("_s + labs::rangeText(l.cell->low, l.cell->high) + u')'),
            l.cell->isAbnormal() });
    }

    const auto docs = clinical::Documents::build(record);
    const std::vector<int> discharges
        = docs.ofKind(model::ClinicalDocument::Kind::DischargeSummary);
    if (!discharges.empty()) {
        int newest = discharges.front();
        for (int d : discharges) {
            if (docs.entry(d).time > docs.entry(newest).time)
                newest = d;
        }
        const clinical::DocumentEntry &entry = docs.entry(newest);
        f.dischargeTitle = entry.title + u"  "_s + labs::instantText(entry.time, false) + u"  "_s
            + format::facilityName(&r, entry.facility);
        for (const clinical::SectionRef &ref : docs.sections(newest)) {
            if (!isDischargeDiagnosis(*ref.section))
                continue;
            QStringList items = ref.section->entries;
            if (items.isEmpty())
                items = ref.section->narrative.split(u'\n', Qt::SkipEmptyParts);
            for (const QString &item : std::as_const(items)) {
                if (!item.trimmed().isEmpty())
                    f.dischargeDiagnoses.append({ item.trimmed(), QString(), false });
            }
        }
    }
    return f;
}

} // namespace renkei::ui::emergency
