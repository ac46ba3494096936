#include "inspectcommand.h"

#include "inspect/inspect.h"
#include "textformat.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace renkei::cli {

namespace {

void printText(QTextStream &out, const inspect::Report &report)
{
    for (const inspect::FileReport &f : report.files) {
        if (f.ok)
            out << InspectCommand::tr("OK        %1 (%n value(s))", nullptr, int(f.resourceCount))
                       .arg(f.path);
        else
            out << InspectCommand::tr("REJECTED  %1: %2").arg(f.path, f.error);
        out << u'\n';
        for (const QString &w : f.warnings)
            out << u"          "_s << InspectCommand::tr("warning: %1").arg(w) << u'\n';
    }
    const model::ResourceSet &r = report.resources;
    if (!r.patients.isEmpty())
        out << u'\n' << InspectCommand::tr("Patients") << u'\n';
    for (const model::Patient &p : r.patients) {
        out << u"  "_s << p.displayName();
        if (!p.kanaName.isEmpty() && p.kanaName != p.displayName())
            out << u"（"_s << p.kanaName << u"）"_s;
        out << u"  "_s << (p.birthDate.isValid() ? p.birthDate.toString(u"yyyy/MM/dd"_s) : u"?"_s)
            << u"  "_s << model::sexCode(p.sex) << u'\n';
    }
    if (!r.facilities.isEmpty())
        out << u'\n' << InspectCommand::tr("Facilities") << u'\n';
    for (const model::Facility &f : r.facilities)
        out << u"  "_s << f.name << u"  "_s << f.code10 << u'\n';
    if (!r.encounters.isEmpty())
        out << u'\n' << InspectCommand::tr("Encounters") << u'\n';
    for (const model::Encounter &e : r.encounters)
        out << u"  "_s << dateText(e.period.start) << u"  "_s
            << model::encounterClassCode(e.encounterClass) << u"  "_s << e.facility.name << u'\n';
    if (!r.labs.isEmpty())
        out << u'\n' << InspectCommand::tr("Lab results") << u'\n';
    for (const model::LabResult &l : r.labs)
        out << u"  "_s << dateText(l.effective) << u"  "_s << l.display << u"  "_s << l.valueText()
            << u' ' << l.unit << u"  "_s << rangeText(l.range) << u"  "_s
            << model::labFlagCode(l.flag) << u"  "_s << l.jlac10() << u'\n';
    if (!r.medications.isEmpty())
        out << u'\n' << InspectCommand::tr("Medications") << u'\n';
    for (const model::Medication &m : r.medications) {
        out << u"  "_s << dateText(m.start) << u"  "_s << m.name;
        if (m.dose)
            out << u"  "_s << QString::number(*m.dose, 'g', 10) << m.doseUnit;
        out << u"  "_s << m.usageText;
        if (m.days)
            out << u"  "_s << InspectCommand::tr("%n day(s)", nullptr, *m.days);
        out << u'\n';
    }
    if (!r.documents.isEmpty())
        out << u'\n' << InspectCommand::tr("Documents") << u'\n';
    for (const model::ClinicalDocument &d : r.documents) {
        out << u"  "_s << dateText(d.date) << u"  "_s << model::documentKindCode(d.kind) << u"  "_s
            << d.title << u'\n';
        printSections(out, d.sections, 0);
        for (const model::Attachment &a : d.attachments)
            out << u"    "_s
                << InspectCommand::tr("attachment: %1, %2 bytes")
                       .arg(a.contentType)
                       .arg(a.byteCount())
                << u'\n';
    }
    if (!r.conditions.isEmpty())
        out << u'\n' << InspectCommand::tr("Conditions") << u'\n';
    for (const model::Condition &c : r.conditions)
        out << u"  "_s << c.display << u"  "_s << c.clinicalStatus << u'\n';
    if (!r.allergies.isEmpty())
        out << u'\n' << InspectCommand::tr("Allergies") << u'\n';
    for (const model::Allergy &a : r.allergies)
        out << u"  "_s << a.display << u"  "_s << a.criticality << u'\n';
}

} // namespace

int InspectCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads FHIR R4 JSON or NDJSON files (or folders of them) and prints what was "
           "understood."));
    parser.addHelpOption();
    parser.addOption({ u"json"_s, tr("Print one JSON object (the format in docs/cli.md).") });
    parser.addPositionalArgument(u"paths"_s, tr("Files or folders to read."), u"PATH..."_s);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u'\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err << tr("inspect: give at least one file or folder.") << u'\n' << parser.helpText();
        return 2;
    }
    const inspect::Report report = inspect::run(paths);
    if (parser.isSet(u"json"_s))
        out << QString::fromUtf8(
            QJsonDocument(inspect::toJson(report)).toJson(QJsonDocument::Indented));
    else
        printText(out, report);
    out.flush();
    return report.allOk() ? 0 : 1;
}

} // namespace renkei::cli
