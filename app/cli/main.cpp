// renkei-cli: command line and wiring only. Each command lives in its own file beside this one.
#include "auditcommand.h"
#include "cachesession.h"
#include "demo/serverdemo.h"
#ifdef RENKEI_CLI_EXPORT
#include "exportcommand.h"

#include <QGuiApplication>
#endif
#include "forgetcommand.h"
#include "importcommand.h"
#include "inspectcommand.h"
#include "networkcommand.h"
#include "patientscommand.h"
#include "purgecommand.h"
#include "showcommand.h"
#include "synccommand.h"
#include "util/buildinfo.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static QString usage()
    {
        return tr(
            "Usage: renkei-cli [--cache DIR] [--passphrase-file F] COMMAND [OPTIONS]\n"
            "\n"
            "Commands:\n"
            "  inspect PATH... [--json]   read FHIR JSON / NDJSON files and print what was "
            "understood\n"
            "  import PATH...             FHIR files and SS-MIX2 storages into the encrypted "
            "cache\n"
            "  patients [--json]          list the cached patients\n"
            "  show PATIENT [--view labs|meds|docs|timeline] [--json]\n"
            "                             a cached patient's record (audited)\n"
            "  forget PATIENT             erase one patient from the cache at once\n"
            "  purge [--days N]           forget the patients not viewed for N days (90)\n"
            "  sync --network NAME PATIENT | --patients FILE\n"
            "                             pull patients' records from a network into the cache\n"
            "  serve-demo [OPTIONS]       run the demo regional network (FHIR R4 + OAuth 2.0) "
            "on 127.0.0.1\n"
            "  audit verify|export        check the audit log's chain, or write it as FHIR "
            "AuditEvents\n"
            "  network add|list|remove    the regional network profiles of this workstation\n"
            "  export PATIENT --pdf OUT.pdf [--sections LIST] [--from D] [--to D]\n"
            "                             a cached patient's summary as PDF (audited)\n"
            "  --version                  print the version and exit\n"
            "  --help                     print this help\n"
            "\n"
            "Global options (for the cache commands):\n"
            "  --cache DIR                the cache folder (default: the CLI's own)\n"
            "  --passphrase-file F        unlock the cache with the passphrase in F (- for "
            "standard input) instead of the OS keychain\n"
            "\n"
            "renkei-cli COMMAND --help prints a command's options. Exit status: 0 done, 1 "
            "something rejected or failed, 2 bad usage, 3 the cache could not be opened.\n");
    }
};

} // namespace

int main(int argc, char *argv[])
{
#ifdef RENKEI_CLI_EXPORT
    // `export` lays out and prints a document: a GUI application on the offscreen platform (no
    // display needed); every other command stays a core application.
    std::unique_ptr<QCoreApplication> application;
    if (renkei::cli::ExportCommand::isExport(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setOrganizationName(u"Renkei"_s);
    QCoreApplication::setApplicationName(u"renkei-cli"_s);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    renkei::cli::GlobalOptions globals;
    if (QString problem; !renkei::cli::takeGlobalOptions(args, globals, problem)) {
        err << problem << u"\n\n" << Cli::usage();
        return 2;
    }
    if (args.size() < 2) {
        err << Cli::usage();
        return 2;
    }
    const QString command = args.at(1);
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        out << Cli::usage();
        return 0;
    }
    if (command == u"--version"_s || command == u"-v"_s || command == u"version"_s) {
        out << renkei::buildInfo().versionText() << u'\n';
        return 0;
    }
    // The command's own parser sees "renkei-cli inspect ..." as its program name + options.
    args.removeAt(1);
    args[0] = u"renkei-cli "_s + command;
    if (command == u"inspect"_s)
        return renkei::cli::InspectCommand::run(args, out, err);
    if (command == u"import"_s)
        return renkei::cli::ImportCommand::run(args, globals, out, err);
    if (command == u"patients"_s)
        return renkei::cli::PatientsCommand::run(args, globals, out, err);
    if (command == u"sync"_s)
        return renkei::cli::SyncCommand::run(args, globals, out, err);
    if (command == u"show"_s)
        return renkei::cli::ShowCommand::run(args, globals, out, err);
    if (command == u"forget"_s)
        return renkei::cli::ForgetCommand::run(args, globals, out, err);
    if (command == u"purge"_s)
        return renkei::cli::PurgeCommand::run(args, globals, out, err);
    if (command == u"export"_s) {
#ifdef RENKEI_CLI_EXPORT
        return renkei::cli::ExportCommand::run(args, globals, out, err);
#else
        err << Cli::tr("renkei-cli: this build has no export (it was built without the UI).")
            << u'\n';
        return 1;
#endif
    }
    if (command == u"audit"_s) {
        // renkei-cli --cache DIR audit ...: the log beside that cache, with its passphrase.
        if (!globals.cacheDir.isEmpty() && !args.contains(u"--log"_s))
            args << u"--log"_s << globals.cacheDir + u"/audit.sqlite"_s;
        if (!globals.passphraseFile.isEmpty() && !args.contains(u"--passphrase-file"_s))
            args << u"--passphrase-file"_s << globals.passphraseFile;
        return renkei::cli::AuditCommand::run(args, out, err);
    }
    if (command == u"network"_s) {
        if (!globals.passphraseFile.isEmpty()) // the vault's passphrase, as for the cache
            args << u"--passphrase-file"_s << globals.passphraseFile;
        return renkei::cli::NetworkCommand::run(args, out, err);
    }
    if (command == u"serve-demo"_s) {
        const QStringList options = args.mid(1);
        if (options.contains(u"--help"_s) || options.contains(u"-h"_s)) {
            out << renkei::demo::serveDemoUsage();
            return 0;
        }
        return renkei::demo::runServeDemo(options);
    }
    err << Cli::tr("renkei-cli: unknown command '%1'.").arg(command) << u"\n\n" << Cli::usage();
    return 2;
}
