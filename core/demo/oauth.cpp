#include "demo/oauth.h"

#include "demo/totp.h"
#include "util/logging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace renkei::demo {

namespace {

QUrlQuery formBody(const HttpRequest &request)
{
    QByteArray body = request.body;
    body.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(body));
}

QString field(const QUrlQuery &q, const QString &name)
{
    return q.queryItemValue(name, QUrl::FullyDecoded);
}

HttpResponse oauthJson(int status, const QJsonObject &body)
{
    HttpResponse r = HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact),
        "application/json; charset=utf-8");
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("Pragma", "no-cache");
    return r;
}

HttpResponse oauthError(int status, const QString &error, const QString &description)
{
    HttpResponse r = oauthJson(
        status, QJsonObject { { u"error"_s, error }, { u"error_description"_s, description } });
    if (status == 401)
        r.setHeader("WWW-Authenticate", R"(Basic realm="renkei-demo")");
    return r;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

struct ParsedScope {
    QString context, type, permission;
    bool valid = false;
};

ParsedScope parseScope(const QString &scope)
{
    ParsedScope p;
    const qsizetype slash = scope.indexOf(u'/');
    const qsizetype dot = scope.lastIndexOf(u'.');
    if (slash <= 0 || dot <= slash + 1)
        return p;
    p.context = scope.left(slash);
    p.type = scope.mid(slash + 1, dot - slash - 1);
    p.permission = scope.mid(dot + 1);
    p.valid = (p.context == u"user"_s || p.context == u"patient"_s || p.context == u"system"_s)
        && !p.permission.isEmpty();
    return p;
}

bool permissionReads(const QString &permission)
{
    // SMART v1 read / *, and v2 letters (rs, cruds, ...).
    if (permission == u"read"_s || permission == u"*"_s)
        return true;
    return permission != u"write"_s && permission.contains(u'r');
}

bool permissionCovers(const QString &outer, const QString &inner)
{
    return outer == inner || outer == u"*"_s || (inner == u"read"_s && permissionReads(outer));
}

const QStringList kIdentityScopes = { u"openid"_s, u"profile"_s, u"fhirUser"_s, u"offline_access"_s,
    u"online_access"_s, u"launch"_s, u"launch/patient"_s };

} // namespace

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomToken(int bytes)
{
    QByteArray buffer(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(buffer.data()), bytes) != 1)
        qFatal("RAND_bytes failed");
    return base64Url(buffer);
}

