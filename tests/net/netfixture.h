#pragma once

#include "demo/demoserverfixture.h"
#include "net/fhirclient.h"
#include "net/oauthclient.h"

#include <QSslConfiguration>

#include <memory>
#include <optional>

// A demo server, a transport and an OAuth client wired together, and the "browser": a URL
// handler that fills in the demo's sign-in page over HTTP and follows its redirect.
namespace renkei::test {

struct NetFixture {
    explicit NetFixture(bool tls = false, bool mtls = false);
    ~NetFixture();

    // Starts the demo server (and, unless `withOAuth` is false, the OAuth client).
    bool start(net::TransportOptions options = fastOptions(), bool withOAuth = true,
        net::TlsPolicy tls = {});
    net::NetworkProfile profile() const;
    static net::TransportOptions fastOptions();

    // The URL handler of the sign-in: stores the URL; browse() then drives it.
    net::OAuthClient::UrlHandler handler();
    // GETs the sign-in page at the last URL, posts the form, follows the redirect to the
    // loopback receiver; returns the receiver's HTTP status (0 on failure).
    int browse(const QString &user = QStringLiteral("doctor1"), const QString &state = {});
    bool signIn(); // the whole flow; true when signed in
    // GETs the sign-in page at `url`, posts the form; the redirect's Location (empty on failure).
    QUrl submitSignInPage(const QUrl &url, const QString &user);

    TestClock clock;
    std::unique_ptr<demo::DemoServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<QNetworkAccessManager> browserNam;
    std::unique_ptr<net::HttpTransport> transport;
    std::unique_ptr<net::MemoryTokenVault> vault;
    std::unique_ptr<net::OAuthClient> oauth;
    std::unique_ptr<net::FhirClient> fhir;
    QUrl lastAuthorizeUrl;
    // The "browser"'s TLS over an https demo (the CA to trust; a client certificate for mTLS).
    std::optional<QSslConfiguration> browserSsl;
    bool tls = false;
    bool mtls = false;
};

// A fixed bearer token (from DemoServer::issueAccessToken) for tests that skip the sign-in.
struct FixedToken : net::AccessTokenSource {
    QByteArray token;
    crypto::SecretBytes accessToken() const override { return crypto::SecretBytes::copyOf(token); }
    bool needsRefresh() const override { return false; }
    void refreshAccessToken(QObject *, std::function<void(const Result<void> &)> done) override
    {
        done(Error {
            Error::Kind::Auth, QStringLiteral("fixed token"), {}, {}, QStringLiteral("fixed") });
    }
};

// A PKCS#12 file from a demo certificate and key (as an administrator would receive it),
// protected by `password`.
bool writePkcs12(
    const demo::DemoCertificate &certificate, const QString &path, const QByteArray &password);
// Writes the demo server's CA certificate (PEM) to `path`.
bool writeCaPem(const demo::DemoServer &server, const QString &path);

// Waits for a call and returns its result (QTRY inside).
const Result<net::HttpResponse> &waitFor(net::HttpCall *call, int ms = 15000);
bool waitFor(net::FhirPaging *paging, int ms = 15000);

} // namespace renkei::test
