#pragma once

#include "demo/certs.h"
#include "demo/dataset.h"
#include "demo/faults.h"
#include "demo/http.h"
#include "demo/oauth.h"
#include "demo/serverstore.h"
#include "demo/totp.h"
#include "util/result.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <memory>
#include <optional>

// The demo regional network: an HTTP/1.1 server on 127.0.0.1 serving FHIR R4 and OAuth 2.0
// (SMART) over a Dataset, optionally over TLS (1.2 minimum, a CA made at start, optional client
// certificates), with fault switches. Runs inside the app process, in the thread that owns it.
//
//   DemoServer server(generate({}));
//   auto url = server.start();          // http://127.0.0.1:<ephemeral port>
//   server.addFault(u"/Observation=status:503,count:1"_s);
namespace renkei::demo {

class FhirApi;
class HttpConnection;

struct DemoServerOptions {
    QHostAddress address = QHostAddress::LocalHost;
    bool tls = false;
    bool requireClientCertificate = false; // mutual TLS (implies tls)
    // A CA to issue the server certificate from (so a client can trust it across restarts);
    // none: a fresh one is made at start.
    std::optional<DemoCertificateAuthority> certificateAuthority;
    bool requireAuth = true; // false: FHIR calls need no token and see everything
    int accessTokenLifetimeSeconds = 300;
    int refreshTokenLifetimeSeconds = 12 * 3600;
    QString totpSecret = QString::fromUtf16(kDemoTotpSecret);
    QList<OAuthClient> clients = OAuthService::defaultClients();
    Clock clock; // empty: the system clock (UTC)
    bool gzip = true; // compress when the client sends Accept-Encoding: gzip
    int gzipLevel = 1; // fast: the network is a loopback
    HttpLimits limits;
    int idleTimeoutMs = 30000; // keep-alive connections close after this long idle
    // Offer Patient/$everything (false: not in the CapabilityStatement, 404 when asked), so
    // clients that fall back to per-type searches can be tested.
    bool offerEverything = true;
    // Accept `POST AuditEvent` (false: not in the CapabilityStatement, 405 when posted).
    bool acceptAuditEvents = true;
};

class DemoServer : public QObject {
    Q_OBJECT
public:
    explicit DemoServer(const Dataset &dataset, QObject *parent = nullptr);
    ~DemoServer() override;

    // Listens on options.address:port (0: an ephemeral port). Returns the base URL.
    Result<QUrl> start(quint16 port = 0, const DemoServerOptions &options = {});
    void stop();
    bool isListening() const;
    // The FHIR base URL and OAuth issuer: http(s)://127.0.0.1:<port> (no trailing slash).
    QUrl url() const;
    quint16 port() const;
    const DemoServerOptions &options() const { return m_options; }

    // TLS: the CA that signed the server certificate (trust it in clients), and client
    // certificates for mutual TLS signed by the same CA.
    QSslCertificate caCertificate() const;
    QByteArray caCertificatePem() const;
    Result<DemoCertificate> issueClientCertificate(const QString &commonName) const;

    // Fault switches (faults.h). Return an id for removeFault().
    int addFault(const Fault &fault);
    Result<int> addFault(const QString &spec);
    bool removeFault(int id);
    void clearFaults();
    QList<Fault> faults() const;

    // The data, and changes to it as a live network would make them.
    const ResourceStore &store() const { return m_store; }
    QList<DemoAccount> accounts() const { return m_accounts; }
    QString networkName() const { return m_networkName; }
    QString regionalIdSystem() const { return m_regionalIdSystem; }
    // Bumps meta.lastUpdated and meta.versionId; the new lastUpdated, or nullopt if absent.
    std::optional<QDateTime> touchResource(const QString &type, const QString &id);
    void upsertResource(const StoredResource &resource);
    // Deletes a resource (a later read is 410, its type's _history lists a DELETE); the time
    // of the deletion, or nullopt if there is no such resource.
    std::optional<QDateTime> deleteResource(const QString &type, const QString &id);

    // An access token for an account without the sign-in page (tests, benchmarks, CLI); the
    // scopes default to what the account may have.
    QString issueAccessToken(const QString &userId, const QStringList &scopes = {});
    OAuthService &oauth() { return *m_oauth; }

    // The AuditEvents clients have posted (compact JSON, oldest first).
    QList<QByteArray> receivedAuditEvents() const;

    QDateTime now() const;
    int requestCount() const { return m_requestCount; }

    // The handler itself, without a socket (for fuzzing and unit tests).
    HttpResponse handle(const HttpRequest &request);

Q_SIGNALS:
    void requestServed(const QString &method, const QString &path, int status);

private:
    void onNewConnection();
    HttpResponse route(const HttpRequest &request, const FaultPlan &faults, const QString &base);
    QString baseFor(const HttpRequest &request) const;
    void finish(const HttpRequest &request, HttpResponse &response, const FaultPlan &faults);

    ResourceStore m_store;
    QList<DemoAccount> m_accounts;
    QString m_networkName;
    QString m_regionalIdSystem;
    DemoServerOptions m_options;
    Clock m_clock;
    std::unique_ptr<OAuthService> m_oauth;
    std::unique_ptr<FhirApi> m_fhir;
    FaultSet m_faults;
    QPointer<QTcpServer> m_server;
    std::optional<DemoCertificateAuthority> m_ca;
    int m_requestCount = 0;
};

} // namespace renkei::demo
