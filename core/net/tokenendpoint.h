#pragma once

#include "net/httpcall.h"
#include "net/networkprofile.h"

// The authorization server's HTTP side: SMART discovery, the token endpoint (authorization code,
// refresh token, client credentials) and revocation (RFC 7009). Token requests never retry
// (codes work once, refresh tokens rotate).
namespace renkei::net {

struct OAuthEndpoints {
    QUrl authorization;
    QUrl token;
    QUrl revocation; // empty: the server offers none
};

struct TokenGrant {
    crypto::SecretBytes accessToken;
    crypto::SecretBytes refreshToken; // empty when none was issued
    qint64 expiresInSeconds = 0;
    QStringList scopes;
};

class TokenEndpoint {
public:
    TokenEndpoint(HttpTransport &transport, NetworkProfile profile);
    void setClientSecret(crypto::SecretBytes secret) { m_secret = std::move(secret); }

    HttpCall *discover(QObject *parent);
    // The endpoints from discovery, else the profile's; Kind::Invalid "no-endpoints" when
    // neither names a token endpoint, "insecure-url" when one is not https.
    Result<OAuthEndpoints> endpoints(const Result<HttpResponse> &discovery) const;

    HttpCall *exchangeCode(const OAuthEndpoints &endpoints, const crypto::SecretBytes &code,
        const crypto::SecretBytes &verifier, const QUrl &redirectUri, QObject *parent);
    HttpCall *refresh(
        const OAuthEndpoints &endpoints, const crypto::SecretBytes &refreshToken, QObject *parent);
    HttpCall *clientCredentials(const OAuthEndpoints &endpoints, QObject *parent);
    HttpCall *revoke(
        const OAuthEndpoints &endpoints, const crypto::SecretBytes &token, QObject *parent);

    // A token response as a grant. An OAuth error (400/401 with `error`) is Kind::Auth with the
    // error as code ("invalid-grant", "invalid-client", ...).
    static Result<TokenGrant> parseGrant(const Result<HttpResponse> &response);

private:
    HttpCall *post(const QUrl &url, QList<std::pair<QString, QByteArray>> fields, QObject *parent);

    HttpTransport &m_transport;
    NetworkProfile m_profile;
    crypto::SecretBytes m_secret;
};

} // namespace renkei::net
