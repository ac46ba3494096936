#include "net/oauthclient.h"

#include "net/neterror.h"
#include "util/logging.h"

#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace renkei::net {

OAuthClient::OAuthClient(HttpTransport &transport, NetworkProfile profile, TokenVault &vault,
    Clock clock, Options options, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_profile(std::move(profile))
    , m_vault(vault)
    , m_clock(std::move(clock))
    , m_options(std::move(options))
    , m_endpoint(transport, m_profile)
{
    connect(&m_receiver, &LoopbackReceiver::codeReceived, this, &OAuthClient::onCode);
    connect(&m_receiver, &LoopbackReceiver::failed, this, &OAuthClient::failSignIn);
    m_refreshTimer.setInterval(m_options.refreshCheckIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &OAuthClient::checkRefreshDue);
}

OAuthClient::~OAuthClient()
{
    wipeTokens();
}

void OAuthClient::setClientSecret(crypto::SecretBytes secret)
{
    m_endpoint.setClientSecret(std::move(secret));
}

void OAuthClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcNet) << "session state" << state;
    if (m_state == State::SignedIn && m_options.refreshCheckIntervalMs > 0)
        m_refreshTimer.start();
    else
        m_refreshTimer.stop();
    Q_EMIT stateChanged(state);
}

void OAuthClient::withEndpoints(std::function<void()> next)
{
    if (m_endpoints) {
        next();
        return;
    }
    Q_EMIT progress(Step::Discovering);
    m_pending = m_endpoint.discover(this);
    connect(m_pending, &HttpCall::finished, this, [this, call = m_pending.data(), next] {
        call->deleteLater();
        if (call->result().ok() || call->result().error().kind != Error::Kind::Cancelled) {
            if (!call->result())
                qCInfo(lcNet) << "SMART discovery failed; using the profile's endpoints";
            auto endpoints = m_endpoint.endpoints(call->result());
            if (!endpoints) {
                // The server could not be reached and the profile names no endpoints of its
                // own: the connection is what the user must hear about, not the endpoints.
                const bool unreachable = !call->result()
                    && (call->result().error().kind == Error::Kind::Network
                        || call->result().error().kind == Error::Kind::Timeout
                        || call->result().error().kind == Error::Kind::Tls);
                failSignIn(unreachable ? call->result().error() : endpoints.error());
                return;
            }
            m_endpoints = *endpoints;
            next();
        }
    });
}

void OAuthClient::signIn()
{
    if (m_state == State::SigningIn)
        return;
    wipeTokens();
    setState(State::SigningIn);
    if (m_profile.signInMethod == SignInMethod::ClientCredentials)
        withEndpoints([this] { requestClientCredentials(); });
    else
        withEndpoints([this] { startBrowser(); });
}

void OAuthClient::startBrowser()
{
    if (m_endpoints->authorization.isEmpty()) {
        failSignIn(netError(Error::Kind::Invalid, u"the network names no authorization endpoint"_s,
            u"no-endpoints"_s));
        return;
    }
    if (!m_openUrl) {
        failSignIn(netError(
            Error::Kind::Unsupported, u"no way to open the browser"_s, u"no-url-handler"_s));
        return;
    }
    auto pkce = makePkce();
    auto state = makeState();
    if (!pkce || !state) {
        failSignIn(pkce ? state.error() : pkce.error());
        return;
    }
    auto redirect = m_receiver.listen(*state, m_options.browserTimeoutMs);
    if (!redirect) {
        failSignIn(redirect.error());
        return;
    }
    m_redirectUri = *redirect;
    QUrlQuery query;
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"client_id"_s, m_profile.clientId);
    query.addQueryItem(u"redirect_uri"_s, m_redirectUri.toString());
    query.addQueryItem(u"scope"_s, m_profile.scopes.join(u' '));
    query.addQueryItem(u"state"_s, *state);
    query.addQueryItem(u"aud"_s, m_profile.fhirBaseUrl.toString());
    query.addQueryItem(u"code_challenge"_s, pkce->challenge);
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    QUrl url = m_endpoints->authorization;
    url.setQuery(query);
    m_pkce = std::move(*pkce);
    Q_EMIT progress(Step::WaitingForBrowser);
    qCInfo(lcNet) << "opening the sign-in page" << redactedUrl(m_endpoints->authorization);
    m_openUrl(url);
}

void OAuthClient::onCode(const crypto::SecretBytes &code)
{
    if (m_state != State::SigningIn || !m_pkce)
        return;
    Q_EMIT progress(Step::ExchangingCode);
    m_pending = m_endpoint.exchangeCode(*m_endpoints, code, m_pkce->verifier, m_redirectUri, this);
    m_pkce.reset();
    connect(m_pending, &HttpCall::finished, this,
        [this, call = m_pending.data()] { onGrant(call, true); });
}

void OAuthClient::requestClientCredentials()
{
    Q_EMIT progress(Step::RequestingToken);
    m_pending = m_endpoint.clientCredentials(*m_endpoints, this);
    connect(m_pending, &HttpCall::finished, this,
        [this, call = m_pending.data()] { onGrant(call, true); });
}

void OAuthClient::onGrant(HttpCall *call, bool signingIn)
{
    call->deleteLater();
    auto grant = TokenEndpoint::parseGrant(call->result());
    Result<void> applied = grant ? applyGrant(std::move(*grant)) : Result<void>(grant.error());
    if (!signingIn) {
        finishRefresh(applied);
        return;
    }
    if (!applied) {
        failSignIn(applied.error());
        return;
    }
    setState(State::SignedIn);
    qCInfo(lcNet) << "signed in; scopes granted:" << m_scopes.size();
    Q_EMIT signedIn(m_options.account);
}

