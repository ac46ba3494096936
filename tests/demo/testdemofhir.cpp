// The demo network's FHIR surface: CapabilityStatement, read, Patient and per-patient search,
// sorting, stable paging (also while data changes), _lastUpdated, $everything, Binary, _include.
#include "demo/demoserverfixture.h"
#include "demo/server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace renkei::demo;
using namespace renkei::test;

namespace {

QStringList entryIds(const QJsonObject &bundle, const QString &mode = u"match"_s)
{
    QStringList ids;
    const QJsonArray entries = bundle.value(u"entry"_s).toArray();
    for (const QJsonValue &e : entries) {
        const QJsonObject o = e.toObject();
        if (o.value(u"search"_s).toObject().value(u"mode"_s).toString() == mode) {
            const QJsonObject r = o.value(u"resource"_s).toObject();
            ids.append(r.value(u"resourceType"_s).toString() + u'/' + r.value(u"id"_s).toString());
        }
    }
    return ids;
}

QString enc(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

class TestDemoFhir : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void metadata();
    void readResource();
    void unknownTypeAndId();
    void patientSearch_data();
    void patientSearch();
    void searchByPatient_data();
    void searchByPatient();
    void sortByDate();
    void pagingReturnsEveryResourceOnce();
    void pagingStableWhileDataChanges();
    void lastUpdatedReturnsOnlyChanges();
    void deletedResourceGoneAndInHistory();
    void everythingCanBeTurnedOff();
    void everything();
    void everythingSince();
    void binaryRawAndJson();
    void includePerformer();
    void unsupportedParameterWarns();
    void malformedDateIs400();
    void countLimits();
    void realGeneratedDataset();

private:
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    TestClock m_clock;
    QString m_token;

    HttpResult get(const QString &pathAndQuery)
    {
        return fetch(*m_nam, at(*m_server, pathAndQuery), m_token);
    }
};

void TestDemoFhir::init()
{
    m_clock = TestClock();
    m_server = std::make_unique<DemoServer>(smallDataset());
    DemoServerOptions o;
    o.clock = m_clock.clock();
    QVERIFY(m_server->start(0, o));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_token = m_server->issueAccessToken(u"doctor1"_s);
}

void TestDemoFhir::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

void TestDemoFhir::metadata()
{
    const HttpResult r = fetch(*m_nam, at(*m_server, u"/metadata"_s)); // no token needed
    QCOMPARE(r.status, 200);
    const QJsonObject cs = r.json();
    QCOMPARE(cs.value(u"resourceType"_s).toString(), u"CapabilityStatement"_s);
    QCOMPARE(cs.value(u"fhirVersion"_s).toString(), u"4.0.1"_s);
    const QJsonObject rest = cs.value(u"rest"_s).toArray().first().toObject();
    const QJsonArray uris = rest.value(u"security"_s)
                                .toObject()
                                .value(u"extension"_s)
                                .toArray()
                                .first()
                                .toObject()
                                .value(u"extension"_s)
                                .toArray();
    QCOMPARE(uris.size(), 3);
    QCOMPARE(uris.at(1).toObject().value(u"valueUri"_s).toString(),
        m_server->url().toString() + u"/token"_s);
    bool everythingListed = false;
    bool includeListed = false;
    for (const QJsonValue &v : rest.value(u"resource"_s).toArray()) {
        const QJsonObject res = v.toObject();
        if (res.value(u"type"_s).toString() == u"Patient"_s)
            everythingListed
                = res.value(u"operation"_s).toArray().first().toObject().value(u"name"_s).toString()
                == u"everything"_s;
        if (res.value(u"type"_s).toString() == u"Observation"_s)
            includeListed
                = res.value(u"searchInclude"_s).toArray().contains(u"Observation:performer"_s);
    }
    QVERIFY(everythingListed);
    QVERIFY(includeListed);
    bool auditCreate = false;
    for (const QJsonValue &v : rest.value(u"resource"_s).toArray()) {
        if (v[u"type"_s].toString() == u"AuditEvent"_s)
            auditCreate = v[u"interaction"_s].toArray().contains(
                QJsonObject { { u"code"_s, u"create"_s } });
    }
    QVERIFY(auditCreate);
}

void TestDemoFhir::readResource()
{
    const HttpResult r = get(u"/Patient/p1"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"id"_s).toString(), u"p1"_s);
    QCOMPARE(r.header("ETag"), QByteArray("W/\"1\""));
    QVERIFY(r.header("Content-Type").startsWith("application/fhir+json"));
    QVERIFY(r.header("Content-Type").contains("charset=utf-8"));
}

