// Every fault switch of the demo network gives the documented behaviour (docs/network.md):
// retried, or a typed error; never a hang.
#include "net/neterror.h"
#include "netfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace renkei;
using namespace renkei::test;

class TestFhirFaults : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void serverErrorRetried_data();
    void serverErrorRetried();
    void serverErrorGivesUp();
    void retryAfterHonoured();
    void retryAfterParsing();
    void cutConnectionRetried();
    void hangTimesOut();
    void malformedJson();
    void wrongContentType();
    void clientErrorNotRetried();
    void nextLoopDetected();
    void nextToAnotherHostRefused();
    void responseSizeLimit();

private:
    net::HttpCall *readPatient() { return m_f->fhir->read(u"Patient"_s, u"p1"_s, this); }
    std::unique_ptr<NetFixture> m_f;
    FixedToken m_token;
};

void TestFhirFaults::init()
{
    m_f = std::make_unique<NetFixture>();
    auto options = NetFixture::fastOptions();
    options.stalledTimeoutMs = 400;
    options.requestTimeoutMs = 1500;
    QVERIFY(m_f->start(options, false));
    m_token.token = m_f->server->issueAccessToken(u"doctor1"_s).toLatin1();
    m_f->transport->setTokenSource(&m_token);
}

void TestFhirFaults::cleanup()
{
    m_f.reset();
}

void TestFhirFaults::serverErrorRetried_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("500") << u"/Patient=status:500,count:1"_s;
    QTest::newRow("503") << u"/Patient=status:503,count:1"_s;
    QTest::newRow("502 twice") << u"/Patient=status:502,count:2"_s;
}

void TestFhirFaults::serverErrorRetried()
{
    QFETCH(QString, fault);
    QVERIFY(m_f->server->addFault(fault));
    net::HttpCall *call = readPatient();
    QSignalSpy retrying(call, &net::HttpCall::retrying);
    const auto &r = waitFor(call);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().describe()));
    QVERIFY(retrying.count() >= 1);
    QCOMPARE(r->attempts, retrying.count() + 1);
}

void TestFhirFaults::serverErrorGivesUp()
{
    QVERIFY(m_f->server->addFault(u"/Patient=status:503"_s));
    net::HttpCall *call = readPatient();
    const auto &r = waitFor(call);
    QCOMPARE(r.error().kind, Error::Kind::Http);
    QCOMPARE(r.error().code, u"http-503"_s);
    QCOMPARE(call->attempts(), NetFixture::fastOptions().retry.maxAttempts);
}

void TestFhirFaults::retryAfterHonoured()
{
    QVERIFY(m_f->server->addFault(u"/Patient=status:429,retry-after:1,count:1"_s));
    QElapsedTimer timer;
    timer.start();
    const auto &r = waitFor(readPatient());
    QVERIFY(r.ok());
    QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
    // A Retry-After longer than the client waits: give up at once, Kind Http.
    auto options = NetFixture::fastOptions();
    options.retry.maxRetryAfterMs = 500;
    net::HttpTransport impatient(*m_f->nam, {}, options);
    impatient.setTokenSource(&m_token);
    net::FhirClient client(impatient, m_f->server->url());
    QVERIFY(m_f->server->addFault(u"/Patient=status:429,retry-after:30,count:1"_s));
    const auto &refused = waitFor(client.read(u"Patient"_s, u"p1"_s, this));
    QCOMPARE(refused.error().kind, Error::Kind::Http);
    QCOMPARE(refused.error().code, u"http-429"_s);
}

