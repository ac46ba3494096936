// The demo network's fault switches: the parser for their command-line form, and each switch
// doing what it says to a real client.
#include "demo/demoserverfixture.h"
#include "demo/faults.h"
#include "demo/server.h"
#include "demo/serverdemo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace renkei::demo;
using namespace renkei::test;

class TestDemoFaults : public QObject {
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void serveDemoArguments();
    void init();
    void cleanup();
    void status503();
    void status429HasRetryAfter();
    void countLimitsTheFault();
    void pathPatternSelects();
    void delay();
    void cutBeforeFullBody();
    void hangTimesOut();
    void malformedBody();
    void wrongContentType();
    void expiredAndRevokedToken();
    void loopNext();
    void mutateBetweenPages();

private:
    HttpResult get(const QString &path, const RequestOptions &extra = {})
    {
        RequestOptions o = extra;
        o.bearer = m_token;
        return fetch(*m_nam, at(*m_server, path), o);
    }
    void add(const QString &spec) { QVERIFY2(m_server->addFault(spec), qPrintable(spec)); }

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_token;
};

void TestDemoFaults::parse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("status") << u"/Observation=status:503"_s << u"/Observation=status:503"_s;
    QTest::newRow("no path") << u"delay:2000"_s << u"delay:2000"_s;
    QTest::newRow("cut") << u"cut:1024"_s << u"cut:1024"_s;
    QTest::newRow("hang") << u"hang"_s << u"hang"_s;
    QTest::newRow("malformed") << u"malformed"_s << u"malformed"_s;
    QTest::newRow("content type") << u"content-type:text/html"_s << u"content-type:text/html"_s;
    QTest::newRow("content type with params")
        << u"/Patient=content-type:text/html; charset=Shift_JIS"_s
        << u"/Patient=content-type:text/html; charset=Shift_JIS"_s;
    QTest::newRow("429 retry") << u"status:429,retry-after:2"_s << u"status:429,retry-after:2"_s;
    QTest::newRow("tokens") << u"expired-token"_s << u"expired-token"_s;
    QTest::newRow("revoked") << u"^/Patient/=revoked-token,count:1"_s
                             << u"^/Patient/=revoked-token,count:1"_s;
    QTest::newRow("loop") << u"loop-next"_s << u"loop-next"_s;
    QTest::newRow("mutate") << u"mutate-between-pages"_s << u"mutate-between-pages"_s;
    QTest::newRow("combined") << u"/Patient/.*/\\$everything=delay:100, status:502 ,count:3"_s
                              << u"/Patient/.*/\\$everything=status:502,delay:100,count:3"_s;
}

void TestDemoFaults::parse()
{
    QFETCH(QString, spec);
    QFETCH(QString, canonical);
    const auto fault = parseFault(spec);
    QVERIFY2(fault, fault ? "" : qPrintable(fault.error().message));
    QCOMPARE(fault->describe(), canonical);
    QVERIFY(parseFault(fault->describe()));
}

void TestDemoFaults::parseErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown") << u"explode"_s;
    QTest::newRow("status text") << u"status:bad"_s;
    QTest::newRow("status range") << u"status:99"_s;
    QTest::newRow("retry alone") << u"retry-after:2"_s;
    QTest::newRow("bad regex") << u"([=status:500"_s;
    QTest::newRow("value on flag") << u"hang:3"_s;
    QTest::newRow("count zero") << u"status:500,count:0"_s;
    QTest::newRow("path only") << u"/Observation="_s;
}

void TestDemoFaults::parseErrors()
{
    QFETCH(QString, spec);
    QVERIFY(!parseFault(spec));
}

void TestDemoFaults::serveDemoArguments()
{
    auto o = parseServeDemoArguments(
        { u"--port"_s, u"8089"_s, u"--tls"_s, u"--size"_s, u"large"_s, u"--seed"_s, u"9"_s,
            u"--fault"_s, u"/Observation=status:503"_s, u"--fault"_s, u"hang,count:1"_s });
    QVERIFY(o);
    QCOMPARE(o->port, 8089);
    QVERIFY(o->tls);
    QVERIFY(!o->mutualTls);
    QCOMPARE(o->generator.size, GeneratorOptions::Size::Large);
    QCOMPARE(o->generator.seed, quint64(9));
    QCOMPARE(o->faults.size(), 2);
    QVERIFY(parseServeDemoArguments({ u"--mtls"_s })->tls);
    QVERIFY(!parseServeDemoArguments({ u"--fault"_s, u"explode"_s }));
    QVERIFY(!parseServeDemoArguments({ u"--size"_s, u"huge"_s }));
    QVERIFY(!parseServeDemoArguments({ u"--port"_s, u"70000"_s }));
    QVERIFY(!parseServeDemoArguments({ u"--bogus"_s }));
}

void TestDemoFaults::init()
{
    m_server = std::make_unique<DemoServer>(smallDataset());
    QVERIFY(m_server->start());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_token = m_server->issueAccessToken(u"doctor1"_s);
}

void TestDemoFaults::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

void TestDemoFaults::status503()
{
    add(u"/Observation=status:503"_s);
    const HttpResult r = get(u"/Observation?patient=p1"_s);
    QCOMPARE(r.status, 503);
    QCOMPARE(r.json().value(u"resourceType"_s).toString(), u"OperationOutcome"_s);
    QCOMPARE(get(u"/Patient/p1"_s).status, 200);
}