void TestDemoFhir::unknownTypeAndId()
{
    HttpResult r = get(u"/Spaceship/1"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(u"resourceType"_s).toString(), u"OperationOutcome"_s);
    r = get(u"/Patient/nobody"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(u"resourceType"_s).toString(), u"OperationOutcome"_s);
    RequestOptions post;
    post.method = "POST";
    post.bearer = m_token;
    post.body = "{}";
    QCOMPARE(fetch(*m_nam, at(*m_server, u"/Patient"_s), post).status, 405);
    // AuditEvent is the one type a client may create; the body must be one.
    QCOMPARE(fetch(*m_nam, at(*m_server, u"/AuditEvent"_s), post).status, 400);
    post.body = R"({"resourceType":"AuditEvent","recorded":"2025-06-01T00:00:00Z"})";
    QCOMPARE(fetch(*m_nam, at(*m_server, u"/AuditEvent"_s), post).status, 201);
    QCOMPARE(m_server->receivedAuditEvents().size(), 1);
}

void TestDemoFhir::patientSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("kanji family prefix")
        << u"name="_s + enc(u"山"_s) << QStringList { u"p1"_s, u"p2"_s };
    QTest::newRow("kanji full name, full-width space")
        << u"name="_s + enc(u"山田　太郎"_s) << QStringList { u"p1"_s };
    QTest::newRow("kanji full name, half-width space")
        << u"name="_s + enc(u"山田 太"_s) << QStringList { u"p1"_s };
    QTest::newRow("kana") << u"name="_s + enc(u"ヤマモ"_s) << QStringList { u"p2"_s };
    QTest::newRow("hiragana finds katakana")
        << u"name="_s + enc(u"さとう"_s) << QStringList { u"p3"_s };
    QTest::newRow("half-width kana") << u"name="_s + enc(u"ﾔﾏﾀﾞ"_s) << QStringList { u"p1"_s };
    QTest::newRow("given only") << u"name="_s + enc(u"花子"_s) << QStringList { u"p2"_s };
    QTest::newRow("no match") << u"name="_s + enc(u"鈴木"_s) << QStringList {};
    QTest::newRow("birthdate eq") << u"birthdate=1950-03-04"_s << QStringList { u"p1"_s };
    QTest::newRow("birthdate year") << u"birthdate=1972"_s << QStringList { u"p2"_s };
    QTest::newRow("birthdate ge") << u"birthdate=ge1972-11-20"_s
                                  << QStringList { u"p2"_s, u"p3"_s };
    QTest::newRow("birthdate gt") << u"birthdate=gt1972-11-20"_s << QStringList { u"p3"_s };
    QTest::newRow("birthdate lt") << u"birthdate=lt1972-11-20"_s << QStringList { u"p1"_s };
    QTest::newRow("birthdate le") << u"birthdate=le1972-11-20"_s
                                  << QStringList { u"p1"_s, u"p2"_s };
    QTest::newRow("identifier value") << u"identifier=0005678"_s << QStringList { u"p2"_s };
    QTest::newRow("identifier system|value")
        << u"identifier="_s + enc(u"urn:oid:1.2.392.999.1|R-0009999"_s) << QStringList { u"p3"_s };
    QTest::newRow("identifier wrong system")
        << u"identifier="_s + enc(u"urn:oid:9|0009999"_s) << QStringList {};
    QTest::newRow("gender") << u"gender=female"_s << QStringList { u"p2"_s };
    QTest::newRow("name and gender")
        << u"name="_s + enc(u"山"_s) + u"&gender=male"_s << QStringList { u"p1"_s };
}