void TestFhirFaults::retryAfterParsing()
{
    const QDateTime now(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
    QCOMPARE(net::parseRetryAfterMs("7", now).value_or(-1), 7000);
    QCOMPARE(net::parseRetryAfterMs("Wed, 01 Apr 2026 09:00:30 GMT", now).value_or(-1), 30000);
    QVERIFY(!net::parseRetryAfterMs("soon", now));
    const net::RetryPolicy policy;
    for (int attempt = 2; attempt < 8; ++attempt) {
        const int d = policy.backoffMs(attempt);
        const int full = std::min(policy.baseDelayMs << (attempt - 2), policy.maxDelayMs);
        QVERIFY(d >= full / 2 && d <= full);
    }
}

void TestFhirFaults::cutConnectionRetried()
{
    QVERIFY(m_f->server->addFault(u"/Patient=cut:40,count:1"_s));
    // QNAM itself resends once on a closed connection; either way the call succeeds.
    QVERIFY(waitFor(readPatient()).ok());
    QVERIFY(m_f->server->addFault(u"/Patient=cut:40"_s));
    const auto &r = waitFor(readPatient());
    QCOMPARE(r.error().kind, Error::Kind::Network);
}

void TestFhirFaults::hangTimesOut()
{
    QVERIFY(m_f->server->addFault(u"/Patient=hang"_s));
    QElapsedTimer timer;
    timer.start();
    const auto &r = waitFor(readPatient(), 20000);
    QCOMPARE(r.error().kind, Error::Kind::Timeout);
    QVERIFY(timer.elapsed() < 15000);
}

void TestFhirFaults::malformedJson()
{
    QVERIFY(m_f->server->addFault(u"/Patient=malformed"_s));
    const auto &r = waitFor(readPatient());
    QVERIFY(r.ok()); // the transport got bytes; the FHIR layer refuses them
    QCOMPARE(net::FhirClient::parseResource(*r).error().kind, Error::Kind::NotJson);
    QVERIFY(m_f->server->addFault(u"/Observation=malformed"_s));
    net::FhirPaging *paging
        = m_f->fhir->search(u"Observation"_s, QUrlQuery(u"patient=p1"_s), {}, this);
    QVERIFY(waitFor(paging));
    QCOMPARE(paging->result().error().kind, Error::Kind::NotJson);
}

void TestFhirFaults::wrongContentType()
{
    QVERIFY(m_f->server->addFault(u"/Patient=content-type:text/html; charset=Shift_JIS"_s));
    const auto &r = waitFor(readPatient());
    QCOMPARE(r.error().kind, Error::Kind::NotFhir);
    QCOMPARE(r.error().code, u"content-type"_s);
}

void TestFhirFaults::clientErrorNotRetried()
{
    QVERIFY(m_f->server->addFault(u"/Patient=status:400"_s));
    net::HttpCall *call = readPatient();
    const auto &r = waitFor(call);
    QCOMPARE(r.error().kind, Error::Kind::Http);
    QCOMPARE(call->attempts(), 1);
}

void TestFhirFaults::nextLoopDetected()
{
    QVERIFY(m_f->server->addFault(u"/Observation=loop-next"_s));
    net::FhirPaging *paging
        = m_f->fhir->search(u"Observation"_s, QUrlQuery(u"patient=p1&_count=10"_s), {}, this);
    QVERIFY(waitFor(paging));
    QCOMPARE(paging->result().error().code, u"next-loop"_s);
    QCOMPARE(paging->pageCount(), 1);
}

void TestFhirFaults::nextToAnotherHostRefused()
{
    // A hand-made server whose Bundle's next link points at another host.
    QTcpServer fake;
    QVERIFY(fake.listen(QHostAddress::LocalHost, 0));
    connect(&fake, &QTcpServer::newConnection, this, [&fake] {
        QTcpSocket *s = fake.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s] {
            s->readAll();
            const QByteArray body
                = R"({"resourceType":"Bundle","type":"searchset","link":[)"
                  R"({"relation":"next","url":"http://127.0.0.2:9/Patient?p=2"}]})";
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/fhir+json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
    });
    QUrl base;
    base.setScheme(u"http"_s);
    base.setHost(u"127.0.0.1"_s);
    base.setPort(fake.serverPort());
    net::FhirClient client(*m_f->transport, base);
    net::FhirPaging *paging = client.search(u"Patient"_s, {}, {}, this);
    QVERIFY(waitFor(paging));
    QCOMPARE(paging->result().error().code, u"next-foreign"_s);
}

void TestFhirFaults::responseSizeLimit()
{
    auto options = NetFixture::fastOptions();
    options.maxResponseBytes = 1000;
    net::HttpTransport small(*m_f->nam, {}, options);
    small.setTokenSource(&m_token);
    net::FhirClient client(small, m_f->server->url());
    const auto &r = waitFor(
        client.get(client.urlFor(u"Observation"_s, QUrlQuery(u"patient=p1&_count=100"_s)), this));
    QCOMPARE(r.error().kind, Error::Kind::TooLarge);
}

QTEST_GUILESS_MAIN(TestFhirFaults)
#include "testfhirfaults.moc"
