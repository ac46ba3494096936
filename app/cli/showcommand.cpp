#include "showcommand.h"

#include "inspect/modeljson.h"
#include "textformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace renkei::cli {

namespace {

const QStringList kViews { u"all"_s, u"labs"_s, u"meds"_s, u"docs"_s, u"timeline"_s };

// Newest first; undated values last, in the order they came.
template <typename T, typename When>
void newestFirst(QList<T> &values, When when)
{
    std::stable_sort(values.begin(), values.end(), [&](const T &a, const T &b) {
        const model::PartialDateTime &left = when(a);
        const model::PartialDateTime &right = when(b);
        if (left.isNull() || right.isNull())
            return !left.isNull() && right.isNull();
        return right < left;
    });
}

void sortRecord(model::ResourceSet &r)
{
    newestFirst(
        r.encounters, [](const model::Encounter &e) -> const auto & { return e.period.start; });
    newestFirst(
        r.labs, [](const model::LabResult &l) -> const auto & { return l.effective; });
    newestFirst(
        r.medications, [](const model::Medication &m) -> const auto & { return m.start; });
    newestFirst(
        r.documents, [](const model::ClinicalDocument &d) -> const auto & { return d.date; });
    newestFirst(
        r.conditions, [](const model::Condition &c) -> const auto & {
            return c.onset.isNull() ? c.recorded : c.onset;
        });
    newestFirst(
        r.allergies, [](const model::Allergy &a) -> const auto & { return a.recorded; });
    // The same Organization often comes with several resources: once, by its code or name.
    QList<model::Facility> facilities;
    QSet<QString> seen;
    for (const model::Facility &f : std::as_const(r.facilities)) {
        const QString key = !f.code10.isEmpty() ? f.code10 : f.name + u'|' + f.id;
        if (!seen.contains(key)) {
            seen.insert(key);
            facilities.append(f);
        }
    }
    r.facilities = facilities;
}

// One line of the timeline: when, what kind, and the value itself.
struct TimelineEntry {
    model::PartialDateTime date;
    QString type; // encounter | lab | medication | document | condition | allergy
    QString summary;
    QJsonObject json;
};

QList<TimelineEntry> timeline(const model::ResourceSet &r)
{
    QList<TimelineEntry> entries;
    for (const model::Encounter &e : r.encounters)
        entries.append({ e.period.start, u"encounter"_s,
            model::encounterClassCode(e.encounterClass) + u"  "_s + e.facility.name + u' '
                + e.department,
            inspect::toJson(e) });
    for (const model::LabResult &l : r.labs)
        entries.append({ l.effective, u"lab"_s,
            l.display + u"  "_s + l.valueText() + u' ' + l.unit + u"  "_s
                + model::labFlagCode(l.flag),
            inspect::toJson(l) });
    for (const model::Medication &m : r.medications)
        entries.append(
            { m.start, u"medication"_s, m.name + u"  "_s + m.usageText, inspect::toJson(m) });
    for (const model::ClinicalDocument &d : r.documents)
        entries.append(
            { d.date, u"document"_s, d.title + u"  "_s + d.facility.name, inspect::toJson(d) });
    for (const model::Condition &c : r.conditions)
        entries.append({ c.onset.isNull() ? c.recorded : c.onset, u"condition"_s,
            c.display + u"  "_s + c.clinicalStatus, inspect::toJson(c) });
    for (const model::Allergy &a : r.allergies)
        entries.append(
            { a.recorded, u"allergy"_s, a.display + u"  "_s + a.criticality, inspect::toJson(a) });
    newestFirst(
        entries, [](const TimelineEntry &e) -> const auto & { return e.date; });
    return entries;
}

template <typename T>
QJsonArray toArray(const QList<T> &values)
{
    QJsonArray out;
    for (const T &v : values)
        out.append(inspect::toJson(v));
    return out;
}

QStringList problemTexts(const cache::PatientRecordData &record)
{
    QStringList out;
    for (Error e : record.problems) {
        e.where.clear();
        out.append(e.describe());
    }
    return out;
}

QJsonObject recordJson(const cache::PatientRecordData &record, const QString &view)
{
    const model::ResourceSet &r = record.resources;
    QJsonObject o { { u"patient"_s, patientJson(record.patient) }, { u"view"_s, view },
        { u"complete"_s, record.problems.isEmpty() },
        { u"problems"_s, QJsonArray::fromStringList(problemTexts(record)) } };
    if (view == u"all"_s) {
        o.insert(u"facilities"_s, toArray(r.facilities));
        o.insert(u"encounters"_s, toArray(r.encounters));
        o.insert(u"conditions"_s, toArray(r.conditions));
        o.insert(u"allergies"_s, toArray(r.allergies));
    }
    if (view == u"all"_s || view == u"labs"_s)
        o.insert(u"labs"_s, toArray(r.labs));
    if (view == u"all"_s || view == u"meds"_s)
        o.insert(u"medications"_s, toArray(r.medications));
    if (view == u"all"_s || view == u"docs"_s)
        o.insert(u"documents"_s, toArray(r.documents));
    if (view == u"timeline"_s) {
        QJsonArray entries;
        for (const TimelineEntry &e : timeline(r))
            entries.append(QJsonObject { { u"date"_s, inspect::toJson(e.date) },
                { u"type"_s, e.type }, { u"entry"_s, e.json } });
        o.insert(u"timeline"_s, entries);
    }
    return o;
}

void printHeader(const cache::PatientRecordData &record, QTextStream &out)
{
    const cache::CachedPatient &p = record.patient;
    out << patientDisplayName(p) << u"  "_s
        << (p.birthDate.isValid() ? p.birthDate.toString(u"yyyy/MM/dd"_s) : u"----/--/--"_s)
        << u"  "_s << (p.sex.isEmpty() ? u"unknown"_s : p.sex) << u'\n'
        << ShowCommand::tr("key %1, network %2, id %3").arg(p.key, p.network, p.patientId) << u'\n';
    if (!record.problems.isEmpty()) {
        out << ShowCommand::tr("INCOMPLETE: %n part(s) of this record could not be opened:",
            nullptr, int(record.problems.size()))
            << u'\n';
        for (const QString &text : problemTexts(record))
            out << u"  "_s << text << u'\n';
    }
}

void printLabs(const model::ResourceSet &r, QTextStream &out)
{
    out << u'\n' << ShowCommand::tr("検査結果 Lab results (%1)").arg(r.labs.size()) << u'\n';
    for (const model::LabResult &l : r.labs)
        out << u"  "_s << dateText(l.effective) << u"  "_s << l.display << u"  "_s << l.valueText()
            << u' ' << l.unit << u"  "_s << rangeText(l.range) << u"  "_s
            << model::labFlagCode(l.flag) << u"  "_s << l.jlac10() << u"  "_s << l.facility.name
            << u'\n';
}

void printMeds(const model::ResourceSet &r, QTextStream &out)
{
    out << u'\n' << ShowCommand::tr("処方・投薬 Medications (%1)").arg(r.medications.size())
        << u'\n';
    for (const model::Medication &m : r.medications) {
        out << u"  "_s << dateText(m.start) << u" – "_s << dateText(m.end) << u"  "_s << m.name;
        if (m.dose)
            out << u"  "_s << QString::number(*m.dose, 'g', 10) << m.doseUnit;
        out << u"  "_s << m.usageText;
        if (m.days)
            out << u"  "_s << ShowCommand::tr("%n day(s)", nullptr, *m.days);
        if (m.asNeeded)
            out << u"  "_s << ShowCommand::tr("頓用 as needed");
        out << u"  "_s << m.facility.name << u'\n';
    }
}

void printDocs(const model::ResourceSet &r, QTextStream &out)
{
    out << u'\n' << ShowCommand::tr("文書 Documents (%1)").arg(r.documents.size()) << u'\n';
    for (const model::ClinicalDocument &d : r.documents) {
        out << u"  "_s << dateText(d.date) << u"  "_s << model::documentKindCode(d.kind) << u"  "_s
            << d.title << u"  "_s << d.author << u"  "_s << d.facility.name << u'\n';
        printSections(out, d.sections, 0);
        for (const model::Attachment &a : d.attachments)
            out << u"    "_s
                << ShowCommand::tr("attachment: %1, %2 bytes")
                       .arg(a.contentType,
                           a.byteCount() < 0 ? u"?"_s : QString::number(a.byteCount()))
                << u'\n';
    }
}

void printAll(const model::ResourceSet &r, QTextStream &out)
{
    out << u'\n' << ShowCommand::tr("受診 Encounters (%1)").arg(r.encounters.size()) << u'\n';
    for (const model::Encounter &e : r.encounters)
        out << u"  "_s << dateText(e.period.start) << u"  "_s
            << model::encounterClassCode(e.encounterClass) << u"  "_s << e.facility.name << u' '
            << e.department << u'\n';
    out << u'\n' << ShowCommand::tr("病名 Conditions (%1)").arg(r.conditions.size()) << u'\n';
    for (const model::Condition &c : r.conditions)
        out << u"  "_s << dateText(c.onset) << u"  "_s << c.display << u"  "_s << c.clinicalStatus
            << u'\n';
    out << u'\n' << ShowCommand::tr("アレルギー Allergies (%1)").arg(r.allergies.size()) << u'\n';
    for (const model::Allergy &a : r.allergies)
        out << u"  "_s << a.display << u"  "_s << a.criticality << u'\n';
    printLabs(r, out);
    printMeds(r, out);
    printDocs(r, out);
}

void printTimeline(const model::ResourceSet &r, QTextStream &out)
{
    const QList<TimelineEntry> entries = timeline(r);
    out << u'\n' << ShowCommand::tr("経過 Timeline (%1)").arg(entries.size()) << u'\n';
    for (const TimelineEntry &e : entries)
        out << u"  "_s << dateText(e.date) << u"  "_s << e.type.leftJustified(10) << u"  "_s
            << e.summary << u'\n';
}

} // namespace