void TestDemoFhir::patientSearch()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const HttpResult r = get(u"/Patient?"_s + query);
    QCOMPARE(r.status, 200);
    const QJsonObject bundle = r.json();
    QCOMPARE(bundle.value(u"type"_s).toString(), u"searchset"_s);
    QCOMPARE(bundle.value(u"total"_s).toInt(), expected.size());
    QStringList ids = entryIds(bundle);
    for (QString &id : ids)
        id = id.section(u'/', 1);
    QCOMPARE(ids, expected);
}

void TestDemoFhir::searchByPatient_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("total");
    QTest::newRow("Observation patient") << u"/Observation?patient=p1"_s << kP1Observations;
    QTest::newRow("Observation subject ref") << u"/Observation?subject=Patient/p2"_s << 3;
    QTest::newRow("MedicationRequest") << u"/MedicationRequest?patient=Patient/p1"_s << 4;
    QTest::newRow("MedicationDispense") << u"/MedicationDispense?subject=p1"_s << 4;
    QTest::newRow("AllergyIntolerance") << u"/AllergyIntolerance?patient=p1"_s << 1;
    QTest::newRow("Encounter") << u"/Encounter?patient=p1"_s << 1;
    QTest::newRow("Condition") << u"/Condition?patient=p1"_s << 1;
    QTest::newRow("DocumentReference") << u"/DocumentReference?patient=p1"_s << 1;
    QTest::newRow("Composition") << u"/Composition?patient=p1"_s << 1;
    QTest::newRow("DiagnosticReport") << u"/DiagnosticReport?patient=p1"_s << 1;
    QTest::newRow("other patient") << u"/MedicationRequest?patient=p3"_s << 0;
    QTest::newRow("date ge") << u"/Observation?patient=p1&date=ge2024-01-01"_s << 22;
}

void TestDemoFhir::searchByPatient()
{
    QFETCH(QString, query);
    QFETCH(int, total);
    const HttpResult r = get(query);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"total"_s).toInt(), total);
}

void TestDemoFhir::sortByDate()
{
    const QJsonObject desc = get(u"/Observation?patient=p1&_sort=-date&_count=3"_s).json();
    QCOMPARE(entryIds(desc),
        (QStringList {
            u"Observation/obs119"_s, u"Observation/obs118"_s, u"Observation/obs117"_s }));
    const QJsonObject asc = get(u"/Observation?patient=p1&_sort=date&_count=2"_s).json();
    QCOMPARE(entryIds(asc), (QStringList { u"Observation/obs000"_s, u"Observation/obs001"_s }));
    m_server->touchResource(u"Observation"_s, u"obs005"_s);
    const QJsonObject lu = get(u"/Observation?patient=p1&_sort=-_lastUpdated&_count=1"_s).json();
    QCOMPARE(entryIds(lu), QStringList { u"Observation/obs005"_s });
    const QJsonObject lua = get(u"/Observation?patient=p1&_sort=_lastUpdated&_count=1"_s).json();
    QCOMPARE(entryIds(lua), QStringList { u"Observation/obs000"_s });
}

void TestDemoFhir::pagingReturnsEveryResourceOnce()
{
    QList<QJsonObject> bundles;
    const QStringList ids = fetchAllPages(
        *m_nam, at(*m_server, u"/Observation?patient=p1&_count=25"_s), m_token, &bundles);
    QCOMPARE(ids.size(), kP1Observations);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), kP1Observations);
    QCOMPARE(bundles.size(), 5);
    for (const QJsonObject &b : std::as_const(bundles))
        QCOMPARE(b.value(u"total"_s).toInt(), kP1Observations);
    QVERIFY(nextLink(bundles.last()).isEmpty());
    QVERIFY(nextLink(bundles.first()).contains(u"_getpages="_s));
    QCOMPARE(selfLink(bundles.at(1)), nextLink(bundles.at(0)));
    // Default page size 50.
    QCOMPARE(entryIds(get(u"/Observation?patient=p1"_s).json()).size(), 50);
}

