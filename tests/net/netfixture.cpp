#include "netfixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>

using namespace Qt::StringLiterals;

namespace renkei::test {

NetFixture::NetFixture(bool tls_, bool mtls_)
    : tls(tls_ || mtls_)
    , mtls(mtls_)
{
}

NetFixture::~NetFixture()
{
    oauth.reset();
    fhir.reset();
    transport.reset();
    nam.reset();
    browserNam.reset();
    server.reset();
}

net::TransportOptions NetFixture::fastOptions()
{
    net::TransportOptions o;
    o.requestTimeoutMs = 5000;
    o.stalledTimeoutMs = 3000;
    o.retry.baseDelayMs = 20;
    o.retry.maxDelayMs = 100;
    o.retry.maxAttempts = 3;
    return o;
}

bool NetFixture::start(net::TransportOptions options, bool withOAuth, net::TlsPolicy tlsPolicy)
{
    server = std::make_unique<demo::DemoServer>(smallDataset());
    demo::DemoServerOptions o;
    o.clock = clock.clock();
    o.tls = tls;
    o.requireClientCertificate = mtls;
    if (!server->start(0, o))
        return false;
    nam = std::make_unique<QNetworkAccessManager>();
    browserNam = std::make_unique<QNetworkAccessManager>();
    transport = std::make_unique<net::HttpTransport>(*nam, tlsPolicy, options, clock.clock());
    vault = std::make_unique<net::MemoryTokenVault>();
    fhir = std::make_unique<net::FhirClient>(*transport, server->url());
    if (withOAuth) {
        oauth = std::make_unique<net::OAuthClient>(
            *transport, profile(), *vault, clock.clock(), net::OAuthClient::Options {});
        oauth->setUrlHandler(handler());
        transport->setTokenSource(oauth.get());
    }
    return true;
}

net::NetworkProfile NetFixture::profile() const
{
    net::NetworkProfile p;
    p.id = u"demo"_s;
    p.displayName = u"Demo"_s;
    p.fhirBaseUrl = server->url();
    p.clientId = u"renkei-viewer"_s;
    p.scopes = { u"openid"_s, u"offline_access"_s, u"user/*.read"_s };
    return p;
}

net::OAuthClient::UrlHandler NetFixture::handler()
{
    return [this](const QUrl &url) { lastAuthorizeUrl = url; };
}

int NetFixture::browse(const QString &user, const QString &state)
{
    QUrl url = lastAuthorizeUrl;
    if (!state.isEmpty()) {
        QUrlQuery q(url);
        q.removeQueryItem(u"state"_s);
        q.addQueryItem(u"state"_s, state);
        url.setQuery(q);
    }
    const QUrl redirect = submitSignInPage(url, user);
    return redirect.isEmpty() ? 0 : fetch(*browserNam, redirect).status;
}

QUrl NetFixture::submitSignInPage(const QUrl &url, const QString &user)
{
    RequestOptions get;
    if (browserSsl) {
        get.ssl = *browserSsl;
        get.useSsl = true;
    }
    const HttpResult page = fetch(*browserNam, url, get);
    if (page.status != 200)
        return {};
    const QString html = QString::fromUtf8(page.body);
    QList<QPair<QString, QString>> fields = hiddenFormFields(html);
    fields.append({ u"user_id"_s, user });
    fields.append({ u"password"_s, kPassword });
    fields.append(
        { u"otp"_s, demo::totpNow(QString::fromUtf16(demo::kDemoTotpSecret), *clock.now) });
    RequestOptions post = get;
    post.method = "POST";
    post.body = form(fields);
    post.contentType = "application/x-www-form-urlencoded";
    const HttpResult posted = fetch(*browserNam, QUrl(url.adjusted(QUrl::RemoveQuery)), post);
    if (posted.status != 302)
        return {};
    return QUrl(QString::fromLatin1(posted.header("Location")));
}

bool NetFixture::signIn()
{
    QSignalSpy signedIn(oauth.get(), &net::OAuthClient::signedIn);
    oauth->signIn();
    if (!QTest::qWaitFor([this] { return !lastAuthorizeUrl.isEmpty(); }, 10000))
        return false;
    if (browse() != 200)
        return false;
    return signedIn.count() == 1 || signedIn.wait(10000);
}

bool writePkcs12(const demo::DemoCertificate &c, const QString &path, const QByteArray &password)
{
    BIO *certBio = BIO_new_mem_buf(c.certificatePem.constData(), int(c.certificatePem.size()));
    BIO *keyBio = BIO_new_mem_buf(c.keyPem.constData(), int(c.keyPem.size()));
    X509 *x509 = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    PKCS12 *p12 = (x509 && key)
        ? PKCS12_create(password.constData(), "client", key, x509, nullptr, 0, 0, 0, 0, 0)
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

bool writeCaPem(const demo::DemoServer &server, const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(server.caCertificatePem()) > 0;
}

const Result<net::HttpResponse> &waitFor(net::HttpCall *call, int ms)
{
    (void)QTest::qWaitFor([call] { return call->isFinished(); }, ms);
    Q_ASSERT(call->isFinished());
    return call->result();
}

bool waitFor(net::FhirPaging *paging, int ms)
{
    return QTest::qWaitFor([paging] { return paging->isFinished(); }, ms);
}

} // namespace renkei::test
