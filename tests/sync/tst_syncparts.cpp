// The sync engine's small parts: the resume state (round trip, damaged text), the
// CapabilityStatement reading, the reference scan, and the one net → cache conversion.
#include "sync/synccapabilities.h"
#include "sync/syncstate.h"
#include "sync/synctypes.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using namespace renkei::sync;

class TestSyncParts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resumeStateRoundTrip();
    void damagedResumeStateMeansStartOver_data();
    void damagedResumeStateMeansStartOver();
    void capabilities();
    void references();
    void conversion();
};

void TestSyncParts::resumeStateRoundTrip()
{
    ResumeState s;
    s.phase = phase::History;
    s.incremental = true;
    s.everything = false;
    s.since = QDateTime(QDate(2025, 5, 1), QTime(1, 2, 3, 456), Qt::UTC);
    s.cutoff = QDateTime(QDate(2025, 3, 3), QTime(0, 0), Qt::UTC);
    s.mark = QDateTime(QDate(2025, 6, 1), QTime(9, 0, 0, 1), Qt::UTC);
    s.streams = { StreamState { u"Observation"_s,
                      QUrl(u"http://127.0.0.1:1/Observation?patient=x&_count=100"_s),
                      QUrl(u"http://127.0.0.1:1/Observation?_getpages=t&_getpagesoffset=100"_s),
                      false },
        StreamState { u"*"_s, QUrl(u"http://127.0.0.1:1/Patient/x/$everything"_s), {}, true } };
    s.references = { u"Organization/o1"_s, u"Binary/b2"_s };
    const auto back = ResumeState::fromText(s.toText());
    QVERIFY(back);
    QCOMPARE(back->phase, s.phase);
    QCOMPARE(back->incremental, true);
    QCOMPARE(back->since, s.since);
    QCOMPARE(back->cutoff, s.cutoff);
    QCOMPARE(back->mark, s.mark);
    QCOMPARE(back->references, s.references);
    QCOMPARE(back->streams.size(), 2);
    QCOMPARE(back->streams.at(0).first, s.streams.at(0).first);
    QCOMPARE(back->streams.at(0).next, s.streams.at(0).next);
    QCOMPARE(back->streams.at(0).done, false);
    QCOMPARE(back->streams.at(1).done, true);
    QVERIFY(back->streams.at(1).next.isEmpty());
}

void TestSyncParts::damagedResumeStateMeansStartOver_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("not JSON") << u"https://example.test/fhir?page=2"_s;
    QTest::newRow("another version") << u"{\"v\":2,\"phase\":\"history\"}"_s;
    QTest::newRow("no phase") << u"{\"v\":1}"_s;
    QTest::newRow("a stream without its URL")
        << u"{\"v\":1,\"phase\":\"history\",\"streams\":[{\"t\":\"*\"}]}"_s;
    QTest::newRow("incremental without since")
        << u"{\"v\":1,\"phase\":\"changes\",\"inc\":true,\"streams\":[]}"_s;
}

void TestSyncParts::damagedResumeStateMeansStartOver()
{
    QFETCH(QString, text);
    QVERIFY(!ResumeState::fromText(text));
}

void TestSyncParts::capabilities()
{
    const QByteArray json = R"({"resourceType":"CapabilityStatement","rest":[{"mode":"server",
        "resource":[
          {"type":"Patient","interaction":[{"code":"read"},{"code":"search-type"}],
           "searchParam":[{"name":"_id"},{"name":"_lastUpdated"}],
           "operation":[{"name":"everything","definition":"http://hl7.org/fhir/OperationDefinition/Patient-everything"}]},
          {"type":"Observation","interaction":[{"code":"search-type"},{"code":"history-type"}],
           "searchParam":[{"name":"patient"},{"name":"date"}],"searchInclude":["Observation:performer"]},
          {"type":"Condition","interaction":[{"code":"read"}],"searchParam":[{"name":"patient"}]},
          {"type":"Encounter","interaction":[{"code":"search-type"}],"searchParam":[{"name":"subject"}]}
        ]}]})";
    const SyncCapabilities caps
        = SyncCapabilities::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(caps.everything);
    QVERIFY(caps.searchable(u"Observation"_s, u"date"_s));
    QVERIFY(!caps.searchable(u"Condition"_s, u"patient"_s)); // no search-type interaction
    QCOMPARE(caps.patientTypes(), QStringList { u"Observation"_s }); // Encounter: no patient
    QCOMPARE(caps.historyTypes, QSet<QString> { u"Observation"_s });
    QCOMPARE(caps.includes.value(u"Observation"_s), QStringList { u"Observation:performer"_s });

    const SyncCapabilities none = SyncCapabilities::fromJson(
        QJsonDocument::fromJson(R"({"resourceType":"CapabilityStatement","rest":[{"mode":"server",
        "resource":[{"type":"Patient","interaction":[{"code":"search-type"}]}]}]})")
            .object());
    QVERIFY(!none.everything);
}

void TestSyncParts::references()
{
    const QByteArray json
        = R"({"resourceType":"DocumentReference","subject":{"reference":"Patient/p1"},
        "author":[{"reference":"Practitioner/dr-1"},{"reference":"Organization/o.2"}],
        "custodian":{"reference":"Organization/o.2"},
        "content":[{"attachment":{"url":"Binary/b1"}},{"attachment":{"url":"https://x.test/a/b"}}],
        "related":[{"reference":"#contained"},{"reference":"urn:uuid:1234"},{"reference":"Bundle/a/b"}]})";
    QCOMPARE(relativeReferences(json),
        (QStringList {
            u"Patient/p1"_s, u"Practitioner/dr-1"_s, u"Organization/o.2"_s, u"Binary/b1"_s }));
    QVERIFY(relativeReferences("{}").isEmpty());
    QVERIFY(relativeReferences(R"({"reference":"Patient/)").isEmpty()); // cut short
}

void TestSyncParts::conversion()
{
    net::RawResource raw;
    raw.type = u"Observation"_s;
    raw.id = u"o1"_s;
    raw.versionId = u"3"_s;
    raw.lastUpdated = QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::OffsetFromUTC, 9 * 3600);
    raw.json = R"({"resourceType":"Observation","id":"o1"})";
    const cache::RawResource out = toCacheResource(raw);
    QCOMPARE(out.type, raw.type);
    QCOMPARE(out.id, raw.id);
    QCOMPARE(out.versionId, u"3"_s);
    QCOMPARE(out.lastUpdated, raw.lastUpdated);
    QCOMPARE(out.lastUpdated.timeSpec(), Qt::UTC);
    QCOMPARE(out.json, raw.json);
    QVERIFY(!out.deleted);
    raw.deleted = true;
    raw.json.clear();
    QVERIFY(toCacheResource(raw).deleted);
}

QTEST_GUILESS_MAIN(TestSyncParts)
#include "tst_syncparts.moc"
