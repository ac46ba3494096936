// DemoSignIn, the browser stand-in `renkei --demo` and the GUI tests sign in with: it reads the
// demo sign-in page's form, posts it with the current one-time code, and follows the redirect
// to the app's loopback receiver; it fails cleanly (and says nothing secret) otherwise.
#include "demo/demosignin.h"
#include "demoserverfixture.h"
#include "net/loopbackreceiver.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using renkei::demo::DemoSignIn;

class TestDemoSignIn : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void formFieldsRoundTrip();
    void signsInAndReachesTheReceiver();
    void wrongPasswordFails();
    void notAWebAddress();

private:
    QUrl authorizeUrl(const QUrl &redirect, const QString &state) const;

    renkei::test::TestClock m_clock;
    std::unique_ptr<renkei::demo::DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestDemoSignIn::init()
{
    m_server = std::make_unique<renkei::demo::DemoServer>(renkei::test::smallDataset());
    renkei::demo::DemoServerOptions options;
    options.clock = m_clock.clock();
    QVERIFY(m_server->start(0, options));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestDemoSignIn::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

QUrl TestDemoSignIn::authorizeUrl(const QUrl &redirect, const QString &state) const
{
    QUrl url = renkei::test::at(*m_server, u"/authorize"_s);
    QUrlQuery q;
    q.addQueryItem(u"response_type"_s, u"code"_s);
    q.addQueryItem(u"client_id"_s, u"renkei-viewer"_s);
    q.addQueryItem(u"redirect_uri"_s, redirect.toString());
    q.addQueryItem(u"scope"_s, u"openid user/*.read"_s);
    q.addQueryItem(u"state"_s, QString::fromUtf8(QUrl::toPercentEncoding(state)));
    q.addQueryItem(u"code_challenge"_s,
        renkei::demo::pkceChallenge(u"a-verifier-of-43-characters-at-least-0123456"_s));
    q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    url.setQuery(q);
    return url;
}

void TestDemoSignIn::formFieldsRoundTrip()
{
    // The page escapes what it echoes; the reader gives back the very values.
    const QString state = u"a&b\"c<d>e'f"_s;
    const auto page
        = renkei::test::fetch(*m_nam, authorizeUrl(QUrl(u"http://127.0.0.1:9/callback"_s), state));
    QCOMPARE(page.status, 200);
    const auto fields = renkei::demo::signInFormFields(QString::fromUtf8(page.body));
    QStringList names;
    QString echoed;
    for (const auto &[name, value] : fields) {
        names.append(name);
        if (name == u"state"_s)
            echoed = value;
    }
    QVERIFY(names.contains(u"client_id"_s));
    QVERIFY(names.contains(u"code_challenge"_s));
    QCOMPARE(echoed, state);
    QVERIFY(renkei::demo::signInFormFields(u"<form><input name=\"x\"></form>"_s).isEmpty());
}

void TestDemoSignIn::signsInAndReachesTheReceiver()
{
    renkei::net::LoopbackReceiver receiver;
    auto redirect = receiver.listen(u"state-123"_s, 10000);
    QVERIFY(redirect);
    QSignalSpy code(&receiver, &renkei::net::LoopbackReceiver::codeReceived);
    DemoSignIn browser(*m_nam, { u"doctor1"_s, renkei::test::kPassword }, m_clock.clock());
    QSignalSpy finished(&browser, &DemoSignIn::finished);
    browser.open(authorizeUrl(*redirect, u"state-123"_s));
    QVERIFY(browser.isBusy());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(code.count(), 1);
    QVERIFY(!browser.isBusy());
}

void TestDemoSignIn::wrongPasswordFails()
{
    renkei::net::LoopbackReceiver receiver;
    auto redirect = receiver.listen(u"s"_s, 10000);
    QVERIFY(redirect);
    QSignalSpy code(&receiver, &renkei::net::LoopbackReceiver::codeReceived);
    DemoSignIn browser(*m_nam, { u"doctor1"_s, u"not-the-password"_s }, m_clock.clock());
    QSignalSpy finished(&browser, &DemoSignIn::finished);
    browser.open(authorizeUrl(*redirect, u"s"_s));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString reason = finished.at(0).at(1).toString();
    QVERIFY(!reason.isEmpty());
    QVERIFY(!reason.contains(u"not-the-password"_s));
    QCOMPARE(code.count(), 0);

    // A one-time code from another time (the clocks disagree) fails the same way.
    DemoSignIn late(*m_nam, { u"doctor1"_s, renkei::test::kPassword },
        [this] { return m_clock.now->addSecs(600); });
    QSignalSpy lateFinished(&late, &DemoSignIn::finished);
    late.open(authorizeUrl(*redirect, u"s"_s));
    QVERIFY(lateFinished.wait(10000));
    QCOMPARE(lateFinished.at(0).at(0).toBool(), false);
}

void TestDemoSignIn::notAWebAddress()
{
    DemoSignIn browser(*m_nam, { u"doctor1"_s, renkei::test::kPassword });
    QSignalSpy finished(&browser, &DemoSignIn::finished);
    browser.open(QUrl(u"file:///etc/passwd"_s));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
}

QTEST_GUILESS_MAIN(TestDemoSignIn)
#include "testdemosignin.moc"
