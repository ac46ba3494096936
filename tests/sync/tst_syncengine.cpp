// SyncEngine against the real demo server over loopback sockets: first sync (both paths), the
// Recent phase first, incremental syncs, faults mid-sync with resume, cancel.
#include "../cache/cachefixture.h"
#include "sync/syncengine.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using namespace renkei::test;

class TestSyncEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstSyncLandsEveryResourceOnce_data();
    void firstSyncLandsEveryResourceOnce();
    void recentPhaseLandsFirst();
    void incrementalWithNothingNewWritesNothing();
    void incrementalAppliesAddsUpdatesAndDeletes_data();
    void incrementalAppliesAddsUpdatesAndDeletes();
    void faultMidSyncKeepsPagesAndResumes_data();
    void faultMidSyncKeepsPagesAndResumes();
    void cancelStopsAndResumes();
    void unknownPatientIsNotFound();
    void typesOutsideTheScopesAreSkipped();
    void logsNameNoPatient();

private:
    QString m_typical;
    QString m_small;
};

void TestSyncEngine::initTestCase()
{
    m_typical = pickPatient(3000, 20000);
    m_small = pickPatient(400, 1500);
    QVERIFY(!m_typical.isEmpty());
    QVERIFY(!m_small.isEmpty());
}

void TestSyncEngine::firstSyncLandsEveryResourceOnce_data()
{
    QTest::addColumn<bool>("everything");
    QTest::newRow("$everything") << true;
    QTest::newRow("per-type searches") << false;
}

void TestSyncEngine::firstSyncLandsEveryResourceOnce()
{
    QFETCH(bool, everything);
    SyncFixture f;
    demo::DemoServerOptions options;
    options.offerEverything = everything;
    QVERIFY(f.start(options));
    QList<sync::SyncProgress> progress;
    auto report = f.sync(m_typical, f.syncOptions(), [&](sync::SyncEngine &engine) {
        QObject::connect(&engine, &sync::SyncEngine::progressChanged,
            [&](const sync::SyncProgress &p) { progress.append(p); });
    });
    RENKEI_VERIFY_OK(report);
    QCOMPARE(report->usedEverything, everything);
    // Progress: one signal per page, counts that only grow, a total announced, an ETA.
    QVERIFY(progress.size() >= report->pages);
    for (qsizetype i = 1; i < progress.size(); ++i) {
        QVERIFY(progress.at(i).received >= progress.at(i - 1).received);
        QVERIFY(progress.at(i).resources >= progress.at(i - 1).resources);
    }
    QCOMPARE(progress.last().resources, report->written);
    QCOMPARE(progress.last().bytes, report->bytes);
    QVERIFY(report->bytes > 1000000);
    QVERIFY(progress.last().expected >= progress.last().received);
    QVERIFY(std::any_of(progress.cbegin(), progress.cend(),
        [](const sync::SyncProgress &p) { return p.etaMs > 0; }));
    qint64 perTypeTotal = 0;
    for (qint64 n : progress.last().perType)
        perTypeTotal += n;
    QCOMPARE(perTypeTotal, report->written);
    QVERIFY(!report->incremental);
    QVERIFY(report->serverTime.isValid());

    const auto cached = f.cachedCounts(m_typical);
    const auto expected = f.expectedCounts(m_typical, everything);
    if (everything) {
        QCOMPARE(countsText(cached), countsText(expected));
    } else {
        // Per type: the whole compartment and what it refers to (References phase), but no
        // Binary (not searchable; a document's content is fetched when it is opened).
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            if (it.key() != u"Binary"_s)
                QVERIFY2(cached.value(it.key()) == it.value(),
                    qPrintable(countsText(cached) + u" / "_s + countsText(expected)));
        QVERIFY(cached.value(u"Practitioner"_s) > 0);
        QVERIFY(cached.value(u"Organization"_s) > 0);
        QCOMPARE(cached.value(u"Binary"_s), 0);
    }
    qint64 total = 0;
    for (int n : cached)
        total += n;
    QCOMPARE(report->written, total); // each resource written once (Recent is not re-written)
    QCOMPARE(report->deleted, 0);

    auto key = f.cache->patientKey({ kSyncNetwork, m_typical });
    auto record = f.cache->loadPatient(key);
    RENKEI_VERIFY_OK(record);
    QCOMPARE(record->rowsRead, total);
    QCOMPARE(record->rowsQuarantined, 0);
    QVERIFY(!record->patient.kanjiName.isEmpty());
    auto cursor = f.cache->syncState({ kSyncNetwork, m_typical });
    RENKEI_VERIFY_OK(cursor);
    QVERIFY(cursor->has_value());
    QCOMPARE((*cursor)->phase, sync::phase::Complete);
    QVERIFY((*cursor)->resumeUrl.isEmpty());
    QCOMPARE((*cursor)->lastServerTime, report->serverTime);
    qInfo() << "first sync of" << total << "resources in" << report->elapsedMs << "ms,"
            << report->pages << "pages";
}