void TestDemoFaults::status429HasRetryAfter()
{
    add(u"status:429,retry-after:2"_s);
    const HttpResult r = get(u"/Patient/p1"_s);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("2"));
}

void TestDemoFaults::countLimitsTheFault()
{
    add(u"/Patient=status:500,count:2"_s);
    QCOMPARE(get(u"/Patient/p1"_s).status, 500);
    QCOMPARE(get(u"/Patient/p2"_s).status, 500);
    QCOMPARE(get(u"/Patient/p1"_s).status, 200);
    QVERIFY(m_server->faults().isEmpty());
    // Removing by id.
    const int id = m_server->addFault(*parseFault(u"status:502"_s));
    QCOMPARE(get(u"/Patient/p1"_s).status, 502);
    QVERIFY(m_server->removeFault(id));
    QCOMPARE(get(u"/Patient/p1"_s).status, 200);
}

void TestDemoFaults::pathPatternSelects()
{
    add(u"^/Patient/[^/]+/\\$everything$=status:502"_s);
    QCOMPARE(get(u"/Patient/p1/$everything"_s).status, 502);
    QCOMPARE(get(u"/Patient/p1"_s).status, 200);
}

void TestDemoFaults::delay()
{
    add(u"/Patient=delay:300"_s);
    const HttpResult slow = get(u"/Patient/p1"_s);
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 280, qPrintable(QString::number(slow.elapsedMs)));
    const HttpResult fast = get(u"/metadata"_s);
    QVERIFY2(fast.elapsedMs < 280, qPrintable(QString::number(fast.elapsedMs)));
}

void TestDemoFaults::cutBeforeFullBody()
{
    add(u"/Observation=cut:1024"_s);
    RequestOptions o;
    o.headers = { { "Accept-Encoding", "identity" } };
    const HttpResult r = get(u"/Observation?patient=p1&_count=100"_s, o);
    QVERIFY(r.finished);
    QVERIFY2(r.error != QNetworkReply::NoError, "a cut connection must be an error");
    QVERIFY(r.body.size() < 1024);
    // The next connection works.
    QCOMPARE(get(u"/Patient/p1"_s).status, 200);
}

void TestDemoFaults::hangTimesOut()
{
    add(u"/Patient/p1=hang,count:1"_s);
    RequestOptions o;
    o.transferTimeoutMs = 300;
    const HttpResult r = get(u"/Patient/p1"_s, o);
    QVERIFY(r.finished);
    QVERIFY(
        r.error == QNetworkReply::OperationCanceledError || r.error == QNetworkReply::TimeoutError);
    QVERIFY(r.elapsedMs >= 250);
    QCOMPARE(get(u"/Patient/p1"_s).status, 200);
}

void TestDemoFaults::malformedBody()
{
    add(u"/Observation=malformed"_s);
    const HttpResult r = get(u"/Observation?patient=p1"_s);
    QCOMPARE(r.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestDemoFaults::wrongContentType()
{
    add(u"content-type:text/html"_s);
    const HttpResult r = get(u"/Patient/p1"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("text/html"));
}

void TestDemoFaults::expiredAndRevokedToken()
{
    add(u"/Patient=expired-token,count:1"_s);
    HttpResult r = get(u"/Patient/p1"_s);
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("WWW-Authenticate").contains("expired"));
    QCOMPARE(get(u"/Observation?patient=p1"_s).status, 401); // the token stays expired
    m_token = m_server->issueAccessToken(u"doctor1"_s);
    QCOMPARE(get(u"/Patient/p1"_s).status, 200);
    add(u"revoked-token,count:1"_s);
    r = get(u"/Patient/p1"_s);
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("WWW-Authenticate").contains("revoked"));
}

void TestDemoFaults::loopNext()
{
    add(u"/Observation=loop-next"_s);
    const QJsonObject first = get(u"/Observation?patient=p1&_count=10"_s).json();
    QCOMPARE(nextLink(first), selfLink(first));
    QVERIFY(!nextLink(first).isEmpty());
}

void TestDemoFaults::mutateBetweenPages()
{
    add(u"/Observation=mutate-between-pages"_s);
    QList<QJsonObject> bundles;
    const QStringList ids = fetchAllPages(*m_nam,
        at(*m_server, u"/Observation?patient=p1&_sort=-date&_count=30"_s), m_token, &bundles);
    QCOMPARE(bundles.size(), 4);
    QCOMPARE(ids.size(), kP1Observations);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), kP1Observations);
    // Resources changed meanwhile: a fresh incremental search finds them.
    const QString since
        = bundles.first().value(u"meta"_s).toObject().value(u"lastUpdated"_s).toString();
    m_server->clearFaults();
    const QJsonObject changed = get(u"/Observation?patient=p1&_lastUpdated=gt"_s
        + QString::fromLatin1(QUrl::toPercentEncoding(since)))
                                    .json();
    QCOMPARE(changed.value(u"total"_s).toInt(), 6); // two per page boundary, three boundaries
}

QTEST_GUILESS_MAIN(TestDemoFaults)
#include "testdemofaults.moc"
