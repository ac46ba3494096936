// SS-MIX2 file names: ID_診療日_データ種別_オーダNo_発生日時_診療科_コンディションフラグ.
#include "ssmix2/datatypes.h"
#include "ssmix2/filename.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace renkei::ssmix2;

Q_DECLARE_METATYPE(renkei::ssmix2::FileNameError::Kind)

class TestSsmix2FileName : public QObject {
    Q_OBJECT
private slots:
    void valid();
    void invalid_data();
    void invalid();
    void dataTypeTable();
};

void TestSsmix2FileName::valid()
{
    const QString file = u"9999013_20110701_OMP-01_000000011000185_20110701224603984_01_1"_s;
    const FileNameResult r = parseFileName(file);
    QVERIFY(r.ok());
    const FileName &n = *r.name;
    QCOMPARE(n.patientId, u"9999013"_s);
    QCOMPARE(n.date, u"20110701"_s);
    QVERIFY(n.hasDate());
    QCOMPARE(n.dataType, u"OMP-01"_s);
    QCOMPARE(n.orderNumber, u"000000011000185"_s);
    QCOMPARE(n.timestamp, u"20110701224603984"_s);
    QCOMPARE(n.issued.toOffsetFromUtc(9 * 3600).toString(Qt::ISODateWithMs),
        u"2011-07-01T22:46:03.984+09:00"_s);
    QCOMPARE(n.department, u"01"_s);
    QCOMPARE(n.conditionFlag, u"1"_s);
    QVERIFY(!n.isCancelled());
    QCOMPARE(expectedRelativePath(n, file), u"999/901/9999013/20110701/OMP-01/"_s + file);

    const FileNameResult noDate
        = parseFileName(u"9999013_-_ADT-00_999999999999999_20111220224447339_-_0"_s);
    QVERIFY(noDate.ok());
    QVERIFY(!noDate.name->hasDate());
    QVERIFY(noDate.name->isCancelled());
    QCOMPARE(
        parseFileName(u"9999013_20111013_OMD_1_20111014232213000_01_1"_s).name->dataType, u"OMD"_s);
}

void TestSsmix2FileName::invalid_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<FileNameError::Kind>("kind");
    using K = FileNameError::Kind;
    QTest::newRow("too few parts") << u"9999013_20110701_OMP-01"_s << K::FieldCount;
    QTest::newRow("too many parts")
        << u"1_20110701_OMP-01_1_20110701224603984_01_1_x"_s << K::FieldCount;
    QTest::newRow("empty") << QString() << K::FieldCount;
    QTest::newRow("empty order") << u"1_20110701_OMP-01__20110701224603984_01_1"_s << K::EmptyField;
    QTest::newRow("id with a slash")
        << u"99/9_20110701_OMP-01_1_20110701224603984_01_1"_s << K::PatientId;
    QTest::newRow("id with kanji")
        << u"患者_20110701_OMP-01_1_20110701224603984_01_1"_s << K::PatientId;
    QTest::newRow("date 7 digits") << u"1_2011070_OMP-01_1_20110701224603984_01_1"_s << K::Date;
    QTest::newRow("date 2011-02-30") << u"1_20110230_OMP-01_1_20110701224603984_01_1"_s << K::Date;
    QTest::newRow("type lower case")
        << u"1_20110701_omp-01_1_20110701224603984_01_1"_s << K::DataType;
    QTest::newRow("type OMP-1") << u"1_20110701_OMP-1_1_20110701224603984_01_1"_s << K::DataType;
    QTest::newRow("timestamp 14 digits")
        << u"1_20110701_OMP-01_1_20110701224603_01_1"_s << K::Timestamp;
    QTest::newRow("timestamp hour 25")
        << u"1_20110701_OMP-01_1_20110701254603984_01_1"_s << K::Timestamp;
    QTest::newRow("flag x") << u"1_20110701_OMP-01_1_20110701224603984_01_x"_s << K::ConditionFlag;
    QTest::newRow("flag 10") << u"1_20110701_OMP-01_1_20110701224603984_01_10"_s
                             << K::ConditionFlag;
}

void TestSsmix2FileName::invalid()
{
    QFETCH(QString, file);
    QFETCH(FileNameError::Kind, kind);
    const FileNameResult r = parseFileName(file);
    QVERIFY(!r.ok());
    QVERIFY(r.error);
    QCOMPARE(r.error->kind, kind);
    QVERIFY(!r.error->message.isEmpty());
    QVERIFY(!r.error->message.contains(u"患者"_s)); // never echoes the id
}

void TestSsmix2FileName::dataTypeTable()
{
    QVERIFY(messageMatchesDataType(u"OML-11"_s, u"OUL"_s, u"R22"_s));
    QVERIFY(messageMatchesDataType(u"ADT-00"_s, u"ADT"_s, u"A08"_s));
    QVERIFY(messageMatchesDataType(u"OMP-12"_s, u"RAS"_s, u"O17"_s));
    QVERIFY(!messageMatchesDataType(u"OMP-01"_s, u"RAS"_s, u"O17"_s));
    QVERIFY(!messageMatchesDataType(u"OUL-01"_s, u"OUL"_s, u"R22"_s)); // no such folder
    QVERIFY(!dataTypeInfo(u"XYZ-99"_s));
}

QTEST_GUILESS_MAIN(TestSsmix2FileName)
#include "tst_ssmix2filename.moc"
