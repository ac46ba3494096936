// The FHIR client's calls against the demo network: read, capabilities, binary, search with
// paging into model values and raw resources, $everything, gzip, the in-flight bound, cancel.
#include "netfixture.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace renkei;
using namespace renkei::test;

class TestFhirClient : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void readAndCapabilities();
    void gzipDecompressed();
    void binaryContent();
    void searchPages();
    void everythingSince();
    void notFoundAndForbidden();
    void boundedInFlight();
    void cancelMidRequest();
    void httpsOnly();

private:
    std::unique_ptr<NetFixture> m_f;
    FixedToken m_token;
};

void TestFhirClient::init()
{
    m_f = std::make_unique<NetFixture>();
    QVERIFY(m_f->start(NetFixture::fastOptions(), false));
    m_token.token = m_f->server->issueAccessToken(u"doctor1"_s).toLatin1();
    m_f->transport->setTokenSource(&m_token);
}

void TestFhirClient::cleanup()
{
    m_f.reset();
}

void TestFhirClient::readAndCapabilities()
{
    const auto &read = waitFor(m_f->fhir->read(u"Observation"_s, u"obs001"_s, this));
    QVERIFY(read.ok());
    QCOMPARE(net::FhirClient::parseResource(*read)->value(u"resourceType"_s).toString(),
        u"Observation"_s);
    const auto &caps = waitFor(m_f->fhir->capabilities(this));
    QVERIFY(caps.ok());
    QCOMPARE(net::FhirClient::parseResource(*caps)->value(u"resourceType"_s).toString(),
        u"CapabilityStatement"_s);
}

void TestFhirClient::gzipDecompressed()
{
    // QNAM asks for gzip itself and decompresses; the body is plain JSON.
    const auto &page = waitFor(m_f->fhir->get(
        m_f->fhir->urlFor(u"Observation"_s, QUrlQuery(u"patient=p1&_count=100"_s)), this));
    QVERIFY(page.ok());
    QCOMPARE(page->header("Content-Encoding"), QByteArray("gzip"));
    QVERIFY(page->body.startsWith('{'));
}

void TestFhirClient::binaryContent()
{
    const auto &bin = waitFor(m_f->fhir->binary(u"bin1"_s, this));
    QVERIFY(bin.ok());
    QVERIFY(bin->body.startsWith("%PDF"));
    QCOMPARE(bin->contentType.left(15), QByteArray("application/pdf"));
}

void TestFhirClient::searchPages()
{
    net::FhirPaging *paging
        = m_f->fhir->search(u"Observation"_s, QUrlQuery(u"patient=p1&_count=50"_s), {}, this);
    QList<net::FhirPage> pages;
    connect(paging, &net::FhirPaging::pageReady, this,
        [&pages](const net::FhirPage &page) { pages.append(page); });
    QVERIFY(waitFor(paging));
    QVERIFY(paging->result().ok());
    QCOMPARE(pages.size(), 3); // 120 observations, 50 a page
    int raw = 0;
    int values = 0;
    for (const net::FhirPage &p : std::as_const(pages)) {
        raw += int(p.raw.size());
        values += int(p.parsed.resources.count() + p.parsed.problems.size());
        QVERIFY(p.bundleLastUpdated.isValid());
    }
    QCOMPARE(raw, kP1Observations);
    QVERIFY(values >= kP1Observations); // every entry read: a value or a reported problem
    QCOMPARE(pages.first().total.value_or(-1), kP1Observations);
    const net::RawResource &first = pages.first().raw.first();
    QCOMPARE(first.type, u"Observation"_s);
    QVERIFY(first.lastUpdated.isValid());
    QCOMPARE(QJsonDocument::fromJson(first.json).object().value(u"id"_s).toString(), first.id);
}

void TestFhirClient::everythingSince()
{
    net::FhirPaging *all = m_f->fhir->everything(u"p1"_s, {}, {}, this);
    int count = 0;
    connect(all, &net::FhirPaging::pageReady, this,
        [&count](const net::FhirPage &page) { count += int(page.raw.size()); });
    QVERIFY(waitFor(all));
    QVERIFY(all->result().ok());
    QVERIFY(count > kP1Observations);
    // Nothing changed since the far future.
    net::FhirPaging *none = m_f->fhir->everything(
        u"p1"_s, QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC), {}, this);
    int later = 0;
    connect(none, &net::FhirPaging::pageReady, this,
        [&later](const net::FhirPage &page) { later += int(page.raw.size()); });
    QVERIFY(waitFor(none));
    QVERIFY(none->result().ok());
    QCOMPARE(later, 0);
}

void TestFhirClient::notFoundAndForbidden()
{
    const auto &missing = waitFor(m_f->fhir->read(u"Patient"_s, u"nobody"_s, this));
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    FixedToken clerk;
    clerk.token = m_f->server->issueAccessToken(u"clerk1"_s).toLatin1();
    m_f->transport->setTokenSource(&clerk);
    const auto &forbidden = waitFor(m_f->fhir->read(u"Composition"_s, u"dis1"_s, this));
    QCOMPARE(forbidden.error().kind, Error::Kind::Forbidden);
    QVERIFY(forbidden.error().message.contains(u"OperationOutcome"_s));
    m_f->transport->setTokenSource(&m_token);
}

void TestFhirClient::boundedInFlight()
{
    QVERIFY(m_f->server->addFault(u"/Patient=delay:200"_s));
    QList<net::HttpCall *> calls;
    for (int i = 0; i < 10; ++i)
        calls.append(m_f->fhir->read(u"Patient"_s, u"p1"_s, this));
    QVERIFY(m_f->transport->queue().inFlight() <= m_f->transport->queue().maxInFlight());
    QCOMPARE(m_f->transport->queue().waiting(), 10 - m_f->transport->queue().maxInFlight());
    for (net::HttpCall *call : std::as_const(calls))
        QVERIFY(waitFor(call).ok());
    QCOMPARE(m_f->transport->queue().inFlight(), 0);
}

void TestFhirClient::cancelMidRequest()
{
    QVERIFY(m_f->server->addFault(u"/Patient=hang"_s));
    net::HttpCall *call = m_f->fhir->read(u"Patient"_s, u"p1"_s, this);
    QSignalSpy finished(call, &net::HttpCall::finished);
    QTRY_COMPARE(m_f->transport->queue().inFlight(), 1);
    call->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(call->result().error().kind, Error::Kind::Cancelled);
    call->cancel(); // once only
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_f->transport->queue().inFlight(), 0);
    // A paging cancelled between pages reports Cancelled once too.
    m_f->server->clearFaults();
    net::FhirPaging *paging
        = m_f->fhir->search(u"Observation"_s, QUrlQuery(u"patient=p1&_count=10"_s), {}, this);
    QSignalSpy done(paging, &net::FhirPaging::finished);
    connect(paging, &net::FhirPaging::pageReady, paging, &net::FhirPaging::cancel);
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(paging->result().error().kind, Error::Kind::Cancelled);
    QCOMPARE(paging->pageCount(), 1);
}

void TestFhirClient::httpsOnly()
{
    net::FhirClient remote(*m_f->transport, QUrl(u"http://example.org/fhir"_s));
    const auto &r = waitFor(remote.read(u"Patient"_s, u"p1"_s, this));
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QCOMPARE(r.error().code, u"insecure-url"_s);
}

QTEST_GUILESS_MAIN(TestFhirClient)
#include "testfhirclient.moc"
