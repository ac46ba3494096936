#include "clinical/summary.h"

#include <algorithm>

namespace renkei::clinical {

Summary Summary::build(const PatientRecord &record, const LabTable &labs,
    const MedicationList &medications, const Documents &documents, const Timeline &timeline,
    QDate asOf, int recentDays)
{
    Summary s;
    s.asOf = asOf;
    const QDate since = asOf.addDays(-recentDays);
    const qint64 from = japanDayStart(since);
    const qint64 to = japanDayStart(asOf.addDays(1)) - 1;

    s.conditions = record.activeConditions();
    std::stable_sort(s.conditions.begin(), s.conditions.end(), [&record](int a, int b) {
        return record.timeOf(ResourceKind::Condition, a)
            > record.timeOf(ResourceKind::Condition, b);
    });
    s.allergies = record.activeAllergies();
    s.medications = medications.current(asOf);
    s.duplicates = medications.duplicatesAsOf(asOf);

    // Columns are newest first: the first column at or before the date, then each row's first
    // cell from there that is still within the period.
    const int first = labs.columnAtOrBefore(asOf);
    if (first >= 0) {
        for (int r = 0; r < labs.rowCount(); ++r) {
            const std::vector<LabCell> &cells = labs.rowCells(r);
            const auto it = std::lower_bound(cells.cbegin(), cells.cend(), first,
                [](const LabCell &c, int column) { return c.column < column; });
            if (it == cells.cend() || labs.columnTime(it->column) < from)
                continue;
            s.labs.push_back(SummaryLab { r, it->column, it->isAbnormal() });
        }
    }
    for (int d = 0; d < documents.count(); ++d) {
        const qint64 t = documents.entry(d).time;
        if (t != kNoTime && t >= from && t <= to)
            s.documents.push_back(d);
    }
    for (const int i : timeline.inRange(from, to)) {
        if (timeline.item(i).kind == TimelineItem::Kind::Admission && timeline.item(i).start <= to)
            s.admissions.push_back(i);
    }
    std::reverse(s.admissions.begin(), s.admissions.end());
    return s;
}

} // namespace renkei::clinical
