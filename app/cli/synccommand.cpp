#include "synccommand.h"

#include "net/oauthclient.h"
#include "net/profilesecrets.h"
#include "net/profilestore.h"
#include "secretinput.h"
#include "sync/syncqueue.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace renkei::cli {

namespace {

#ifdef Q_OS_UNIX
// Ctrl-C (SIGINT) and SIGTERM cancel the sync through the event loop (a self-pipe): the running
// syncs stop between two requests, each patient is reported and audited, and the next run
// resumes. (A kill that cannot be caught loses nothing either: every page is its own
// transaction.)
int g_signalPipe[2] = { -1, -1 };
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &c, 1);
}
#endif

// The patient ids of a --patients file: one per line; blank lines and "#" comments skipped.
std::optional<QStringList> readPatientList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    QStringList ids;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#') && !ids.contains(line))
            ids.append(line);
    }
    return ids;
}

// What a failed sync means for the person running it, with the error's kind and code.
QString explain(const Error &e)
{
    switch (e.kind) {
    case Error::Kind::Network:
        return SyncCommand::tr("the network could not be reached or the connection broke");
    case Error::Kind::Timeout:
        return SyncCommand::tr("the server did not answer in time");
    case Error::Kind::Tls:
        return SyncCommand::tr("the secure connection was refused (certificate)");
    case Error::Kind::Http:
        return SyncCommand::tr("the server answered with an error");
    case Error::Kind::Auth:
        return SyncCommand::tr("not signed in, or the session has expired");
    case Error::Kind::Forbidden:
        return SyncCommand::tr("this account may not read this patient's records");
    case Error::Kind::NotFound:
        return e.code == u"unknown-patient"_s
            ? SyncCommand::tr("the network has no such patient")
            : SyncCommand::tr("the server no longer has what was asked for");
    case Error::Kind::NotJson:
    case Error::Kind::NotFhir:
        return SyncCommand::tr("the server sent something that is not FHIR");
    case Error::Kind::Full:
        return SyncCommand::tr("the disk is full");
    case Error::Kind::Cancelled:
        return SyncCommand::tr("cancelled");
    default:
        return SyncCommand::tr("the cache could not be written");
    }
}

// Signs in to the network: client credentials (the secret from --client-secret-file or the
// vault) or the session the viewer's sign-in left (its refresh token in the vault).
bool signIn(net::OAuthClient &oauth, const net::NetworkProfile &profile, net::TokenVault &vault,
    const QString &secretFile, QTextStream &err)
{
    if (profile.signInMethod == net::SignInMethod::ClientCredentials) {
        crypto::SecretBytes secret;
        if (!secretFile.isEmpty()) {
            auto read = readSecretFile(secretFile);
            if (!read) {
                err << SyncCommand::tr("renkei-cli sync: cannot read the client secret file %1.")
                           .arg(secretFile)
                    << u'\n';
                return false;
            }
            secret = std::move(*read);
        } else {
            auto stored = net::clientSecretFor(profile, vault);
            if (!stored) {
                err << SyncCommand::tr("renkei-cli sync: the client secret cannot be read from "
                                       "the vault (%1); give it with --client-secret-file.")
                           .arg(stored.error().code)
                    << u'\n';
                return false;
            }
            secret = std::move(*stored);
        }
        if (secret.isEmpty()) {
            err << SyncCommand::tr("renkei-cli sync: no client secret for network '%1': give it "
                                   "with --client-secret-file FILE.")
                       .arg(profile.id)
                << u'\n';
            return false;
        }
        oauth.setClientSecret(std::move(secret));
    }
    QEventLoop loop;
    std::optional<Error> failure;
    QObject::connect(&oauth, &net::OAuthClient::signedIn, &loop, &QEventLoop::quit);
    QObject::connect(&oauth, &net::OAuthClient::signInFailed, &loop, [&](const Error &e) {
        failure = e;
        loop.quit();
    });
    if (profile.signInMethod == net::SignInMethod::ClientCredentials)
        oauth.signIn();
    else
        oauth.resume(); // no browser from the command line
    if (oauth.state() != net::OAuthClient::State::SignedIn && !failure)
        loop.exec();
    if (failure || oauth.state() != net::OAuthClient::State::SignedIn) {
        err << SyncCommand::tr("renkei-cli sync: cannot sign in to network '%1': %2.")
                   .arg(profile.id, failure ? explain(*failure) : SyncCommand::tr("no session"))
            << u' '
            << (failure ? u"("_s + errorKindName(failure->kind) + u' ' + failure->code + u')'
                        : QString())
            << u'\n';
        if (profile.signInMethod == net::SignInMethod::AuthorizationCode)
            err << SyncCommand::tr("Sign in to this network with the viewer first: the command "
                                   "line uses the session it keeps.")
                << u'\n';
        return false;
    }
    return true;
}

} // namespace

