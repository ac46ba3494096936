#include "summarydocument.h"

#include "clinical/documents.h"
#include "clinical/labtable.h"
#include "clinical/medicationlist.h"
#include "clinical/patientrecord.h"
#include "htmlkit.h"
#include "pageprinter.h"
#include "views/labs/labformat.h"
#include "views/meds/recordformat.h"

#include <QPrinter>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ui::print {

namespace {

using clinical::PatientRecord;
using clinical::ResourceKind;

QString sexText(model::Sex sex)
{
    switch (sex) {
    case model::Sex::Male:
        return SummaryDocument::tr("male");
    case model::Sex::Female:
        return SummaryDocument::tr("female");
    case model::Sex::Other:
        return SummaryDocument::tr("other");
    case model::Sex::Unknown:
        break;
    }
    return SummaryDocument::tr("unknown");
}

QString partialDate(const model::PartialDateTime &when)
{
    return when.isNull() ? QString() : format::date(when.date());
}

QString header(const PatientRecord &record, const SummaryOptions &options, QDate today)
{
    const model::Patient &p = record.patient();
    const auto age = record.ageAt(today);
    const QString name = p.kanjiName.isEmpty() ? p.displayName() : p.kanjiName;
    QString out = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                  "<td width=\"62%\"><p class=\"muted\" style=\"font-size: 8pt\">"_s
        + html::esc(SummaryDocument::title()) + u"</p>"_s;
    if (!p.kanaName.isEmpty())
        out += u"<p style=\"font-size: 8.5pt\">"_s + html::esc(p.kanaName) + u"</p>"_s;
    out += u"<h1>"_s + html::esc(name.isEmpty() ? SummaryDocument::tr("(no name)") : name)
        + u"　<span style=\"font-size: 10pt; font-weight: normal\">"_s
        + html::esc(SummaryDocument::tr("Mr./Ms.")) + u"</span></h1></td>"_s;
    const QString birth = p.birthDate.isValid() ? format::date(p.birthDate)
            + (age ? SummaryDocument::tr(" (%n years)", nullptr, *age) : QString())
                                                : SummaryDocument::tr("unknown");
    auto fact = [](const QString &label, const QString &value) -> QString {
        return u"<tr><td class=\"muted\" style=\"font-size: 8pt\">"_s + html::esc(label)
            + u"</td><td style=\"font-size: 8.5pt\">"_s + html::esc(value) + u"</td></tr>"_s;
    };
    out += u"<td width=\"38%\"><table cellspacing=\"0\" cellpadding=\"1\">"_s
        + fact(SummaryDocument::tr("Birth date"), birth)
        + fact(SummaryDocument::tr("Sex"), sexText(p.sex))
        + fact(SummaryDocument::tr("Regional ID"), p.id)
        + fact(SummaryDocument::tr("Period"),
            format::period(options.effectiveFrom(today), options.effectiveTo(today)))
        + u"</table></td></tr></table>"_s
        + u"<hr style=\"height: 1px; background-color: #1d3c6e\"/>"_s;
    return out;
}

QString allergies(const PatientRecord &record)
{
    const auto &active = record.activeAllergies();
    QString out
        = html::heading(SummaryDocument::tr("Allergies and contraindications"), int(active.size()));
    if (active.empty())
        return out + html::note(SummaryDocument::tr("No allergy or contraindication recorded."));
    QList<QStringList> rows;
    for (int i : active) {
        const model::Allergy &a = record.resources().allergies.at(i);
        const bool high = a.criticality == u"high"_s;
        rows.append({ html::alertCell(a.display),
            html::cell(a.category == u"medication"_s ? SummaryDocument::tr("drug")
                    : a.category == u"food"_s        ? SummaryDocument::tr("food")
                                                     : a.category),
            html::cell(a.reactions.join(u"、"_s)),
            high ? html::alertCell(SummaryDocument::tr("high")) : html::cell(a.criticality),
            html::cell(format::facilityName(&record, record.facilityOf(ResourceKind::Allergy, i))),
            html::cell(partialDate(a.recorded)) });
    }
    return out
        + html::table({ SummaryDocument::tr("Substance"), SummaryDocument::tr("Kind"),
                          SummaryDocument::tr("Reaction"), SummaryDocument::tr("Criticality"),
                          SummaryDocument::tr("Recorded by"), SummaryDocument::tr("Recorded") },
            rows, { 26, 8, 22, 10, 22, 12 });
}

QString problems(const PatientRecord &record)
{
    std::vector<int> active = record.activeConditions();
    std::stable_sort(active.begin(), active.end(), [&record](int a, int b) {
        return record.timeOf(ResourceKind::Condition, a)
            > record.timeOf(ResourceKind::Condition, b);
    });
    // One line per problem: the same name from several facilities is listed once, with the
    // earliest date and every facility that records it.
    struct Line {
        QString name;
        bool primary = false;
        QString since;
        QStringList facilities;
    };
    QList<Line> lines;
    for (int i : active) {
        const model::Condition &c = record.resources().conditions.at(i);
        QString name = c.display;
        if (c.suspected)
            name += SummaryDocument::tr(" (suspected)");
        const QString since = partialDate(c.onset.isNull() ? c.recorded : c.onset);
        const QString facility
            = format::facilityName(&record, record.facilityOf(ResourceKind::Condition, i));
        auto same = std::find_if(
            lines.begin(), lines.end(), [&name](const Line &l) { return l.name == name; });
        if (same == lines.end()) {
            lines.append({ name, c.primary, since, { facility } });
            continue;
        }
        same->primary = same->primary || c.primary;
        if (!since.isEmpty() && (same->since.isEmpty() || since < same->since))
            same->since = since;
        if (!same->facilities.contains(facility))
            same->facilities.append(facility);
    }
    QList<QStringList> rows;
    for (const Line &l : std::as_const(lines))
        rows.append({ l.primary ? html::strongCell(l.name) : html::cell(l.name),
            html::cell(l.since), html::cell(l.facilities.join(u"、"_s)) });
    const QString out = html::heading(SummaryDocument::tr("Active problems"), int(rows.size()));
    if (rows.isEmpty())
        return out + html::note(SummaryDocument::tr("No active problem recorded."));
    return out
        + html::table({ SummaryDocument::tr("Problem"), SummaryDocument::tr("Since"),
                          SummaryDocument::tr("Facility") },
            rows, { 56, 14, 30 });
}

QString medications(const PatientRecord &record, const clinical::MedicationList &list, QDate asOf)
{
    const std::vector<int> current = list.current(asOf);
    QHash<int, QString> duplicateOf; // line → the other facility's name
    for (int d : list.duplicatesAsOf(asOf)) {
        const clinical::MedicationDuplicate &dup = list.duplicates().at(size_t(d));
        duplicateOf.insert(dup.lineA, format::facilityName(&record, dup.facilityB));
        duplicateOf.insert(dup.lineB, format::facilityName(&record, dup.facilityA));
    }
    QString out = html::heading(
        SummaryDocument::tr("Current medications (as of %1)").arg(format::date(asOf)),
        int(current.size()));
    if (current.empty())
        return out + html::note(SummaryDocument::tr("No medication current on this date."));
    QList<QStringList> rows;
    for (int l : current) {
        const clinical::MedicationLine &line = list.line(l);
        QString usage = line.usage;
        if (line.days)
            usage += SummaryDocument::tr(" × %n day(s)", nullptr, *line.days);
        const auto dup = duplicateOf.constFind(l);
        rows.append({ html::strongCell(line.name), html::cell(line.dose), html::cell(usage),
            html::cell(line.prescriber), html::cell(format::facilityName(&record, line.facility)),
            html::cell(format::date(line.start)),
            dup == duplicateOf.cend()
                ? html::cell(QString())
                : html::alertCell(SummaryDocument::tr("⚠ same ingredient: %1").arg(*dup)) });
    }
    out += html::table(
        { SummaryDocument::tr("Drug"), SummaryDocument::tr("Dose"), SummaryDocument::tr("Usage"),
            SummaryDocument::tr("Prescriber"), SummaryDocument::tr("Facility"),
            SummaryDocument::tr("Since"), SummaryDocument::tr("Duplicate") },
        rows, { 25, 6, 19, 10, 17, 11, 12 });
    if (!duplicateOf.isEmpty())
        out += html::note(SummaryDocument::tr("⚠ The same ingredient is prescribed by more than "
                                              "one facility: check with the prescribers."));
    return out;
}

QString labs(const clinical::LabTable &table, const SummaryOptions &options, QDate from, QDate to)
{
    const qint64 start = clinical::japanDayStart(from);
    const qint64 end = clinical::japanDayStart(to.addDays(1));
    struct Key {
        int row;
        std::vector<const clinical::LabCell *> cells; // newest first
    };
    std::vector<Key> keys;
    for (int r = 0; r < table.rowCount(); ++r) {
        Key key { r, {} };
        for (const clinical::LabCell &c : table.rowCells(r)) {
            const qint64 t = table.columnTime(c.column);
            if (t >= start && t < end)
                key.cells.push_back(&c);
        }
        if (!key.cells.empty())
            keys.push_back(std::move(key));
    }
    // The key tests: measured most often in the period (then table order).
    std::stable_sort(keys.begin(), keys.end(),
        [](const Key &a, const Key &b) { return a.cells.size() > b.cells.size(); });
    if (keys.size() > size_t(options.maxLabTests))
        keys.resize(size_t(options.maxLabTests));
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) { return a.row < b.row; });

    QString out = html::heading(SummaryDocument::tr("Recent laboratory results"));
    if (keys.empty())
        return out + html::note(SummaryDocument::tr("No result in this period."));
    const int n = std::max(1, options.labResultsPerTest);
    QStringList headers { SummaryDocument::tr("Test"), SummaryDocument::tr("Unit") };
    QList<int> widths { 24, 11 };
    for (int i = 0; i < n; ++i) {
        headers.append(i == 0 ? SummaryDocument::tr("Latest") : SummaryDocument::tr("Before"));
        widths.append(50 / n);
    }
    headers.append(SummaryDocument::tr("Range"));
    widths.append(15);
    QList<QStringList> rows;
    for (const Key &key : keys) {
        const clinical::LabRow &row = table.row(key.row);
        QStringList cells { html::cell(row.name), html::mutedCell(row.unit) };
        for (int i = 0; i < n; ++i) {
            if (size_t(i) >= key.cells.size()) {
                cells.append(html::cell(QString()));
                continue;
            }
            const clinical::LabCell &c = *key.cells.at(size_t(i));
            const QString letter = labs::flagLetter(c.flag);
            const QString value = table.cellText(key.row, c.column)
                + (letter.isEmpty() ? QString() : u" "_s + letter);
            const QString when = labs::dateText(table.columnDate(c.column));
            cells.append(u"<td>"_s
                + (c.isAbnormal() ? u"<span class=\"alert\">"_s + html::esc(value) + u"</span>"_s
                                  : html::esc(value))
                + u"<br/><span class=\"muted\" style=\"font-size: 7pt\">"_s + html::esc(when)
                + u"</span></td>"_s);
        }
        const clinical::LabCell &latest = *key.cells.front();
        cells.append(html::mutedCell(labs::rangeText(latest.low, latest.high)));
        rows.append(cells);
    }
    return out + html::table(headers, rows, widths);
}

