// The sign-in flow headless against the demo network: PKCE through the loopback receiver,
// refresh before expiry and on a 401, a revoked grant, a wrong state, client credentials,
// sign-out with revocation.
#include "net/neterror.h"
#include "netfixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace renkei;
using namespace renkei::test;

class TestOAuthClient : public QObject {
    Q_OBJECT
private slots:
    void signInFlowHeadless();
    void refreshBeforeExpiry();
    void refreshesOnItsOwnBeforeExpiry();
    void proactiveRefreshKeepsTheSessionWhenTheNetworkIsDown();
    void refreshOnUnauthorized();
    void revokedGrantNeedsSignIn();
    void wrongStateRefused();
    void wrongVerifierRefused();
    void resumeFromVault();
    void clientCredentials();
    void signOutRevokes();
    void discoveryFallsBackToProfile();
};

void TestOAuthClient::signInFlowHeadless()
{
    NetFixture f;
    QVERIFY(f.start());
    QSignalSpy states(f.oauth.get(), &net::OAuthClient::stateChanged);
    QSignalSpy progress(f.oauth.get(), &net::OAuthClient::progress);
    QVERIFY(f.signIn());
    QCOMPARE(f.oauth->state(), net::OAuthClient::State::SignedIn);
    QCOMPARE(states.first().first().value<net::OAuthClient::State>(),
        net::OAuthClient::State::SigningIn);
    QVERIFY(progress.count() >= 3); // discovering, waiting for the browser, exchanging
    const QUrlQuery q(f.lastAuthorizeUrl);
    QCOMPARE(q.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QVERIFY(QUrl(q.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)).host() == u"127.0.0.1"_s);
    QVERIFY(!f.oauth->accessToken().isEmpty());
    QVERIFY(f.vault->load(net::refreshTokenScope(u"demo"_s, u"default"_s))->has_value());
    // The token works for FHIR calls.
    const auto &read = waitFor(f.fhir->read(u"Patient"_s, u"p1"_s, this));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().describe()));
    QCOMPARE(net::FhirClient::parseResource(*read)->value(u"id"_s).toString(), u"p1"_s);
}

void TestOAuthClient::refreshBeforeExpiry()
{
    NetFixture f;
    QVERIFY(f.start());
    QVERIFY(f.signIn());
    const QByteArray before = f.oauth->accessToken().view().toByteArray();
    f.clock.advance(280); // within the refresh margin of the 300 s token
    QVERIFY(f.oauth->needsRefresh());
    const auto &read = waitFor(f.fhir->read(u"Patient"_s, u"p1"_s, this));
    QVERIFY(read.ok());
    QVERIFY(f.oauth->accessToken().view().toByteArray() != before);
    QCOMPARE(f.oauth->state(), net::OAuthClient::State::SignedIn);
}

void TestOAuthClient::refreshesOnItsOwnBeforeExpiry()
{
    // No request is made: the session's own timer notices (by the Clock) that the token is
    // about to expire and renews it.
    NetFixture f;
    QVERIFY(f.start());
    f.oauth.reset();
    net::OAuthClient::Options options;
    options.refreshCheckIntervalMs = 20;
    f.oauth = std::make_unique<net::OAuthClient>(
        *f.transport, f.profile(), *f.vault, f.clock.clock(), options);
    f.oauth->setUrlHandler(f.handler());
    f.transport->setTokenSource(f.oauth.get());
    QVERIFY(f.signIn());
    QSignalSpy finished(f.oauth.get(), &net::OAuthClient::refreshFinished);
    const QDateTime firstExpiry = f.oauth->expiresAt();
    const QByteArray before = f.oauth->accessToken().view().toByteArray();
    QTest::qWait(100); // several checks, none due yet
    QCOMPARE(finished.count(), 0);
    QCOMPARE(f.oauth->expiresAt(), firstExpiry);

    f.clock.advance(250); // 50 s left: within the 60 s margin
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(f.oauth->accessToken().view().toByteArray() != before);
    QCOMPARE(f.oauth->expiresAt(), firstExpiry.addSecs(250));
    QCOMPARE(f.oauth->state(), net::OAuthClient::State::SignedIn);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1); // renewed once, not at every check

    // Signed out: no more checks.
    f.oauth->signOut();
    f.clock.advance(3600);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
}