void TestDemoFhir::pagingStableWhileDataChanges()
{
    // Page 1, then data changes (new resources, a change to one on page 3), then the rest.
    const HttpResult first = get(u"/Observation?patient=p1&_sort=-date&_count=40"_s);
    QCOMPARE(first.status, 200);
    QStringList ids = entryIds(first.json());
    for (int i = 0; i < 5; ++i) {
        StoredResource r;
        r.type = u"Observation"_s;
        r.id = u"new%1"_s.arg(i);
        r.patientId = u"p1"_s;
        r.clinicalDate = QDate(2030, 1, 1); // would sort first, shifting every page
        r.json = QJsonObject { { u"resourceType"_s, u"Observation"_s }, { u"id"_s, r.id } };
        m_server->upsertResource(r);
    }
    QVERIFY(m_server->touchResource(u"Observation"_s, u"obs010"_s));
    ids += fetchAllPages(*m_nam, QUrl(nextLink(first.json())), m_token);
    QCOMPARE(ids.size(), kP1Observations);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), kP1Observations);
    // A new search sees the new ones.
    QCOMPARE(get(u"/Observation?patient=p1&_count=0"_s).json().value(u"total"_s).toInt(),
        kP1Observations + 5);
}

void TestDemoFhir::lastUpdatedReturnsOnlyChanges()
{
    const QJsonObject before = get(u"/Observation?patient=p1&_count=1"_s).json();
    const QString since = before.value(u"meta"_s).toObject().value(u"lastUpdated"_s).toString();
    QVERIFY(!since.isEmpty());
    m_clock.advance(60);
    m_server->touchResource(u"Observation"_s, u"obs003"_s);
    m_server->touchResource(u"Observation"_s, u"obs077"_s);
    const QJsonObject changed
        = get(u"/Observation?patient=p1&_lastUpdated=gt"_s + enc(since)).json();
    QCOMPARE(changed.value(u"total"_s).toInt(), 2);
    QCOMPARE(entryIds(changed), (QStringList { u"Observation/obs003"_s, u"Observation/obs077"_s }));
    const QJsonObject obs
        = changed.value(u"entry"_s).toArray().first().toObject().value(u"resource"_s).toObject();
    QCOMPARE(obs.value(u"meta"_s).toObject().value(u"versionId"_s).toString(), u"2"_s);
    // Also with a +09:00 offset, and the other prefixes.
    const QString jst = QDateTime::fromString(since, Qt::ISODateWithMs)
                            .toOffsetFromUtc(9 * 3600)
                            .toString(Qt::ISODateWithMs);
    QCOMPARE(get(u"/Observation?_lastUpdated=gt"_s + enc(jst)).json().value(u"total"_s).toInt(), 2);
    QCOMPARE(get(u"/Observation?patient=p1&_lastUpdated=le"_s + enc(since))
                 .json()
                 .value(u"total"_s)
                 .toInt(),
        kP1Observations - 2);
    QCOMPARE(get(u"/Observation?patient=p1&_lastUpdated=ge2030-01-01"_s)
                 .json()
                 .value(u"total"_s)
                 .toInt(),
        0);
}