void TestSyncEngine::recentPhaseLandsFirst()
{
    SyncFixture f;
    QVERIFY(f.start());
    const sync::SyncOptions options = f.syncOptions();
    const QDate cutoff = options.now().date().addDays(-options.recentDays);
    int recentLabs = 0;
    for (int i : f.server->store().ofPatient(m_typical)) {
        const auto &r = f.server->store().at(i).resource;
        if (r.type == u"Observation"_s && r.clinicalDate >= cutoff)
            ++recentLabs;
    }
    QVERIFY(recentLabs > 0);

    QStringList order; // the phase of each stored page, in order
    QStringList cursorPhases; // the stored cursor's phase after each page
    int labsWhenHistoryStarts = -1;
    auto report = f.sync(m_typical, options, [&](sync::SyncEngine &engine) {
        QObject::connect(&engine, &sync::SyncEngine::pageStored,
            [&](const QString &phase, const QString &, int) {
                order.append(phase);
                auto c = f.cache->syncState({ kSyncNetwork, m_typical });
                cursorPhases.append(c && c->has_value() ? (*c)->phase : QString());
            });
        QObject::connect(&engine, &sync::SyncEngine::phaseChanged, [&](const QString &phase) {
            if (phase == sync::phase::History)
                labsWhenHistoryStarts = f.cachedCounts(m_typical).value(u"Observation"_s);
        });
    });
    RENKEI_VERIFY_OK(report);
    QVERIFY(order.contains(sync::phase::Recent));
    QVERIFY(order.contains(sync::phase::History));
    QCOMPARE(order.lastIndexOf(sync::phase::Recent) + 1, order.indexOf(sync::phase::History));
    QCOMPARE(cursorPhases, order);
    QCOMPARE(labsWhenHistoryStarts, recentLabs);
}

void TestSyncEngine::incrementalWithNothingNewWritesNothing()
{
    SyncFixture f;
    QVERIFY(f.start());
    RENKEI_VERIFY_OK(f.sync(m_small));
    const QByteArray before = f.resourceRowsDigest();
    auto again = f.sync(m_small);
    RENKEI_VERIFY_OK(again);
    QVERIFY(again->incremental);
    QCOMPARE(again->written, 0);
    QCOMPARE(again->deleted, 0);
    QCOMPARE(f.resourceRowsDigest(), before);
    qInfo() << "incremental sync with nothing new in" << again->elapsedMs << "ms";
}

void TestSyncEngine::incrementalAppliesAddsUpdatesAndDeletes_data()
{
    firstSyncLandsEveryResourceOnce_data();
}

