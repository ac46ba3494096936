// The demo network's authorization server: SMART discovery, the sign-in page with TOTP, PKCE,
// refresh token rotation, client credentials, revocation, 401s and scopes.
#include "demo/demoserverfixture.h"
#include "demo/oauth.h"
#include "demo/server.h"
#include "demo/totp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace renkei::demo;
using namespace renkei::test;

namespace {

const QString kVerifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-demo-verifier"_s;
const QString kRedirect = u"http://127.0.0.1:51234/callback"_s;

} // namespace

class TestDemoOAuth : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void totpRfc6238_data();
    void totpRfc6238();
    void base32();
    void smartConfiguration();
    void signInFlowOverHttp();
    void wrongPasswordOrCode();
    void pkceRequired_data();
    void pkceRequired();
    void wrongVerifierFails();
    void redirectUriChecked();
    void refreshRotation();
    void clientCredentials();
    void unauthorizedWithoutValidToken();
    void expiredTokenAfterClockMoves();
    void revokedToken();
    void scopesLimitWhatIsVisible();

private:
    // Signs in through the HTML form; returns the redirect Location.
    QUrl signIn(const QString &user, const QString &password, const QString &scope,
        const QString &challenge = pkceChallenge(kVerifier), int *status = nullptr);
    QJsonObject exchange(
        const QString &code, const QString &verifier = kVerifier, int *status = nullptr);
    QJsonObject tokenFor(const QString &user, const QString &scope);
    HttpResult postForm(const QString &path, const QByteArray &body);

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    TestClock m_clock;
};

