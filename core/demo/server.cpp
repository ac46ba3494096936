#include "demo/server.h"

#include "demo/fhirapi.h"
#include "demo/httpconnection.h"
#include "util/logging.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace renkei::demo {

namespace {

constexpr qsizetype kGzipMinimum = 256;

Error startError(const QString &message)
{
    return Error { Error::Kind::Io, message, {}, {} };
}

} // namespace

DemoServer::DemoServer(const Dataset &dataset, QObject *parent)
    : QObject(parent)
    , m_store(dataset)
    , m_accounts(dataset.accounts)
    , m_networkName(dataset.networkName)
    , m_regionalIdSystem(dataset.regionalIdSystem)
{
    m_clock = [this] { return now(); };
    m_oauth = std::make_unique<OAuthService>(m_clock);
    m_oauth->setAccounts(m_accounts);
    m_oauth->setNetworkName(m_networkName);
    m_fhir = std::make_unique<FhirApi>(m_store, m_clock);
    if (!m_networkName.isEmpty())
        m_fhir->setSoftwareName(m_networkName);
}

DemoServer::~DemoServer()
{
    stop();
}

QDateTime DemoServer::now() const
{
    return m_options.clock ? m_options.clock().toUTC() : QDateTime::currentDateTimeUtc();
}

Result<QUrl> DemoServer::start(quint16 port, const DemoServerOptions &options)
{
    stop();
    m_options = options;
    if (m_options.requireClientCertificate)
        m_options.tls = true;
    m_oauth->setClients(m_options.clients);
    m_oauth->setTotpSecret(m_options.totpSecret);
    m_oauth->setAccessTokenLifetime(m_options.accessTokenLifetimeSeconds);
    m_oauth->setRefreshTokenLifetime(m_options.refreshTokenLifetimeSeconds);
    m_fhir->setOfferEverything(m_options.offerEverything);
    m_fhir->setAcceptAuditEvents(m_options.acceptAuditEvents);

    if (m_options.tls) {
        if (!QSslSocket::supportsSsl())
            return startError(u"TLS is not available (no OpenSSL backend)"_s);
        if (m_options.certificateAuthority) {
            m_ca = m_options.certificateAuthority;
        } else {
            auto ca = DemoCertificateAuthority::create();
            if (!ca)
                return ca.error();
            m_ca = std::move(ca.value());
        }
        auto serverCert = m_ca->issueServer();
        if (!serverCert)
            return serverCert.error();
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(serverCert->certificate);
        conf.setPrivateKey(serverCert->key);
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        conf.setAllowedNextProtocols({}); // HTTP/1.1 only: no ALPN h2
        if (m_options.requireClientCertificate) {
            conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
            conf.setCaCertificates({ m_ca->ca().certificate });
        } else {
            conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        }
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(conf);
        ssl->setHandshakeTimeout(10000); // a client that never finishes the handshake
        connect(ssl, &QSslServer::errorOccurred, this,
            [](QSslSocket *, QAbstractSocket::SocketError error) {
                qCInfo(lcDemo) << "TLS connection failed:" << error;
            });
        connect(ssl, &QSslServer::peerVerifyError, this, [](QSslSocket *, const QSslError &e) {
            qCInfo(lcDemo) << "TLS peer verification:" << e.errorString();
        });
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &DemoServer::onNewConnection);
    if (!m_server->listen(m_options.address, port)) {
        const QString why = m_server->errorString();
        delete m_server;
        return startError(u"demo server cannot listen: "_s + why);
    }
    qCInfo(lcDemo) << "demo network listening on port" << m_server->serverPort()
                   << (m_options.tls ? "(TLS)" : "");
    return url();
}

void DemoServer::stop()
{
    if (!m_server)
        return;
    m_server->close();
    delete m_server; // its connections are its children
}

bool DemoServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 DemoServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl DemoServer::url() const
{
    QUrl u;
    u.setScheme(m_options.tls ? u"https"_s : u"http"_s);
    u.setHost(m_options.address.toString());
    u.setPort(port());
    return u;
}

QSslCertificate DemoServer::caCertificate() const
{
    return m_ca ? m_ca->ca().certificate : QSslCertificate();
}

QByteArray DemoServer::caCertificatePem() const
{
    return m_ca ? m_ca->ca().certificatePem : QByteArray();
}

Result<DemoCertificate> DemoServer::issueClientCertificate(const QString &commonName) const
{
    if (!m_ca)
        return Error { Error::Kind::Unsupported, u"the demo server has no CA (start it with TLS)"_s,
            {}, {} };
    return m_ca->issueClient(commonName);
}

int DemoServer::addFault(const Fault &fault)
{
    return m_faults.add(fault);
}

Result<int> DemoServer::addFault(const QString &spec)
{
    auto fault = parseFault(spec);
    if (!fault)
        return fault.error();
    return m_faults.add(*fault);
}

bool DemoServer::removeFault(int id)
{
    return m_faults.remove(id);
}

void DemoServer::clearFaults()
{
    m_faults.clear();
}

QList<Fault> DemoServer::faults() const
{
    return m_faults.faults();
}

std::optional<QDateTime> DemoServer::touchResource(const QString &type, const QString &id)
{
    return m_store.touch(type, id, now());
}

void DemoServer::upsertResource(const StoredResource &resource)
{
    m_store.upsert(resource, now());
}

std::optional<QDateTime> DemoServer::deleteResource(const QString &type, const QString &id)
{
    return m_store.remove(type, id, now());
}

