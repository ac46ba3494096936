#pragma once

#include "demo/dataset.h"
#include "demo/http.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// The demo network's authorization server: SMART App Launch discovery, the authorization code
// flow with PKCE S256 and a sign-in page (user id, password, TOTP), refresh tokens that rotate,
// client credentials for a confidential client, revocation, and the bearer check every FHIR
// call goes through. Tokens are opaque random strings held in memory.
namespace renkei::demo {

using Clock = std::function<QDateTime()>;

struct OAuthClient {
    QString clientId;
    QString clientSecret; // empty: a public client (PKCE only)
    QStringList redirectUris; // registered redirect URIs (exact match)
    bool allowLoopbackRedirect = true; // also http://127.0.0.1:<any port>/... and http://[::1]:...
    QStringList scopes; // what client_credentials may grant (confidential clients)
};

// Which resource types a set of SMART scopes lets the holder read.
struct ScopeSet {
    bool allTypes = false;
    QSet<QString> types;

    static ScopeSet fromScopes(const QStringList &scopes);
    bool allows(const QString &type) const { return allTypes || types.contains(type); }
};

struct AccessContext {
    QString subject; // the user id, or the client id for client_credentials
    QString role; // doctor, pharmacist, clerk, system
    QString clientId;
    QStringList scopes;
    ScopeSet access;
};

struct BearerCheck {
    std::optional<AccessContext> context;
    QString error; // why it failed (for error_description; never holds the token)
};

class OAuthService {
public:
    explicit OAuthService(Clock clock);

    void setAccounts(const QList<DemoAccount> &accounts) { m_accounts = accounts; }
    void setClients(const QList<OAuthClient> &clients) { m_clients = clients; }
    void setTotpSecret(const QString &base32) { m_totpSecret = base32; }
    void setAccessTokenLifetime(int seconds) { m_accessLifetime = seconds; }
    void setRefreshTokenLifetime(int seconds) { m_refreshLifetime = seconds; }
    void setNetworkName(const QString &name) { m_networkName = name; }

    // The registered clients every demo server knows (docs/demo-network.md).
    static QList<OAuthClient> defaultClients();
    // SMART scopes for an account that lists none, by role.
    static QStringList defaultScopesForRole(const QString &role);

    HttpResponse smartConfiguration(const QString &baseUrl) const;
    HttpResponse authorize(const HttpRequest &request); // GET: the sign-in page; POST: sign in
    HttpResponse token(const HttpRequest &request);
    HttpResponse revoke(const HttpRequest &request);

    BearerCheck checkBearer(const HttpRequest &request) const;
    // Fault switches: the presented token stops working.
    void expireToken(const QByteArray &accessToken);
    void revokeToken(const QByteArray &accessToken);
    static QByteArray bearerToken(const HttpRequest &request);

    // A token without the sign-in flow (tests, benchmarks, the CLI). Scopes are taken as given.
    QString issueAccessToken(
        const QString &subject, const QStringList &scopes, const QString &role = QString());

private:
    struct Code {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString subject;
        QString role;
        QStringList scopes;
        QDateTime expires;
    };
    struct Token {
        QString subject;
        QString role;
        QString clientId;
        QStringList scopes;
        QDateTime expires;
        int family = 0;
        bool revoked = false;
        bool used = false; // refresh tokens: spent by a rotation
    };
    struct AuthorizeParams {
        QString responseType, clientId, redirectUri, scope, state, challenge, challengeMethod, aud;
    };

    const OAuthClient *client(const QString &clientId) const;
    const DemoAccount *account(const QString &userId) const;
    bool redirectAllowed(const OAuthClient &client, const QString &redirectUri) const;
    QStringList grantScopes(const DemoAccount &account, const QString &requested) const;
    HttpResponse authorizeError(
        const AuthorizeParams &p, const QString &error, const QString &description) const;
    HttpResponse signInPage(const AuthorizeParams &p, int status, const QString &message) const;
    QJsonObject issueTokens(const QString &subject, const QString &role, const QString &clientId,
        const QStringList &scopes, int family, bool withRefresh);
    void revokeFamily(int family);
    QDateTime now() const { return m_clock(); }

    Clock m_clock;
    QList<DemoAccount> m_accounts;
    QList<OAuthClient> m_clients;
    QString m_totpSecret;
    QString m_networkName;
    int m_accessLifetime = 300;
    int m_refreshLifetime = 12 * 3600;
    int m_nextFamily = 1;
    QHash<QString, Code> m_codes;
    QHash<QString, Token> m_accessTokens;
    QHash<QString, Token> m_refreshTokens;
};

// base64url without padding (PKCE, tokens).
QString base64Url(const QByteArray &bytes);
QString randomToken(int bytes = 32);
// BASE64URL(SHA-256(verifier)), the S256 code challenge.
QString pkceChallenge(const QString &verifier);

} // namespace renkei::demo
