#include "patientscommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace renkei::cli {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy/MM/dd HH:mm"_s) : u"-"_s;
}

void printText(const QList<cache::CachedPatient> &patients, QTextStream &out)
{
    out << PatientsCommand::tr("%n cached patient(s)", nullptr, int(patients.size())) << u'\n';
    for (const cache::CachedPatient &p : patients) {
        out << p.key << u"  "_s << patientDisplayName(p) << u"  "_s
            << (p.birthDate.isValid() ? p.birthDate.toString(u"yyyy/MM/dd"_s) : u"----/--/--"_s)
            << u"  "_s << (p.sex.isEmpty() ? u"unknown"_s : p.sex) << u'\n';
        out << u"    "_s
            << PatientsCommand::tr(
                   "network %1, id %2, %n resource(s)", nullptr, int(p.resourceCount))
                   .arg(p.network, p.patientId)
            << u"; "_s
            << PatientsCommand::tr("viewed %1, written %2")
                   .arg(timeText(p.lastViewed), timeText(p.lastWritten))
            << u'\n';
        if (!p.identifiers.isEmpty())
            out << u"    "_s << p.identifiers.join(u", "_s) << u'\n';
        if (p.damaged)
            out << u"    "_s
                << PatientsCommand::tr("damaged: the demographics row failed its integrity check")
                << u'\n';
    }
}

} // namespace

int PatientsCommand::run(
    const QStringList &arguments, const GlobalOptions &globals, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the patients in the encrypted cache, most recently viewed first."));
    addGlobalOptions(parser);
    parser.addOption({ u"json"_s, tr("Print one JSON object (the format in docs/cli.md).") });
    int status = exitcode::ok;
    if (!parseCommand(parser, arguments, out, err, status))
        return status;
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("patients: unexpected argument '%1'.").arg(parser.positionalArguments().first())
            << u"\n\n"
            << parser.helpText();
        return exitcode::usage;
    }
    auto session = CacheSession::open(
        globalOptions(parser, globals), CacheSession::Mode::MustExist, err, status);
    if (!session)
        return status;
    auto patients = session->cache().listPatients();
    if (!patients) {
        err << tr("patients: the cache cannot be read: %1").arg(patients.error().describe())
            << u'\n';
        return exitcode::failed;
    }
    if (parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const cache::CachedPatient &p : std::as_const(*patients))
            list.append(patientJson(p));
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject { { u"patients"_s, list } }).toJson(QJsonDocument::Indented));
    } else {
        printText(*patients, out);
    }
    out.flush();
    return exitcode::ok;
}

} // namespace renkei::cli