void TestOAuthClient::proactiveRefreshKeepsTheSessionWhenTheNetworkIsDown()
{
    NetFixture f;
    QVERIFY(f.start());
    f.oauth.reset();
    net::OAuthClient::Options options;
    options.refreshCheckIntervalMs = 0; // driven by hand here
    f.oauth = std::make_unique<net::OAuthClient>(
        *f.transport, f.profile(), *f.vault, f.clock.clock(), options);
    f.oauth->setUrlHandler(f.handler());
    f.transport->setTokenSource(f.oauth.get());
    QVERIFY(f.signIn());
    QSignalSpy finished(f.oauth.get(), &net::OAuthClient::refreshFinished);
    QSignalSpy failed(f.oauth.get(), &net::OAuthClient::refreshFailed);
    QVERIFY(f.server->addFault(u"/token=status:503,count:1"_s));
    f.clock.advance(280);
    f.oauth->checkRefreshDue();
    QVERIFY(f.oauth->isRefreshing());
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(f.oauth->state(), net::OAuthClient::State::SignedIn);
    // The next check renews it.
    f.oauth->checkRefreshDue();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    QVERIFY(!f.oauth->needsRefresh());
}

void TestOAuthClient::refreshOnUnauthorized()
{
    NetFixture f;
    QVERIFY(f.start());
    QVERIFY(f.signIn());
    QVERIFY(f.server->addFault(u"/Patient=expired-token,count:1"_s));
    const auto &read = waitFor(f.fhir->read(u"Patient"_s, u"p1"_s, this));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().describe()));
    QCOMPARE(f.oauth->state(), net::OAuthClient::State::SignedIn);
}

void TestOAuthClient::revokedGrantNeedsSignIn()
{
    NetFixture f;
    QVERIFY(f.start());
    QVERIFY(f.signIn());
    QSignalSpy failed(f.oauth.get(), &net::OAuthClient::refreshFailed);
    // The server revokes the grant (RFC 7009 on the refresh token ends the whole grant).
    auto refresh = f.vault->load(net::refreshTokenScope(u"demo"_s, u"default"_s));
    QVERIFY(refresh && refresh->has_value());
    RequestOptions revoke;
    revoke.method = "POST";
    revoke.contentType = "application/x-www-form-urlencoded";
    revoke.body = form({ { u"token"_s, QString::fromLatin1((*refresh)->view().toByteArray()) },
        { u"client_id"_s, u"renkei-viewer"_s } });
    QCOMPARE(fetch(*f.browserNam, at(*f.server, u"/revoke"_s), revoke).status, 200);
    const auto &read = waitFor(f.fhir->read(u"Patient"_s, u"p1"_s, this));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, Error::Kind::Auth);
    QCOMPARE(f.oauth->state(), net::OAuthClient::State::NeedsSignIn);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<Error>().kind, Error::Kind::Auth);
    QVERIFY(f.oauth->accessToken().isEmpty());
    QVERIFY(!f.vault->load(net::refreshTokenScope(u"demo"_s, u"default"_s))->has_value());
}

void TestOAuthClient::wrongStateRefused()
{
    NetFixture f;
    QVERIFY(f.start());
    QSignalSpy failed(f.oauth.get(), &net::OAuthClient::signInFailed);
    f.oauth->signIn();
    QTRY_VERIFY(!f.lastAuthorizeUrl.isEmpty());
    QCOMPARE(f.browse(u"doctor1"_s, u"forged-state"_s), 400);
    QTRY_COMPARE(failed.count(), 1);
    const Error e = failed.first().first().value<Error>();
    QCOMPARE(e.kind, Error::Kind::Auth);
    QCOMPARE(e.code, u"state-mismatch"_s);
    QCOMPARE(f.oauth->state(), net::OAuthClient::State::SignedOut);
}

