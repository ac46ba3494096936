// cache::importFhirFiles: which patient each resource of a file goes to, and what is left out.
#include "cache/cache.h"
#include "cache/fhirimport.h"
#include "crypto/keystore.h"
#include "support/testenvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;

namespace {

QJsonObject patient(const QString &id, const QString &kanji, const QString &mrn)
{
    const QJsonObject representation { { u"url"_s,
                                           u"http://hl7.org/fhir/StructureDefinition/"
                                           u"iso21090-EN-representation"_s },
        { u"valueCode"_s, u"IDE"_s } };
    const QJsonObject name { { u"extension"_s, QJsonArray { representation } },
        { u"text"_s, kanji }, { u"family"_s, kanji.left(2) } };
    const QJsonObject identifier { { u"system"_s, u"urn:oid:1.2.392.100495.20.3.51.11311234567"_s },
        { u"value"_s, mrn } };
    QJsonObject p { { u"resourceType"_s, u"Patient"_s }, { u"name"_s, QJsonArray { name } },
        { u"identifier"_s, QJsonArray { identifier } }, { u"birthDate"_s, u"1950-01-02"_s },
        { u"gender"_s, u"male"_s } };
    if (!id.isEmpty())
        p.insert(u"id"_s, id);
    return p;
}

QJsonObject observation(const QString &id, const QJsonObject &subject, double value)
{
    return QJsonObject { { u"resourceType"_s, u"Observation"_s }, { u"id"_s, id },
        { u"status"_s, u"final"_s },
        { u"code"_s,
            QJsonObject {
                { u"coding"_s,
                    QJsonArray { QJsonObject { { u"system"_s, u"urn:oid:1.2.392.200119.4.504"_s },
                        { u"code"_s, u"3A015000002327101"_s } } } },
                { u"text"_s, u"アルブミン"_s } } },
        { u"subject"_s, subject }, { u"effectiveDateTime"_s, u"2024-05-01"_s },
        { u"valueQuantity"_s, QJsonObject { { u"value"_s, value }, { u"unit"_s, u"g/dL"_s } } } };
}

QJsonObject ref(const QString &reference)
{
    return QJsonObject { { u"reference"_s, reference } };
}

QJsonObject entry(const QString &fullUrl, const QJsonObject &resource)
{
    return QJsonObject { { u"fullUrl"_s, fullUrl }, { u"resource"_s, resource } };
}

bool write(const QString &path, const QJsonObject &json)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(json).toJson()) > 0;
}

} // namespace

class TestFhirImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    crypto::MemoryKeyStore m_keys;
    std::unique_ptr<cache::Cache> m_cache;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto opened = cache::Cache::open(
            m_dir.filePath(u"c%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))),
            m_keys, u"renkei:test:me:cache"_s);
        QVERIFY(opened.ok());
        m_cache = std::move(*opened);
    }

    void aBundleOfTwoPatientsIsSplitByPatient()
    {
        // A collection of two patients: entries tied by urn:uuid, one Patient without an id,
        // an Organization only patient A's encounter refers to, a Practitioner nobody refers to,
        // a result of B's given by identifier only, and one whose subject is contained.
        const QJsonObject encounter { { u"resourceType"_s, u"Encounter"_s },
            { u"id"_s, u"enc-a"_s }, { u"status"_s, u"finished"_s },
            { u"class"_s, QJsonObject { { u"code"_s, u"AMB"_s } } },
            { u"subject"_s, ref(u"urn:uuid:aaaaaaaa-0000-0000-0000-000000000001"_s) },
            { u"serviceProvider"_s, ref(u"urn:uuid:cccccccc-0000-0000-0000-000000000003"_s) } };
        const QJsonObject organization { { u"resourceType"_s, u"Organization"_s },
            { u"id"_s, u"org-1"_s }, { u"name"_s, u"みなと病院"_s } };
        const QJsonObject practitioner { { u"resourceType"_s, u"Practitioner"_s },
            { u"id"_s, u"dr-1"_s } };
        QJsonObject contained = observation(u"obs-c"_s, ref(u"#p"_s), 1.0);
        contained.insert(u"contained"_s, QJsonArray { patient(u"p"_s, u"誰か"_s, u"999"_s) });
        const QJsonObject bundle { { u"resourceType"_s, u"Bundle"_s },
            { u"type"_s, u"collection"_s },
            { u"entry"_s,
                QJsonArray { entry(u"urn:uuid:aaaaaaaa-0000-0000-0000-000000000001"_s,
                                 patient(u"pa"_s, u"連携 一郎"_s, u"111"_s)),
                    entry(u"urn:uuid:bbbbbbbb-0000-0000-0000-000000000002"_s,
                        patient({}, u"連携 二郎"_s, u"222"_s)),
                    entry(u"urn:uuid:cccccccc-0000-0000-0000-000000000003"_s, organization),
                    entry(u"urn:uuid:dddddddd-0000-0000-0000-000000000004"_s, practitioner),
                    entry(u"urn:uuid:eeeeeeee-0000-0000-0000-000000000005"_s, encounter),
                    entry(u"urn:uuid:ffffffff-0000-0000-0000-000000000006"_s,
                        observation(u"obs-a"_s,
                            ref(u"urn:uuid:aaaaaaaa-0000-0000-0000-000000000001"_s), 3.9)),
                    entry(u"urn:uuid:ffffffff-0000-0000-0000-000000000007"_s,
                        observation(u"obs-b"_s,
                            QJsonObject { { u"identifier"_s,
                                QJsonObject { { u"system"_s,
                                                  u"urn:oid:1.2.392.100495.20.3.51.11311234567"_s },
                                    { u"value"_s, u"２２２"_s } } } }, // full-width: NFKC
                            4.1)),
                    entry(u"urn:uuid:ffffffff-0000-0000-0000-000000000008"_s, contained) } } };
        const QString file = m_dir.filePath(u"two.json"_s);
        QVERIFY(write(file, bundle));

        const cache::ImportReport report = cache::importFhirFiles(*m_cache, { file }, u"net"_s);
        QCOMPARE(report.files.size(), 1);
        QVERIFY2(report.files[0].ok, qPrintable(report.files[0].error));
        QCOMPARE(report.unresolved, 1); // the contained subject
        QCOMPARE(report.unreferencedShared, 1); // the Practitioner
        QVERIFY(!report.allOk());
        QCOMPARE(report.patients.size(), 2);
        const QString idB = u"bbbbbbbb-0000-0000-0000-000000000002"_s; // from its fullUrl
        QCOMPARE(report.patients[0].patient.patientId, u"pa"_s);
        QCOMPARE(report.patients[1].patient.patientId, idB);
        QCOMPARE(report.patients[0].key, m_cache->patientKey({ u"net"_s, u"pa"_s }));

        auto a = m_cache->loadPatient(report.patients[0].key);
        QVERIFY(a.ok());
        QCOMPARE(a->patient.kanjiName, u"連携 一郎"_s);
        QCOMPARE(a->rowsRead, 4); // Patient, Encounter, Observation, Organization
        QCOMPARE(a->resources.labs.size(), 1);
        QCOMPARE(a->resources.labs[0].patient, u"pa"_s); // urn:uuid rewritten as Patient/pa
        QCOMPARE(a->resources.encounters[0].patient, u"pa"_s);
        QCOMPARE(a->resources.facilities.size(), 1);
        auto b = m_cache->loadPatient(report.patients[1].key);
        QVERIFY(b.ok());
        QCOMPARE(b->patient.kanjiName, u"連携 二郎"_s);
        QCOMPARE(b->rowsRead, 2); // Patient, Observation (by identifier); no Organization
        QCOMPARE(b->resources.labs.size(), 1);
        QCOMPARE(b->resources.labs[0].numericValue, 4.1);
        QVERIFY(b->resources.facilities.isEmpty());
    }

    void aDocumentIsKeptWholeUnderAStableId()
    {
        const QString path
            = test::dataDir() + u"/jp-clins/Bundle-Bundle-CLINS-Referral-Example-01.json"_s;
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject document = QJsonDocument::fromJson(in.readAll()).object();
        document.remove(u"id"_s);
        const QString file = m_dir.filePath(u"doc.json"_s);
        QVERIFY(write(file, document));
        for (int run = 0; run < 2; ++run) {
            const cache::ImportReport report = cache::importFhirFiles(*m_cache, { file }, u"net"_s);
            QVERIFY(report.allOk());
            QCOMPARE(report.patients.size(), 1);
            QVERIFY(report.patients[0].withPatientResource);
            auto record = m_cache->loadPatient(report.patients[0].key);
            QVERIFY(record.ok());
            // The Patient on its own and the document Bundle: twice imported, still two rows.
            QCOMPARE(record->rowsRead, 2);
            QCOMPARE(record->resources.documents.size(), 1);
            QCOMPARE(record->resources.documents[0].title, u"診療情報提供書"_s);
        }
    }

    void aRejectedFileGivesNothingAndTheOthersGoIn()
    {
        const QString bad = m_dir.filePath(u"bad.json"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"resourceType\": \"Observation\", \"id\": \"x\", \"subject\": ");
        f.close();
        const QString good = m_dir.filePath(u"good.json"_s);
        QVERIFY(write(good, patient(u"pg"_s, u"良 太郎"_s, u"333"_s)));
        const cache::ImportReport report = cache::importFhirFiles(
            *m_cache, { bad, good, m_dir.filePath(u"none.json"_s) }, u"net"_s);
        QCOMPARE(report.files.size(), 3);
        QVERIFY(!report.files[0].ok);
        QVERIFY(!report.files[0].error.isEmpty());
        QVERIFY(report.files[1].ok);
        QVERIFY(!report.files[2].ok);
        QCOMPARE(report.patients.size(), 1);
        auto list = m_cache->listPatients();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().kanjiName, u"良 太郎"_s);
    }
};

QTEST_GUILESS_MAIN(TestFhirImport)
#include "tst_fhirimport.moc"
