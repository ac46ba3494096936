#include "networkcommand.h"

#include "net/keychaintokenvault.h"
#include "net/profilesecrets.h"
#include "net/profilestore.h"
#include "secretinput.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace renkei::cli {

namespace {

constexpr int kUsage = 2;
constexpr int kFailed = 1;

QString usage()
{
    return NetworkCommand::tr(
        "Usage: renkei-cli network add|list|remove [OPTIONS]\n"
        "\n"
        "  add ID --url URL --client-id ID [OPTIONS]   add (or with --replace, change) a profile\n"
        "  list [--json]                               print the profiles (never a secret)\n"
        "  remove ID                                   delete a profile and its secrets\n"
        "\n"
        "renkei-cli network add --help prints the options of add.\n");
}

// Plain words for a keychain that is not there (crypto::KeychainAccess codes).
QString keychainProblem(const Error &error)
{
    if (error.kind == Error::Kind::Timeout)
        return NetworkCommand::tr("the keychain did not answer in time");
    if (error.code == u"no-session-bus"_s)
        return NetworkCommand::tr(
            "there is no desktop session (D-Bus) to reach a keychain through");
    if (error.code == u"no-secret-service"_s)
        return NetworkCommand::tr("no keychain service (Secret Service) is running");
    if (error.code == u"no-collection"_s)
        return NetworkCommand::tr("the keychain has no default (login) collection");
    if (error.code == u"locked"_s)
        return NetworkCommand::tr("the keychain is locked");
    if (error.code == u"access-denied"_s)
        return NetworkCommand::tr("access to the keychain was refused");
    return error.describe();
}

bool isKeychainMissing(const Error &error)
{
    return error.kind == Error::Kind::Unavailable || error.kind == Error::Kind::Timeout;
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, int positionals,
    QTextStream &out, QTextStream &err, int &status)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u"\n\n" << parser.helpText();
        status = kUsage;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        status = 0;
        return false;
    }
    if (parser.positionalArguments().size() != positionals) {
        err << (positionals == 1 ? NetworkCommand::tr("expected one profile id")
                                 : NetworkCommand::tr("unexpected argument '%1'")
                                       .arg(parser.positionalArguments().value(0)))
            << u"\n\n"
            << parser.helpText();
        status = kUsage;
        return false;
    }
    return true;
}

QJsonObject profileJson(const net::NetworkProfile &p)
{
    auto text = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    auto url = [](const QUrl &u) { return u.isEmpty() ? QJsonValue() : QJsonValue(u.toString()); };
    return QJsonObject {
        { u"id"_s, p.id },
        { u"name"_s, p.displayName },
        { u"url"_s, p.fhirBaseUrl.toString() },
        { u"method"_s, net::signInMethodName(p.signInMethod) },
        { u"clientId"_s, p.clientId },
        { u"scopes"_s, QJsonArray::fromStringList(p.scopes) },
        { u"clientCertificate"_s, text(p.clientCertificatePath) },
        { u"caCertificate"_s, text(p.extraCaPath) },
        { u"pinnedKeySha256"_s, text(p.pinnedKeySha256) },
        { u"authorizationEndpoint"_s, url(p.authorizationEndpoint) },
        { u"tokenEndpoint"_s, url(p.tokenEndpoint) },
        { u"revocationEndpoint"_s, url(p.revocationEndpoint) },
    };
}

