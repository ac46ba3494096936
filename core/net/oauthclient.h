#pragma once

#include "net/clock.h"
#include "net/loopbackreceiver.h"
#include "net/pkce.h"
#include "net/tokenendpoint.h"
#include "net/tokenvault.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

// Signing in to one network (issue 4 §2) and keeping the session alive: the state machine the
// sign-in window drives and the FHIR client takes its bearer tokens from.
//
//   SignedOut --signIn()--> SigningIn --> SignedIn --(refresh refused)--> NeedsSignIn
//        ^                      |  (failure: signInFailed, back to SignedOut)   |
//        +------------------ signOut() <-----------------------------------------+
//
// The access token lives in memory only (wiped on sign-out); the refresh token in a TokenVault
// (scope renkei:<network>:<account>:refresh-token). Time is the injected Clock.
namespace renkei::net {

class OAuthClient : public QObject, public AccessTokenSource {
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn, NeedsSignIn };
    Q_ENUM(State)
    enum class Step { Discovering, WaitingForBrowser, ExchangingCode, RequestingToken, Refreshing };
    Q_ENUM(Step)

    struct Options {
        QString account = QStringLiteral("default"); // the keychain scope's account part
        int browserTimeoutMs = 5 * 60 * 1000;
        int refreshMarginSeconds = 60; // refresh this long before expiry
        // While signed in, the token's age is checked (by the Clock) this often and renewed
        // once it is within the margin: a wall-clock check survives a suspended laptop, where
        // one long timer would fire late. 0: no proactive renewal (only before a request).
        int refreshCheckIntervalMs = 15000;
    };
    // Opens the authorization URL: production passes QDesktopServices::openUrl (the UI owns Gui),
    // tests drive the sign-in page over HTTP.
    using UrlHandler = std::function<void(const QUrl &)>;

    OAuthClient(HttpTransport &transport, NetworkProfile profile, TokenVault &vault, Clock clock,
        Options options, QObject *parent = nullptr);
    ~OAuthClient() override;

    void setUrlHandler(UrlHandler handler) { m_openUrl = std::move(handler); }
    // For the client-credentials method (a confidential client); kept in memory only.
    void setClientSecret(crypto::SecretBytes secret);

    // Starts the profile's sign-in method. Ends with signedIn() or signInFailed().
    void signIn();
    // Resumes a session from the stored refresh token without the browser (application start).
    // Ends with signedIn(), or signInFailed() and NeedsSignIn when there is none or it is refused.
    void resume();
    void cancelSignIn();
    // Renews the access token now if it is within the refresh margin (what the refresh timer
    // does every refreshCheckIntervalMs; tests that move the Clock call it directly).
    void checkRefreshDue();
    // Revokes the refresh token where the server offers it, wipes both tokens, removes the
    // stored one. State SignedOut at once.
    void signOut();

    State state() const { return m_state; }
    bool isRefreshing() const { return m_refreshing; }
    QDateTime expiresAt() const { return m_expiresAt; }
    QStringList grantedScopes() const { return m_scopes; }
    const NetworkProfile &profile() const { return m_profile; }
    QString account() const { return m_options.account; }

    // AccessTokenSource
    crypto::SecretBytes accessToken() const override { return m_accessToken; }
    bool needsRefresh() const override;
    void refreshAccessToken(
        QObject *context, std::function<void(const Result<void> &)> done) override;

Q_SIGNALS:
    void stateChanged(renkei::net::OAuthClient::State state);
    void progress(renkei::net::OAuthClient::Step step);
    void signedIn(const QString &account);
    void signedOut();
    // Sign-in did not complete (Kind::Auth, Network, Tls, Timeout, Cancelled, ...).
    void signInFailed(const renkei::Error &error);
    // The session could not be renewed: sign in again (state NeedsSignIn).
    void refreshFailed(const renkei::Error &error);
    // A renewal of a signed-in session ended: `renewed` (expiresAt() moved), or not (the
    // network is down: the session stays and the next check tries again; refused: see
    // refreshFailed).
    void refreshFinished(bool renewed);

private:
    void setState(State state);
    void withEndpoints(std::function<void()> next);
    void startBrowser();
    void onCode(const crypto::SecretBytes &code);
    void requestClientCredentials();
    void startRefresh();
    void onGrant(HttpCall *call, bool signingIn);
    Result<void> applyGrant(TokenGrant grant);
    void failSignIn(const Error &error);
    void finishRefresh(const Result<void> &result);
    void wipeTokens();

    HttpTransport &m_transport;
    NetworkProfile m_profile;
    TokenVault &m_vault;
    Clock m_clock;
    Options m_options;
    TokenEndpoint m_endpoint;
    UrlHandler m_openUrl;
    std::optional<OAuthEndpoints> m_endpoints;
    LoopbackReceiver m_receiver;
    State m_state = State::SignedOut;
    crypto::SecretBytes m_accessToken;
    QDateTime m_expiresAt;
    QStringList m_scopes;
    std::optional<Pkce> m_pkce;
    QUrl m_redirectUri;
    QPointer<HttpCall> m_pending; // discovery or a token request of the sign-in
    bool m_refreshing = false;
    QTimer m_refreshTimer;
    QList<std::pair<QPointer<QObject>, std::function<void(const Result<void> &)>>> m_waiters;
};

} // namespace renkei::net