void TestSyncEngine::incrementalAppliesAddsUpdatesAndDeletes()
{
    QFETCH(bool, everything);
    SyncFixture f;
    demo::DemoServerOptions options;
    options.offerEverything = everything;
    QVERIFY(f.start(options));
    RENKEI_VERIFY_OK(f.sync(m_small));

    const demo::ResourceStore &store = f.server->store();
    QString touched, removed;
    demo::StoredResource added;
    for (int i : store.ofPatient(m_small)) {
        const demo::StoredResource &r = store.at(i).resource;
        if (r.type == u"Observation"_s && touched.isEmpty())
            touched = r.id;
        else if (r.type == u"Observation"_s && added.id.isEmpty())
            added = r;
        else if (r.type == u"MedicationRequest"_s && removed.isEmpty())
            removed = r.id;
    }
    QVERIFY(!touched.isEmpty() && !removed.isEmpty() && !added.id.isEmpty());
    added.id = u"sync-test-new-obs"_s;
    added.json.insert(u"id"_s, added.id);
    QVERIFY(f.server->touchResource(u"Observation"_s, touched));
    f.server->upsertResource(added);
    QVERIFY(f.server->deleteResource(u"MedicationRequest"_s, removed));
    const auto before = f.cachedCounts(m_small);
    const QString key = f.cache->patientKey({ kSyncNetwork, m_small });
    auto newerRows = [&](const QString &than) {
        RawConnection raw(f.cachePath());
        return raw
            .rows(u"SELECT count(*) FROM resources WHERE pkey = '%1' AND last_updated > '%2'"_s.arg(
                key, than))
            .value(0)
            .value(0)
            .toInt();
    };
    const QString newest = [&] {
        RawConnection raw(f.cachePath());
        return raw.rows(u"SELECT max(last_updated) FROM resources WHERE pkey = '%1'"_s.arg(key))
            .value(0)
            .value(0)
            .toString();
    }();
    QCOMPARE(newerRows(newest), 0);

    auto report = f.sync(m_small);
    RENKEI_VERIFY_OK(report);
    QVERIFY(report->incremental);
    QCOMPARE(report->written, 2); // the touched version and the new one
    QCOMPARE(report->deleted, 1);
    auto after = f.cachedCounts(m_small);
    QCOMPARE(after.value(u"Observation"_s), before.value(u"Observation"_s) + 1);
    QCOMPARE(after.value(u"MedicationRequest"_s), before.value(u"MedicationRequest"_s) - 1);
    QCOMPARE(after.value(u"MedicationRequest"_s),
        f.expectedCounts(m_small, false).value(u"MedicationRequest"_s));

    // The touched Observation is now its newer version (its row carries the new lastUpdated),
    // and so is the added one.
    QCOMPARE(newerRows(newest), 2);
    auto record = f.cache->loadPatient(key);
    RENKEI_VERIFY_OK(record);
    QCOMPARE(record->rowsQuarantined, 0);
    // And nothing more to do afterwards.
    auto third = f.sync(m_small);
    RENKEI_VERIFY_OK(third);
    QCOMPARE(third->written + third->deleted, 0);
}

void TestSyncEngine::faultMidSyncKeepsPagesAndResumes_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QList<int>>("kinds");
    QTest::newRow("500") << u"status:500"_s << QList<int> { int(Error::Kind::Http) };
    // Cut inside the body: QNAM may hand over the truncated body (then it is not JSON).
    QTest::newRow("cut connection")
        << u"cut:300"_s << QList<int> { int(Error::Kind::Network), int(Error::Kind::NotJson) };
    QTest::newRow("cut in the head") << u"cut:40"_s << QList<int> { int(Error::Kind::Network) };
    QTest::newRow("hang") << u"hang"_s << QList<int> { int(Error::Kind::Timeout) };
    QTest::newRow("malformed JSON") << u"malformed"_s << QList<int> { int(Error::Kind::NotJson) };
}

void TestSyncEngine::faultMidSyncKeepsPagesAndResumes()
{
    QFETCH(QString, fault);
    QFETCH(QList<int>, kinds);
    SyncFixture f;
    QVERIFY(f.start());
    sync::SyncOptions options = f.syncOptions();
    options.pageSize = 50;
    qint64 storedBeforeFault = 0;
    int pages = 0;
    auto report = f.sync(m_small, options, [&](sync::SyncEngine &engine) {
        QObject::connect(&engine, &sync::SyncEngine::pageStored,
            [&](const QString &phase, const QString &, int resources) {
                storedBeforeFault += resources;
                // Two pages into the history: every later request fails.
                if (phase == sync::phase::History && ++pages == 2)
                    QVERIFY(f.server->addFault(fault));
            });
    });
    QVERIFY(!report);
    QVERIFY2(kinds.contains(int(report.error().kind)), qPrintable(report.error().describe()));
    QVERIFY2(report.error().message.indexOf(m_small) < 0, "no patient id in an error");
    QVERIFY(pages >= 2);

    // Every complete page is in the cache, and the cursor says where to go on.
    qint64 cachedTotal = 0;
    for (int n : f.cachedCounts(m_small))
        cachedTotal += n;
    QCOMPARE(cachedTotal, storedBeforeFault);
    auto cursor = f.cache->syncState({ kSyncNetwork, m_small });
    RENKEI_VERIFY_OK(cursor);
    QVERIFY(cursor->has_value());
    QCOMPARE((*cursor)->phase, sync::phase::History);
    QVERIFY(!(*cursor)->resumeUrl.isEmpty());
    QVERIFY(!(*cursor)->lastServerTime.isValid()); // not complete yet: no incremental mark

    f.server->clearFaults();
    auto resumed = f.sync(m_small, options);
    RENKEI_VERIFY_OK(resumed);
    QVERIFY(resumed->resumed);
    QCOMPARE(countsText(f.cachedCounts(m_small)), countsText(f.expectedCounts(m_small, true)));
}