int list(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(NetworkCommand::tr(
        "Print the network profiles of this workstation (never a password or secret)."));
    parser.addOption({ u"json"_s, NetworkCommand::tr("Print JSON (docs/cli.md).") });
    int status = 0;
    if (!parse(parser, arguments, 0, out, err, status))
        return status;
    const auto settings = net::openViewerSettings();
    const QList<net::NetworkProfile> profiles = net::ProfileStore(*settings).list();
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const net::NetworkProfile &p : profiles)
            array.append(profileJson(p));
        out << QString::fromUtf8(QJsonDocument(
            QJsonObject { { u"networks"_s,
                array } }).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (profiles.isEmpty()) {
        out << NetworkCommand::tr("No network profiles.") << u'\n';
        return 0;
    }
    for (const net::NetworkProfile &p : profiles) {
        out << p.id << u"  "_s << p.displayName << u'\n';
        auto line = [&out](const QString &label, const QString &value) {
            if (!value.isEmpty())
                out << u"    "_s << label.leftJustified(20) << value << u'\n';
        };
        line(NetworkCommand::tr("FHIR base URL"), p.fhirBaseUrl.toString());
        line(NetworkCommand::tr("Sign-in method"), net::signInMethodName(p.signInMethod));
        line(NetworkCommand::tr("Client id"), p.clientId);
        line(NetworkCommand::tr("Scopes"), p.scopes.join(u' '));
        line(NetworkCommand::tr("Client certificate"), p.clientCertificatePath);
        line(NetworkCommand::tr("Extra CA"), p.extraCaPath);
        line(NetworkCommand::tr("Pinned key (SHA-256)"), p.pinnedKeySha256);
        line(NetworkCommand::tr("Authorization URL"), p.authorizationEndpoint.toString());
        line(NetworkCommand::tr("Token URL"), p.tokenEndpoint.toString());
        line(NetworkCommand::tr("Revocation URL"), p.revocationEndpoint.toString());
    }
    return 0;
}

// Removes the secrets from the keychain and from the sealed files (removing a sealed file
// needs no key). A keychain that is not there holds nothing of ours to remove: a warning.
void removeSecrets(const QString &id, const QStringList &accounts, QTextStream &err)
{
    net::KeychainTokenVault keychain;
    if (auto removed = net::removeProfileSecrets(keychain, id, accounts); !removed) {
        if (isKeychainMissing(removed.error()))
            err << NetworkCommand::tr("renkei-cli network: note: %1; nothing was removed "
                                      "from a keychain.")
                       .arg(keychainProblem(removed.error()))
                << u'\n';
        else
            err << NetworkCommand::tr("renkei-cli network: warning: %1")
                       .arg(removed.error().describe())
                << u'\n';
    }
    crypto::MemoryKeyStore noKeys;
    net::EncryptedFileTokenVault sealed(net::defaultTokenVaultDirectory(), noKeys);
    if (auto removed = net::removeProfileSecrets(sealed, id, accounts); !removed)
        err << NetworkCommand::tr("renkei-cli network: warning: %1").arg(removed.error().describe())
            << u'\n';
}

int remove(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(NetworkCommand::tr(
        "Delete a network profile, its stored passwords and secrets, and its sign-in."));
    parser.addPositionalArgument(u"ID"_s, NetworkCommand::tr("The profile's id."));
    int status = 0;
    if (!parse(parser, arguments, 1, out, err, status))
        return status;
    const QString id = parser.positionalArguments().constFirst();
    const auto settings = net::openViewerSettings();
    net::ProfileStore store(*settings);
    if (auto removed = store.remove(id); !removed) {
        err << NetworkCommand::tr("renkei-cli network remove: there is no network profile '%1'.")
                   .arg(id)
            << u'\n';
        return kFailed;
    }
    removeSecrets(id, { u"default"_s }, err);
    out << NetworkCommand::tr("Removed the network profile '%1' and its secrets.").arg(id) << u'\n';
    return 0;
}

// What add stores in the vault: scope and secret (an empty secret removes the scope).
using SecretEntries = QList<std::pair<QString, crypto::SecretBytes>>;

