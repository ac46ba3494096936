// TLS policy against the demo network over TLS: the profile's CA, mutual TLS with a PKCS#12
// client certificate, refusal of an untrusted server, a pin mismatch, TLS 1.2 minimum.
#include "net/neterror.h"
#include "net/profilesecrets.h"
#include "netfixture.h"

#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace renkei;
using namespace renkei::test;

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
    void mutualTlsSignInWithPasswordFromVault();
    void pkcs12PasswordFromVaultWrongOrMissing();

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
    QVERIFY(writePkcs12(*client, p12, "p12-pass"_ba));
    QFile ca(m_dir.filePath(u"ca.pem"_s));
    net::NetworkProfile p = f.profile();
    p.extraCaPath = ca.fileName();
    p.clientCertificatePath = p12;
    auto policy = net::TlsPolicy::fromProfile(p, crypto::SecretBytes::copyOf("p12-pass"_ba));
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
    QVERIFY(writePkcs12(*client, p12, "right"_ba));
    net::NetworkProfile p = f.profile();
    p.clientCertificatePath = p12;
    auto policy = net::TlsPolicy::fromProfile(p, crypto::SecretBytes::copyOf("wrong"));
    QVERIFY(!policy);
    QCOMPARE(policy.error().code, u"pkcs12"_s);
}

void TestNetTls::mutualTlsSignInWithPasswordFromVault()
{
    NetFixture f(true, true);
    QVERIFY(f.start(NetFixture::fastOptions(), false));
    auto issued = f.server->issueClientCertificate(u"clinic-3"_s);
    QVERIFY(issued);
    net::NetworkProfile p = f.profile();
    p.clientCertificatePath = m_dir.filePath(u"vault-client.p12"_s);
    p.extraCaPath = m_dir.filePath(u"vault-ca.pem"_s);
    QVERIFY(writePkcs12(*issued, p.clientCertificatePath, "from-the-vault"_ba));
    QVERIFY(writeCaPem(*f.server, p.extraCaPath));
    QVERIFY(f.vault->store(
        net::pkcs12PasswordScope(p.id), crypto::SecretBytes::copyOf("from-the-vault")));

    // The transport for the profile: its password comes from the vault, nowhere else.
    auto policy = net::tlsPolicyFor(p, *f.vault);
    QVERIFY2(policy, qPrintable(policy ? QString() : policy.error().describe()));
    QVERIFY(!policy->configuration().localCertificate().isNull());
    f.transport = std::make_unique<net::HttpTransport>(
        *f.nam, *policy, NetFixture::fastOptions(), f.clock.clock());
    f.oauth = std::make_unique<net::OAuthClient>(
        *f.transport, p, *f.vault, f.clock.clock(), net::OAuthClient::Options {});
    f.oauth->setUrlHandler(f.handler());
    f.transport->setTokenSource(f.oauth.get());
    f.browserSsl = policy->configuration(); // the browser holds the certificate too
    QVERIFY(f.signIn());
    QCOMPARE(f.oauth->state(), net::OAuthClient::State::SignedIn);
    net::FhirClient client(*f.transport, f.server->url());
    const auto &patient = waitFor(client.read(u"Patient"_s, u"p1"_s, this));
    QVERIFY2(patient.ok(), qPrintable(patient.ok() ? QString() : patient.error().describe()));
    QCOMPARE(patient->status, 200);

    // The same profile without its certificate: the server refuses the connection.
    net::NetworkProfile bare = p;
    bare.clientCertificatePath.clear();
    auto without = net::tlsPolicyFor(bare, *f.vault);
    QVERIFY(without);
    QNetworkAccessManager nam; // no pooled connection that already holds a certificate
    net::HttpTransport transport(nam, *without, NetFixture::fastOptions());
    net::FhirClient refused(transport, f.server->url());
    const auto &caps = waitFor(refused.capabilities(this));
    QVERIFY(!caps.ok());
    QVERIFY2(caps.error().kind == Error::Kind::Tls || caps.error().kind == Error::Kind::Network,
        qPrintable(caps.error().describe()));
}

void TestNetTls::pkcs12PasswordFromVaultWrongOrMissing()
{
    NetFixture f(true, true);
    QVERIFY(f.start(NetFixture::fastOptions(), false));
    auto issued = f.server->issueClientCertificate(u"clinic-4"_s);
    QVERIFY(issued);
    net::NetworkProfile p = f.profile();
    p.clientCertificatePath = m_dir.filePath(u"vault-client4.p12"_s);
    QVERIFY(writePkcs12(*issued, p.clientCertificatePath, "right-password"_ba));
    net::MemoryTokenVault vault;
    // Nothing stored: the empty password does not open it.
    auto missing = net::tlsPolicyFor(p, vault);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::Tls);
    QCOMPARE(missing.error().code, u"pkcs12"_s);
    // A wrong one stored: the same clear error, and the password is not in its text.
    QVERIFY(vault.store(net::pkcs12PasswordScope(p.id), crypto::SecretBytes::copyOf("wrong-pw")));
    auto wrong = net::tlsPolicyFor(p, vault);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().kind, Error::Kind::Tls);
    QCOMPARE(wrong.error().code, u"pkcs12"_s);
    QVERIFY(!wrong.error().describe().contains(u"wrong-pw"_s));
    // A vault that fails passes its error on (no silent empty password).
    struct FailingVault : net::TokenVault {
        Result<void> store(const QString &, const crypto::SecretBytes &) override { return {}; }
        Result<std::optional<crypto::SecretBytes>> load(const QString &) override
        {
            return Error { Error::Kind::Unavailable, u"no keychain"_s, {}, {},
                u"no-secret-service"_s };
        }
        Result<void> remove(const QString &) override { return {}; }
    };
    FailingVault failing;
    auto unavailable = net::tlsPolicyFor(p, failing);
    QVERIFY(!unavailable);
    QCOMPARE(unavailable.error().kind, Error::Kind::Unavailable);
    // Removing the profile's secrets forgets the password.
    QVERIFY(net::removeProfileSecrets(vault, p.id));
    QVERIFY(!*vault.load(net::pkcs12PasswordScope(p.id)));
}

QTEST_GUILESS_MAIN(TestNetTls)
#include "testnettls.moc"