void TestDemoOAuth::init()
{
    m_clock = TestClock();
    m_server = std::make_unique<DemoServer>(smallDataset());
    DemoServerOptions o;
    o.clock = m_clock.clock();
    o.accessTokenLifetimeSeconds = 300;
    QVERIFY(m_server->start(0, o));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestDemoOAuth::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

void TestDemoOAuth::totpRfc6238_data()
{
    // RFC 6238 appendix B, SHA-1 (8 digits there; the last 6 here).
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("code");
    QTest::newRow("59") << qint64(59) << u"287082"_s;
    QTest::newRow("1111111109") << qint64(1111111109) << u"081804"_s;
    QTest::newRow("1111111111") << qint64(1111111111) << u"050471"_s;
    QTest::newRow("1234567890") << qint64(1234567890) << u"005924"_s;
    QTest::newRow("2000000000") << qint64(2000000000) << u"279037"_s;
}

void TestDemoOAuth::totpRfc6238()
{
    QFETCH(qint64, time);
    QFETCH(QString, code);
    const QString secret = u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s; // "12345678901234567890"
    QCOMPARE(totpNow(secret, QDateTime::fromSecsSinceEpoch(time, Qt::UTC)), code);
    QCOMPARE(totpForStep("12345678901234567890", time / 30, 8).right(6), code);
    QVERIFY(totpVerify(secret, code, QDateTime::fromSecsSinceEpoch(time + 30, Qt::UTC)));
    QVERIFY(!totpVerify(secret, code, QDateTime::fromSecsSinceEpoch(time + 95, Qt::UTC)));
}

void TestDemoOAuth::base32()
{
    QCOMPARE(base32Decode(u"MZXW6YTBOI======"_s), QByteArray("foobar"));
    QCOMPARE(base32Decode(u"mzxw 6ytb oi"_s), QByteArray("foobar"));
    QVERIFY(base32Decode(u"MZ1W"_s).isEmpty());
    QCOMPARE(base32Decode(QString::fromUtf16(kDemoTotpSecret)).size(), 10);
}

HttpResult TestDemoOAuth::postForm(const QString &path, const QByteArray &body)
{
    RequestOptions o;
    o.method = "POST";
    o.body = body;
    o.contentType = "application/x-www-form-urlencoded";
    return fetch(*m_nam, at(*m_server, path), o);
}

QUrl TestDemoOAuth::signIn(const QString &user, const QString &password, const QString &scope,
    const QString &challenge, int *status)
{
    QUrlQuery q;
    q.addQueryItem(u"response_type"_s, u"code"_s);
    q.addQueryItem(u"client_id"_s, u"renkei-viewer"_s);
    q.addQueryItem(u"redirect_uri"_s, kRedirect);
    q.addQueryItem(u"scope"_s, scope);
    q.addQueryItem(u"state"_s, u"st-42"_s);
    q.addQueryItem(u"aud"_s, m_server->url().toString());
    if (!challenge.isEmpty()) {
        q.addQueryItem(u"code_challenge"_s, challenge);
        q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    }
    QUrl url = at(*m_server, u"/authorize"_s);
    url.setQuery(q);
    const HttpResult page = fetch(*m_nam, url);
    if (page.status != 200) {
        if (status)
            *status = page.status;
        return QUrl(QString::fromLatin1(page.header("Location")));
    }
    // Post back every hidden field of the page's form, plus the credentials.
    const QString html = QString::fromUtf8(page.body);
    QList<QPair<QString, QString>> fields = hiddenFormFields(html);
    fields.append({ u"user_id"_s, user });
    fields.append({ u"password"_s, password });
    fields.append({ u"otp"_s, totpNow(QString::fromUtf16(kDemoTotpSecret), *m_clock.now) });
    const HttpResult posted = postForm(u"/authorize"_s, form(fields));
    if (status)
        *status = posted.status;
    return QUrl(QString::fromLatin1(posted.header("Location")));
}

QJsonObject TestDemoOAuth::exchange(const QString &code, const QString &verifier, int *status)
{
    const HttpResult r = postForm(u"/token"_s,
        form({ { u"grant_type"_s, u"authorization_code"_s }, { u"code"_s, code },
            { u"redirect_uri"_s, kRedirect }, { u"client_id"_s, u"renkei-viewer"_s },
            { u"code_verifier"_s, verifier } }));
    if (status)
        *status = r.status;
    return r.json();
}

QJsonObject TestDemoOAuth::tokenFor(const QString &user, const QString &scope)
{
    const QUrl redirect = signIn(user, kPassword, scope);
    return exchange(QUrlQuery(redirect).queryItemValue(u"code"_s));
}

void TestDemoOAuth::smartConfiguration()
{
    const HttpResult r = fetch(*m_nam, at(*m_server, u"/.well-known/smart-configuration"_s));
    QCOMPARE(r.status, 200);
    const QJsonObject c = r.json();
    const QString base = m_server->url().toString();
    QCOMPARE(c.value(u"authorization_endpoint"_s).toString(), base + u"/authorize"_s);
    QCOMPARE(c.value(u"token_endpoint"_s).toString(), base + u"/token"_s);
    QCOMPARE(c.value(u"revocation_endpoint"_s).toString(), base + u"/revoke"_s);
    QCOMPARE(c.value(u"code_challenge_methods_supported"_s).toArray(), QJsonArray { u"S256"_s });
    QVERIFY(c.value(u"grant_types_supported"_s).toArray().contains(u"refresh_token"_s));
    QVERIFY(c.value(u"capabilities"_s).toArray().contains(u"launch-standalone"_s));
    QVERIFY(!c.value(u"scopes_supported"_s).toArray().isEmpty());
}

void TestDemoOAuth::signInFlowOverHttp()
{
    // The page itself.
    QUrl url = at(*m_server, u"/authorize"_s);
    url.setQuery(u"response_type=code&client_id=renkei-viewer&redirect_uri="_s
        + QString::fromLatin1(QUrl::toPercentEncoding(kRedirect)) + u"&state=x&code_challenge="_s
        + pkceChallenge(kVerifier) + u"&code_challenge_method=S256"_s);
    const HttpResult page = fetch(*m_nam, url);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(u"ワンタイムコード"_s));
    QVERIFY(html.contains(u"パスワード"_s));
    QVERIFY(html.contains(u"はなみずき"_s));

    int status = 0;
    const QUrl redirect = signIn(
        u"doctor1"_s, kPassword, u"openid user/*.read"_s, pkceChallenge(kVerifier), &status);
    QCOMPARE(status, 302);
    QCOMPARE(redirect.host(), u"127.0.0.1"_s);
    QCOMPARE(redirect.port(), 51234);
    QCOMPARE(redirect.path(), u"/callback"_s);
    const QUrlQuery q(redirect);
    QCOMPARE(q.queryItemValue(u"state"_s), u"st-42"_s);
    const QString code = q.queryItemValue(u"code"_s);
    QVERIFY(!code.isEmpty());
    const QJsonObject token = exchange(code, kVerifier, &status);
    QCOMPARE(status, 200);
    QCOMPARE(token.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(token.value(u"expires_in"_s).toInt(), 300);
    QVERIFY(token.value(u"scope"_s).toString().contains(u"user/*.read"_s));
    QVERIFY(!token.value(u"refresh_token"_s).toString().isEmpty());
    const HttpResult patient
        = fetch(*m_nam, at(*m_server, u"/Patient/p1"_s), token.value(u"access_token"_s).toString());
    QCOMPARE(patient.status, 200);
    // A code works once.
    exchange(code, kVerifier, &status);
    QCOMPARE(status, 400);
}

void TestDemoOAuth::wrongPasswordOrCode()
{
    int status = 0;
    const QUrl none
        = signIn(u"doctor1"_s, u"wrong"_s, u"user/*.read"_s, pkceChallenge(kVerifier), &status);
    QCOMPARE(status, 401);
    QVERIFY(none.isEmpty());
    signIn(u"nobody"_s, kPassword, u"user/*.read"_s, pkceChallenge(kVerifier), &status);
    QCOMPARE(status, 401);
    // A code from ten minutes ago.
    const QString old = totpNow(QString::fromUtf16(kDemoTotpSecret), m_clock.now->addSecs(-600));
    const HttpResult r = postForm(u"/authorize"_s,
        form({ { u"response_type"_s, u"code"_s }, { u"client_id"_s, u"renkei-viewer"_s },
            { u"redirect_uri"_s, kRedirect }, { u"code_challenge"_s, pkceChallenge(kVerifier) },
            { u"code_challenge_method"_s, u"S256"_s }, { u"user_id"_s, u"doctor1"_s },
            { u"password"_s, kPassword }, { u"otp"_s, old } }));
    QCOMPARE(r.status, 401);
    QVERIFY(QString::fromUtf8(r.body).contains(u"正しくありません"_s));
}

void TestDemoOAuth::pkceRequired_data()
{
    QTest::addColumn<QString>("extra");
    QTest::newRow("missing challenge") << QString();
    QTest::newRow("plain") << u"&code_challenge=abcdefghijabcdefghijabcdefghijabcdefghij123"
                              u"&code_challenge_method=plain"_s;
    QTest::newRow("no method") << u"&code_challenge="_s + pkceChallenge(kVerifier);
}

void TestDemoOAuth::pkceRequired()
{
    QFETCH(QString, extra);
    QUrl url = at(*m_server, u"/authorize"_s);
    url.setQuery(u"response_type=code&client_id=renkei-viewer&state=s1&redirect_uri="_s
        + QString::fromLatin1(QUrl::toPercentEncoding(kRedirect)) + extra);
    const HttpResult r = fetch(*m_nam, url);
    QCOMPARE(r.status, 302);
    const QUrlQuery q(QUrl(QString::fromLatin1(r.header("Location"))));
    QCOMPARE(q.queryItemValue(u"error"_s), u"invalid_request"_s);
    QCOMPARE(q.queryItemValue(u"state"_s), u"s1"_s);
    QVERIFY(!q.hasQueryItem(u"code"_s));
}

void TestDemoOAuth::wrongVerifierFails()
{
    const QUrl redirect = signIn(u"doctor1"_s, kPassword, u"user/*.read"_s);
    int status = 0;
    const QJsonObject r
        = exchange(QUrlQuery(redirect).queryItemValue(u"code"_s), kVerifier + u"x"_s, &status);
    QCOMPARE(status, 400);
    QCOMPARE(r.value(u"error"_s).toString(), u"invalid_grant"_s);
    const QUrl again = signIn(u"doctor1"_s, kPassword, u"user/*.read"_s);
    exchange(QUrlQuery(again).queryItemValue(u"code"_s), QString(), &status);
    QCOMPARE(status, 400);
}

void TestDemoOAuth::redirectUriChecked()
{
    for (const QString &bad : { u"http://evil.example/cb"_s, u"https://127.0.0.1:1/cb"_s,
             u"http://localhost.evil/cb"_s, u"http://user@127.0.0.1:5/cb"_s }) {
        QUrl url = at(*m_server, u"/authorize"_s);
        url.setQuery(u"response_type=code&client_id=renkei-viewer&redirect_uri="_s
            + QString::fromLatin1(QUrl::toPercentEncoding(bad)) + u"&code_challenge="_s
            + pkceChallenge(kVerifier) + u"&code_challenge_method=S256"_s);
        const HttpResult r = fetch(*m_nam, url);
        QCOMPARE(r.status, 400); // an error page, never a redirect to it
        QVERIFY(r.header("Location").isEmpty());
    }
}

void TestDemoOAuth::refreshRotation()
{
    const QJsonObject first = tokenFor(u"doctor1"_s, u"offline_access user/*.read"_s);
    const QString refresh1 = first.value(u"refresh_token"_s).toString();
    QVERIFY(!refresh1.isEmpty());
    const QByteArray body1 = form({ { u"grant_type"_s, u"refresh_token"_s },
        { u"refresh_token"_s, refresh1 }, { u"client_id"_s, u"renkei-viewer"_s } });
    const HttpResult second = postForm(u"/token"_s, body1);
    QCOMPARE(second.status, 200);
    const QString refresh2 = second.json().value(u"refresh_token"_s).toString();
    const QString access2 = second.json().value(u"access_token"_s).toString();
    QVERIFY(!refresh2.isEmpty() && refresh2 != refresh1);
    QCOMPARE(fetch(*m_nam, at(*m_server, u"/Patient/p1"_s), access2).status, 200);
    // The old refresh token is spent; using it again revokes the whole grant.
    const HttpResult reuse = postForm(u"/token"_s, body1);
    QCOMPARE(reuse.status, 400);
    QCOMPARE(reuse.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(fetch(*m_nam, at(*m_server, u"/Patient/p1"_s), access2).status, 401);
    QCOMPARE(postForm(u"/token"_s,
                 form({ { u"grant_type"_s, u"refresh_token"_s }, { u"refresh_token"_s, refresh2 },
                     { u"client_id"_s, u"renkei-viewer"_s } }))
                 .status,
        400);
}

void TestDemoOAuth::clientCredentials()
{
    const HttpResult bad = postForm(u"/token"_s,
        form({ { u"grant_type"_s, u"client_credentials"_s }, { u"client_id"_s, u"renkei-batch"_s },
            { u"client_secret"_s, u"nope"_s } }));
    QCOMPARE(bad.status, 401);
    RequestOptions o;
    o.method = "POST";
    o.contentType = "application/x-www-form-urlencoded";
    o.body = "grant_type=client_credentials&scope=system%2F*.read";
    o.headers = { { "Authorization",
        "Basic " + QByteArray("renkei-batch:renkei-batch-demo-secret").toBase64() } };
    const HttpResult ok = fetch(*m_nam, at(*m_server, u"/token"_s), o);
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.json().value(u"refresh_token"_s).isUndefined());
    QCOMPARE(fetch(*m_nam, at(*m_server, u"/Observation?patient=p1&_count=1"_s),
                 ok.json().value(u"access_token"_s).toString())
                 .status,
        200);
    // A public client cannot.
    QCOMPARE(postForm(u"/token"_s,
                 form({ { u"grant_type"_s, u"client_credentials"_s },
                     { u"client_id"_s, u"renkei-viewer"_s } }))
                 .status,
        400);
}

void TestDemoOAuth::unauthorizedWithoutValidToken()
{
    for (const QString &token : { QString(), u"not-a-token"_s }) {
        const HttpResult r = fetch(*m_nam, at(*m_server, u"/Patient?name=x"_s), token);
        QCOMPARE(r.status, 401);
        const QByteArray challenge = r.header("WWW-Authenticate");
        QVERIFY(challenge.startsWith("Bearer realm="));
        QVERIFY(challenge.contains("error=\"invalid_token\""));
        QCOMPARE(r.json().value(u"resourceType"_s).toString(), u"OperationOutcome"_s);
    }
}

void TestDemoOAuth::expiredTokenAfterClockMoves()
{
    const QString token
        = tokenFor(u"doctor1"_s, u"user/*.read"_s).value(u"access_token"_s).toString();
    QCOMPARE(fetch(*m_nam, at(*m_server, u"/Patient/p1"_s), token).status, 200);
    m_clock.advance(299);
    QCOMPARE(fetch(*m_nam, at(*m_server, u"/Patient/p1"_s), token).status, 200);
    m_clock.advance(2);
    const HttpResult r = fetch(*m_nam, at(*m_server, u"/Patient/p1"_s), token);
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("WWW-Authenticate").contains("expired"));
}

