#include "model/datetime.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using renkei::model::PartialDateTime;

class TestDateTime : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void invalid_data();
    void invalid();
    void ordering();
};

void TestDateTime::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("iso");
    using P = PartialDateTime::Precision;
    QTest::newRow("year") << u"2021"_s << int(P::Year) << u"2021"_s;
    QTest::newRow("month") << u"2021-07"_s << int(P::Month) << u"2021-07"_s;
    QTest::newRow("day") << u"2021-07-05"_s << int(P::Day) << u"2021-07-05"_s;
    QTest::newRow("second") << u"2021-07-05T11:19:41+09:00"_s << int(P::Second)
                            << u"2021-07-05T11:19:41+09:00"_s;
    QTest::newRow("millisecond") << u"2021-07-05T15:38:59.120+09:00"_s << int(P::Millisecond)
                                 << u"2021-07-05T15:38:59.120+09:00"_s;
    QTest::newRow("utc") << u"2021-07-05T02:19:41Z"_s << int(P::Second)
                         << u"2021-07-05T02:19:41+00:00"_s;
    QTest::newRow("minute") << u"2021-07-05T11:19+09:00"_s << int(P::Minute)
                            << u"2021-07-05T11:19:00+09:00"_s;
}

void TestDateTime::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, precision);
    QFETCH(QString, iso);
    const PartialDateTime p = PartialDateTime::parse(text);
    QVERIFY(!p.isNull());
    QCOMPARE(int(p.precision()), precision);
    QCOMPARE(p.toIso(), iso);
    // FHIR writes seconds whenever a time is given: a minute-precision value prints ":00" and
    // reads back as seconds. Every other precision survives the round trip unchanged.
    if (p.precision() != PartialDateTime::Precision::Minute)
        QCOMPARE(PartialDateTime::parse(p.toIso()), p);
    else
        QCOMPARE(PartialDateTime::parse(p.toIso()).start(), p.start());
}

void TestDateTime::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("month 13") << u"2021-13"_s;
    QTest::newRow("feb 30") << u"2021-02-30"_s;
    QTest::newRow("words") << u"yesterday"_s;
    QTest::newRow("hour 25") << u"2021-07-05T25:00:00+09:00"_s;
    QTest::newRow("offset 15h") << u"2021-07-05T10:00:00+15:00"_s;
}

void TestDateTime::invalid()
{
    QFETCH(QString, text);
    QVERIFY(PartialDateTime::parse(text).isNull());
}

void TestDateTime::ordering()
{
    const PartialDateTime year = PartialDateTime::parse(u"2021"_s);
    const PartialDateTime day = PartialDateTime::parse(u"2021-01-01"_s);
    QVERIFY(year < day); // same start instant, coarser first
    QVERIFY(!(year == day));
    QVERIFY(PartialDateTime::parse(u"2020-12-31"_s) < year);
}

QTEST_GUILESS_MAIN(TestDateTime)
#include "tst_datetime.moc"
