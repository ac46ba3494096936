#pragma once

#include "net/networkpolicy.h"
#include "util/result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// A regional network the clinic belongs to (issue 4 §1). Stored by ProfileStore in QSettings;
// secrets (the PKCS#12 password, tokens) never live here but in a TokenVault.
namespace renkei::net {

enum class SignInMethod {
    AuthorizationCode, // OAuth 2.0 authorization code + PKCE through the system browser
    ClientCredentials, // an unattended workstation (a confidential client)
};
QString signInMethodName(SignInMethod method);
std::optional<SignInMethod> parseSignInMethod(const QString &name);

// An SS-MIX2 standard storage imported as a second source of the network (docs/ssmix2.md "In
// the viewer"): a local folder or a mounted share, and the facility it comes from.
struct Ssmix2Folder {
    QString path;
    QString facilityCode; // the 10-digit 医療機関コード (empty: read from MSH-4/6)
    QString facilityName;

    bool operator==(const Ssmix2Folder &other) const = default;
};
// Empty, or 10 digits.
bool isValidFacilityCode(const QString &code);

struct NetworkProfile {
    QString id; // stable key: [a-z0-9-]{1,40}; part of settings groups and keychain scopes
    QString displayName;
    QUrl fhirBaseUrl;
    SignInMethod signInMethod = SignInMethod::AuthorizationCode;
    QString clientId;
    QStringList scopes;
    // Used when /.well-known/smart-configuration cannot be read (all optional).
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint;
    // TLS for networks with a private CA (all optional).
    QString clientCertificatePath; // PKCS#12 file for mutual TLS; its password in the vault
    QString extraCaPath; // PEM: trusted for this profile's requests only
    QString pinnedKeySha256; // base64 SHA-256 of the server's SubjectPublicKeyInfo
    QList<Ssmix2Folder> ssmix2Folders; // imported by File > Import SS-MIX2
    // What the network allows (printing, export, retention, idle lock); saved under
    // networks/<id>/policy. The network's own published policy is kept apart and only tightens
    // it (effectivePolicy).
    NetworkPolicy policy;

    bool operator==(const NetworkProfile &other) const = default;
};

// Checks a profile: id, name, https URLs (http only to 127.0.0.1, localhost, [::1]), a client
// id, a well-formed pin. Errors are Kind::Invalid with codes "id", "name", "url", "insecure-url",
// "client-id", "pin", "file",
// "facility-code".
Result<void> validate(const NetworkProfile &profile);

// https, or http to a loopback host (demo and tests). Kind::Invalid "insecure-url" otherwise.
Result<void> checkSecureUrl(const QUrl &url);
bool isLoopbackHost(const QString &host);

} // namespace renkei::net
