#include "importcommand.h"

#include "cache/fhirimport.h"
#include "inspect/inspect.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::cli {

namespace {

const QString kDefaultNetwork = u"import"_s;

// The hook for SS-MIX2 storages: the SS-MIX2 -> cache import arrives as its own function; until
// it is wired here, a storage is reported and nothing of it is imported. Returns whether the
// storage was imported.
bool importSsmix2(cache::Cache &, const QString &root, const QString &, QTextStream &out)
{
    out << ImportCommand::tr("NOT YET   %1: an SS-MIX2 storage; importing SS-MIX2 into the cache "
                             "arrives with the SS-MIX2 import function (renkei-cli inspect reads "
                             "it today).")
               .arg(root)
        << u'\n';
    return false;
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
           "each patient's resources under PatientRef{network, patient id}."));
    addGlobalOptions(parser);
    parser.addOption({ u"network"_s,
        tr("The network the imported patients belong to (default: %1). Importing with the name "
           "of a network the cache syncs from merges into that network's patients.")
            .arg(kDefaultNetwork),
        u"NAME"_s, kDefaultNetwork });
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
    bool ok = true;
    for (const QString &root : std::as_const(ssmix2Roots))
        ok = importSsmix2(session->cache(), root, network, out) && ok;
    const cache::ImportReport report = cache::importFhirFiles(session->cache(), files, network);
    printReport(report, network, out);
    for (const Error &e : report.writeErrors)
        err << tr("import: the cache refused a page: %1").arg(e.describe()) << u'\n';
    out.flush();
    return ok && report.allOk() ? exitcode::ok : exitcode::failed;
}

} // namespace renkei::cli
