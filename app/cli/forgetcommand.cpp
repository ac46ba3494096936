#include "forgetcommand.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::cli {

int ForgetCommand::run(
    const QStringList &arguments, const GlobalOptions &globals, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Erases one patient from the cache at once: every resource, the name, the ids and "
           "the sync state (rows deleted with secure_delete, then VACUUM). Asks nothing."));
    addGlobalOptions(parser);
    parser.addPositionalArgument(u"patient"_s,
        tr("The patient's key (renkei-cli patients), or a regional or facility patient id."),
        u"PATIENT"_s);
    int status = exitcode::ok;
    if (!parseCommand(parser, arguments, out, err, status))
        return status;
    if (parser.positionalArguments().size() != 1) {
        err << tr("forget: give one PATIENT.") << u"\n\n" << parser.helpText();
        return exitcode::usage;
    }
    auto session = CacheSession::open(
        globalOptions(parser, globals), CacheSession::Mode::MustExist, err, status);
    if (!session)
        return status;
    const auto patient = session->findPatient(parser.positionalArguments().first(), err);
    if (!patient)
        return exitcode::failed;
    const auto erased = session->cache().forgetPatient(patient->key);
    audit::AuditDetails details;
    if (!erased) {
        details.outcome = audit::Outcome::Failure;
        details.message = errorKindName(erased.error().kind);
    }
    const bool audited = session->audit(audit::Action::Forget, patient->key, details, err);
    if (!erased) {
        err << tr("forget: %1 was not erased: %2").arg(patient->key, erased.error().describe())
            << u'\n';
        return exitcode::failed;
    }
    out << tr(
        "Erased %1: %2, network %3, id %4, %n resource(s).", nullptr, int(patient->resourceCount))
               .arg(
                   patient->key, patientDisplayName(*patient), patient->network, patient->patientId)
        << u'\n';
    out.flush();
    return audited ? exitcode::ok : exitcode::failed;
}

} // namespace renkei::cli
