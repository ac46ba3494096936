#pragma once

#include "clinical/documents.h"
#include "clinical/labtable.h"
#include "clinical/medicationlist.h"
#include "clinical/timeline.h"

#include <QDate>

#include <vector>

// The one-page patient summary (DESIGN.md data flow: "Summary"; what the clerk prints for a
// referral): as of a date, from the views already built. Indices only: the printing code reads
// the values from the views and the record.
namespace renkei::clinical {

struct SummaryLab {
    int row = -1; // LabTable row
    int column = -1; // the latest column on or before the date with a value in that row
    bool abnormal = false;
};

struct Summary {
    QDate asOf;
    std::vector<int> conditions; // active conditions (record indices), newest onset first
    std::vector<int> allergies; // active allergies (record indices)
    std::vector<int> medications; // MedicationList lines active on the date
    std::vector<int> duplicates; // MedicationList duplicates active on the date
    std::vector<SummaryLab> labs; // each lab row's latest value within `recentDays`, table order
    std::vector<int> documents; // Documents entries within `recentDays`, newest first
    std::vector<int> admissions; // Timeline items (admissions) within `recentDays`, newest first

    static Summary build(const PatientRecord &record, const LabTable &labs,
        const MedicationList &medications, const Documents &documents, const Timeline &timeline,
        QDate asOf, int recentDays = 365);
};

} // namespace renkei::clinical
