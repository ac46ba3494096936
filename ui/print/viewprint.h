#pragma once

#include "summaryoptions.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>
#include <vector>

class QTextDocument;

namespace renkei::clinical {
class Documents;
class LabTable;
class MedicationList;
class PatientRecord;
struct LabSelection;
} // namespace renkei::clinical

// Printing the current view (issue 7 §2): what a view shows, as a document PagePrinter prints
// (header rows repeat on every page, the footer on every page). The views hand over the clinical
// objects their models show and the rows and columns their filters keep.
namespace renkei::ui::print {

class ViewPrint {
    Q_DECLARE_TR_FUNCTIONS(renkei::ui::print::ViewPrint)
public:
    // A4 portrait holds this many date columns beside the test names; more dates make several
    // tables one after the other (newest dates first), each with its header on every page.
    static constexpr int kLabColumnsPerTable = 8;

    // The cumulative lab table: the selection's rows and columns (newest first), flags as
    // letters and in red, each row's unit and the newest range.
    static std::unique_ptr<QTextDocument> labTable(
        const clinical::LabTable &table, const clinical::LabSelection &selection);
    // The medication list: the lines current on `asOf` with their duplicates.
    static std::unique_ptr<QTextDocument> medicationList(
        const clinical::MedicationList &list, QDate asOf);
    // One document (a discharge summary, a referral): its facts and sections in reading order.
    static std::unique_ptr<QTextDocument> document(
        const clinical::PatientRecord *record, const clinical::Documents &documents, int index);
};

} // namespace renkei::ui::print
