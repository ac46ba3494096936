// SyncQueue: many patients, each with its own result; one failure does not stop the others.
#include "../cache/cachefixture.h"
#include "sync/syncqueue.h"
#include "syncfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using namespace renkei::test;

class TestSyncQueue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void onePatientFailingDoesNotStopTheRest_data();
    void onePatientFailingDoesNotStopTheRest();
    void cancelEndsEveryPatient();
    void unreachableServerFailsEveryPatient();
};

void TestSyncQueue::onePatientFailingDoesNotStopTheRest_data()
{
    QTest::addColumn<int>("parallel");
    QTest::newRow("one at a time") << 1;
    QTest::newRow("three at once") << 3;
}

void TestSyncQueue::onePatientFailingDoesNotStopTheRest()
{
    QFETCH(int, parallel);
    SyncFixture f;
    QVERIFY(f.start());
    const QString a = pickPatient(50, 350);
    const QString b = pickPatient(351, 900);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    // The second patient's $everything fails every time; the others are served.
    const QString failing = pickPatient(901, 1500);
    QVERIFY(!failing.isEmpty());
    QVERIFY(f.server->addFault(u"/Patient/%1/\\$everything=status:500"_s.arg(failing)));

    sync::SyncQueue queue(*f.fhir, *f.cache, kSyncNetwork, f.syncOptions(), parallel);
    for (const QString &id : { a, failing, b, u"no-such-patient"_s })
        queue.enqueue(id);
    QSignalSpy done(&queue, &sync::SyncQueue::finished);
    QSignalSpy each(&queue, &sync::SyncQueue::patientFinished);
    queue.start();
    QVERIFY(done.wait(120000));
    QCOMPARE(each.size(), 4);
    QCOMPARE(queue.failures(), 2);
    const auto &items = queue.items();
    QVERIFY(*items.at(0).result);
    QVERIFY(!*items.at(1).result);
    QCOMPARE(items.at(1).result->error().kind, Error::Kind::Http);
    QVERIFY(*items.at(2).result);
    QCOMPARE(items.at(3).result->error().kind, Error::Kind::NotFound);
    for (const QString &id : { a, b })
        QCOMPARE(countsText(f.cachedCounts(id)), countsText(f.expectedCounts(id, true)));
    // The failing patient keeps what its Recent phase stored, ready to resume.
    auto cursor = f.cache->syncState({ kSyncNetwork, failing });
    RENKEI_VERIFY_OK(cursor);
    QVERIFY(cursor->has_value());
    QCOMPARE((*cursor)->phase, sync::phase::Recent);
}

void TestSyncQueue::cancelEndsEveryPatient()
{
    SyncFixture f;
    QVERIFY(f.start());
    sync::SyncQueue queue(*f.fhir, *f.cache, kSyncNetwork, f.syncOptions(), 1);
    queue.enqueue(pickPatient(401, 1500));
    queue.enqueue(pickPatient(100, 400));
    QSignalSpy done(&queue, &sync::SyncQueue::finished);
    connect(&queue, &sync::SyncQueue::patientProgress, &queue, [&queue] { queue.cancel(); });
    queue.start();
    QVERIFY(done.wait(60000));
    QCOMPARE(queue.failures(), 2);
    for (const auto &item : queue.items())
        QCOMPARE(item.result->error().kind, Error::Kind::Cancelled);
}

void TestSyncQueue::unreachableServerFailsEveryPatient()
{
    SyncFixture f;
    QVERIFY(f.start());
    QVERIFY(f.server->addFault(u"/metadata=status:503"_s));
    sync::SyncQueue queue(*f.fhir, *f.cache, kSyncNetwork, f.syncOptions(), 2);
    queue.enqueue(u"a"_s);
    queue.enqueue(u"b"_s);
    QSignalSpy done(&queue, &sync::SyncQueue::finished);
    queue.start();
    QVERIFY(done.wait(30000));
    QCOMPARE(queue.failures(), 2);
    QCOMPARE(queue.items().at(0).result->error().kind, Error::Kind::Http);
}

QTEST_GUILESS_MAIN(TestSyncQueue)
#include "tst_syncqueue.moc"
