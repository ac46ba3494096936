#include "model/codes.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei::model;

class TestCodes : public QObject {
    Q_OBJECT

private slots:
    void canonicalSystem_data();
    void canonicalSystem();
    void unknownSystemKept();
    void findAcrossForms();
    void codeKinds();
};

void TestCodes::canonicalSystem_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("jlac10 oid") << u"urn:oid:1.2.392.200119.4.504"_s
                                << u"http://medis.or.jp/CodeSystem/master-JLAC10-17digits"_s;
    QTest::newRow("jlac10 http") << u"http://medis.or.jp/CodeSystem/master-JLAC10-17digits"_s
                                 << u"http://medis.or.jp/CodeSystem/master-JLAC10-17digits"_s;
    QTest::newRow("yj oid") << u"urn:oid:1.2.392.100495.20.2.73"_s
                            << u"http://capstandard.jp/iyaku.info/CodeSystem/YJ-code"_s;
    QTest::newRow("hot9 oid") << u"urn:oid:1.2.392.200119.4.403.1"_s
                              << u"http://medis.or.jp/CodeSystem/master-HOT9"_s;
    QTest::newRow("jami usage 1.1.2")
        << u"urn:oid:1.2.392.200250.2.2.20"_s << u"http://jami.jp/CodeSystem/MedicationUsage"_s;
    QTest::newRow("jami usage oid")
        << u"urn:oid:1.2.392.200250.2.2.20.20"_s << u"http://jami.jp/CodeSystem/MedicationUsage"_s;
    QTest::newRow("loinc oid") << u"urn:oid:2.16.840.1.113883.6.1"_s << u"http://loinc.org"_s;
    QTest::newRow("trimmed") << u"  urn:oid:1.2.392.200119.4.504 "_s
                             << u"http://medis.or.jp/CodeSystem/master-JLAC10-17digits"_s;
}

void TestCodes::canonicalSystem()
{
    QFETCH(QString, alias);
    QFETCH(QString, canonical);
    QCOMPARE(renkei::model::canonicalSystem(alias), canonical);
    QVERIFY(sameSystem(alias, canonical));
}

void TestCodes::unknownSystemKept()
{
    QCOMPARE(renkei::model::canonicalSystem(u"http://example.org/local"_s),
        u"http://example.org/local"_s);
    QVERIFY(!sameSystem(u"http://example.org/a"_s, u"http://example.org/b"_s));
}

void TestCodes::findAcrossForms()
{
    CodeableConcept cc;
    cc.codings.append(Coding { u"http://medis.or.jp/CodeSystem/master-JLAC10-17digits"_s,
        u"3H015000002326101"_s, u"K"_s, {} });
    const Coding *c = cc.find(u"urn:oid:1.2.392.200119.4.504"_s);
    QVERIFY(c);
    QCOMPARE(c->code, u"3H015000002326101"_s);
    QCOMPARE(cc.displayText(), u"K"_s);
}

void TestCodes::codeKinds()
{
    QCOMPARE(codeKind(u"urn:oid:1.2.392.200119.4.504"_s), CodeKind::Jlac10);
    QCOMPARE(codeKind(u"http://jpfhir.jp/fhir/clins/CodeSystem/JLAC11/"
                      u"JP_CLINS_ObsLabResult_CoreLabo_CS"_s),
        CodeKind::Jlac11);
    QCOMPARE(codeKind(u"http://jpfhir.jp/fhir/eCS/CodeSystem/DrugCode/19911234567"_s),
        CodeKind::LocalDrug);
    QCOMPARE(systemLabel(u"http://capstandard.jp/iyaku.info/CodeSystem/YJ-code"_s), u"YJ"_s);
}

QTEST_GUILESS_MAIN(TestCodes)
#include "tst_codes.moc"
