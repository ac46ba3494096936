#include "importcommand.h"

#include "cache/fhirimport.h"
#include "inspect/inspect.h"
#include "ssmix2/import.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::cli {

namespace {

const QString kDefaultNetwork = u"import"_s;

// An SS-MIX2 storage (a root or one patient's folder) as a second source of the network
// (docs/ssmix2.md): its patients join the network's patients that hold the facility's patient id.
// Returns false when a file of it could not be read or the cache refused a page (each named).
bool importSsmix2(cache::Cache &cache, const QString &root, const ssmix2::ImportOptions &options,
    QTextStream &out, QTextStream &err)
{
    const auto summary = ssmix2::importStorage(cache, root, options);
    if (!summary) {
        err << ImportCommand::tr("import: the SS-MIX2 storage %1 was not imported: %2")
                   .arg(root, summary.error().describe())
            << u'\n';
        return false;
    }
    out << ImportCommand::tr("SS-MIX2   %1: %2 file(s) found, %3 read")
               .arg(root)
               .arg(summary->files)
               .arg(summary->filesRead)
        << u'\n';
    bool ok = true;
    for (const ssmix2::FileIssue &issue : summary->issues) {
        const bool error = issue.severity == ssmix2::FileIssue::Severity::Error;
        ok = ok && !error;
        out << u"          "_s
            << (error ? ImportCommand::tr("not read: %1: %2")
                      : ImportCommand::tr("warning: %1: %2"))
                   .arg(issue.path, issue.message)
            << u'\n';
    }
    for (auto it = summary->notMapped.cbegin(); it != summary->notMapped.cend(); ++it) {
        out << u"          "_s
            << ImportCommand::tr("not mapped by this version: %1 (%n file(s))", nullptr, it.value())
                   .arg(it.key())
            << u'\n';
    }
    out << ImportCommand::tr(
        "Imported into network '%1' as source '%2': %n patient(s)", nullptr, summary->patients)
               .arg(options.network, options.source)
        << u", "_s
        << ImportCommand::tr("%1 joined to the network's patients by the facility's patient id; "
                             "%2 resource(s) written, %3 unchanged, %4 removed (older versions, "
                             "cancelled orders)")
               .arg(summary->matched)
               .arg(summary->resources)
               .arg(summary->unchanged)
               .arg(summary->deleted)
        << u'\n';
    if (summary->withoutFacilityCode > 0) {
        out << u"          "_s
            << ImportCommand::tr("%n patient(s) could not be joined: the storage's facility code "
                                 "is not known (give --facility-code)",
                   nullptr, summary->withoutFacilityCode)
            << u'\n';
    }
    return ok;
}

void printReport(const cache::ImportReport &report, const QString &network, QTextStream &out)
{
    for (const cache::ImportFile &f : report.files) {
        if (f.ok)
            out << ImportCommand::tr("OK        %1 (%n resource(s))", nullptr, int(f.resources))
                       .arg(f.path);
        else
            out << ImportCommand::tr("REJECTED  %1: %2").arg(f.path, f.error);
        out << u'\n';
        for (const QString &w : f.warnings)
            out << u"          "_s << ImportCommand::tr("warning: %1").arg(w) << u'\n';
    }
    out << u'\n'
        << ImportCommand::tr(
               "Imported into network '%1': %n patient(s)", nullptr, int(report.patients.size()))
               .arg(network)
        << u'\n';
    for (const cache::ImportedPatient &p : report.patients) {
        out << u"  "_s << p.key << u"  "_s
            << ImportCommand::tr("id %1: %2 written, %3 older than the cached version kept")
                   .arg(p.patient.patientId)
                   .arg(p.stats.written)
                   .arg(p.stats.skippedOlder);
        if (!p.withPatientResource)
            out << u"  "_s << ImportCommand::tr("(no Patient resource: no name yet)");
        out << u'\n';
    }
    if (report.unresolved > 0)
        out << ImportCommand::tr("%n resource(s) not imported: their patient could not be found.",
            nullptr, int(report.unresolved))
            << u'\n';
    if (report.unreferencedShared > 0)
        out << ImportCommand::tr("%n shared resource(s) (Organization, Practitioner, ...) not "
                                 "stored: no imported patient refers to them.",
            nullptr, int(report.unreferencedShared))
            << u'\n';
}

} // namespace