QString encounters(const PatientRecord &record, const SummaryOptions &options, QDate from, QDate to)
{
    std::vector<int> found = record.inRange(ResourceKind::Encounter, from, to);
    std::reverse(found.begin(), found.end());
    const int total = int(found.size());
    if (found.size() > size_t(options.maxListRows))
        found.resize(size_t(options.maxListRows));
    QString out = html::heading(SummaryDocument::tr("Recent encounters"), total);
    if (found.empty())
        return out + html::note(SummaryDocument::tr("No encounter in this period."));
    QList<QStringList> rows;
    for (int i : found) {
        const model::Encounter &e = record.resources().encounters.at(i);
        QString kind;
        switch (e.encounterClass) {
        case model::Encounter::Class::Inpatient:
            kind = SummaryDocument::tr("admission");
            break;
        case model::Encounter::Class::Emergency:
            kind = SummaryDocument::tr("emergency");
            break;
        case model::Encounter::Class::HomeHealth:
            kind = SummaryDocument::tr("home visit");
            break;
        default:
            kind = SummaryDocument::tr("outpatient");
        }
        const QDate start = e.period.start.isNull() ? QDate() : e.period.start.date();
        const QDate stop = e.period.end.isNull() ? QDate() : e.period.end.date();
        rows.append({ html::cell(e.encounterClass == model::Encounter::Class::Inpatient
                              ? format::period(start, stop)
                              : format::date(start)),
            e.encounterClass == model::Encounter::Class::Inpatient ? html::strongCell(kind)
                                                                   : html::cell(kind),
            html::cell(
                format::facilityName(&record, record.facilityOf(ResourceKind::Encounter, i))),
            html::cell(e.department), html::cell(e.reason) });
    }
    if (total > int(found.size()))
        rows.append({ html::mutedCell(SummaryDocument::tr(
                          "… and %n older", nullptr, total - int(found.size()))),
            html::cell({}), html::cell({}), html::cell({}), html::cell({}) });
    return out
        + html::table({ SummaryDocument::tr("Date"), SummaryDocument::tr("Kind"),
                          SummaryDocument::tr("Facility"), SummaryDocument::tr("Department"),
                          SummaryDocument::tr("Reason") },
            rows, { 22, 10, 28, 16, 24 });
}