void TestSyncEngine::cancelStopsAndResumes()
{
    SyncFixture f;
    QVERIFY(f.start());
    sync::SyncOptions options = f.syncOptions();
    options.pageSize = 50;
    int pages = 0;
    auto report = f.sync(m_small, options, [&](sync::SyncEngine &engine) {
        QObject::connect(
            &engine, &sync::SyncEngine::pageStored, [&](const QString &, const QString &, int) {
                if (++pages == 3)
                    engine.cancel();
            });
    });
    QVERIFY(!report);
    QCOMPARE(report.error().kind, Error::Kind::Cancelled);
    QCOMPARE(pages, 3);
    auto resumed = f.sync(m_small, options);
    RENKEI_VERIFY_OK(resumed);
    QVERIFY(resumed->resumed);
    QCOMPARE(countsText(f.cachedCounts(m_small)), countsText(f.expectedCounts(m_small, true)));
}

void TestSyncEngine::unknownPatientIsNotFound()
{
    SyncFixture f;
    QVERIFY(f.start());
    auto report = f.sync(u"no-such-patient"_s);
    // The Recent phase's searches find nothing; $everything answers 404.
    QVERIFY(!report);
    QCOMPARE(report.error().kind, Error::Kind::NotFound);
}

void TestSyncEngine::typesOutsideTheScopesAreSkipped()
{
    // A pharmacist may not read documents: per type, those searches are 403 and skipped; the
    // medications and allergies are synced.
    SyncFixture f;
    demo::DemoServerOptions options;
    options.offerEverything = false;
    QVERIFY(f.start(options));
    f.token.token = f.server->issueAccessToken(u"pharmacist"_s).toUtf8();
    auto report = f.sync(m_small);
    RENKEI_VERIFY_OK(report);
    QVERIFY2(report->forbiddenTypes.contains(u"Composition"_s),
        qPrintable(report->forbiddenTypes.join(u' ')));
    QVERIFY(!report->forbiddenTypes.contains(u"MedicationRequest"_s));
    const auto cached = f.cachedCounts(m_small);
    const auto expected = f.expectedCounts(m_small, false);
    QCOMPARE(cached.value(u"MedicationRequest"_s), expected.value(u"MedicationRequest"_s));
    QCOMPARE(cached.value(u"Composition"_s), 0);
    QCOMPARE(cached.value(u"Patient"_s), 1);
}

namespace {
QStringList *g_messages = nullptr;
QtMessageHandler g_previous = nullptr;
void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_messages)
        g_messages->append(QString::fromLatin1(context.category) + u": "_s + message);
    g_previous(type, context, message);
}
} // namespace

void TestSyncEngine::logsNameNoPatient()
{
    // Everything the modules log during a sync with a fault, a resume and an incremental sync
    // with changes: never the patient's id (nor a URL that holds it).
    QStringList messages;
    g_messages = &messages;
    g_previous = qInstallMessageHandler(collect);
    QLoggingCategory::setFilterRules(u"renkei.*=true"_s);
    {
        SyncFixture f;
        QVERIFY(f.start());
        sync::SyncOptions options = f.syncOptions();
        options.pageSize = 50;
        int pages = 0;
        auto first = f.sync(m_small, options, [&](sync::SyncEngine &engine) {
            QObject::connect(&engine, &sync::SyncEngine::pageStored, [&] {
                if (++pages == 12)
                    QVERIFY(f.server->addFault(u"status:500"_s));
            });
        });
        QVERIFY(!first);
        f.server->clearFaults();
        RENKEI_VERIFY_OK(f.sync(m_small, options));
        for (int i : f.server->store().ofPatient(m_small)) {
            const auto &r = f.server->store().at(i).resource;
            if (r.type == u"Observation"_s) {
                QVERIFY(f.server->deleteResource(r.type, r.id));
                break;
            }
        }
        RENKEI_VERIFY_OK(f.sync(m_small, options));
    }
    qInstallMessageHandler(g_previous);
    g_messages = nullptr;
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(messages.size() > 20);
    QVERIFY(!messages.filter(u"renkei.sync"_s).isEmpty());
    const QStringList leaks = messages.filter(m_small);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.mid(0, 5).join(u"\n"_s)));
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