void TestOAuthClient::wrongVerifierRefused()
{
    NetFixture f;
    QVERIFY(f.start());
    // A real code for one PKCE challenge, exchanged with another verifier.
    auto pkce = net::makePkce();
    auto other = net::makePkce();
    QVERIFY(pkce && other);
    const QUrl redirectUri(u"http://127.0.0.1:9/callback"_s);
    QUrlQuery q;
    q.addQueryItem(u"response_type"_s, u"code"_s);
    q.addQueryItem(u"client_id"_s, u"renkei-viewer"_s);
    q.addQueryItem(u"redirect_uri"_s, redirectUri.toString());
    q.addQueryItem(u"scope"_s, u"user/*.read"_s);
    q.addQueryItem(u"state"_s, u"s"_s);
    q.addQueryItem(u"code_challenge"_s, pkce->challenge);
    q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    QUrl url = at(*f.server, u"/authorize"_s);
    url.setQuery(q);
    const QUrl redirect = f.submitSignInPage(url, u"doctor1"_s);
    const QString code = QUrlQuery(redirect).queryItemValue(u"code"_s);
    QVERIFY(!code.isEmpty());
    net::TokenEndpoint endpoint(*f.transport, f.profile());
    const net::OAuthEndpoints e { {}, at(*f.server, u"/token"_s), {} };
    const auto &exchanged = waitFor(endpoint.exchangeCode(
        e, crypto::SecretBytes::copyOf(code.toUtf8()), other->verifier, redirectUri, this));
    auto grant = net::TokenEndpoint::parseGrant(exchanged);
    QVERIFY(!grant);
    QCOMPARE(grant.error().kind, Error::Kind::Auth);
    QCOMPARE(grant.error().code, u"invalid-grant"_s);
}

void TestOAuthClient::resumeFromVault()
{
    NetFixture f;
    QVERIFY(f.start());
    QVERIFY(f.signIn());
    // A new client (the next start of the app) with the same vault.
    net::OAuthClient second(*f.transport, f.profile(), *f.vault, f.clock.clock(), {});
    QSignalSpy signedIn(&second, &net::OAuthClient::signedIn);
    second.resume();
    QTRY_COMPARE(signedIn.count(), 1);
    QVERIFY(!second.accessToken().isEmpty());
    // Without a stored token: NeedsSignIn with a clear error.
    net::MemoryTokenVault empty;
    net::OAuthClient third(*f.transport, f.profile(), empty, f.clock.clock(), {});
    QSignalSpy failed(&third, &net::OAuthClient::signInFailed);
    third.resume();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<Error>().code, u"no-refresh-token"_s);
    QCOMPARE(third.state(), net::OAuthClient::State::NeedsSignIn);
}

void TestOAuthClient::clientCredentials()
{
    NetFixture f;
    QVERIFY(f.start(NetFixture::fastOptions(), false));
    net::NetworkProfile p = f.profile();
    p.signInMethod = net::SignInMethod::ClientCredentials;
    p.clientId = u"renkei-batch"_s;
    p.scopes = { u"system/*.read"_s };
    net::OAuthClient batch(*f.transport, p, *f.vault, f.clock.clock(), {});
    batch.setClientSecret(crypto::SecretBytes::copyOf("renkei-batch-demo-secret"));
    f.transport->setTokenSource(&batch);
    QSignalSpy signedIn(&batch, &net::OAuthClient::signedIn);
    batch.signIn();
    QTRY_COMPARE(signedIn.count(), 1);
    const auto &read = waitFor(f.fhir->read(u"Patient"_s, u"p2"_s, this));
    QVERIFY(read.ok());
    f.transport->setTokenSource(nullptr);
}

void TestOAuthClient::signOutRevokes()
{
    NetFixture f;
    QVERIFY(f.start());
    QVERIFY(f.signIn());
    QSignalSpy served(f.server.get(), &demo::DemoServer::requestServed);
    QSignalSpy signedOut(f.oauth.get(), &net::OAuthClient::signedOut);
    f.oauth->signOut();
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(f.oauth->accessToken().isEmpty());
    QTRY_VERIFY(std::any_of(served.cbegin(), served.cend(),
        [](const QList<QVariant> &args) { return args.at(1).toString() == u"/revoke"_s; }));
    const auto &read = waitFor(f.fhir->read(u"Patient"_s, u"p1"_s, this));
    QCOMPARE(read.error().kind, Error::Kind::Auth);
}

void TestOAuthClient::discoveryFallsBackToProfile()
{
    NetFixture f;
    QVERIFY(f.start(NetFixture::fastOptions(), false));
    QVERIFY(f.server->addFault(u"smart-configuration=status:404"_s));
    net::NetworkProfile p = f.profile();
    p.authorizationEndpoint = at(*f.server, u"/authorize"_s);
    p.tokenEndpoint = at(*f.server, u"/token"_s);
    f.oauth = std::make_unique<net::OAuthClient>(
        *f.transport, p, *f.vault, f.clock.clock(), net::OAuthClient::Options {});
    f.oauth->setUrlHandler(f.handler());
    f.transport->setTokenSource(f.oauth.get());
    QVERIFY(f.signIn());
}

QTEST_GUILESS_MAIN(TestOAuthClient)
#include "testoauthclient.moc"