int ShowCommand::run(
    const QStringList &arguments, const GlobalOptions &globals, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows a cached patient's record. Opening it is recorded in the audit log beside the "
           "cache and counts as viewing it (retention)."));
    addGlobalOptions(parser);
    parser.addOption({ u"view"_s, tr("labs, meds, docs or timeline (default: everything)."),
        u"VIEW"_s, u"all"_s });
    parser.addOption({ u"json"_s, tr("Print one JSON object (the format in docs/cli.md).") });
    parser.addPositionalArgument(u"patient"_s,
        tr("The patient's key (renkei-cli patients), or a regional or facility patient id."),
        u"PATIENT"_s);
    int status = exitcode::ok;
    if (!parseCommand(parser, arguments, out, err, status))
        return status;
    const QString view = parser.value(u"view"_s);
    if (parser.positionalArguments().size() != 1 || !kViews.contains(view)) {
        err << tr("show: give one PATIENT, and --view labs, meds, docs or timeline.") << u"\n\n"
            << parser.helpText();
        return exitcode::usage;
    }
    auto session = CacheSession::open(
        globalOptions(parser, globals), CacheSession::Mode::MustExist, err, status);
    if (!session)
        return status;
    const auto patient = session->findPatient(parser.positionalArguments().first(), err);
    if (!patient)
        return exitcode::failed;
    auto record = session->cache().loadPatient(patient->key);
    if (!record) {
        err << tr("show: the record cannot be opened: %1").arg(record.error().describe()) << u'\n';
        return exitcode::failed;
    }
    // No view without its audit entry.
    audit::AuditDetails details;
    details.sections = { view };
    if (!record->problems.isEmpty())
        details.message = u"incomplete: %1 part(s) quarantined"_s.arg(record->problems.size());
    if (!session->audit(audit::Action::Open, patient->key, details, err))
        return exitcode::failed;
    if (auto touched = session->cache().touchPatient(patient->key); !touched)
        err << tr("show: the last-viewed time could not be recorded: %1")
                   .arg(touched.error().describe())
            << u'\n';
    sortRecord(record->resources);
    if (parser.isSet(u"json"_s)) {
        out << QString::fromUtf8(
            QJsonDocument(recordJson(*record, view)).toJson(QJsonDocument::Indented));
    } else {
        printHeader(*record, out);
        const model::ResourceSet &r = record->resources;
        if (view == u"labs"_s)
            printLabs(r, out);
        else if (view == u"meds"_s)
            printMeds(r, out);
        else if (view == u"docs"_s)
            printDocs(r, out);
        else if (view == u"timeline"_s)
            printTimeline(r, out);
        else
            printAll(r, out);
    }
    out.flush();
    return record->problems.isEmpty() ? exitcode::ok : exitcode::failed;
}

} // namespace renkei::cli