void TestDemoFhir::deletedResourceGoneAndInHistory()
{
    const QJsonObject before = get(u"/Observation?patient=p1&_count=1"_s).json();
    const QString since = before.value(u"meta"_s).toObject().value(u"lastUpdated"_s).toString();
    m_clock.advance(60);
    QVERIFY(m_server->touchResource(u"Observation"_s, u"obs003"_s));
    const auto deletedAt = m_server->deleteResource(u"Observation"_s, u"obs077"_s);
    QVERIFY(deletedAt);
    QVERIFY(!m_server->deleteResource(u"Observation"_s, u"obs077"_s)); // already gone
    QVERIFY(!m_server->deleteResource(u"Observation"_s, u"no-such"_s));

    QCOMPARE(get(u"/Observation/obs077"_s).status, 410);
    QCOMPARE(get(u"/Observation/no-such"_s).status, 404);
    QCOMPARE(get(u"/Observation?patient=p1&_count=0"_s).json().value(u"total"_s).toInt(),
        kP1Observations - 1);
    QVERIFY(!entryIds(get(u"/Patient/p1/$everything?_count=1000"_s).json())
                 .contains(u"Observation/obs077"_s));

    // The type's history since the mark: the new version, then the deletion.
    const QJsonObject history = get(u"/Observation/_history?_since="_s + enc(since)).json();
    QCOMPARE(history.value(u"type"_s).toString(), u"history"_s);
    const QJsonArray entries = history.value(u"entry"_s).toArray();
    QCOMPARE(entries.size(), 2);
    const QJsonObject changed = entries.at(0).toObject();
    QCOMPARE(changed.value(u"resource"_s).toObject().value(u"id"_s).toString(), u"obs003"_s);
    QCOMPARE(changed.value(u"request"_s).toObject().value(u"method"_s).toString(), u"PUT"_s);
    const QJsonObject deleted = entries.at(1).toObject();
    QVERIFY(!deleted.contains(u"resource"_s));
    QCOMPARE(deleted.value(u"request"_s).toObject().value(u"method"_s).toString(), u"DELETE"_s);
    QCOMPARE(
        deleted.value(u"request"_s).toObject().value(u"url"_s).toString(), u"Observation/obs077"_s);
    QVERIFY(
        deleted.value(u"response"_s).toObject().value(u"status"_s).toString().startsWith(u"410"_s));
    QCOMPARE(QDateTime::fromString(
                 deleted.value(u"response"_s).toObject().value(u"lastModified"_s).toString(),
                 Qt::ISODateWithMs),
        *deletedAt);
    // Nothing since the deletion; and created again, it is back.
    QCOMPARE(get(u"/Observation/_history?_since="_s
                 + enc(deletedAt->addMSecs(1).toString(Qt::ISODateWithMs)))
                 .json()
                 .value(u"total"_s)
                 .toInt(),
        0);
    const int index = m_server->store().findDeleted(u"Observation"_s, u"obs077"_s);
    QVERIFY(index >= 0);
    m_server->upsertResource(m_server->store().at(index).resource);
    QCOMPARE(get(u"/Observation/obs077"_s).status, 200);
}

void TestDemoFhir::everythingCanBeTurnedOff()
{
    DemoServer server(smallDataset());
    DemoServerOptions o;
    o.offerEverything = false;
    QVERIFY(server.start(0, o));
    const QString token = server.issueAccessToken(u"doctor1"_s);
    const QByteArray cs = fetch(*m_nam, at(server, u"/metadata"_s)).body;
    QVERIFY(!cs.contains("everything"));
    QVERIFY(cs.contains("history-type"));
    QCOMPARE(fetch(*m_nam, at(server, u"/Patient/p1/$everything"_s), token).status, 404);
    QCOMPARE(fetch(*m_nam, at(server, u"/Observation?patient=p1"_s), token).status, 200);
}

void TestDemoFhir::everything()
{
    const QStringList ids
        = fetchAllPages(*m_nam, at(*m_server, u"/Patient/p1/$everything?_count=30"_s), m_token);
    // Patient, 4 shared (org1, org2, pr1, pr2), 120 obs + 4 mr + 4 md + al + enc + cond + comp
    // + doc + bin + dr.
    QCOMPARE(ids.first(), u"Patient/p1"_s);
    QCOMPARE(ids.size(), 1 + 4 + kP1Observations + 15);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    QVERIFY(ids.contains(u"Organization/org2"_s));
    QVERIFY(!ids.contains(u"Patient/p2"_s));
    QCOMPARE(get(u"/Patient/zzz/$everything"_s).status, 404);
}

void TestDemoFhir::everythingSince()
{
    const QJsonObject all = get(u"/Patient/p1/$everything?_count=1"_s).json();
    const QString since = all.value(u"meta"_s).toObject().value(u"lastUpdated"_s).toString();
    m_clock.advance(5);
    m_server->touchResource(u"MedicationRequest"_s, u"mr2"_s);
    m_server->touchResource(u"Observation"_s, u"p2obs1"_s); // another patient's
    const QJsonObject changed = get(u"/Patient/p1/$everything?_since="_s + enc(since)).json();
    QCOMPARE(entryIds(changed), QStringList { u"MedicationRequest/mr2"_s });
    QCOMPARE(changed.value(u"total"_s).toInt(), 1);
}

void TestDemoFhir::binaryRawAndJson()
{
    const HttpResult raw = get(u"/Binary/bin1"_s);
    QCOMPARE(raw.status, 200);
    QCOMPARE(raw.header("Content-Type"), QByteArray("application/pdf"));
    QVERIFY(raw.body.startsWith("%PDF-1.4"));
    RequestOptions o;
    o.bearer = m_token;
    o.headers = { { "Accept", "application/fhir+json" } };
    const HttpResult json = fetch(*m_nam, at(*m_server, u"/Binary/bin1"_s), o);
    QCOMPARE(json.json().value(u"resourceType"_s).toString(), u"Binary"_s);
    QCOMPARE(json.json().value(u"contentType"_s).toString(), u"application/pdf"_s);
}

