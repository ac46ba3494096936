#include "net/tokenendpoint.h"

#include "net/neterror.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace renkei::net {

namespace {

const QList<QByteArray> kJson = { "application/json", "application/fhir+json" };

} // namespace

TokenEndpoint::TokenEndpoint(HttpTransport &transport, NetworkProfile profile)
    : m_transport(transport)
    , m_profile(std::move(profile))
{
}

HttpCall *TokenEndpoint::discover(QObject *parent)
{
    QUrl url = m_profile.fhirBaseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/.well-known/smart-configuration"_s);
    url.setQuery(QString());
    HttpRequestSpec spec;
    spec.url = url;
    spec.accept = "application/json";
    spec.expectedContentTypes = kJson;
    spec.authenticate = false;
    return m_transport.send(spec, parent);
}

Result<OAuthEndpoints> TokenEndpoint::endpoints(const Result<HttpResponse> &discovery) const
{
    OAuthEndpoints e { m_profile.authorizationEndpoint, m_profile.tokenEndpoint,
        m_profile.revocationEndpoint };
    if (discovery) {
        const QJsonObject config = QJsonDocument::fromJson(discovery->body).object();
        auto take = [&config](const QString &key, QUrl &into) {
            const QString value = config.value(key).toString();
            if (!value.isEmpty())
                into = QUrl(value);
        };
        take(u"authorization_endpoint"_s, e.authorization);
        take(u"token_endpoint"_s, e.token);
        take(u"revocation_endpoint"_s, e.revocation);
    }
    if (e.token.isEmpty())
        return netError(Error::Kind::Invalid,
            u"the network names no token endpoint (discovery failed and the profile has none)"_s,
            u"no-endpoints"_s, redactedUrl(m_profile.fhirBaseUrl));
    for (const QUrl &url : { e.authorization, e.token, e.revocation }) {
        if (!url.isEmpty())
            if (auto ok = checkSecureUrl(url); !ok)
                return ok.error();
    }
    return e;
}

HttpCall *TokenEndpoint::post(
    const QUrl &url, QList<std::pair<QString, QByteArray>> fields, QObject *parent)
{
    fields.append({ u"client_id"_s, m_profile.clientId.toUtf8() });
    if (!m_secret.isEmpty())
        fields.append({ u"client_secret"_s, m_secret.view().toByteArray() });
    HttpRequestSpec spec;
    spec.method = "POST";
    spec.url = url;
    spec.accept = "application/json";
    spec.contentType = "application/x-www-form-urlencoded";
    spec.expectedContentTypes = kJson;
    spec.authenticate = false;
    spec.retry = false;
    for (auto &[name, value] : fields) {
        if (!spec.body.isEmpty())
            spec.body += '&';
        spec.body += QUrl::toPercentEncoding(name) + '=' + value.toPercentEncoding();
        crypto::wipe(value);
    }
    HttpCall *call = m_transport.send(spec, parent);
    crypto::wipe(spec.body);
    return call;
}

HttpCall *TokenEndpoint::exchangeCode(const OAuthEndpoints &endpoints,
    const crypto::SecretBytes &code, const crypto::SecretBytes &verifier, const QUrl &redirectUri,
    QObject *parent)
{
    return post(endpoints.token,
        { { u"grant_type"_s, "authorization_code" }, { u"code"_s, code.view().toByteArray() },
            { u"redirect_uri"_s, redirectUri.toString().toUtf8() },
            { u"code_verifier"_s, verifier.view().toByteArray() } },
        parent);
}

HttpCall *TokenEndpoint::refresh(
    const OAuthEndpoints &endpoints, const crypto::SecretBytes &refreshToken, QObject *parent)
{
    return post(endpoints.token,
        { { u"grant_type"_s, "refresh_token" },
            { u"refresh_token"_s, refreshToken.view().toByteArray() } },
        parent);
}

HttpCall *TokenEndpoint::clientCredentials(const OAuthEndpoints &endpoints, QObject *parent)
{
    return post(endpoints.token,
        { { u"grant_type"_s, "client_credentials" },
            { u"scope"_s, m_profile.scopes.join(u' ').toUtf8() } },
        parent);
}

HttpCall *TokenEndpoint::revoke(
    const OAuthEndpoints &endpoints, const crypto::SecretBytes &token, QObject *parent)
{
    return post(endpoints.revocation,
        { { u"token"_s, token.view().toByteArray() }, { u"token_type_hint"_s, "refresh_token" } },
        parent);
}

Result<TokenGrant> TokenEndpoint::parseGrant(const Result<HttpResponse> &response)
{
    if (!response)
        return response.error();
    QJsonObject json = QJsonDocument::fromJson(response->body).object();
    QByteArray access = json.value(u"access_token"_s).toString().toUtf8();
    QByteArray refresh = json.value(u"refresh_token"_s).toString().toUtf8();
    TokenGrant grant;
    grant.accessToken = crypto::SecretBytes::copyOf(access);
    grant.refreshToken = crypto::SecretBytes::copyOf(refresh);
    crypto::wipe(access);
    crypto::wipe(refresh);
    grant.expiresInSeconds = json.value(u"expires_in"_s).toInteger(3600);
    grant.scopes = json.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
    json = {};
    if (grant.accessToken.isEmpty())
        return netError(Error::Kind::Auth, u"the token response holds no access token"_s,
            u"no-token"_s, redactedUrl(response->url));
    return grant;
}

} // namespace renkei::net