QUrl parseUrlOption(
    const QCommandLineParser &parser, const QString &option, bool &ok, QTextStream &err)
{
    if (!parser.isSet(option))
        return {};
    const QUrl url(parser.value(option), QUrl::StrictMode);
    if (auto secure = net::checkSecureUrl(url); !secure) {
        err << NetworkCommand::tr("renkei-cli network add: --%1: %2")
                   .arg(option,
                       secure.error().code == u"insecure-url"_s
                           ? NetworkCommand::tr("only https is allowed (http only to 127.0.0.1, "
                                                "localhost or [::1])")
                           : NetworkCommand::tr("'%1' is not a valid URL")
                                 .arg(parser.value(option)))
            << u'\n';
        ok = false;
    }
    return url;
}

void addAddOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(NetworkCommand::tr(
        "Add a regional network profile. Passwords and secrets are read from a file or typed at "
        "a prompt (without echo), never given on the command line; they go to the OS keychain, "
        "or with --passphrase-file to the passphrase-sealed vault."));
    parser.addPositionalArgument(
        u"ID"_s, NetworkCommand::tr("The profile's id: 1-40 characters a-z, 0-9 and '-'."));
    parser.addOptions({
        { u"url"_s, NetworkCommand::tr("The FHIR base URL (https; http only to the loopback)."),
            u"URL"_s },
        { u"client-id"_s, NetworkCommand::tr("The OAuth client id registered for this clinic."),
            u"ID"_s },
        { u"name"_s, NetworkCommand::tr("The display name (default: the id)."), u"TEXT"_s },
        { u"method"_s,
            NetworkCommand::tr("pkce (authorization code with PKCE in the browser, the default) "
                               "or client-credentials (an unattended workstation)."),
            u"METHOD"_s, u"pkce"_s },
        { u"scopes"_s,
            NetworkCommand::tr("Scopes, separated by spaces (default: openid fhirUser "
                               "offline_access user/*.read; client-credentials: system/*.read)."),
            u"SCOPES"_s },
        { u"client-cert"_s,
            NetworkCommand::tr("A PKCS#12 file with the client certificate for mutual TLS."),
            u"P12"_s },
        { u"cert-password-file"_s,
            NetworkCommand::tr("Read the PKCS#12 password from FILE (else it is asked for)."),
            u"FILE"_s },
        { u"client-secret-file"_s,
            NetworkCommand::tr("client-credentials: read the client secret from FILE (else it is "
                               "asked for)."),
            u"FILE"_s },
        { u"ca-cert"_s,
            NetworkCommand::tr("A PEM file with an extra CA trusted for this network only."),
            u"PEM"_s },
        { u"pin"_s,
            NetworkCommand::tr("Pin the server's key: base64 SHA-256 of its public key "
                               "(SubjectPublicKeyInfo)."),
            u"SHA256"_s },
        { u"authorize-url"_s, NetworkCommand::tr("Authorization endpoint if discovery fails."),
            u"URL"_s },
        { u"token-url"_s, NetworkCommand::tr("Token endpoint if discovery fails."), u"URL"_s },
        { u"revoke-url"_s, NetworkCommand::tr("Revocation endpoint if discovery fails."),
            u"URL"_s },
        { u"passphrase-file"_s,
            NetworkCommand::tr("Keep the secrets in the passphrase-sealed vault (for workstations "
                               "without a keychain), its passphrase read from FILE."),
            u"FILE"_s },
        { u"replace"_s, NetworkCommand::tr("Replace a profile with the same id.") },
    });
}

