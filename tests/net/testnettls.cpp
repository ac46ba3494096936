// TLS policy against the demo network over TLS: the profile's CA, mutual TLS with a PKCS#12
// client certificate, refusal of an untrusted server, a pin mismatch, TLS 1.2 minimum.
#include "net/neterror.h"
#include "netfixture.h"

#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>

using namespace Qt::StringLiterals;
using namespace renkei;
using namespace renkei::test;

namespace {

// A PKCS#12 file from a PEM certificate and key, as an administrator would receive it.
bool writePkcs12(const demo::DemoCertificate &c, const QString &path, const char *password)
{
    BIO *certBio = BIO_new_mem_buf(c.certificatePem.constData(), int(c.certificatePem.size()));
    BIO *keyBio = BIO_new_mem_buf(c.keyPem.constData(), int(c.keyPem.size()));
    X509 *x509 = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    PKCS12 *p12 = (x509 && key)
        ? PKCS12_create(password, "client", key, x509, nullptr, 0, 0, 0, 0, 0)
        : nullptr;
    bool ok = false;
    if (p12) {
        unsigned char *der = nullptr;
        const int length = i2d_PKCS12(p12, &der);
        QFile file(path);
        ok = length > 0 && file.open(QIODevice::WriteOnly)
            && file.write(reinterpret_cast<const char *>(der), length) == length;
        OPENSSL_free(der);
        PKCS12_free(p12);
    }
    EVP_PKEY_free(key);
    X509_free(x509);
    BIO_free(keyBio);
    BIO_free(certBio);
    return ok;
}

} // namespace

class TestNetTls : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void trustedCaAndTls12Minimum();
    void untrustedRefused();
    void pinMismatchRefused();
    void pinMatchAccepted();
    void mutualTlsWithPkcs12();
    void wrongPkcs12Password();

private:
    net::TlsPolicy trusting(const NetFixture &f) const;
    QTemporaryDir m_dir;
};

void TestNetTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    QVERIFY(m_dir.isValid());
}

net::TlsPolicy TestNetTls::trusting(const NetFixture &f) const
{
    QFile ca(m_dir.filePath(u"ca.pem"_s));
    if (ca.open(QIODevice::WriteOnly))
        ca.write(f.server->caCertificatePem());
    ca.close();
    net::NetworkProfile p = f.profile();
    p.extraCaPath = ca.fileName();
    return *net::TlsPolicy::fromProfile(p);
}

void TestNetTls::trustedCaAndTls12Minimum()
{
    NetFixture f(true);
    QVERIFY(f.start(NetFixture::fastOptions(), false));
    f.transport
        = std::make_unique<net::HttpTransport>(*f.nam, trusting(f), NetFixture::fastOptions());
    QCOMPARE(f.transport->tls().configuration().protocol(), QSsl::TlsV1_2OrLater);
    net::FhirClient client(*f.transport, f.server->url());
    const auto &caps = waitFor(client.capabilities(this));
    QVERIFY2(caps.ok(), qPrintable(caps.ok() ? QString() : caps.error().describe()));
    // The extra CA is this profile's only: the default configuration does not hold it.
    QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(
        f.server->caCertificate()));
}

void TestNetTls::untrustedRefused()
{
    NetFixture f(true);
    QVERIFY(f.start(NetFixture::fastOptions(), false));
    const auto &caps = waitFor(f.fhir->capabilities(this));
    QCOMPARE(caps.error().kind, Error::Kind::Tls);
    QCOMPARE(caps.error().code, u"handshake"_s);
}

void TestNetTls::pinMismatchRefused()
{
    NetFixture f(true);
    QVERIFY(f.start(NetFixture::fastOptions(), false));
    net::TlsPolicy policy = trusting(f);
    policy.setPinnedKey(QString::fromLatin1(QByteArray(32, 'x').toBase64()));
    f.transport = std::make_unique<net::HttpTransport>(*f.nam, policy, NetFixture::fastOptions());
    net::FhirClient client(*f.transport, f.server->url());
    const auto &caps = waitFor(client.capabilities(this));
    QCOMPARE(caps.error().kind, Error::Kind::Tls);
    QCOMPARE(caps.error().code, u"pin-mismatch"_s);
}

void TestNetTls::pinMatchAccepted()
{
    NetFixture f(true);
    QVERIFY(f.start(NetFixture::fastOptions(), false));
    net::TlsPolicy policy = trusting(f);
    auto serverCert = f.server->caCertificate(); // the leaf is issued by this CA: find its pin
    QNetworkAccessManager nam;
    net::HttpTransport probe(nam, trusting(f), NetFixture::fastOptions());
    // Learn the leaf's pin through a handshake, then pin it.
    QSslSocket socket;
    QSslConfiguration probeConfig = policy.configuration();
    probeConfig.setPeerVerifyMode(QSslSocket::VerifyNone); // a probe that only reads the key
    socket.setSslConfiguration(probeConfig);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, f.server->port());
    QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), 5000); // the server shares this thread
    policy.setPinnedKey(net::TlsPolicy::spkiSha256(socket.peerCertificate()));
    QVERIFY(!serverCert.isNull());
    f.transport = std::make_unique<net::HttpTransport>(*f.nam, policy, NetFixture::fastOptions());
    net::FhirClient client(*f.transport, f.server->url());
    QVERIFY(waitFor(client.capabilities(this)).ok());
}

void TestNetTls::mutualTlsWithPkcs12()
{
    NetFixture f(true, true);
    QVERIFY(f.start(NetFixture::fastOptions(), false));
    // Without a client certificate: refused.
    f.transport
        = std::make_unique<net::HttpTransport>(*f.nam, trusting(f), NetFixture::fastOptions());
    net::FhirClient without(*f.transport, f.server->url());
    QVERIFY(!waitFor(without.capabilities(this)).ok());
    // With one from a PKCS#12 file.
    auto client = f.server->issueClientCertificate(u"clinic-1"_s);
    QVERIFY(client);
    const QString p12 = m_dir.filePath(u"client.p12"_s);
    QVERIFY(writePkcs12(*client, p12, "p12-pass"));
    QFile ca(m_dir.filePath(u"ca.pem"_s));
    net::NetworkProfile p = f.profile();
    p.extraCaPath = ca.fileName();
    p.clientCertificatePath = p12;
    auto policy = net::TlsPolicy::fromProfile(p, crypto::SecretBytes::copyOf("p12-pass"));
    QVERIFY2(policy, qPrintable(policy ? QString() : policy.error().describe()));
    QNetworkAccessManager nam; // a fresh connection pool
    net::HttpTransport transport(nam, *policy, NetFixture::fastOptions());
    net::FhirClient with(transport, f.server->url());
    const auto &caps = waitFor(with.capabilities(this));
    QVERIFY2(caps.ok(), qPrintable(caps.ok() ? QString() : caps.error().describe()));
}

void TestNetTls::wrongPkcs12Password()
{
    NetFixture f(true, true);
    QVERIFY(f.start(NetFixture::fastOptions(), false));
    auto client = f.server->issueClientCertificate(u"clinic-2"_s);
    const QString p12 = m_dir.filePath(u"client2.p12"_s);
    QVERIFY(writePkcs12(*client, p12, "right"));
    net::NetworkProfile p = f.profile();
    p.clientCertificatePath = p12;
    auto policy = net::TlsPolicy::fromProfile(p, crypto::SecretBytes::copyOf("wrong"));
    QVERIFY(!policy);
    QCOMPARE(policy.error().code, u"pkcs12"_s);
}

QTEST_GUILESS_MAIN(TestNetTls)
#include "testnettls.moc"
