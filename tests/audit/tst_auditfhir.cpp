// The FHIR R4 AuditEvent export: the IHE BALP shape per action, NDJSON and Bundle forms.
#include "audit/auditfhir.h"
#include "auditfixture.h"
#include "support/testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;

Q_DECLARE_METATYPE(audit::Action)

namespace {

const QString kDcm = u"http://dicom.nema.org/resources/ontology/DCM"_s;
const QString kRest = u"http://hl7.org/fhir/restful-interaction"_s;

audit::AuditRecord record(audit::Action action, const QString &patient = u"pk-9"_s)
{
    audit::AuditRecord r;
    r.seq = 7;
    r.time = QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
    r.serverOffsetMs = 1500;
    r.user = u"dr.tanaka"_s;
    r.network = u"demo-net"_s;
    r.workstation = u"ws-01"_s;
    r.action = action;
    r.patientKey = patient;
    return r;
}

QStringList codes(const QJsonArray &codings)
{
    QStringList out;
    for (const QJsonValue &c : codings)
        out.append(c[u"system"_s].toString() + u'#' + c[u"code"_s].toString());
    return out;
}

} // namespace

class TestAuditFhir : public QObject {
    Q_OBJECT
private slots:
    void balpCodes_data()
    {
        QTest::addColumn<audit::Action>("action");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("subtype");
        QTest::addColumn<QString>("code");
        QTest::newRow("open") << audit::Action::Open << kDcm + u"#110110"_s << kRest + u"#read"_s
                              << u"R"_s;
        QTest::newRow("search") << audit::Action::Search
                                << u"http://terminology.hl7.org/CodeSystem/audit-event-type#rest"_s
                                << kRest + u"#search-type"_s << u"E"_s;
        QTest::newRow("sign-in") << audit::Action::SignIn << kDcm + u"#110114"_s
                                 << kDcm + u"#110122"_s << u"E"_s;
        QTest::newRow("sign-out") << audit::Action::SignOut << kDcm + u"#110114"_s
                                  << kDcm + u"#110123"_s << u"E"_s;
        QTest::newRow("export") << audit::Action::Export << kDcm + u"#110106"_s
                                << u"urn:renkei:audit-action#export"_s << u"R"_s;
        QTest::newRow("print") << audit::Action::Print << kDcm + u"#110106"_s
                               << u"urn:renkei:audit-action#print"_s << u"R"_s;
        QTest::newRow("forget") << audit::Action::Forget << kDcm + u"#110110"_s
                                << kRest + u"#delete"_s << u"D"_s;
        QTest::newRow("settings") << audit::Action::SettingsChange << kDcm + u"#110113"_s
                                  << kDcm + u"#110131"_s << u"U"_s;
    }

    void balpCodes()
    {
        QFETCH(audit::Action, action);
        QFETCH(QString, type);
        QFETCH(QString, subtype);
        QFETCH(QString, code);
        const QJsonObject e = audit::toAuditEvent(record(action));
        QCOMPARE(e[u"resourceType"_s].toString(), u"AuditEvent"_s);
        QCOMPARE(codes(QJsonArray { e[u"type"_s] }).first(), type);
        QVERIFY2(codes(e[u"subtype"_s].toArray()).contains(subtype),
            qPrintable(codes(e[u"subtype"_s].toArray()).join(u' ')));
        QCOMPARE(e[u"action"_s].toString(), code);
        QCOMPARE(e[u"outcome"_s].toString(), u"0"_s);
        // recorded is the trusted time: our clock + the server's offset.
        QCOMPARE(e[u"recorded"_s].toString(), u"2026-04-01T00:00:01.500Z"_s);
        const QJsonArray agents = e[u"agent"_s].toArray();
        QCOMPARE(agents.size(), 2);
        QCOMPARE(agents[0][u"requestor"_s].toBool(), true);
        QCOMPARE(agents[0][u"who"_s][u"identifier"_s][u"value"_s].toString(), u"dr.tanaka"_s);
        QCOMPARE(agents[1][u"requestor"_s].toBool(), false);
        QCOMPARE(agents[1][u"who"_s][u"display"_s].toString(), u"ws-01"_s);
        QCOMPARE(e[u"source"_s][u"site"_s].toString(), u"demo-net"_s);
        QVERIFY(e[u"source"_s][u"observer"_s][u"display"_s].toString().contains(u"ws-01"_s));
        const QJsonObject patient = e[u"entity"_s][0].toObject();
        QCOMPARE(patient[u"what"_s][u"identifier"_s][u"system"_s].toString(),
            u"urn:renkei:patient-key"_s);
        QCOMPARE(patient[u"what"_s][u"identifier"_s][u"value"_s].toString(), u"pk-9"_s);
        QCOMPARE(patient[u"role"_s][u"code"_s].toString(), u"1"_s);
    }

