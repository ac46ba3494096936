#include "purgecommand.h"

#include "net/networkpolicy.h"
#include "net/profilesecrets.h"

#include <QDateTime>
#include <QHash>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace renkei::cli {

int PurgeCommand::run(
    const QStringList &arguments, const GlobalOptions &globals, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Forgets every patient not viewed (or, never viewed, not written) for N days: the "
           "cache's retention, run by hand."));
    addGlobalOptions(parser);
    parser.addOption({ u"days"_s,
        tr("Days without a view (default: the network's policy, else %1).").arg(kDefaultDays),
        u"N"_s });
    int status = exitcode::ok;
    if (!parseCommand(parser, arguments, out, err, status))
        return status;
    bool number = !parser.isSet(u"days"_s);
    int days = parser.isSet(u"days"_s) ? parser.value(u"days"_s).toInt(&number) : kDefaultDays;
    if (!number || days < 1 || !parser.positionalArguments().isEmpty()) {
        err << tr("purge: --days takes a whole number of days, at least 1.") << u"\n\n"
            << parser.helpText();
        return exitcode::usage;
    }
    auto session = CacheSession::open(
        globalOptions(parser, globals), CacheSession::Mode::MustExist, err, status);
    if (!session)
        return status;
    if (!parser.isSet(u"days"_s)) {
        // The retention of the cache's network (data expiry after N days unviewed, and the
        // cache retention limit): docs/network.md "Policy".
        const auto settings = net::openViewerSettings();
        days = net::effectivePolicy(*settings, session->scope().split(u':').value(1)).purgeDays();
    }
    cache::Cache &cache = session->cache();
    auto before = cache.listPatients();
    if (!before) {
        err << tr("purge: the cache cannot be read: %1").arg(before.error().describe()) << u'\n';
        return exitcode::failed;
    }
    auto purged = cache.purgeUnviewed(days, QDateTime::currentDateTimeUtc());
    auto after = cache.listPatients();
    QHash<QString, bool> left;
    for (const cache::CachedPatient &p : after ? *after : QList<cache::CachedPatient> {})
        left.insert(p.key, true);
    QList<cache::CachedPatient> erased;
    for (const cache::CachedPatient &p : std::as_const(*before))
        if (after && !left.contains(p.key))
            erased.append(p);

    bool audited = true;
    const QString reason = u"retention: not viewed for %1 days"_s.arg(days);
    if (!purged) {
        audit::AuditDetails details;
        details.reason = reason;
        details.outcome = audit::Outcome::Failure;
        details.message = errorKindName(purged.error().kind);
        session->audit(audit::Action::Purge, {}, details, err); // the failure is named below
        err << tr("purge: %1").arg(purged.error().describe()) << u'\n';
        return exitcode::failed;
    }
    for (const cache::CachedPatient &p : std::as_const(erased)) {
        audit::AuditDetails details;
        details.reason = reason;
        audited = session->audit(audit::Action::Purge, p.key, details, err) && audited;
    }
    out << tr("Purged %n patient(s) not viewed for %1 days.", nullptr, int(erased.size())).arg(days)
        << u'\n';
    for (const cache::CachedPatient &p : std::as_const(erased))
        out << u"  "_s << p.key << u"  "_s << patientDisplayName(p) << u"  "_s << p.network
            << u'\n';
    out.flush();
    return audited ? exitcode::ok : exitcode::failed;
}

} // namespace renkei::cli
