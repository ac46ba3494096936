#include "exportcommand.h"

#include "clinical/patientrecord.h"
#include "languagemanager.h"
#include "net/networkpolicy.h"
#include "net/profilesecrets.h"
#include "print/summarydocument.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QSettings>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace renkei::cli {

namespace {

QDate parseDate(const QString &text)
{
    QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(text, u"yyyy/MM/dd"_s);
    return d;
}

} // namespace

bool ExportCommand::isExport(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--cache") == 0 || std::strcmp(a, "--passphrase-file") == 0) {
            ++i; // its value
            continue;
        }
        if (a[0] == '-')
            continue;
        return std::strcmp(a, "export") == 0; // the first word is the command
    }
    return false;
}

int ExportCommand::run(
    const QStringList &arguments, const GlobalOptions &globals, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a cached patient's summary as a PDF file (A4, the document the viewer "
           "prints). Recorded in the audit log beside the cache; refused when the network's "
           "policy forbids export."));
    addGlobalOptions(parser);
    parser.addOption({ u"pdf"_s, tr("The PDF file to write."), u"OUT.pdf"_s });
    parser.addOption({ u"sections"_s,
        tr("Sections, comma-separated (default: all): %1.")
            .arg(ui::print::sectionNames(ui::print::allSections()).join(u',')),
        u"LIST"_s });
    parser.addOption({ u"from"_s,
        tr("Start of the period (YYYY-MM-DD; default: a year before "
           "--to)."),
        u"DATE"_s });
    parser.addOption({ u"to"_s, tr("End of the period (YYYY-MM-DD; default: today)."), u"DATE"_s });
    parser.addOption(
        { u"by"_s, tr("Who prints, for the footer (default: the cache's account)."), u"NAME"_s });
    parser.addOption({ u"facility"_s,
        tr("Where it is printed, for the footer (default: the network's name)."), u"NAME"_s });
    parser.addOption({ u"language"_s,
        tr("The document's language: ja or en (default: the viewer's language, Japanese "
           "unless changed)."),
        u"LANG"_s });
    parser.addPositionalArgument(u"patient"_s,
        tr("The patient's key (renkei-cli patients), or a regional or facility patient id."),
        u"PATIENT"_s);
    int status = exitcode::ok;
    if (!parseCommand(parser, arguments, out, err, status))
        return status;

    ui::print::SummaryOptions options;
    QString bad;
    if (parser.isSet(u"sections"_s)) {
        const auto sections = ui::print::parseSections(parser.value(u"sections"_s), &bad);
        if (!sections || sections->isEmpty()) {
            err << tr("export: unknown section '%1'; the sections are %2.")
                       .arg(bad, ui::print::sectionNames(ui::print::allSections()).join(u','))
                << u'\n';
            return exitcode::usage;
        }
        options.sections = *sections;
    }
    for (const auto &[name, date] :
        { std::pair { u"from"_s, &options.from }, std::pair { u"to"_s, &options.to } }) {
        if (!parser.isSet(name))
            continue;
        *date = parseDate(parser.value(name));
        if (!date->isValid()) {
            err << tr("export: --%1 takes a date as YYYY-MM-DD.").arg(name) << u'\n';
            return exitcode::usage;
        }
    }
    const QString path = parser.value(u"pdf"_s);
    if (parser.positionalArguments().size() != 1 || path.isEmpty()) {
        err << tr("export: give one PATIENT and --pdf OUT.pdf.") << u"\n\n" << parser.helpText();
        return exitcode::usage;
    }
    const QDate today = QDate::currentDate();
    if (options.effectiveFrom(today) > options.effectiveTo(today)) {
        err << tr("export: the period ends before it starts.") << u'\n';
        return exitcode::usage;
    }

    auto session = CacheSession::open(
        globalOptions(parser, globals), CacheSession::Mode::MustExist, err, status);
    if (!session)
        return status;
    const auto patient = session->findPatient(parser.positionalArguments().first(), err);
    if (!patient)
        return exitcode::failed;

    // The policy of the patient's network and of the cache's: both must allow export.
    const auto settings = net::openViewerSettings();
    const QString cacheNetwork = session->scope().split(u':').value(1);
    const net::NetworkPolicy policy = net::effectivePolicy(*settings, patient->network)
                                          .stricter(net::effectivePolicy(*settings, cacheNetwork));
    audit::AuditDetails details;
    details.sections = ui::print::sectionNames(options.sections);
    details.target = QFileInfo(path).absoluteFilePath();
    if (!policy.exportAllowed) {
        details.outcome = audit::Outcome::Failure;
        details.reason = u"forbidden by the network's policy"_s;
        session->audit(audit::Action::Export, patient->key, details, err);
        err << tr("export: the network's policy (%1) does not allow exporting patient data; "
                  "nothing was written.")
                   .arg(patient->network)
            << u'\n';
        return exitcode::forbidden;
    }

    auto data = session->cache().loadPatient(patient->key);
    if (!data) {
        err << tr("export: the record cannot be opened: %1").arg(data.error().describe()) << u'\n';
        return exitcode::failed;
    }
    const auto record = clinical::PatientRecord::fromCache(std::move(*data));
    // No export without its audit entry: recorded first, then written.
    if (!session->audit(audit::Action::Export, patient->key, details, err))
        return exitcode::failed;
    const QString account = session->scope().split(u':').value(2);
    const ui::print::PrintContext context { parser.isSet(u"by"_s) ? parser.value(u"by"_s) : account,
        parser.isSet(u"facility"_s) ? parser.value(u"facility"_s) : patient->network,
        QDateTime::currentDateTime() };
    ui::LanguageManager languages; // the headings in the viewer's language (Japanese first)
    languages.setLanguage(parser.isSet(u"language"_s)
            ? parser.value(u"language"_s)
            : ui::LanguageManager::savedLanguage(*settings));
    const int pages = ui::print::writeSummaryPdf(record, options, context, path);
    if (pages <= 0) {
        details.outcome = audit::Outcome::Failure;
        details.reason = u"the file could not be written"_s;
        session->audit(audit::Action::Export, patient->key, details, err);
        err << tr("export: %1 could not be written.").arg(path) << u'\n';
        return exitcode::failed;
    }
    out << tr("Wrote %1 (%n page(s)).", nullptr, pages).arg(path) << u'\n';
    return exitcode::ok;
}

} // namespace renkei::cli
