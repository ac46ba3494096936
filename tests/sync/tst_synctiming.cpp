// A manual measurement, not a timed test: the first sync of the typical and the large demo chart
// from the loopback demo server into an encrypted cache, and the same pages fetched without the
// cache (the transport and paging alone). Runs only with RENKEI_SYNC_TIMING=1 (prints figures).
#include "../cache/cachefixture.h"
#include "syncfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using namespace renkei::test;

class TestSyncTiming : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstSync_data();
    void firstSync();
};

void TestSyncTiming::firstSync_data()
{
    QTest::addColumn<bool>("large");
    QTest::newRow("typical") << false;
    QTest::newRow("large") << true;
}

void TestSyncTiming::firstSync()
{
    if (!qEnvironmentVariableIsSet("RENKEI_SYNC_TIMING"))
        QSKIP("a manual measurement: set RENKEI_SYNC_TIMING=1");
    QFETCH(bool, large);
    QElapsedTimer timer;
    timer.start();
    const demo::Dataset dataset = demo::generate(demo::GeneratorOptions {
        large ? demo::GeneratorOptions::Size::Large : demo::GeneratorOptions::Size::Typical, 7,
        kDatasetToday });
    QHash<QString, int> counts;
    for (const demo::StoredResource &r : dataset.resources)
        if (!r.patientId.isEmpty())
            ++counts[r.patientId];
    QString patient;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (patient.isEmpty() || it.value() > counts.value(patient))
            patient = it.key();
    qInfo() << "generated in" << timer.elapsed() << "ms; the chart has" << counts.value(patient)
            << "resources";

    SyncFixture f;
    f.transportOptions.requestTimeoutMs = 300000;
    f.transportOptions.stalledTimeoutMs = 120000; // the large chart's first page takes seconds
    f.server = std::make_unique<demo::DemoServer>(dataset);
    demo::DemoServerOptions options;
    options.accessTokenLifetimeSeconds = 3600;
    auto url = f.server->start(0, options);
    QVERIFY(url);
    f.token.token = f.server->issueAccessToken(u"doctor"_s).toUtf8();
    f.nam = std::make_unique<QNetworkAccessManager>();
    f.transport
        = std::make_unique<net::HttpTransport>(*f.nam, net::TlsPolicy {}, f.transportOptions);
    f.transport->setTokenSource(&f.token);
    f.fhir = std::make_unique<net::FhirClient>(*f.transport, *url);
    QVERIFY(f.openCache());

    // The pages alone: $everything through the transport and paging, nothing stored.
    QUrlQuery query;
    query.addQueryItem(u"_count"_s, u"1000"_s);
    net::PagingOptions paging;
    paging.parse = false;
    paging.maxPages = 100000;
    timer.restart();
    qint64 entries = 0;
    auto *pages = new net::FhirPaging(
        *f.fhir, f.fhir->urlFor(u"Patient/"_s + patient + u"/$everything"_s, query), paging, this);
    connect(pages, &net::FhirPaging::pageReady, this,
        [&entries](const net::FhirPage &page) { entries += page.raw.size(); });
    QSignalSpy pagesDone(pages, &net::FhirPaging::finished);
    QVERIFY(pagesDone.wait(600000));
    const qint64 bareMs = timer.elapsed();
    if (!pages->result())
        QFAIL(qPrintable(pages->result().error().describe()));
    qInfo() << "pages alone:" << entries << "entries in" << bareMs << "ms";
    delete pages;

    sync::SyncOptions syncOptions = f.syncOptions();
    syncOptions.pageSize = 1000;
    auto report = f.sync(patient, syncOptions, {}, 1800000);
    RENKEI_VERIFY_OK(report);
    qInfo() << (large ? "LARGE" : "TYPICAL") << "first sync:" << report->written << "resources,"
            << report->pages << "pages," << report->bytes / 1024 << "KiB in" << report->elapsedMs
            << "ms; the pages alone" << bareMs << "ms ("
            << (report->elapsedMs > 0 ? 100 * bareMs / report->elapsedMs : 0) << "% of the sync)";
    auto again = f.sync(patient, syncOptions);
    RENKEI_VERIFY_OK(again);
    qInfo() << "incremental with nothing new:" << again->elapsedMs << "ms";
}

QTEST_GUILESS_MAIN(TestSyncTiming)
#include "tst_synctiming.moc"