int ImportCommand::run(
    const QStringList &arguments, const GlobalOptions &globals, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports FHIR R4 JSON / NDJSON files (or folders of them) into the encrypted cache, "
           "each patient's resources under PatientRef{network, patient id}, and SS-MIX2 "
           "storages (a root or one patient's folder), whose patients join the network's "
           "patients that hold the facility's patient id (docs/ssmix2.md)."));
    addGlobalOptions(parser);
    parser.addOption({ u"network"_s,
        tr("The network the imported patients belong to (default: %1). Importing with the name "
           "of a network the cache syncs from merges into that network's patients.")
            .arg(kDefaultNetwork),
        u"NAME"_s, kDefaultNetwork });
    parser.addOption({ u"facility-code"_s,
        tr("SS-MIX2: the storage's facility, its 10-digit 医療機関コード (default: from MSH-4 or "
           "MSH-6). Patients join the network's patients whose identifier "
           "urn:oid:1.2.392.100495.20.3.51.1<code> holds their id."),
        u"CODE"_s });
    parser.addOption(
        { u"facility-name"_s, tr("SS-MIX2: the storage's facility name."), u"NAME"_s });
    parser.addOption({ u"source"_s,
        tr("SS-MIX2: the storage's name within the network, the same at every import (default: "
           "ssmix2:<facility code>, or ssmix2 without --facility-code)."),
        u"NAME"_s });
    parser.addOption({ u"keep-cancelled"_s,
        tr("SS-MIX2: keep cancelled orders (condition flag 0), shown struck through; by default "
           "they are removed.") });
    parser.addPositionalArgument(u"paths"_s, tr("Files or folders to import."), u"PATH..."_s);
    int status = exitcode::ok;
    if (!parseCommand(parser, arguments, out, err, status))
        return status;
    const QStringList paths = parser.positionalArguments();
    const QString network = parser.value(u"network"_s).trimmed();
    if (paths.isEmpty() || network.isEmpty()) {
        err << tr("import: give a network name and at least one file or folder.") << u"\n\n"
            << parser.helpText();
        return exitcode::usage;
    }
    auto session = CacheSession::open(
        globalOptions(parser, globals), CacheSession::Mode::CreateIfMissing, err, status);
    if (!session)
        return status;
    QStringList ssmix2Roots;
    const QStringList files = inspect::expandPaths(paths, &ssmix2Roots);
    ssmix2::ImportOptions ssmix2Options;
    ssmix2Options.network = network;
    ssmix2Options.storage.facilityCode = parser.value(u"facility-code"_s).trimmed();
    ssmix2Options.storage.facilityName = parser.value(u"facility-name"_s).trimmed();
    ssmix2Options.source = parser.value(u"source"_s).trimmed();
    if (ssmix2Options.source.isEmpty()) {
        ssmix2Options.source = ssmix2Options.storage.facilityCode.isEmpty()
            ? u"ssmix2"_s
            : u"ssmix2:"_s + ssmix2Options.storage.facilityCode;
    }
    if (parser.isSet(u"keep-cancelled"_s))
        ssmix2Options.storage.cancelled = ssmix2::StorageOptions::Cancelled::Keep;
    bool ok = true;
    for (const QString &root : std::as_const(ssmix2Roots))
        ok = importSsmix2(session->cache(), root, ssmix2Options, out, err) && ok;
    if (files.isEmpty() && !ssmix2Roots.isEmpty()) {
        out.flush();
        return ok ? exitcode::ok : exitcode::failed; // SS-MIX2 only: no FHIR report
    }
    const cache::ImportReport report = cache::importFhirFiles(session->cache(), files, network);
    printReport(report, network, out);
    for (const Error &e : report.writeErrors)
        err << tr("import: the cache refused a page: %1").arg(e.describe()) << u'\n';
    out.flush();
    return ok && report.allOk() ? exitcode::ok : exitcode::failed;
}

} // namespace renkei::cli
