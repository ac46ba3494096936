#include "viewprint.h"

#include "clinical/documents.h"
#include "clinical/labtable.h"
#include "clinical/medicationlist.h"
#include "clinical/patientrecord.h"
#include "htmlkit.h"
#include "pageprinter.h"
#include "views/labs/labformat.h"
#include "views/meds/recordformat.h"

#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ui::print {

namespace {

QString patientLine(const clinical::PatientRecord *record)
{
    if (!record || !record->hasPatient())
        return {};
    const model::Patient &p = record->patient();
    QString line = p.displayName();
    if (!p.kanaName.isEmpty() && p.kanaName != line)
        line += u"（"_s + p.kanaName + u"）"_s;
    if (p.birthDate.isValid())
        line += u"　"_s + ViewPrint::tr("born %1").arg(format::date(p.birthDate));
    line += u"　"_s + ViewPrint::tr("Regional ID %1").arg(p.id);
    return u"<p style=\"font-size: 9pt\"><b>"_s + html::esc(line) + u"</b></p>"_s;
}

QString titleBlock(const QString &title, const clinical::PatientRecord *record)
{
    return u"<h1>"_s + html::esc(title) + u"</h1>"_s + patientLine(record)
        + u"<hr style=\"height: 1px; background-color: #1d3c6e\"/>"_s;
}

} // namespace

std::unique_ptr<QTextDocument> ViewPrint::labTable(
    const clinical::LabTable &table, const clinical::LabSelection &selection)
{
    const QString title = tr("Cumulative laboratory results");
    QString body = titleBlock(title, table.record());
    if (selection.rows.empty() || selection.columns.empty())
        body += html::note(tr("No result to print."));
    for (size_t first = 0; first < selection.columns.size(); first += kLabColumnsPerTable) {
        const size_t last = std::min(selection.columns.size(), first + kLabColumnsPerTable);
        QStringList headers { tr("Test"), tr("Unit") };
        for (size_t c = first; c < last; ++c)
            headers.append(labs::dateText(table.columnDate(selection.columns.at(c))));
        headers.append(tr("Range"));
        QList<QStringList> rows;
        for (int r : selection.rows) {
            const clinical::LabRow &row = table.row(r);
            QStringList cells { html::cell(row.name), html::mutedCell(row.unit) };
            double low = std::nan(""), high = std::nan("");
            for (size_t c = first; c < last; ++c) {
                const int column = selection.columns.at(c);
                const clinical::LabCell *cell = table.cell(r, column);
                if (!cell) {
                    cells.append(html::cell(QString()));
                    continue;
                }
                if (std::isnan(low) && std::isnan(high)) {
                    low = cell->low;
                    high = cell->high;
                }
                const QString letter = labs::flagLetter(cell->flag);
                const QString text
                    = table.cellText(r, column) + (letter.isEmpty() ? QString() : u" "_s + letter);
                cells.append(cell->isAbnormal() ? html::alertCell(text) : html::cell(text));
            }
            cells.append(html::mutedCell(labs::rangeText(low, high)));
            rows.append(cells);
        }
        if (first > 0)
            body += u"<p style=\"page-break-before: always\"></p>"_s;
        body += html::table(headers, rows);
    }
    return makeDocument(u"<html><body>"_s + body + u"</body></html>"_s, title);
}

std::unique_ptr<QTextDocument> ViewPrint::medicationList(
    const clinical::MedicationList &list, QDate asOf)
{
    const clinical::PatientRecord *record = list.record();
    const QString title = tr("Medication list (as of %1)").arg(format::date(asOf));
    QString body = titleBlock(title, record);
    QHash<int, QString> duplicateOf;
    for (int d : list.duplicatesAsOf(asOf)) {
        const clinical::MedicationDuplicate &dup = list.duplicates().at(size_t(d));
        duplicateOf.insert(dup.lineA, format::facilityName(record, dup.facilityB));
        duplicateOf.insert(dup.lineB, format::facilityName(record, dup.facilityA));
    }
    QList<QStringList> rows;
    for (int l : list.current(asOf)) {
        const clinical::MedicationLine &line = list.line(l);
        QString usage = line.usage;
        if (line.days)
            usage += tr(" × %n day(s)", nullptr, *line.days);
        const auto dup = duplicateOf.constFind(l);
        rows.append({ html::strongCell(line.name), html::cell(line.dose), html::cell(usage),
            html::cell(line.prescriber), html::cell(format::facilityName(record, line.facility)),
            html::cell(format::facilityName(record, line.pharmacy)),
            html::cell(format::period(line.start, line.end)),
            dup == duplicateOf.cend() ? html::cell(QString())
                                      : html::alertCell(tr("⚠ also from %1").arg(*dup)) });
    }
    if (rows.isEmpty())
        body += html::note(tr("No medication current on this date."));
    else
        body += html::table({ tr("Drug"), tr("Dose"), tr("Usage"), tr("Prescriber"), tr("Facility"),
                                tr("Pharmacy"), tr("Period"), tr("Duplicate") },
            rows, { 20, 7, 17, 9, 14, 12, 11, 10 });
    return makeDocument(u"<html><body>"_s + body + u"</body></html>"_s, title);
}

std::unique_ptr<QTextDocument> ViewPrint::document(
    const clinical::PatientRecord *record, const clinical::Documents &documents, int index)
{
    const clinical::DocumentEntry &entry = documents.entry(index);
    const model::ClinicalDocument &doc = documents.document(index);
    QString body = titleBlock(entry.title, record);
    QStringList facts;
    facts << tr("Date: %1").arg(labs::instantText(entry.time, false))
          << tr("Facility: %1").arg(format::facilityName(record, entry.facility));
    if (!doc.author.isEmpty())
        facts << tr("Author: %1").arg(doc.author);
    if (!doc.destination.isEmpty())
        facts << tr("To: %1").arg(doc.destination);
    body += u"<p class=\"muted\">"_s + html::esc(facts.join(u"　"_s)) + u"</p>"_s;
    for (const clinical::SectionRef &ref : documents.sections(index)) {
        const model::DocumentSection &s = *ref.section;
        body += ref.depth == 0 ? html::heading(s.title)
                               : u"<p><b>"_s + html::esc(s.title) + u"</b></p>"_s;
        QString text = s.narrative;
        if (text.trimmed().isEmpty())
            text = s.entries.join(u"\n"_s);
        body += u"<p style=\"white-space: pre-wrap\">"_s + html::esc(text) + u"</p>"_s;
    }
    if (doc.sections.isEmpty())
        body += html::note(tr("This document has no text sections (see its attachment)."));
    return makeDocument(u"<html><body>"_s + body + u"</body></html>"_s, entry.title);
}

} // namespace renkei::ui::print