QString documents(const PatientRecord &record, const clinical::Documents &docs,
    const SummaryOptions &options, QDate from, QDate to)
{
    const qint64 start = clinical::japanDayStart(from);
    const qint64 end = clinical::japanDayStart(to.addDays(1));
    QList<QStringList> rows;
    int total = 0;
    for (int d = 0; d < docs.count(); ++d) {
        const clinical::DocumentEntry &entry = docs.entry(d);
        if (entry.time < start || entry.time >= end)
            continue;
        ++total;
        if (rows.size() >= options.maxListRows)
            continue;
        const model::ClinicalDocument &doc = docs.document(d);
        rows.append({ html::cell(labs::instantText(entry.time, false)),
            entry.kind == model::ClinicalDocument::Kind::DischargeSummary
                ? html::strongCell(entry.title)
                : html::cell(entry.title),
            html::cell(format::facilityName(&record, entry.facility)), html::cell(doc.author) });
    }
    QString out = html::heading(SummaryDocument::tr("Recent documents"), total);
    if (rows.isEmpty())
        return out + html::note(SummaryDocument::tr("No document in this period."));
    return out
        + html::table({ SummaryDocument::tr("Date"), SummaryDocument::tr("Document"),
                          SummaryDocument::tr("Facility"), SummaryDocument::tr("Author") },
            rows, { 14, 42, 28, 16 });
}

} // namespace