// The profile the options describe; nullopt (with the message written) when they do not.
std::optional<net::NetworkProfile> profileFromOptions(
    const QCommandLineParser &parser, QTextStream &err, int &status)
{
    status = kUsage;
    net::NetworkProfile p;
    p.id = parser.positionalArguments().constFirst();
    for (const QString &required : { u"url"_s, u"client-id"_s }) {
        if (!parser.isSet(required)) {
            err << NetworkCommand::tr("renkei-cli network add: --%1 is required.").arg(required)
                << u"\n\n"
                << parser.helpText();
            return std::nullopt;
        }
    }
    const QString method = parser.value(u"method"_s);
    const auto parsed = method == u"pkce"_s ? net::SignInMethod::AuthorizationCode
                                            : net::parseSignInMethod(method);
    if (!parsed) {
        err << NetworkCommand::tr("renkei-cli network add: unknown sign-in method '%1' (pkce or "
                                  "client-credentials).")
                   .arg(method)
            << u'\n';
        return std::nullopt;
    }
    status = kFailed;
    p.signInMethod = *parsed;
    p.displayName = parser.isSet(u"name"_s) ? parser.value(u"name"_s) : p.id;
    p.clientId = parser.value(u"client-id"_s);
    const QString scopes = parser.isSet(u"scopes"_s) ? parser.value(u"scopes"_s)
        : p.signInMethod == net::SignInMethod::ClientCredentials
        ? u"system/*.read"_s
        : u"openid fhirUser offline_access user/*.read"_s;
    p.scopes = scopes.split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
    bool ok = true;
    p.fhirBaseUrl = parseUrlOption(parser, u"url"_s, ok, err);
    p.authorizationEndpoint = parseUrlOption(parser, u"authorize-url"_s, ok, err);
    p.tokenEndpoint = parseUrlOption(parser, u"token-url"_s, ok, err);
    p.revocationEndpoint = parseUrlOption(parser, u"revoke-url"_s, ok, err);
    if (!ok)
        return std::nullopt;
    p.clientCertificatePath = parser.value(u"client-cert"_s);
    p.extraCaPath = parser.value(u"ca-cert"_s);
    p.pinnedKeySha256 = parser.value(u"pin"_s);
    if (p.pinnedKeySha256.startsWith(u"sha256/"_s))
        p.pinnedKeySha256 = p.pinnedKeySha256.mid(7);
    if (auto valid = net::validate(p); !valid) {
        err << NetworkCommand::tr("renkei-cli network add: %1").arg(valid.error().describe())
            << u'\n';
        return std::nullopt;
    }
    return p;
}

// Asks for (or reads) the secrets the profile needs and checks the certificate files with them.
std::optional<SecretEntries> secretsFor(
    const net::NetworkProfile &p, const QCommandLineParser &parser, QTextStream &err)
{
    SecretEntries entries;
    crypto::SecretBytes password;
    if (!p.clientCertificatePath.isEmpty()) {
        auto read = readSecret(parser.value(u"cert-password-file"_s),
            NetworkCommand::tr("Password of %1: ").arg(p.clientCertificatePath), err);
        if (!read) {
            err << NetworkCommand::tr("renkei-cli network add: the PKCS#12 password: %1")
                       .arg(read.error().describe())
                << u'\n';
            return std::nullopt;
        }
        password = std::move(*read);
    }
    if (auto tls = net::TlsPolicy::fromProfile(p, password); !tls) {
        const Error &e = tls.error();
        err << (e.code == u"pkcs12"_s
                ? NetworkCommand::tr("renkei-cli network add: the client certificate %1 "
                                     "cannot be opened: wrong password, or not a PKCS#12 "
                                     "file.")
                      .arg(p.clientCertificatePath)
                : NetworkCommand::tr("renkei-cli network add: %1").arg(e.describe()))
            << u'\n';
        return std::nullopt;
    }
    entries.append({ net::pkcs12PasswordScope(p.id), std::move(password) });
    crypto::SecretBytes secret;
    if (p.signInMethod == net::SignInMethod::ClientCredentials) {
        auto read = readSecret(parser.value(u"client-secret-file"_s),
            NetworkCommand::tr("Client secret of %1: ").arg(p.clientId), err);
        if (!read || read->isEmpty()) {
            err << NetworkCommand::tr("renkei-cli network add: client-credentials needs the "
                                      "client secret: %1")
                       .arg(read ? NetworkCommand::tr("it is empty") : read.error().describe())
                << u'\n';
            return std::nullopt;
        }
        secret = std::move(*read);
    }
    entries.append({ net::clientSecretScope(p.id), std::move(secret) });
    return entries;
}