Result<void> OAuthClient::applyGrant(TokenGrant grant)
{
    m_accessToken = std::move(grant.accessToken);
    m_expiresAt = nowFrom(m_clock).addSecs(grant.expiresInSeconds);
    if (!grant.scopes.isEmpty())
        m_scopes = grant.scopes;
    if (!grant.refreshToken.isEmpty()) {
        const QString scope = refreshTokenScope(m_profile.id, m_options.account);
        if (auto stored = m_vault.store(scope, grant.refreshToken); !stored)
            qCWarning(lcNet) << "the refresh token could not be kept:"
                             << errorKindName(stored.error().kind) << stored.error().code;
    }
    return {};
}

void OAuthClient::failSignIn(const Error &error)
{
    m_receiver.close();
    m_pkce.reset();
    if (m_state != State::SigningIn) {
        finishRefresh(error);
        return;
    }
    qCInfo(lcNet) << "sign-in failed:" << errorKindName(error.kind) << error.code;
    wipeTokens();
    setState(m_options.account.isEmpty() ? State::SignedOut : State::SignedOut);
    Q_EMIT signInFailed(error);
}

void OAuthClient::resume()
{
    if (m_state == State::SigningIn)
        return;
    setState(State::SigningIn);
    refreshAccessToken(this, [this](const Result<void> &result) {
        if (result) {
            setState(State::SignedIn);
            Q_EMIT signedIn(m_options.account);
            return;
        }
        setState(State::NeedsSignIn);
        Q_EMIT signInFailed(result.error());
    });
}

void OAuthClient::cancelSignIn()
{
    if (m_state != State::SigningIn)
        return;
    if (m_pending)
        m_pending->cancel();
    failSignIn(netError(Error::Kind::Cancelled, u"sign-in cancelled"_s, u"cancelled"_s));
}

void OAuthClient::checkRefreshDue()
{
    if (m_refreshing || !needsRefresh())
        return;
    qCInfo(lcNet) << "renewing the access token before it expires";
    // Failures are handled in finishRefresh: a refused grant moves to NeedsSignIn; a network
    // failure leaves the session as it is, and the next check tries again.
    refreshAccessToken(this, [](const Result<void> &) {});
}

bool OAuthClient::needsRefresh() const
{
    if (m_state != State::SignedIn)
        return false;
    return m_accessToken.isEmpty()
        || nowFrom(m_clock).secsTo(m_expiresAt) <= m_options.refreshMarginSeconds;
}

void OAuthClient::refreshAccessToken(
    QObject *context, std::function<void(const Result<void> &)> done)
{
    m_waiters.append({ context, std::move(done) });
    if (m_refreshing)
        return;
    if (m_state == State::SignedOut || m_state == State::NeedsSignIn) {
        finishRefresh(netError(Error::Kind::Auth, u"not signed in"_s, u"signed-out"_s));
        return;
    }
    m_refreshing = true;
    withEndpoints([this] { startRefresh(); });
}

void OAuthClient::startRefresh()
{
    Q_EMIT progress(Step::Refreshing);
    if (m_profile.signInMethod == SignInMethod::ClientCredentials) {
        HttpCall *call = m_endpoint.clientCredentials(*m_endpoints, this);
        connect(call, &HttpCall::finished, this, [this, call] { onGrant(call, false); });
        return;
    }
    auto stored = m_vault.load(refreshTokenScope(m_profile.id, m_options.account));
    if (!stored) {
        finishRefresh(stored.error());
        return;
    }
    if (!stored->has_value()) {
        finishRefresh(netError(
            Error::Kind::Auth, u"no stored session: sign in again"_s, u"no-refresh-token"_s));
        return;
    }
    HttpCall *call = m_endpoint.refresh(*m_endpoints, **stored, this);
    connect(call, &HttpCall::finished, this, [this, call] { onGrant(call, false); });
}

void OAuthClient::finishRefresh(const Result<void> &result)
{
    m_refreshing = false;
    const bool wasSignedIn = m_state == State::SignedIn;
    if (!result && result.error().kind == Error::Kind::Auth) {
        // The grant is gone (revoked, expired, reused): only a new sign-in helps.
        qCInfo(lcNet) << "the session could not be renewed:" << result.error().code;
        wipeTokens();
        (void)m_vault.remove(refreshTokenScope(m_profile.id, m_options.account));
        if (m_state == State::SignedIn) {
            setState(State::NeedsSignIn);
            Q_EMIT refreshFailed(result.error());
        }
    }
    if (wasSignedIn)
        Q_EMIT refreshFinished(result.ok());
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &[context, done] : waiters) {
        if (context)
            done(result);
    }
}

void OAuthClient::signOut()
{
    m_receiver.close();
    if (m_pending)
        m_pending->cancel();
    const QString scope = refreshTokenScope(m_profile.id, m_options.account);
    auto stored = m_vault.load(scope);
    if (stored && stored->has_value() && m_endpoints && !m_endpoints->revocation.isEmpty()) {
        HttpCall *call = m_endpoint.revoke(*m_endpoints, **stored, this);
        connect(call, &HttpCall::finished, call, &QObject::deleteLater);
    }
    (void)m_vault.remove(scope);
    wipeTokens();
    const bool changed = m_state != State::SignedOut;
    setState(State::SignedOut);
    if (changed)
        Q_EMIT signedOut();
}

void OAuthClient::wipeTokens()
{
    m_accessToken.wipe();
    m_accessToken = {};
    m_expiresAt = {};
}

} // namespace renkei::net
