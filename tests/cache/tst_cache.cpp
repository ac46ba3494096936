#include "cache/cache.h"
#include "cachefixture.h"
#include "crypto/keystore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using namespace renkei::cache;
using namespace renkei::test;

// The cache's API: round trips, upsert and deletion, sync state, search, retention, timings.
class TestCache : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Cache> openCache(const CacheOptions &options = {})
    {
        return openCacheAt(m_dir->filePath(u"cache.sqlite"_s), m_store, m_scope, options);
    }
    // The display of the patient's only lab result.
    static QString onlyLab(Cache &cache, const PatientRef &ref)
    {
        auto loaded = cache.loadPatient(cache.patientKey(ref));
        if (!loaded || loaded->resources.labs.size() != 1)
            return u"(not one lab)"_s;
        return loaded->resources.labs.first().display + u'#' + loaded->resources.labs.first().id;
    }
    static RawResource observation(const QString &id, const QString &value, const QDateTime &when)
    {
        const QString json
            = uR"({"resourceType":"Observation","id":"%1","meta":{"lastUpdated":"%2"},)"
              uR"("status":"final","code":{"text":"%3"},"subject":{"reference":"Patient/p1"}})"_s
                  .arg(id, when.toString(Qt::ISODateWithMs), value);
        RawResource raw;
        RawResource::fromJson(json.toUtf8(), &raw);
        return raw;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    crypto::MemoryKeyStore m_store;
    const QString m_scope = Cache::keyScope(kNetwork, u"doctor1"_s);

private slots:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(demoPatients().size() > 3);
        qInfo() << "demo data:" << demoDataset().resources.size() << "resources in"
                << timer.elapsed() << "ms";
    }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void roundTripOfARecord()
    {
        const DemoPatient &patient = demoPatients().at(1);
        {
            auto cache = openCache();
            QVERIFY(cache);
            QVERIFY(writePages(*cache, patient.ref(), patient.resources));
        }
        auto cache = openCache();
        QVERIFY(cache);
        const QString key = cache->patientKey(patient.ref());
        auto record = cache->loadPatient(key);
        RENKEI_VERIFY_OK(record);
        QCOMPARE(record->rowsRead, patient.resources.size());
        QCOMPARE(record->rowsQuarantined, 0);
        const model::ResourceSet expected = expectedValues(patient.resources);
        QCOMPARE(record->resources.count(), expected.count());
        QVERIFY(record->resources.patients == expected.patients);
        QVERIFY(record->resources.labs == expected.labs);
        QVERIFY(record->resources.medications == expected.medications);
        QCOMPARE(record->resources.documents.size(), expected.documents.size());
        for (qsizetype i = 0; i < expected.documents.size(); ++i) {
            const model::ClinicalDocument &a = record->resources.documents.at(i);
            const model::ClinicalDocument &b = expected.documents.at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.title, b.title);
            QCOMPARE(a.sections.size(), b.sections.size());
            QVERIFY(a.attachments == b.attachments);
        }
        QVERIFY(record->resources.encounters == expected.encounters);
        QVERIFY(record->resources.conditions == expected.conditions);
        QVERIFY(record->resources.allergies == expected.allergies);
        QCOMPARE(record->patient.kanjiName, patient.kanjiName);
        QCOMPARE(record->patient.kanaName, patient.kanaName);
        QCOMPARE(record->patient.birthDate, patient.birthDate);
        QCOMPARE(record->patient.patientId, patient.id);
        QCOMPARE(record->patient.network, kNetwork);
        // The key is stable: the same cache gives the same key after reopening.
        QCOMPARE(cache->patientKey(patient.ref()), key);
        QCOMPARE(key.size(), 32);
    }

    void newerVersionWins()
    {
        auto cache = openCache();
        QVERIFY(cache);
        const PatientRef ref { kNetwork, u"p1"_s };
        const QDateTime t1(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
        auto first = cache->putPage(ref, { observation(u"o1"_s, u"first"_s, t1) }, {});
        QVERIFY(first);
        QCOMPARE(first->written, 1);
        auto older = cache->putPage(ref, { observation(u"o1"_s, u"older"_s, t1.addDays(-1)) }, {});
        QVERIFY(older);
        QCOMPARE(older->skippedOlder, 1);
        QCOMPARE(onlyLab(*cache, ref), u"first#o1"_s);
        auto newer = cache->putPage(ref, { observation(u"o1"_s, u"newer"_s, t1.addSecs(1)) }, {});
        QVERIFY(newer);
        QCOMPARE(newer->written, 1);
        QCOMPARE(onlyLab(*cache, ref), u"newer#o1"_s);
    }

    void deletions()
    {
        auto cache = openCache();
        QVERIFY(cache);
        const PatientRef ref { kNetwork, u"p1"_s };
        const QDateTime t(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
        QVERIFY(cache->putPage(
            ref, { observation(u"o1"_s, u"a"_s, t), observation(u"o2"_s, u"b"_s, t) }, {}));
        RawResource gone;
        gone.type = u"Observation"_s;
        gone.id = u"o1"_s;
        gone.deleted = true;
        auto page = cache->putPage(ref, { gone }, {});
        QVERIFY(page);
        QCOMPARE(page->deleted, 1);
        QCOMPARE(onlyLab(*cache, ref), u"b#o2"_s);
    }

    void syncStateRoundTrip()
    {
        auto cache = openCache();
        QVERIFY(cache);
        const PatientRef ref { kNetwork, u"p9"_s };
        auto none = cache->syncState(ref);
        QVERIFY(none);
        QVERIFY(!none->has_value());
        SyncCursor cursor { QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC),
            u"https://example.test/fhir/Observation?patient=p9&page=3"_s, u"recent"_s };
        QVERIFY(cache->putPage(ref, {}, cursor));
        auto state = cache->syncState(ref);
        QVERIFY(state && state->has_value());
        QCOMPARE(**state, cursor);
        cursor.resumeUrl.clear();
        QVERIFY(cache->setSyncState(ref, cursor));
        state = cache->syncState(ref);
        QVERIFY(state && state->has_value());
        QCOMPARE(**state, cursor);
        // Another network's state for the same id is another row.
        auto other = cache->syncState({ u"other-net"_s, u"p9"_s });
        QVERIFY(other && !other->has_value());
    }

    void findPatients()
    {
        auto cache = openCache();
        QVERIFY(cache);
        for (int i = 0; i < 3; ++i)
            QVERIFY(writePages(*cache, demoPatients().at(i + 2).ref(),
                demoPatients().at(i + 2).resources.mid(0, 20)));
        const DemoPatient &patient = demoPatients().at(3);
        const QString key = cache->patientKey(patient.ref());
        auto expectOne = [&](const QString &text) {
            auto found = cache->findPatients({ text });
            QVERIFY2(found, qPrintable(text));
            QCOMPARE(found->size(), 1);
            QCOMPARE(found->first().key, key);
        };
        expectOne(key);
        expectOne(patient.id);
        QVERIFY(!patient.identifierValues.isEmpty());
        expectOne(patient.identifierValues.first());
        expectOne(u"  "_s + patient.identifierTexts.first() + u" "_s);
        expectOne(patient.kanjiName);
        // Part of the kana name, typed as hiragana and half-width-insensitive.
        QString kana = patient.kanaName.split(u' ').first().split(u'\u3000').first();
        for (QChar &c : kana) {
            if (c.unicode() >= 0x30A1 && c.unicode() <= 0x30F6)
                c = QChar(char16_t(c.unicode() - 0x60));
        }
        auto byKana = cache->findPatients({ kana });
        QVERIFY(byKana);
        QVERIFY(std::any_of(
            byKana->begin(), byKana->end(), [&](const auto &p) { return p.key == key; }));
        auto none = cache->findPatients({ u"存在しない名前"_s });
        QVERIFY(none);
        QVERIFY(none->isEmpty());
        auto list = cache->listPatients();
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
    }

    void retentionWithInjectedClock()
    {
        QDateTime now(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
        CacheOptions options;
        options.now = [&now] { return now; };
        auto cache = openCache(options);
        QVERIFY(cache);
        const DemoPatient &viewed = demoPatients().at(4);
        const DemoPatient &unviewed = demoPatients().at(5);
        QVERIFY(writePages(*cache, viewed.ref(), viewed.resources.mid(0, 10)));
        QVERIFY(writePages(*cache, unviewed.ref(), unviewed.resources.mid(0, 10)));
        now = now.addDays(80);
        QVERIFY(cache->touchPatient(cache->patientKey(viewed.ref())));
        auto purged = cache->purgeUnviewed(90, now.addDays(5)); // 85 days after the writes
        QVERIFY(purged);
        QCOMPARE(*purged, 0);
        purged = cache->purgeUnviewed(90, now.addDays(20)); // 100 and 20 days
        QVERIFY(purged);
        QCOMPARE(*purged, 1);
        auto list = cache->listPatients();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().key, cache->patientKey(viewed.ref()));
        QCOMPARE(list->first().lastViewed, now);
        purged = cache->purgeUnviewed(90, now.addDays(91));
        QVERIFY(purged);
        QCOMPARE(*purged, 1);
        QVERIFY(!cache->loadPatient(cache->patientKey(viewed.ref())));
    }

    // 10,000 resources by default; RENKEI_CACHE_TIMING_COUNT=100000 for the larger figure.
    void timingOfWritingAndOpening()
    {
        const int count = qEnvironmentVariableIsSet("RENKEI_CACHE_TIMING_COUNT")
            ? qEnvironmentVariableIntValue("RENKEI_CACHE_TIMING_COUNT")
            : 10'000;
        QList<RawResource> resources;
        for (int round = 0; resources.size() < count; ++round) {
            for (const DemoPatient &patient : demoPatients()) {
                for (RawResource r : patient.resources) {
                    if (r.type == u"Patient"_s || resources.size() >= count)
                        continue;
                    if (round > 0)
                        r.id += u"-r"_s + QString::number(round);
                    resources.append(r);
                }
            }
        }
        qint64 bytes = 0;
        for (const RawResource &r : std::as_const(resources))
            bytes += r.json.size();
        const PatientRef ref { kNetwork, u"timing"_s };
        QElapsedTimer timer;
        timer.start();
        {
            auto cache = openCache();
            QVERIFY(cache);
            QVERIFY(writePages(*cache, ref, resources, 500));
        }
        const qint64 writeMs = timer.restart();
        auto cache = openCache();
        QVERIFY(cache);
        auto record = cache->loadPatient(cache->patientKey(ref));
        const qint64 openMs = timer.restart();
        QVERIFY(record);
        QCOMPARE(record->rowsRead, count);
        CacheOptions fromJson;
        fromJson.readCompactForm = false;
        cache.reset();
        cache = openCache(fromJson);
        QVERIFY(cache);
        timer.restart();
        auto again = cache->loadPatient(cache->patientKey(ref));
        const qint64 jsonMs = timer.elapsed();
        QVERIFY(again);
        QCOMPARE(again->resources.count(), record->resources.count());
        qInfo("cache timing: wrote %d resources (%lld KiB of JSON) in %lld ms (pages of 500); "
              "opened them in %lld ms from the compact form, %lld ms from JSON; file %lld KiB",
            count, bytes / 1024, writeMs, openMs, jsonMs, QFileInfo(cache->path()).size() / 1024);
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
