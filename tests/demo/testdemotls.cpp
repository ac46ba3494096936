// The demo network over TLS: a CA made at start, HTTPS trusting it, TLS 1.2 minimum, and mutual
// TLS with client certificates from the same CA.
#include "demo/certs.h"
#include "demo/demoserverfixture.h"
#include "demo/server.h"

#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace renkei::demo;
using namespace renkei::test;

class TestDemoTls : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void certificates();
    void httpsTrustingTheCa();
    void untrustedFails();
    void tls11Refused();
    void mutualTls();

private:
    QSslConfiguration clientConfig(const DemoServer &server) const;
};

void TestDemoTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
}

QSslConfiguration TestDemoTls::clientConfig(const DemoServer &server) const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setCaCertificates({ server.caCertificate() });
    c.setProtocol(QSsl::TlsV1_2OrLater);
    return c;
}

void TestDemoTls::certificates()
{
    auto ca = DemoCertificateAuthority::create();
    QVERIFY(ca);
    auto server = ca->issueServer();
    QVERIFY(server);
    const auto names = server->certificate.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
    QVERIFY(names.values(QSsl::DnsEntry).contains(u"localhost"_s));
    QCOMPARE(server->certificate.issuerDisplayName(), ca->ca().certificate.subjectDisplayName());
    const auto errors
        = QSslCertificate::verify({ server->certificate, ca->ca().certificate }, u"localhost"_s);
    // The CA is not in the system store: only "self-signed in chain" style errors may remain.
    for (const QSslError &e : errors)
        QVERIFY2(e.error() == QSslError::SelfSignedCertificateInChain
                || e.error() == QSslError::UnableToGetLocalIssuerCertificate
                || e.error() == QSslError::CertificateUntrusted,
            qPrintable(e.errorString()));
    auto client = ca->issueClient(u"test-client"_s);
    QVERIFY(client);
    QCOMPARE(client->certificate.subjectInfo(QSslCertificate::CommonName),
        QStringList { u"test-client"_s });
    QVERIFY(!client->key.isNull());
}

void TestDemoTls::httpsTrustingTheCa()
{
    DemoServer server(smallDataset());
    DemoServerOptions o;
    o.tls = true;
    auto url = server.start(0, o);
    QVERIFY(url);
    QCOMPARE(url->scheme(), u"https"_s);
    QNetworkAccessManager nam;
    RequestOptions r;
    r.useSsl = true;
    r.ssl = clientConfig(server);
    r.bearer = server.issueAccessToken(u"doctor1"_s);
    const HttpResult res = fetch(nam, at(server, u"/Patient/p1"_s), r);
    QCOMPARE(res.error, QNetworkReply::NoError);
    QCOMPARE(res.status, 200);
    QCOMPARE(res.json().value(u"id"_s).toString(), u"p1"_s);
    // By host name too (the certificate names localhost).
    QUrl byName = at(server, u"/metadata"_s);
    byName.setHost(u"localhost"_s);
    QCOMPARE(fetch(nam, byName, r).status, 200);
}

void TestDemoTls::untrustedFails()
{
    DemoServer server(smallDataset());
    DemoServerOptions o;
    o.tls = true;
    QVERIFY(server.start(0, o));
    QNetworkAccessManager nam;
    const HttpResult res = fetch(nam, at(server, u"/metadata"_s));
    QCOMPARE(res.error, QNetworkReply::SslHandshakeFailedError);
}

void TestDemoTls::tls11Refused()
{
    DemoServer server(smallDataset());
    DemoServerOptions o;
    o.tls = true;
    QVERIFY(server.start(0, o));
    QNetworkAccessManager nam;
    RequestOptions r;
    r.useSsl = true;
    r.ssl = clientConfig(server);
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    r.ssl.setProtocol(QSsl::TlsV1_1);
    QT_WARNING_POP
    const HttpResult old = fetch(nam, at(server, u"/metadata"_s), r);
    QVERIFY(old.error != QNetworkReply::NoError);
    QCOMPARE(old.status, 0);
    // TLS 1.2 exactly is accepted.
    r.ssl.setProtocol(QSsl::TlsV1_2);
    QNetworkAccessManager nam2;
    QCOMPARE(fetch(nam2, at(server, u"/metadata"_s), r).status, 200);
}

void TestDemoTls::mutualTls()
{
    DemoServer server(smallDataset());
    DemoServerOptions o;
    o.requireClientCertificate = true;
    QVERIFY(server.start(0, o));
    RequestOptions r;
    r.useSsl = true;
    r.ssl = clientConfig(server);
    {
        QNetworkAccessManager nam;
        const HttpResult without = fetch(nam, at(server, u"/metadata"_s), r);
        QVERIFY(without.error != QNetworkReply::NoError);
        QCOMPARE(without.status, 0);
    }
    auto client = server.issueClientCertificate(u"renkei-test-client"_s);
    QVERIFY(client);
    r.ssl.setLocalCertificate(client->certificate);
    r.ssl.setPrivateKey(client->key);
    QNetworkAccessManager nam;
    const HttpResult with = fetch(nam, at(server, u"/metadata"_s), r);
    QCOMPARE(with.error, QNetworkReply::NoError);
    QCOMPARE(with.status, 200);
    // A certificate from another CA is refused.
    auto other = DemoCertificateAuthority::create(u"Other CA"_s);
    QVERIFY(other);
    auto stranger = other->issueClient(u"stranger"_s);
    QVERIFY(stranger);
    r.ssl.setLocalCertificate(stranger->certificate);
    r.ssl.setPrivateKey(stranger->key);
    QNetworkAccessManager nam3;
    QVERIFY(fetch(nam3, at(server, u"/metadata"_s), r).error != QNetworkReply::NoError);
}

QTEST_GUILESS_MAIN(TestDemoTls)
#include "testdemotls.moc"