QString SummaryDocument::title()
{
    return tr("Patient summary");
}

QString SummaryDocument::html(const std::shared_ptr<const clinical::PatientRecord> &record,
    const SummaryOptions &options, const PrintContext &context)
{
    const QDate today
        = context.printedAt.isValid() ? context.printedAt.date() : QDate::currentDate();
    const QDate to = options.effectiveTo(today);
    const QDate from = options.effectiveFrom(today);
    QString body = header(*record, options, today);
    for (Section s : options.sections) {
        switch (s) {
        case Section::Allergies:
            body += allergies(*record);
            break;
        case Section::Problems:
            body += problems(*record);
            break;
        case Section::Medications:
            body += medications(*record, clinical::MedicationList::build(record), to);
            break;
        case Section::Labs:
            body += labs(clinical::LabTable::build(record), options, from, to);
            break;
        case Section::Encounters:
            body += encounters(*record, options, from, to);
            break;
        case Section::Documents:
            body += documents(*record, clinical::Documents::build(record), options, from, to);
            break;
        }
    }
    return u"<html><body>"_s + body + u"</body></html>"_s;
}

std::unique_ptr<QTextDocument> SummaryDocument::build(
    const std::shared_ptr<const clinical::PatientRecord> &record, const SummaryOptions &options,
    const PrintContext &context)
{
    return makeDocument(html(record, options, context), title());
}

int writeSummaryPdf(const std::shared_ptr<const clinical::PatientRecord> &record,
    const SummaryOptions &options, const PrintContext &context, const QString &path)
{
    auto doc = SummaryDocument::build(record, options, context);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    preparePrinter(printer, SummaryDocument::title());
    return PagePrinter::print(*doc, printer, context);
}

} // namespace renkei::ui::print
