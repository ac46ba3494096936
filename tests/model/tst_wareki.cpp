#include "model/wareki.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using renkei::model::TypedDate;

// The date parser behind the patient search's birth-date field: 西暦 and 和暦 as typed.
class TestWareki : public QObject {
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void formats_data();
    void formats();
    void roundTripsEveryEraBoundary();
};

void TestWareki::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fhir");
    QTest::newRow("letter era") << u"S45.3.1"_s << u"1970-03-01"_s;
    QTest::newRow("lower-case letter") << u"s45.03.01"_s << u"1970-03-01"_s;
    QTest::newRow("kanji era") << u"昭和45年3月1日"_s << u"1970-03-01"_s;
    QTest::newRow("one-character era") << u"昭45/3/1"_s << u"1970-03-01"_s;
    QTest::newRow("full-width") << u"Ｓ４５．３．１"_s << u"1970-03-01"_s;
    QTest::newRow("full-width kanji") << u"昭和４５年３月１日"_s << u"1970-03-01"_s;
    QTest::newRow("spaces") << u" 昭和 45年 3月 1日 "_s << u"1970-03-01"_s;
    QTest::newRow("seireki slash") << u"1970/03/01"_s << u"1970-03-01"_s;
    QTest::newRow("seireki dash") << u"1970-3-1"_s << u"1970-03-01"_s;
    QTest::newRow("seireki kanji") << u"1970年3月1日"_s << u"1970-03-01"_s;
    QTest::newRow("compact") << u"19700301"_s << u"1970-03-01"_s;
    QTest::newRow("gannen") << u"平成元年1月8日"_s << u"1989-01-08"_s;
    QTest::newRow("last day of showa") << u"S64.1.7"_s << u"1989-01-07"_s;
    QTest::newRow("first day of reiwa") << u"R1.5.1"_s << u"2019-05-01"_s;
    QTest::newRow("last day of heisei") << u"H31.4.30"_s << u"2019-04-30"_s;
    QTest::newRow("taisho") << u"T15.12.24"_s << u"1926-12-24"_s;
    QTest::newRow("meiji") << u"明治45年7月29日"_s << u"1912-07-29"_s;
    QTest::newRow("leap day") << u"H12.2.29"_s << u"2000-02-29"_s;
    QTest::newRow("year only") << u"S45"_s << u"1970"_s;
    QTest::newRow("kanji year only") << u"昭和45年"_s << u"1970"_s;
    QTest::newRow("year and month") << u"1970/03"_s << u"1970-03"_s;
    QTest::newRow("era year and month") << u"平成2年5月"_s << u"1990-05"_s;
    QTest::newRow("seireki year") << u"1970"_s << u"1970"_s;
}

void TestWareki::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, fhir);
    const auto parsed = renkei::model::parseTypedDate(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(parsed->toFhirDate(), fhir);
}

void TestWareki::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("words") << u"山田"_s;
    QTest::newRow("no era, two digits") << u"45/3/1"_s;
    QTest::newRow("unknown era letter") << u"X45.3.1"_s;
    QTest::newRow("showa 64 after it ended") << u"昭和64年1月8日"_s;
    QTest::newRow("showa 65") << u"S65.1.1"_s;
    QTest::newRow("heisei before it began") << u"H1.1.7"_s;
    QTest::newRow("reiwa before it began") << u"R1.4.30"_s;
    QTest::newRow("heisei after it ended") << u"H31.5.1"_s;
    QTest::newRow("not a leap year") << u"2023/02/29"_s;
    QTest::newRow("month 13") << u"1970/13/01"_s;
    QTest::newRow("day 32") << u"S45.1.32"_s;
    QTest::newRow("month zero") << u"1970/00/01"_s;
    QTest::newRow("era year zero") << u"S0.3.1"_s;
    QTest::newRow("three-digit era year") << u"S145.3.1"_s;
    QTest::newRow("trailing words") << u"1970/03/01 生まれ"_s;
}

void TestWareki::refuses()
{
    QFETCH(QString, text);
    QVERIFY2(!renkei::model::parseTypedDate(text).has_value(), qPrintable(text));
}

void TestWareki::formats_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("longForm");
    QTest::addColumn<QString>("shortForm");
    QTest::newRow("showa") << QDate(1970, 3, 1) << u"昭和45年3月1日"_s << u"S45.3.1"_s;
    QTest::newRow("gannen") << QDate(1989, 1, 8) << u"平成元年1月8日"_s << u"H1.1.8"_s;
    QTest::newRow("day before") << QDate(1989, 1, 7) << u"昭和64年1月7日"_s << u"S64.1.7"_s;
    QTest::newRow("reiwa") << QDate(2024, 5, 1) << u"令和6年5月1日"_s << u"R6.5.1"_s;
    QTest::newRow("before meiji") << QDate(1850, 1, 1) << QString() << QString();
}

void TestWareki::formats()
{
    QFETCH(QDate, date);
    QFETCH(QString, longForm);
    QFETCH(QString, shortForm);
    QCOMPARE(renkei::model::warekiLong(date), longForm);
    QCOMPARE(renkei::model::warekiShort(date), shortForm);
}

// What is printed reads back as the same day, on both sides of every era change.
void TestWareki::roundTripsEveryEraBoundary()
{
    const QList<QDate> starts { QDate(1912, 7, 30), QDate(1926, 12, 25), QDate(1989, 1, 8),
        QDate(2019, 5, 1) };
    for (const QDate &start : starts) {
        for (int offset = -2; offset <= 2; ++offset) {
            const QDate day = start.addDays(offset);
            for (const QString &text :
                { renkei::model::warekiLong(day), renkei::model::warekiShort(day) }) {
                const auto parsed = renkei::model::parseTypedDate(text);
                QVERIFY2(parsed.has_value(), qPrintable(text));
                QCOMPARE(parsed->date, day);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestWareki)
#include "tst_wareki.moc"