void TestDemoOAuth::revokedToken()
{
    const QJsonObject t = tokenFor(u"doctor1"_s, u"user/*.read"_s);
    const QString access = t.value(u"access_token"_s).toString();
    QCOMPARE(fetch(*m_nam, at(*m_server, u"/Patient/p1"_s), access).status, 200);
    QCOMPARE(postForm(u"/revoke"_s, form({ { u"token"_s, access } })).status, 200);
    QCOMPARE(fetch(*m_nam, at(*m_server, u"/Patient/p1"_s), access).status, 401);
    // Revoking the refresh token ends the grant.
    const QString refresh = t.value(u"refresh_token"_s).toString();
    QCOMPARE(postForm(u"/revoke"_s, form({ { u"token"_s, refresh } })).status, 200);
    QCOMPARE(postForm(u"/token"_s,
                 form({ { u"grant_type"_s, u"refresh_token"_s }, { u"refresh_token"_s, refresh },
                     { u"client_id"_s, u"renkei-viewer"_s } }))
                 .status,
        400);
}

void TestDemoOAuth::scopesLimitWhatIsVisible()
{
    // The pharmacist asks for everything and gets what a pharmacist may have.
    const QJsonObject t = tokenFor(u"pharm1"_s, u"openid user/*.read"_s);
    const QString scope = t.value(u"scope"_s).toString();
    QVERIFY(scope.contains(u"user/MedicationRequest.read"_s));
    QVERIFY(!scope.contains(u"user/*.read"_s));
    const QString token = t.value(u"access_token"_s).toString();
    auto status
        = [&](const QString &path) { return fetch(*m_nam, at(*m_server, path), token).status; };
    QCOMPARE(status(u"/MedicationRequest?patient=p1"_s), 200);
    QCOMPARE(status(u"/MedicationDispense?patient=p1"_s), 200);
    QCOMPARE(status(u"/AllergyIntolerance?patient=p1"_s), 200);
    QCOMPARE(status(u"/Composition?patient=p1"_s), 403);
    QCOMPARE(status(u"/Composition/dis1"_s), 403);
    QCOMPARE(status(u"/DocumentReference/doc1"_s), 403);
    QCOMPARE(status(u"/Binary/bin1"_s), 403);
    // $everything leaves out what the scopes do not cover.
    const QStringList ids
        = fetchAllPages(*m_nam, at(*m_server, u"/Patient/p1/$everything"_s), token);
    QVERIFY(ids.contains(u"MedicationRequest/mr0"_s));
    QVERIFY(ids.contains(u"AllergyIntolerance/al1"_s));
    QVERIFY(!ids.contains(u"Composition/dis1"_s));
    QVERIFY(!ids.contains(u"Observation/obs000"_s));
    // The clerk: patients and encounters only.
    const QString clerk = m_server->issueAccessToken(u"clerk1"_s);
    QCOMPARE(fetch(*m_nam, at(*m_server, u"/Encounter?patient=p1"_s), clerk).status, 200);
    QCOMPARE(fetch(*m_nam, at(*m_server, u"/MedicationRequest?patient=p1"_s), clerk).status, 403);
}

QTEST_GUILESS_MAIN(TestDemoOAuth)
#include "testdemooauth.moc"
