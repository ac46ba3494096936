// renkei-cli: command line and wiring only. Each command lives in its own file beside this one.
#include "auditcommand.h"
#include "demo/serverdemo.h"
#include "inspectcommand.h"
#include "util/buildinfo.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static QString usage()
    {
        return tr(
            "Usage: renkei-cli COMMAND [OPTIONS]\n"
            "\n"
            "Commands:\n"
            "  inspect PATH... [--json]   read FHIR JSON / NDJSON files and print what was "
            "understood\n"
            "  serve-demo [OPTIONS]       run the demo regional network (FHIR R4 + OAuth 2.0) "
            "on 127.0.0.1\n"
            "  audit verify|export        check the audit log's chain, or write it as FHIR "
            "AuditEvents\n"
            "  --version                  print the version and exit\n"
            "  --help                     print this help\n"
            "\n"
            "renkei-cli COMMAND --help prints a command's options.\n");
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Renkei"_s);
    QCoreApplication::setApplicationName(u"renkei-cli"_s);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
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
    if (command == u"audit"_s)
        return renkei::cli::AuditCommand::run(args, out, err);
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