int SyncCommand::run(
    const QStringList &arguments, const GlobalOptions &globals, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Pulls patients' records from a network into the encrypted cache: the last 90 days "
           "first, then the rest; later runs fetch only what changed, and an interrupted run "
           "goes on where it stopped."));
    addGlobalOptions(parser);
    parser.addOption(
        { u"network"_s, tr("The network profile (the viewer's settings)."), u"NAME"_s });
    parser.addOption(
        { u"patients"_s, tr("Sync every patient id listed in FILE (one per line)."), u"FILE"_s });
    parser.addOption({ u"account"_s, tr("The account whose session is used (default: default)."),
        u"NAME"_s, u"default"_s });
    parser.addOption({ u"client-secret-file"_s,
        tr("For a client-credentials network: read the client secret from FILE instead of the "
           "keychain."),
        u"FILE"_s });
    parser.addOption({ u"parallel"_s, tr("Patients synced at once (default 1)."), u"N"_s, u"1"_s });
    parser.addPositionalArgument(u"patient"_s,
        tr("The patient: the network's patient id, or a cached patient's key or id."),
        u"[PATIENT]"_s);
    int status = exitcode::ok;
    if (!parseCommand(parser, arguments, out, err, status))
        return status;
    const QString networkId = parser.value(u"network"_s);
    const QStringList positional = parser.positionalArguments();
    const bool fromFile = parser.isSet(u"patients"_s);
    bool parallelOk = false;
    const int parallel = parser.value(u"parallel"_s).toInt(&parallelOk);
    if (networkId.isEmpty() || (fromFile == (positional.size() == 1)) || positional.size() > 1
        || !parallelOk || parallel < 1 || parallel > 8) {
        err << tr("renkei-cli sync: give --network NAME and either one PATIENT or --patients "
                  "FILE (--parallel 1-8).")
            << u"\n\n"
            << parser.helpText();
        return exitcode::usage;
    }
    QStringList patients = positional;
    if (fromFile) {
        auto list = readPatientList(parser.value(u"patients"_s));
        if (!list) {
            err << tr("renkei-cli sync: cannot read %1.").arg(parser.value(u"patients"_s)) << u'\n';
            return exitcode::usage;
        }
        patients = *list;
    }

    const auto settings = net::openViewerSettings();
    net::ProfileStore profiles(*settings);
    auto profile = profiles.load(networkId);
    if (!profile) {
        err << tr("renkei-cli sync: there is no network profile '%1' (add it in the viewer's "
                  "settings; see docs/sync.md).")
                   .arg(networkId)
            << u'\n';
        return exitcode::failed;
    }
    auto session = CacheSession::open(
        globalOptions(parser, globals), CacheSession::Mode::CreateIfMissing, err, status);
    if (!session)
        return status;

    // The network's secrets: the keychain, or the passphrase-sealed vault with the same
    // passphrase as the cache (as `network add --passphrase-file` stored them).
    auto opened = openVault(globalOptions(parser, globals).passphraseFile);
    if (!opened) {
        err << tr("renkei-cli sync: the vault of network secrets cannot be opened: %1")
                   .arg(opened.error().describe())
            << u'\n';
        return exitcode::failed;
    }
    net::TokenVault &vault = *opened->vault;
    auto tls = net::tlsPolicyFor(*profile, vault);
    if (!tls) {
        err << tr("renkei-cli sync: the TLS settings of network '%1' cannot be used: %2")
                   .arg(networkId, tls.error().describe())
            << u'\n';
        return exitcode::failed;
    }
    QNetworkAccessManager nam;
    net::HttpTransport transport(nam, *tls);
    net::OAuthClient::Options oauthOptions;
    oauthOptions.account = parser.value(u"account"_s);
    net::OAuthClient oauth(transport, *profile, vault, {}, oauthOptions);
    if (!signIn(oauth, *profile, vault, parser.value(u"client-secret-file"_s), err))
        return exitcode::failed;
    transport.setTokenSource(&oauth);
    net::FhirClient client(transport, profile->fhirBaseUrl);

    // A cached patient's key (or id) names the network's logical id.
    QStringList ids;
    for (const QString &text : std::as_const(patients)) {
        QString id = text;
        if (auto found = session->cache().findPatients({ text, false }); found) {
            for (const cache::CachedPatient &p : std::as_const(*found)) {
                if (p.network == networkId && (p.key == text || found->size() == 1))
                    id = p.patientId;
            }
        }
        ids.append(id);
    }

    sync::SyncQueue queue(client, session->cache(), networkId, {}, parallel);
    for (const QString &id : std::as_const(ids))
        queue.enqueue(id);
    QEventLoop loop;
    QObject::connect(&queue, &sync::SyncQueue::finished, &loop, &QEventLoop::quit);
