#pragma once

#include "net/clock.h"
#include "net/httptransport.h"
#include "net/networkprofile.h"
#include "net/oauthclient.h"
#include "util/result.h"

#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace renkei::ui {

struct SessionOptions {
    QString account = QStringLiteral("default"); // keychain scope of the refresh token
    QString userDisplayName; // shown in the status bar when known (the demo knows it)
    net::OAuthClient::Options oauth;
    net::TransportOptions transport;
};

// The session with one network that the window, the status-bar indicator, the sign-in dialog
// and the lock screen share: the chosen profile, its transport (TLS policy) and OAuth client,
// and the vault its refresh token goes to. No widgets; the words are the widgets' business.
class Session : public QObject {
    Q_OBJECT
public:
    // What the indicator shows. Expired: the grant is gone, only a new sign-in helps.
    enum class Status { SignedOut, SigningIn, SignedIn, Refreshing, Expired };
    Q_ENUM(Status)

    using Options = SessionOptions;

    explicit Session(QNetworkAccessManager &nam, net::Clock clock = {}, QObject *parent = nullptr);
    ~Session() override;

    // Chooses the network: ends any session with the previous one (without revoking it: the
    // stored refresh token stays for resume()). `vault` must outlive the session or the next
    // setProfile(). Kind::Tls/Io when the profile's certificates cannot be read.
    Result<void> setProfile(
        const net::NetworkProfile &profile, net::TokenVault &vault, SessionOptions options);
    Result<void> setProfile(const net::NetworkProfile &profile, net::TokenVault &vault)
    {
        return setProfile(profile, vault, SessionOptions());
    }
    bool hasProfile() const { return m_oauth != nullptr; }
    const net::NetworkProfile &profile() const { return m_profile; }
    const Options &options() const { return m_options; }

    // Opens the authorization URL in a sign-in that starts later (default: the system browser,
    // which the UI passes in; tests and the demo pass a driver of the sign-in page).
    void setUrlHandler(net::OAuthClient::UrlHandler handler);
    // Signs in with the profile's method; `handler` (when set) opens this sign-in's URL instead
    // of the default handler (the browser, where anyone may sign in: the display name given
    // with the options is forgotten then).
    void signIn(net::OAuthClient::UrlHandler handler = {});
    // The demo's own sign-in: a handler that fills in the sign-in page by itself (DemoSignIn).
    // Set: the sign-in window offers it next to the browser for the session's network.
    void setAutomaticSignIn(net::OAuthClient::UrlHandler handler)
    {
        m_automaticHandler = std::move(handler);
    }
    bool hasAutomaticSignIn() const { return bool(m_automaticHandler); }
    void signInAutomatically() { signIn(m_automaticHandler); }
    void resume(); // from the stored refresh token, no browser
    void cancelSignIn();
    void signOut(); // revoke, wipe

    Status status() const { return m_status; }
    bool isActive() const; // signed in, renewing, or expired (a user is at this workstation)
    QDateTime expiresAt() const;
    QString userLabel() const; // the display name, else the account unless it is "default"
    net::OAuthClient *oauth() const { return m_oauth.get(); }
    net::HttpTransport *transport() const { return m_transport.get(); }
    QDateTime now() const { return net::nowFrom(m_clock); }

Q_SIGNALS:
    void statusChanged(renkei::ui::Session::Status status);
    void profileChanged();
    void progress(renkei::net::OAuthClient::Step step);
    void signedIn();
    void signedOut();
    // Sign-in (or resume) did not complete.
    void signInFailed(const renkei::Error &error);
    // The access token was renewed (expiresAt() moved).
    void renewed();
    // The grant was refused on renewal: sign in again.
    void expired(const renkei::Error &error);

private:
    void updateStatus();
    void teardown();

    QNetworkAccessManager &m_nam;
    net::Clock m_clock;
    net::NetworkProfile m_profile;
    Options m_options;
    net::OAuthClient::UrlHandler m_defaultHandler;
    net::OAuthClient::UrlHandler m_automaticHandler;
    std::unique_ptr<net::HttpTransport> m_transport;
    std::unique_ptr<net::OAuthClient> m_oauth;
    Status m_status = Status::SignedOut;
};

} // namespace renkei::ui