    void emergencyViewCarriesItsReason()
    {
        audit::AuditRecord r = record(audit::Action::EmergencyView);
        r.details.reason = u"unconscious on arrival"_s;
        const QJsonObject e = audit::toAuditEvent(r);
        const QJsonObject purpose = e[u"purposeOfEvent"_s][0].toObject();
        QCOMPARE(codes(purpose[u"coding"_s].toArray()).first(),
            u"http://terminology.hl7.org/CodeSystem/v3-ActReason#ETREAT"_s);
        QCOMPARE(purpose[u"text"_s].toString(), u"unconscious on arrival"_s);
        QCOMPARE(e[u"agent"_s][0][u"purposeOfUse"_s][0][u"coding"_s][0][u"code"_s].toString(),
            u"ETREAT"_s);
    }

    void failuresAndOutputs()
    {
        audit::AuditRecord r = record(audit::Action::Print);
        r.details = audit::AuditDetails { { u"labs"_s, u"medications"_s }, u"printer-3F"_s, {},
            audit::Outcome::Failure, u"io"_s };
        const QJsonObject e = audit::toAuditEvent(r);
        QCOMPARE(e[u"outcome"_s].toString(), u"4"_s);
        QCOMPARE(e[u"outcomeDesc"_s].toString(), u"io"_s);
        const QJsonObject output = e[u"entity"_s][1].toObject();
        QCOMPARE(output[u"description"_s].toString(), u"printer-3F"_s);
        QCOMPARE(output[u"detail"_s][0][u"valueString"_s].toString(), u"labs, medications"_s);
        QVERIFY(!audit::toAuditEvent(record(audit::Action::SignIn, {})).contains(u"entity"_s));
        QCOMPARE(
            audit::toAuditEvent(record(audit::Action::FailedUnlock, {}))[u"outcome"_s].toString(),
            u"4"_s);
    }

    void ndjsonAndBundle()
    {
        QList<audit::AuditRecord> records { record(audit::Action::SignIn, {}),
            record(audit::Action::Open) };
        records[1].seq = 8;
        const QByteArray ndjson = audit::toNdjson(records);
        QVERIFY(ndjson.endsWith('\n'));
        QCOMPARE(test::auditEventLines(ndjson), 2);
        const QJsonObject bundle = audit::toBundle(records, QDateTime::currentDateTimeUtc());
        QCOMPARE(bundle[u"type"_s].toString(), u"collection"_s);
        const QJsonArray entries = bundle[u"entry"_s].toArray();
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries[0][u"fullUrl"_s].toString().startsWith(u"urn:uuid:"_s));
        QVERIFY(entries[0][u"fullUrl"_s] != entries[1][u"fullUrl"_s]);
        QCOMPARE(entries[1][u"resource"_s][u"id"_s].toString(), u"renkei-audit-8"_s);
    }
};

QTEST_GUILESS_MAIN(TestAuditFhir)
#include "tst_auditfhir.moc"