QString DemoServer::issueAccessToken(const QString &userId, const QStringList &scopes)
{
    QString role;
    QStringList granted = scopes;
    for (const DemoAccount &a : std::as_const(m_accounts)) {
        if (a.userId == userId) {
            role = a.role;
            if (granted.isEmpty())
                granted
                    = a.scopes.isEmpty() ? OAuthService::defaultScopesForRole(a.role) : a.scopes;
        }
    }
    if (granted.isEmpty())
        granted = OAuthService::defaultScopesForRole(role);
    return m_oauth->issueAccessToken(userId, granted, role);
}

void DemoServer::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            return;
        auto *connection = new HttpConnection(
            socket, [this](const HttpRequest &r) { return handle(r); }, m_options.limits,
            m_options.tls, m_server);
        connection->setIdleTimeoutMs(m_options.idleTimeoutMs);
    }
}

QString DemoServer::baseFor(const HttpRequest &request) const
{
    // Links follow the host the client used (127.0.0.1 or localhost), if it looks sane.
    static const QRegularExpression hostRe(
        uR"(^(localhost|127\.0\.0\.1|\[::1\]|[A-Za-z0-9.\-]+)(:\d{1,5})?$)"_s);
    const QString host = QString::fromLatin1(request.header("host"));
    const QString scheme = m_options.tls ? u"https"_s : u"http"_s;
    if (!host.isEmpty() && hostRe.match(host).hasMatch())
        return scheme + u"://"_s + host;
    return url().toString();
}

HttpResponse DemoServer::handle(const HttpRequest &request)
{
    ++m_requestCount;
    const FaultPlan faults = m_faults.take(request.path);
    HttpResponse response;
    if (faults.hang) {
        response.hang = true;
        return response;
    }
    if (faults.status) {
        response = FhirApi::outcome(faults.status,
            faults.status == 429 ? u"throttled"_s : u"transient"_s,
            u"fault switch: status %1"_s.arg(faults.status));
        if (faults.retryAfterSeconds >= 0)
            response.setHeader("Retry-After", QByteArray::number(faults.retryAfterSeconds));
    } else {
        const QByteArray token = OAuthService::bearerToken(request);
        if (faults.expiredToken && !token.isEmpty())
            m_oauth->expireToken(token);
        if (faults.revokedToken && !token.isEmpty())
            m_oauth->revokeToken(token);
        response = route(request, faults, baseFor(request));
    }
    finish(request, response, faults);
    Q_EMIT requestServed(QString::fromLatin1(request.method), request.path, response.status);
    return response;
}

HttpResponse DemoServer::route(
    const HttpRequest &request, const FaultPlan &faults, const QString &base)
{
    const QString &path = request.path;
    if (path == u"/.well-known/smart-configuration"_s)
        return m_oauth->smartConfiguration(base);
    if (path == u"/authorize"_s)
        return m_oauth->authorize(request);
    if (path == u"/token"_s)
        return m_oauth->token(request);
    if (path == u"/revoke"_s)
        return m_oauth->revoke(request);
    if (path == u"/metadata"_s) {
        if (request.method != "GET" && request.method != "HEAD")
            return FhirApi::outcome(405, u"not-supported"_s, u"GET only"_s);
        return m_fhir->capabilityStatement(base);
    }
    if (path == u"/"_s || path == u"/favicon.ico"_s)
        return FhirApi::outcome(
            404, u"not-found"_s, u"FHIR base: try /metadata or /.well-known/smart-configuration"_s);

    AccessContext access;
    if (m_options.requireAuth) {
        const BearerCheck check = m_oauth->checkBearer(request);
        if (!check.context) {
            HttpResponse r = FhirApi::outcome(401, u"login"_s, check.error);
            r.setHeader("WWW-Authenticate",
                R"(Bearer realm="renkei-demo", error="invalid_token", error_description=")"
                    + check.error.toLatin1() + '"');
            return r;
        }
        access = *check.context;
    } else {
        access.subject = u"anonymous"_s;
        access.access.allTypes = true;
    }
    return m_fhir->handle(request, access, base, faults);
}

QList<QByteArray> DemoServer::receivedAuditEvents() const
{
    return m_fhir->receivedAuditEvents();
}

void DemoServer::finish(const HttpRequest &request, HttpResponse &response, const FaultPlan &faults)
{
    if (faults.malformed && !response.body.isEmpty()) {
        // Half a document and then garbage: no JSON parser takes it.
        response.body = response.body.left(response.body.size() / 2) + "\x01<not json";
    }
    if (!faults.contentType.isEmpty())
        response.setHeader("Content-Type", faults.contentType);
    response.delayMs = faults.delayMs;
    response.cutAfterBytes = faults.cutAfterBytes;

    response.setHeader("Server", "renkei-demo");
    response.setHeader(
        "Date", QLocale::c().toString(now(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1());
    if (m_options.gzip && request.acceptsGzip() && response.body.size() >= kGzipMinimum
        && response.header("Content-Encoding").isEmpty()) {
        const QByteArray compressed = gzipCompress(response.body, m_options.gzipLevel);
        if (!compressed.isEmpty()) {
            response.body = compressed;
            response.setHeader("Content-Encoding", "gzip");
        }
    }
    if (response.header("Content-Type").contains("json") || response.status >= 400)
        response.setHeader("Vary", "Accept-Encoding");
}

} // namespace renkei::demo
