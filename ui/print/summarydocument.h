#pragma once

#include "summaryoptions.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;

namespace renkei::clinical {
class PatientRecord;
}

// The patient summary (issue 7 §1): one A4 document a clinic hands to a hospital. Header
// (kanji + kana, birth date, age, sex, regional id), allergies and contraindications first,
// active problems, current medications (prescriber, facility, duplicates), the last results of
// key tests, recent encounters and documents; the footer comes from PagePrinter.
namespace renkei::ui::print {

class SummaryDocument {
    Q_DECLARE_TR_FUNCTIONS(renkei::ui::print::SummaryDocument)
public:
    // The document as HTML (the subset QTextDocument reads), every value escaped.
    static QString html(const std::shared_ptr<const clinical::PatientRecord> &record,
        const SummaryOptions &options, const PrintContext &context);
    static std::unique_ptr<QTextDocument> build(
        const std::shared_ptr<const clinical::PatientRecord> &record, const SummaryOptions &options,
        const PrintContext &context);
    // The PDF's title and the preview's: names the kind of document, never the patient.
    static QString title();
};

// Writes the summary as PDF to `path` (the only file written; nothing in a temporary file).
// Returns the page count, 0 when the file could not be written.
int writeSummaryPdf(const std::shared_ptr<const clinical::PatientRecord> &record,
    const SummaryOptions &options, const PrintContext &context, const QString &path);

} // namespace renkei::ui::print