Result<void> storeSecrets(net::TokenVault &vault, const SecretEntries &entries)
{
    for (const auto &[scope, secret] : entries) {
        auto done = secret.isEmpty() ? vault.remove(scope) : vault.store(scope, secret);
        if (!done)
            return done;
    }
    return {};
}

int add(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addAddOptions(parser);
    int status = 0;
    if (!parse(parser, arguments, 1, out, err, status))
        return status;
    const auto profile = profileFromOptions(parser, err, status);
    if (!profile)
        return status;
    const auto settings = net::openViewerSettings();
    net::ProfileStore store(*settings);
    const bool replacing = store.load(profile->id).ok();
    if (replacing && !parser.isSet(u"replace"_s)) {
        err << NetworkCommand::tr("renkei-cli network add: the network profile '%1' exists "
                                  "already (--replace changes it).")
                   .arg(profile->id)
            << u'\n';
        return kFailed;
    }
    const auto secrets = secretsFor(*profile, parser, err);
    if (!secrets)
        return kFailed;
    const bool anySecret = std::any_of(secrets->cbegin(), secrets->cend(),
        [](const auto &entry) { return !entry.second.isEmpty(); });
    std::optional<OpenVault> vault;
    if (anySecret) {
        auto opened = openVault(parser.value(u"passphrase-file"_s));
        if (!opened) {
            err << NetworkCommand::tr("renkei-cli network add: the passphrase vault: %1")
                       .arg(opened.error().describe())
                << u'\n';
            return kFailed;
        }
        vault = std::move(*opened);
        if (auto stored = storeSecrets(*vault->vault, *secrets); !stored) {
            if (!replacing) // a new profile leaves nothing behind
                (void)net::removeProfileSecrets(*vault->vault, profile->id, {});
            if (vault->keychain && isKeychainMissing(stored.error()))
                err << NetworkCommand::tr(
                    "renkei-cli network add: the OS keychain cannot be used: %1. Nothing was "
                    "saved. On a workstation without a keychain, keep the secrets in the "
                    "passphrase-sealed vault: add --passphrase-file FILE.")
                           .arg(keychainProblem(stored.error()))
                    << u'\n';
            else
                err << NetworkCommand::tr("renkei-cli network add: the secrets could not be "
                                          "stored: %1. Nothing was saved.")
                           .arg(stored.error().describe())
                    << u'\n';
            return kFailed;
        }
    } else if (replacing) {
        removeSecrets(profile->id, {}, err); // the old profile's, where it had any
    }
    if (auto saved = store.save(*profile); !saved) {
        if (vault && !replacing)
            (void)net::removeProfileSecrets(*vault->vault, profile->id, {});
        err << NetworkCommand::tr("renkei-cli network add: %1").arg(saved.error().describe())
            << u'\n';
        return kFailed;
    }
    QString saved = NetworkCommand::tr("Saved the network profile '%1'.").arg(profile->id);
    if (vault)
        saved += u' '
            + (vault->keychain
                    ? NetworkCommand::tr("Its secrets are in the OS keychain.")
                    : NetworkCommand::tr("Its secrets are in the passphrase-sealed vault."));
    out << saved << u'\n';
    return 0;
}

} // namespace

int NetworkCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString sub = arguments.value(1);
    if (sub.isEmpty() || sub == u"--help"_s || sub == u"-h"_s) {
        (sub.isEmpty() ? err : out) << usage();
        return sub.isEmpty() ? kUsage : 0;
    }
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.constFirst() + u' ' + sub);
    if (sub == u"add"_s)
        return add(rest, out, err);
    if (sub == u"list"_s)
        return list(rest, out, err);
    if (sub == u"remove"_s)
        return remove(rest, out, err);
    err << tr("renkei-cli network: unknown command '%1'.").arg(sub) << u"\n\n" << usage();
    return kUsage;
}

} // namespace renkei::cli