QString pkceChallenge(const QString &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

ScopeSet ScopeSet::fromScopes(const QStringList &scopes)
{
    ScopeSet set;
    for (const QString &s : scopes) {
        const ParsedScope p = parseScope(s);
        if (!p.valid || !permissionReads(p.permission))
            continue;
        if (p.type == u"*"_s)
            set.allTypes = true;
        else
            set.types.insert(p.type);
    }
    return set;
}

OAuthService::OAuthService(Clock clock)
    : m_clock(std::move(clock))
    , m_totpSecret(QString::fromUtf16(kDemoTotpSecret))
{
    m_clients = defaultClients();
}

QList<OAuthClient> OAuthService::defaultClients()
{
    OAuthClient viewer;
    viewer.clientId = u"renkei-viewer"_s;
    viewer.allowLoopbackRedirect = true;
    OAuthClient batch;
    batch.clientId = u"renkei-batch"_s;
    batch.clientSecret = u"renkei-batch-demo-secret"_s;
    batch.allowLoopbackRedirect = false;
    batch.scopes = { u"system/*.read"_s };
    return { viewer, batch };
}

QStringList OAuthService::defaultScopesForRole(const QString &role)
{
    const QStringList identity = { u"openid"_s, u"fhirUser"_s, u"offline_access"_s };
    if (role == u"pharmacist"_s)
        return identity
            + QStringList { u"user/Patient.read"_s, u"user/Organization.read"_s,
                  u"user/Practitioner.read"_s, u"user/Medication.read"_s,
                  u"user/MedicationRequest.read"_s, u"user/MedicationDispense.read"_s,
                  u"user/AllergyIntolerance.read"_s, u"user/Observation.read"_s };
    if (role == u"clerk"_s)
        return identity
            + QStringList { u"user/Patient.read"_s, u"user/Organization.read"_s,
                  u"user/Practitioner.read"_s, u"user/Encounter.read"_s };
    return identity + QStringList { u"user/*.read"_s };
}

const OAuthClient *OAuthService::client(const QString &clientId) const
{
    for (const OAuthClient &c : m_clients) {
        if (c.clientId == clientId)
            return &c;
    }
    return nullptr;
}

const DemoAccount *OAuthService::account(const QString &userId) const
{
    for (const DemoAccount &a : m_accounts) {
        if (a.userId == userId)
            return &a;
    }
    return nullptr;
}

bool OAuthService::redirectAllowed(const OAuthClient &c, const QString &redirectUri) const
{
    if (c.redirectUris.contains(redirectUri))
        return true;
    if (!c.allowLoopbackRedirect)
        return false;
    const QUrl url(redirectUri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http"_s || !url.userInfo().isEmpty()
        || url.hasFragment())
        return false;
    return url.host() == u"127.0.0.1"_s || url.host() == u"::1"_s;
}

QStringList OAuthService::grantScopes(const DemoAccount &acct, const QString &requested) const
{
    const QStringList allowed
        = acct.scopes.isEmpty() ? defaultScopesForRole(acct.role) : acct.scopes;
    const QStringList wanted = requested.split(u' ', Qt::SkipEmptyParts);
    if (wanted.isEmpty())
        return allowed;
    QStringList granted;
    auto grant = [&granted](const QString &s) {
        if (!granted.contains(s))
            granted.append(s);
    };
    for (const QString &r : wanted) {
        if (kIdentityScopes.contains(r)) {
            grant(r);
            continue;
        }
        const ParsedScope want = parseScope(r);
        if (!want.valid)
            continue;
        for (const QString &a : allowed) {
            const ParsedScope have = parseScope(a);
            if (!have.valid)
                continue;
            // The account's scope covers the request: grant what was asked.
            if ((have.type == u"*"_s || have.type == want.type)
                && permissionCovers(have.permission, want.permission))
                grant(r);
            // The request is wider (user/*.read): grant the account's narrower scope.
            else if ((want.type == u"*"_s || want.type == have.type)
                && permissionCovers(want.permission, have.permission))
                grant(a);
        }
    }
    return granted;
}

HttpResponse OAuthService::smartConfiguration(const QString &baseUrl) const
{
    const QJsonObject config {
        { u"issuer"_s, baseUrl },
        { u"authorization_endpoint"_s, QString(baseUrl + u"/authorize"_s) },
        { u"token_endpoint"_s, QString(baseUrl + u"/token"_s) },
        { u"revocation_endpoint"_s, QString(baseUrl + u"/revoke"_s) },
        { u"token_endpoint_auth_methods_supported"_s,
            QJsonArray { u"none"_s, u"client_secret_basic"_s, u"client_secret_post"_s } },
        { u"grant_types_supported"_s,
            QJsonArray { u"authorization_code"_s, u"refresh_token"_s, u"client_credentials"_s } },
        { u"response_types_supported"_s, QJsonArray { u"code"_s } },
        { u"code_challenge_methods_supported"_s, QJsonArray { u"S256"_s } },
        { u"scopes_supported"_s,
            QJsonArray { u"openid"_s, u"fhirUser"_s, u"offline_access"_s, u"user/*.read"_s,
                u"patient/*.read"_s, u"system/*.read"_s } },
        { u"capabilities"_s,
            QJsonArray { u"launch-standalone"_s, u"client-public"_s,
                u"client-confidential-symmetric"_s, u"permission-offline"_s, u"permission-user"_s,
                u"permission-patient"_s, u"permission-v1"_s } },
    };
    HttpResponse r = HttpResponse::json(200, QJsonDocument(config).toJson(QJsonDocument::Compact),
        "application/json; charset=utf-8");
    return r;
}

HttpResponse OAuthService::authorizeError(
    const AuthorizeParams &p, const QString &error, const QString &description) const
{
    QUrl target(p.redirectUri);
    QUrlQuery q(target);
    q.addQueryItem(u"error"_s, error);
    q.addQueryItem(u"error_description"_s, description);
    if (!p.state.isEmpty())
        q.addQueryItem(u"state"_s, p.state);
    target.setQuery(q);
    return HttpResponse::redirect(target.toEncoded());
}

HttpResponse OAuthService::authorize(const HttpRequest &request)
{
    const bool post = request.method == "POST";
    if (!post && request.method != "GET")
        return oauthError(405, u"invalid_request"_s, u"GET or POST"_s);
    const QUrlQuery q = post ? formBody(request) : request.query;
    AuthorizeParams p;
    p.responseType = field(q, u"response_type"_s);
    p.clientId = field(q, u"client_id"_s);
    p.redirectUri = field(q, u"redirect_uri"_s);
    p.scope = field(q, u"scope"_s);
    p.state = field(q, u"state"_s);
    p.challenge = field(q, u"code_challenge"_s);
    p.challengeMethod = field(q, u"code_challenge_method"_s);
    p.aud = field(q, u"aud"_s);

    // Never redirect to an unverified URI: show an error page instead.
    const OAuthClient *c = client(p.clientId);
    if (!c)
        return signInPage(p, 400, u"不明なクライアントです（client_id）。"_s);
    if (!redirectAllowed(*c, p.redirectUri))
        return signInPage(p, 400, u"登録されていないリダイレクト先です（redirect_uri）。"_s);
    if (p.responseType != u"code"_s)
        return authorizeError(p, u"unsupported_response_type"_s, u"only code"_s);
    if (p.challenge.isEmpty())
        return authorizeError(p, u"invalid_request"_s, u"PKCE code_challenge required"_s);
    if (p.challengeMethod != u"S256"_s)
        return authorizeError(p, u"invalid_request"_s, u"code_challenge_method must be S256"_s);
    if (p.challenge.size() != 43)
        return authorizeError(p, u"invalid_request"_s, u"malformed code_challenge"_s);
    if (!post)
        return signInPage(p, 200, QString());

    const QString userId = field(q, u"user_id"_s).trimmed();
    const QString password = field(q, u"password"_s);
    const QString otp = field(q, u"otp"_s).trimmed();
    const DemoAccount *acct = account(userId);
    const bool passwordOk = acct && constantTimeEquals(acct->password.toUtf8(), password.toUtf8());
    const bool otpOk = totpVerify(m_totpSecret, otp, now());
    if (!acct || !passwordOk || !otpOk) {
        qCInfo(lcDemo) << "sign-in refused";
        return signInPage(
            p, 401, u"ユーザーID、パスワード、またはワンタイムコードが正しくありません。"_s);
    }
    Code code;
    code.clientId = p.clientId;
    code.redirectUri = p.redirectUri;
    code.challenge = p.challenge;
    code.subject = acct->userId;
    code.role = acct->role;
    code.scopes = grantScopes(*acct, p.scope);
    code.expires = now().addSecs(60);
    const QString value = randomToken();
    m_codes.insert(value, code);

    QUrl target(p.redirectUri);
    QUrlQuery rq(target);
    rq.addQueryItem(u"code"_s, value);
    if (!p.state.isEmpty())
        rq.addQueryItem(u"state"_s, p.state);
    target.setQuery(rq);
    return HttpResponse::redirect(target.toEncoded());
}

QJsonObject OAuthService::issueTokens(const QString &subject, const QString &role,
    const QString &clientId, const QStringList &scopes, int family, bool withRefresh)
{
    Token t;
    t.subject = subject;
    t.role = role;
    t.clientId = clientId;
    t.scopes = scopes;
    t.family = family;
    t.expires = now().addSecs(m_accessLifetime);
    const QString access = randomToken();
    m_accessTokens.insert(access, t);
    QJsonObject out { { u"access_token"_s, access }, { u"token_type"_s, u"Bearer"_s },
        { u"expires_in"_s, m_accessLifetime }, { u"scope"_s, scopes.join(u' ') } };
    if (withRefresh) {
        Token r = t;
        r.expires = now().addSecs(m_refreshLifetime);
        const QString refresh = randomToken();
        m_refreshTokens.insert(refresh, r);
        out.insert(u"refresh_token"_s, refresh);
    }
    return out;
}

void OAuthService::revokeFamily(int family)
{
    for (Token &t : m_accessTokens) {
        if (t.family == family)
            t.revoked = true;
    }
    for (Token &t : m_refreshTokens) {
        if (t.family == family)
            t.revoked = true;
    }
}

HttpResponse OAuthService::token(const HttpRequest &request)
{
    if (request.method != "POST")
        return oauthError(405, u"invalid_request"_s, u"POST only"_s);
    const QUrlQuery q = formBody(request);
    const QString grantType = field(q, u"grant_type"_s);
    QString clientId = field(q, u"client_id"_s);
    QString clientSecret = field(q, u"client_secret"_s);
    const QByteArray auth = request.header("authorization");
    if (auth.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(decoded.left(colon));
            clientSecret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
    }
    const OAuthClient *c = client(clientId);
    if (!c)
        return oauthError(401, u"invalid_client"_s, u"unknown client"_s);
    if (!c->clientSecret.isEmpty()
        && !constantTimeEquals(c->clientSecret.toUtf8(), clientSecret.toUtf8()))
        return oauthError(401, u"invalid_client"_s, u"client authentication failed"_s);

    if (grantType == u"authorization_code"_s) {
        const QString value = field(q, u"code"_s);
        const auto it = m_codes.constFind(value);
        if (it == m_codes.cend())
            return oauthError(400, u"invalid_grant"_s, u"unknown or used code"_s);
        const Code code = *it;
        m_codes.remove(value); // single use, even when the exchange fails
        if (code.expires < now())
            return oauthError(400, u"invalid_grant"_s, u"code expired"_s);
        if (code.clientId != clientId || code.redirectUri != field(q, u"redirect_uri"_s))
            return oauthError(400, u"invalid_grant"_s, u"client or redirect_uri mismatch"_s);
        const QString verifier = field(q, u"code_verifier"_s);
        if (verifier.size() < 43 || verifier.size() > 128)
            return oauthError(400, u"invalid_grant"_s, u"code_verifier missing or malformed"_s);
        if (!constantTimeEquals(pkceChallenge(verifier).toLatin1(), code.challenge.toLatin1()))
            return oauthError(400, u"invalid_grant"_s, u"PKCE verification failed"_s);
        return oauthJson(
            200, issueTokens(code.subject, code.role, clientId, code.scopes, m_nextFamily++, true));
    }
    if (grantType == u"refresh_token"_s) {
        const QString value = field(q, u"refresh_token"_s);
        const auto it = m_refreshTokens.find(value);
        if (it == m_refreshTokens.end() || it->clientId != clientId)
            return oauthError(400, u"invalid_grant"_s, u"unknown refresh token"_s);
        if (it->used) {
            // A spent refresh token came back: someone copied it. Revoke the whole grant.
            revokeFamily(it->family);
            return oauthError(400, u"invalid_grant"_s, u"refresh token already used"_s);
        }
        if (it->revoked || it->expires < now())
            return oauthError(400, u"invalid_grant"_s, u"refresh token expired or revoked"_s);
        it->used = true;
        const Token old = *it;
        QStringList scopes = old.scopes;
        const QString narrowed = field(q, u"scope"_s);
        if (!narrowed.isEmpty()) {
            const QStringList wanted = narrowed.split(u' ', Qt::SkipEmptyParts);
            for (const QString &s : wanted) {
                if (!old.scopes.contains(s))
                    return oauthError(400, u"invalid_scope"_s, u"scope wider than the grant"_s);
            }
            scopes = wanted;
        }
        return oauthJson(
            200, issueTokens(old.subject, old.role, clientId, scopes, old.family, true));
    }
    if (grantType == u"client_credentials"_s) {
        if (c->clientSecret.isEmpty())
            return oauthError(400, u"unauthorized_client"_s, u"public clients cannot"_s);
        QStringList scopes = c->scopes;
        const QStringList wanted = field(q, u"scope"_s).split(u' ', Qt::SkipEmptyParts);
        if (!wanted.isEmpty()) {
            const ScopeSet allowed = ScopeSet::fromScopes(c->scopes);
            scopes.clear();
            for (const QString &s : wanted) {
                const ParsedScope p = parseScope(s);
                if (p.valid && (p.type == u"*"_s ? allowed.allTypes : allowed.allows(p.type)))
                    scopes.append(s);
            }
            if (scopes.isEmpty())
                return oauthError(400, u"invalid_scope"_s, u"no requested scope allowed"_s);
        }
        return oauthJson(
            200, issueTokens(clientId, u"system"_s, clientId, scopes, m_nextFamily++, false));
    }
    return oauthError(400, u"unsupported_grant_type"_s, u"unsupported grant_type"_s);
}

HttpResponse OAuthService::revoke(const HttpRequest &request)
{
    if (request.method != "POST")
        return oauthError(405, u"invalid_request"_s, u"POST only"_s);
    const QString value = field(formBody(request), u"token"_s);
    if (auto it = m_accessTokens.find(value); it != m_accessTokens.end())
        it->revoked = true;
    if (auto it = m_refreshTokens.find(value); it != m_refreshTokens.end())
        revokeFamily(it->family);
    HttpResponse r;
    r.status = 200; // RFC 7009: also for unknown tokens
    r.setHeader("Cache-Control", "no-store");
    return r;
}

QByteArray OAuthService::bearerToken(const HttpRequest &request)
{
    const QByteArray auth = request.header("authorization");
    if (auth.size() < 7 || auth.left(7).toLower() != "bearer ")
        return {};
    return auth.mid(7).trimmed();
}

BearerCheck OAuthService::checkBearer(const HttpRequest &request) const
{
    BearerCheck check;
    const QByteArray token = bearerToken(request);
    if (token.isEmpty()) {
        check.error = u"no bearer token"_s;
        return check;
    }
    const auto it = m_accessTokens.constFind(QString::fromLatin1(token));
    if (it == m_accessTokens.cend()) {
        check.error = u"unknown token"_s;
        return check;
    }
    if (it->revoked) {
        check.error = u"token revoked"_s;
        return check;
    }
    if (it->expires <= now()) {
        check.error = u"token expired"_s;
        return check;
    }
    AccessContext ctx;
    ctx.subject = it->subject;
    ctx.role = it->role;
    ctx.clientId = it->clientId;
    ctx.scopes = it->scopes;
    ctx.access = ScopeSet::fromScopes(it->scopes);
    check.context = ctx;
    return check;
}

void OAuthService::expireToken(const QByteArray &accessToken)
{
    if (auto it = m_accessTokens.find(QString::fromLatin1(accessToken)); it != m_accessTokens.end())
        it->expires = now().addSecs(-1);
}

void OAuthService::revokeToken(const QByteArray &accessToken)
{
    if (auto it = m_accessTokens.find(QString::fromLatin1(accessToken)); it != m_accessTokens.end())
        it->revoked = true;
}

QString OAuthService::issueAccessToken(
    const QString &subject, const QStringList &scopes, const QString &role)
{
    return issueTokens(subject, role, u"renkei-viewer"_s, scopes, m_nextFamily++, false)
        .value(u"access_token"_s)
        .toString();
}

} // namespace renkei::demo
