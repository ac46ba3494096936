// Redirects the client must refuse (STYLE.md §11, docs/network.md "TLS policy"): https to http,
// and to another host, for FHIR requests and for the token endpoint (where a followed redirect
// would hand the client secret or a code to someone else). A small server of our own answers
// every request with a redirect; a second one counts whether anything reached the target.
#include "demo/certs.h"
#include "net/fhirclient.h"
#include "net/oauthclient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace renkei;

namespace {

// Answers each request with `status` and a Location of `location`, except requests for
// `finalPath`, which get a small CapabilityStatement. Records the paths it was asked for.
class RedirectServer : public QObject {
public:
    explicit RedirectServer(const demo::DemoCertificate *tlsCertificate = nullptr)
    {
        if (tlsCertificate) {
            auto *ssl = new QSslServer(this);
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setLocalCertificate(tlsCertificate->certificate);
            config.setPrivateKey(tlsCertificate->key);
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
            ssl->setSslConfiguration(config);
            m_server = ssl;
        } else {
            m_server = new QTcpServer(this);
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                serve(socket);
        });
        m_server->listen(QHostAddress::LocalHost);
    }

    quint16 port() const { return m_server->serverPort(); }
    QByteArray location;
    int status = 302;
    QByteArray finalPath;
    QList<QByteArray> paths;

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray path = buffer->left(buffer->indexOf("\r\n")).split(' ').value(1);
            paths.append(path);
            QByteArray response;
            if (!finalPath.isEmpty() && path == finalPath) {
                const QByteArray body = "{\"resourceType\":\"CapabilityStatement\",\"status\":"
                                        "\"active\",\"kind\":\"instance\",\"fhirVersion\":"
                                        "\"4.0.1\",\"format\":[\"json\"]}";
                response = "HTTP/1.1 200 OK\r\nContent-Type: application/fhir+json\r\n"
                           "Content-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
            } else {
                response = "HTTP/1.1 " + QByteArray::number(status) + " Moved\r\nLocation: "
                    + location + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            }
            buffer->clear();
            socket->write(response);
            socket->disconnectFromHost();
        });
    }

    QTcpServer *m_server = nullptr;
};

net::TransportOptions fast()
{
    net::TransportOptions o;
    o.requestTimeoutMs = 5000;
    o.stalledTimeoutMs = 3000;
    o.retry.baseDelayMs = 20;
    o.retry.maxDelayMs = 50;
    o.retry.maxAttempts = 2;
    return o;
}

const Result<net::HttpResponse> &waitFor(net::HttpCall *call)
{
    (void)QTest::qWaitFor([call] { return call->isFinished(); }, 15000);
    Q_ASSERT(call->isFinished());
    return call->result();
}

} // namespace

class TestNetRedirects : public QObject {
    Q_OBJECT
private slots:
    void sameOriginRedirectFollowed();
    void httpsToHttpRefused();
    void anotherHostRefused();
    void tokenEndpointRedirectToAnotherHostRefused();
};

void TestNetRedirects::sameOriginRedirectFollowed()
{
    // The control: a redirect on the same scheme, host and port is followed.
    RedirectServer server;
    server.finalPath = "/fhir/moved/metadata";
    server.location = "http://127.0.0.1:" + QByteArray::number(server.port()) + server.finalPath;
    QNetworkAccessManager nam;
    net::HttpTransport transport(nam, {}, fast());
    net::FhirClient client(transport, QUrl(u"http://127.0.0.1:%1/fhir"_s.arg(server.port())));
    const auto &caps = waitFor(client.capabilities(this));
    QVERIFY2(caps.ok(), qPrintable(caps.ok() ? QString() : caps.error().describe()));
    QCOMPARE(server.paths, QList<QByteArray>({ "/fhir/metadata", server.finalPath }));
}

void TestNetRedirects::httpsToHttpRefused()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    auto ca = demo::DemoCertificateAuthority::create();
    QVERIFY(ca);
    auto leaf = ca->issueServer();
    QVERIFY(leaf);
    RedirectServer target; // plain http: must never be asked
    target.finalPath = "/fhir/metadata";
    RedirectServer tls(&*leaf);
    tls.location = "http://127.0.0.1:" + QByteArray::number(target.port()) + "/fhir/metadata";
    net::TlsPolicy policy;
    policy.addCaCertificates({ ca->ca().certificate });
    QNetworkAccessManager nam;
    net::HttpTransport transport(nam, policy, fast());
    net::FhirClient client(transport, QUrl(u"https://127.0.0.1:%1/fhir"_s.arg(tls.port())));
    const auto &caps = waitFor(client.capabilities(this));
    QVERIFY(!caps.ok());
    QCOMPARE(caps.error().kind, Error::Kind::Tls);
    QCOMPARE(caps.error().code, u"insecure-redirect"_s);
    QCOMPARE(tls.paths.size(), 1); // asked once (a refusal is not retried)
    QVERIFY(target.paths.isEmpty());
}

void TestNetRedirects::anotherHostRefused()
{
    RedirectServer target;
    target.finalPath = "/fhir/metadata";
    RedirectServer server;
    // "localhost" is the same machine but another host: the origin decides, not the address.
    server.location = "http://localhost:" + QByteArray::number(target.port()) + "/fhir/metadata";
    QNetworkAccessManager nam;
    net::HttpTransport transport(nam, {}, fast());
    net::FhirClient client(transport, QUrl(u"http://127.0.0.1:%1/fhir"_s.arg(server.port())));
    const auto &caps = waitFor(client.capabilities(this));
    QVERIFY(!caps.ok());
    QCOMPARE(caps.error().kind, Error::Kind::Http);
    QCOMPARE(caps.error().code, u"foreign-redirect"_s);
    QVERIFY(target.paths.isEmpty());
}

void TestNetRedirects::tokenEndpointRedirectToAnotherHostRefused()
{
    RedirectServer elsewhere; // would receive the client secret if the redirect were followed
    elsewhere.finalPath = "/never";
    RedirectServer server;
    server.status = 307; // keeps the POST and its body
    server.location = "http://localhost:" + QByteArray::number(elsewhere.port()) + "/token";
    const QString base = u"http://127.0.0.1:%1"_s.arg(server.port());
    net::NetworkProfile profile;
    profile.id = u"redirecting"_s;
    profile.displayName = u"Redirecting"_s;
    profile.fhirBaseUrl = QUrl(base + u"/fhir"_s);
    profile.signInMethod = net::SignInMethod::ClientCredentials;
    profile.clientId = u"workstation-1"_s;
    profile.tokenEndpoint = QUrl(base + u"/token"_s);
    QNetworkAccessManager nam;
    net::HttpTransport transport(nam, {}, fast());
    net::MemoryTokenVault vault;
    net::OAuthClient oauth(transport, profile, vault, {}, net::OAuthClient::Options {});
    oauth.setClientSecret(crypto::SecretBytes::copyOf("s3cret"));
    QSignalSpy failed(&oauth, &net::OAuthClient::signInFailed);
    QSignalSpy signedIn(&oauth, &net::OAuthClient::signedIn);
    oauth.signIn();
    QVERIFY(failed.wait(10000));
    QCOMPARE(signedIn.count(), 0);
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.code, u"foreign-redirect"_s);
    QVERIFY(server.paths.contains("/token")); // the token request was made, and stopped there
    QVERIFY(elsewhere.paths.isEmpty());
    QVERIFY(oauth.accessToken().isEmpty());
}

QTEST_GUILESS_MAIN(TestNetRedirects)
#include "testnetredirects.moc"