#ifdef Q_OS_UNIX
    std::unique_ptr<QSocketNotifier> interrupt;
    if (::pipe(g_signalPipe) == 0) {
        ::fcntl(g_signalPipe[1], F_SETFL, O_NONBLOCK);
        interrupt = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(interrupt.get(), &QSocketNotifier::activated, &queue, [&] {
            char c = 0;
            [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &c, 1);
            err << tr("renkei-cli sync: interrupted; what was stored stays.") << u'\n';
            err.flush();
            queue.cancel();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
#endif
    QObject::connect(&queue, &sync::SyncQueue::patientFinished, &loop, [&](int index) {
        const auto &item = queue.items().at(index);
        const QString key = session->cache().patientKey({ networkId, item.patientId });
        audit::AuditDetails details;
        if (item.result && *item.result) {
            const sync::SyncReport &r = **item.result;
            out << tr("SYNCED    %1  %2: %3 written, %4 deleted, %5 pages, %6 KiB in %7 ms%8")
                       .arg(key, patients.at(index))
                       .arg(r.written)
                       .arg(r.deleted)
                       .arg(r.pages)
                       .arg(r.bytes / 1024)
                       .arg(r.elapsedMs)
                       .arg(r.incremental ? tr(" (changes only)")
                                          : (r.resumed ? tr(" (resumed)") : QString()))
                << u'\n';
            if (!r.forbiddenTypes.isEmpty())
                out << u"          "_s
                    << tr("not allowed to read (skipped): %1").arg(r.forbiddenTypes.join(u", "_s))
                    << u'\n';
        } else if (item.result) {
            const Error &e = item.result->error();
            out << tr("FAILED    %1: %2 (%3 %4). What was stored stays; run sync again to go on.")
                       .arg(patients.at(index), explain(e), errorKindName(e.kind), e.code)
                << u'\n';
            details.outcome = audit::Outcome::Failure;
            details.message = errorKindName(e.kind);
        }
        out.flush();
        session->audit(audit::Action::Sync, key, details, err);
    });
    queue.start();
    if (!queue.isFinished())
        loop.exec();
#ifdef Q_OS_UNIX
    if (interrupt) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        interrupt.reset();
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
    }
#endif
    out << tr("%1 of %2 patient(s) synced from network '%3'.")
               .arg(queue.items().size() - queue.failures())
               .arg(queue.items().size())
               .arg(networkId)
        << u'\n';
    return queue.failures() == 0 ? exitcode::ok : exitcode::failed;
}

} // namespace renkei::cli