void TestDemoFhir::includePerformer()
{
    const QJsonObject b
        = get(u"/Observation?patient=p1&_count=4&_include=Observation:performer"_s).json();
    QCOMPARE(entryIds(b).size(), 4);
    QStringList included = entryIds(b, u"include"_s);
    included.sort();
    QCOMPARE(included,
        (QStringList { u"Organization/org1"_s, u"Practitioner/pr1"_s, u"Practitioner/pr2"_s }));
    QCOMPARE(b.value(u"total"_s).toInt(), kP1Observations);
    const QJsonObject m
        = get(u"/MedicationRequest?patient=p1&_include=MedicationRequest:requester"_s).json();
    QCOMPARE(entryIds(m, u"include"_s), QStringList { u"Practitioner/pr1"_s });
}

void TestDemoFhir::unsupportedParameterWarns()
{
    const QJsonObject b = get(u"/Observation?patient=p1&code=1234&_count=2"_s).json();
    QCOMPARE(b.value(u"total"_s).toInt(), kP1Observations); // ignored, not applied
    const QJsonArray entries = b.value(u"entry"_s).toArray();
    const QJsonObject last = entries.last().toObject();
    QCOMPARE(last.value(u"search"_s).toObject().value(u"mode"_s).toString(), u"outcome"_s);
    const QJsonObject issue
        = last.value(u"resource"_s).toObject().value(u"issue"_s).toArray().first().toObject();
    QCOMPARE(issue.value(u"severity"_s).toString(), u"warning"_s);
    QVERIFY(issue.value(u"diagnostics"_s).toString().contains(u"code"_s));
}

void TestDemoFhir::malformedDateIs400()
{
    const HttpResult r = get(u"/Observation?_lastUpdated=gtyesterday"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"resourceType"_s).toString(), u"OperationOutcome"_s);
    QCOMPARE(get(u"/Observation?_count=many"_s).status, 400);
    QCOMPARE(get(u"/Patient/p1/$everything?_since=soon"_s).status, 400);
    QCOMPARE(get(u"/Observation?_getpages=nope&_getpagesoffset=0"_s).status, 410);
}

void TestDemoFhir::countLimits()
{
    const QJsonObject zero = get(u"/Observation?_count=0"_s).json();
    QCOMPARE(zero.value(u"total"_s).toInt(), kP1Observations + 3);
    QVERIFY(entryIds(zero).isEmpty());
    const QJsonObject big = get(u"/Observation?_count=5000"_s).json();
    QCOMPARE(entryIds(big).size(), kP1Observations + 3);
}

void TestDemoFhir::realGeneratedDataset()
{
    GeneratorOptions options;
    options.seed = 7;
    options.today = QDate(2026, 4, 1);
    const Dataset dataset = generate(options);
    if (dataset.resources.isEmpty())
        QSKIP("the generator is not there yet");
    DemoServer server(dataset);
    QVERIFY(server.start());
    QVERIFY(!dataset.accounts.isEmpty());
    const QString token
        = server.issueAccessToken(dataset.accounts.first().userId, { u"user/*.read"_s });
    QNetworkAccessManager nam;
    const QJsonObject patients = fetch(nam, at(server, u"/Patient?_count=5"_s), token).json();
    QVERIFY(patients.value(u"total"_s).toInt() > 0);
    const QString pid = patients.value(u"entry"_s)
                            .toArray()
                            .first()
                            .toObject()
                            .value(u"resource"_s)
                            .toObject()
                            .value(u"id"_s)
                            .toString();
    const QStringList ids = fetchAllPages(
        nam, at(server, u"/Patient/"_s + pid + u"/$everything?_count=500"_s), token, nullptr, 1000);
    QVERIFY(ids.size() > 1);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
}

QTEST_GUILESS_MAIN(TestDemoFhir)
#include "testdemofhir.moc"
