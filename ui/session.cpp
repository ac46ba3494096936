#include "session.h"

#include "net/profilesecrets.h"
#include "uilogging.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace renkei::ui {

Session::Session(QNetworkAccessManager &nam, net::Clock clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(std::move(clock))
{
}

Session::~Session()
{
    teardown();
}

void Session::teardown()
{
    if (m_transport)
        m_transport->setTokenSource(nullptr);
    if (m_oauth)
        m_oauth->disconnect(this);
    m_oauth.reset();
    m_transport.reset();
}

Result<void> Session::setProfile(
    const net::NetworkProfile &profile, net::TokenVault &vault, Options options)
{
    // The PKCS#12 password and the client secret (when the profile has them) come from the vault.
    auto tls = net::tlsPolicyFor(profile, vault);
    if (!tls)
        return tls.error();
    auto secret = profile.signInMethod == net::SignInMethod::ClientCredentials
        ? net::clientSecretFor(profile, vault)
        : Result<crypto::SecretBytes>(crypto::SecretBytes());
    if (!secret)
        return secret.error();
    teardown();
    m_profile = profile;
    m_options = std::move(options);
    if (m_options.account.isEmpty())
        m_options.account = u"default"_s;
    m_options.oauth.account = m_options.account;
    m_transport = std::make_unique<net::HttpTransport>(m_nam, *tls, m_options.transport, m_clock);
    m_oauth = std::make_unique<net::OAuthClient>(
        *m_transport, m_profile, vault, m_clock, m_options.oauth);
    m_transport->setTokenSource(m_oauth.get());
    m_oauth->setUrlHandler(m_defaultHandler);
    if (!secret->isEmpty())
        m_oauth->setClientSecret(std::move(*secret));

    connect(m_oauth.get(), &net::OAuthClient::stateChanged, this, &Session::updateStatus);
    connect(m_oauth.get(), &net::OAuthClient::progress, this, [this](net::OAuthClient::Step step) {
        Q_EMIT progress(step);
        updateStatus();
    });
    connect(m_oauth.get(), &net::OAuthClient::refreshFinished, this, [this](bool ok) {
        updateStatus();
        if (ok)
            Q_EMIT renewed();
    });
    connect(m_oauth.get(), &net::OAuthClient::signedIn, this, [this] {
        updateStatus();
        Q_EMIT signedIn();
    });
    connect(m_oauth.get(), &net::OAuthClient::signedOut, this, [this] {
        updateStatus();
        Q_EMIT signedOut();
    });
    connect(m_oauth.get(), &net::OAuthClient::signInFailed, this, [this](const Error &error) {
        updateStatus();
        Q_EMIT signInFailed(error);
    });
    connect(m_oauth.get(), &net::OAuthClient::refreshFailed, this, [this](const Error &error) {
        updateStatus();
        Q_EMIT expired(error);
    });
    qCInfo(lcUi) << "network chosen:" << m_profile.id;
    updateStatus();
    Q_EMIT profileChanged();
    return {};
}

void Session::setUrlHandler(net::OAuthClient::UrlHandler handler)
{
    m_defaultHandler = std::move(handler);
    if (m_oauth)
        m_oauth->setUrlHandler(m_defaultHandler);
}

void Session::signIn(net::OAuthClient::UrlHandler handler)
{
    if (!m_oauth)
        return;
    if (!handler) {
        // In the browser anyone may sign in: the name known beforehand no longer holds.
        m_options.userDisplayName.clear();
    }
    m_oauth->setUrlHandler(handler ? std::move(handler) : m_defaultHandler);
    m_oauth->signIn();
}

void Session::resume()
{
    if (m_oauth)
        m_oauth->resume();
}

void Session::cancelSignIn()
{
    if (m_oauth)
        m_oauth->cancelSignIn();
}

void Session::signOut()
{
    if (m_oauth)
        m_oauth->signOut();
}

bool Session::isActive() const
{
    return m_status == Status::SignedIn || m_status == Status::Refreshing
        || m_status == Status::Expired;
}

QDateTime Session::expiresAt() const
{
    return m_oauth ? m_oauth->expiresAt() : QDateTime();
}

QString Session::userLabel() const
{
    if (!m_options.userDisplayName.isEmpty())
        return m_options.userDisplayName;
    return m_options.account == u"default"_s ? QString() : m_options.account;
}

void Session::updateStatus()
{
    Status status = Status::SignedOut;
    if (m_oauth) {
        switch (m_oauth->state()) {
        case net::OAuthClient::State::SignedOut:
            status = Status::SignedOut;
            break;
        case net::OAuthClient::State::SigningIn:
            status = Status::SigningIn;
            break;
        case net::OAuthClient::State::SignedIn:
            status = m_oauth->isRefreshing() ? Status::Refreshing : Status::SignedIn;
            break;
        case net::OAuthClient::State::NeedsSignIn:
            status = Status::Expired;
            break;
        }
    }
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

} // namespace renkei::ui
