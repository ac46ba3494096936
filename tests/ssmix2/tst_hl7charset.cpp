// Character sets: ISO-2022-JP (the SS-MIX2 norm), UTF-8, Shift_JIS, detection, and invalid input.
#include "ssmix2/hl7charset.h"
#include "ssmix2/hl7reader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace renkei;
using namespace renkei::ssmix2;

Q_DECLARE_METATYPE(renkei::ssmix2::Charset)

namespace {

// A message whose PID-5 and OBX-5 hold Japanese text, MSH-18 / MSH-20 as given.
QString message(const QString &msh18, const QString &msh20)
{
    return u"MSH|^~\\&|HIS|SEND|GW|RCV|20111220||ADT^A08^ADT_A01|1|P|2.5||||||%1||%2\r"
           "PID|1||9999013^^^^PI||患者^太郎^^^^^L^I~カンジャ^タロウ^^^^^L^P||19480405|M\r"
           "OBX|1|TX|X^所見^99X||ソ表能〜①㈱|\r"_s.arg(msh18, msh20);
}

QByteArray encoded(const QString &text, Charset charset)
{
    const auto bytes = encodeText(text, charset);
    return bytes.ok() ? *bytes : QByteArray();
}

} // namespace

class TestHl7Charset : public QObject {
    Q_OBJECT
private slots:
    void declared_data();
    void declared();
    void detected_data();
    void detected();
    void jisBytesThatLookLikeDelimiters();
    void vendorCharactersInIso2022Jp();
    void halfWidthKatakana();
    void invalidInput_data();
    void invalidInput();
};

void TestHl7Charset::declared_data()
{
    QTest::addColumn<QString>("msh18");
    QTest::addColumn<QString>("msh20");
    QTest::addColumn<Charset>("charset");
    QTest::newRow("~ISO IR87") << u"~ISO IR87"_s << u"ISO2022-1994"_s << Charset::Iso2022Jp;
    QTest::newRow("ISO IR87") << u"ISO IR87"_s << QString() << Charset::Iso2022Jp;
    QTest::newRow("~ISOIR87") << u"~ISOIR87"_s << QString() << Charset::Iso2022Jp;
    QTest::newRow("MSH-20 only") << QString() << u"ISO 2022-1994"_s << Charset::Iso2022Jp;
    QTest::newRow("UTF-8") << u"UNICODE UTF-8"_s << QString() << Charset::Utf8;
    QTest::newRow("Shift_JIS") << u"SHIFT JIS"_s << QString() << Charset::ShiftJis;
}

void TestHl7Charset::declared()
{
    QFETCH(QString, msh18);
    QFETCH(QString, msh20);
    QFETCH(Charset, charset);
    QCOMPARE(charsetFromMsh(msh18, msh20), charset);
    // ISO-2022-JP cannot hold ①㈱ in plain JIS X 0208: write those messages without them.
    QString text = message(msh18, msh20);
    if (charset == Charset::Iso2022Jp)
        text.remove(u"①㈱"_s);
    const QByteArray bytes = encoded(text, charset);
    QVERIFY(!bytes.isEmpty());
    const RawCharsetFields raw = rawCharsetFields(bytes);
    QCOMPARE(raw.msh18, msh18);
    QCOMPARE(raw.msh20, msh20);
    const auto parsed = parseMessage(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->charset, charset);
    const Segment pid = parsed->message.segment(u"PID");
    QCOMPARE(pid.field(5).repetition(0).component(1).value(), u"患者"_s);
    QCOMPARE(pid.field(5).repetition(1).component(2).value(), u"タロウ"_s);
    QVERIFY(parsed->message.segment(u"OBX").text(5).startsWith(u"ソ表能"_s));
}

void TestHl7Charset::detected_data()
{
    QTest::addColumn<Charset>("written");
    QTest::newRow("UTF-8") << Charset::Utf8;
    QTest::newRow("Shift_JIS") << Charset::ShiftJis;
    QTest::newRow("ISO-2022-JP") << Charset::Iso2022Jp;
}

void TestHl7Charset::detected()
{
    QFETCH(Charset, written);
    QString text = message(QString(), QString());
    if (written == Charset::Iso2022Jp)
        text.remove(u"①㈱"_s);
    const QByteArray bytes = encoded(text, written);
    QCOMPARE(detectCharset(bytes), written);
    const auto parsed = parseMessage(bytes);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->charset, written);
    QCOMPARE(parsed->message.segment(u"PID").text(5, 1), u"患者"_s);
}

void TestHl7Charset::jisBytesThatLookLikeDelimiters()
{
    // In two-byte mode, 万 is 0x4B7C ('K|'), 五 0x385E ('8^'), 京 0x357E ('5~'), 俑 0x505C ('P\')
    // and 丶 0x5026 ('P&'): split before decoding and every one of them would cut a field.
    const QByteArray kanji = "\x1b$BK|8^5~P\\P&\x1b(B";
    const auto text = decodeText(kanji, Charset::Iso2022Jp);
    QVERIFY(text.ok());
    QCOMPARE(*text, u"万五京俑丶"_s);
    const QByteArray msg
        = "MSH|^~\\&|A||||||ADT^A08|1|P|2.5||||||~ISO IR87\rPID|1||1||" + kanji + "^B\r";
    const auto parsed = parseMessage(msg);
    QVERIFY(parsed.ok());
    const Segment pid = parsed->message.segment(u"PID");
    QCOMPARE(pid.fieldCount(), 5);
    QCOMPARE(pid.text(5, 1), u"万五京俑丶"_s);
    QCOMPARE(pid.text(5, 2), u"B"_s);
    // The same bytes in MSH (before MSH-18) do not hide MSH-18 from the raw look-up.
    const QByteArray inMsh = "MSH|^~\\&|" + kanji + "||||||ADT^A08|1|P|2.5||||||~ISO IR87\r";
    QCOMPARE(rawCharsetFields(inMsh).msh18, u"~ISO IR87"_s);
}

void TestHl7Charset::vendorCharactersInIso2022Jp()
{
    // ① (NEC row 13, 0x2D21) is not in JIS X 0208; Windows writes it in ISO-2022-JP anyway.
    const QByteArray bytes = "\x1b$B-!\x1b(B 1\x1b$B-j\x1b(B";
    const auto text = decodeText(bytes, Charset::Iso2022Jp);
    QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().message));
    QCOMPARE(*text, u"① 1㈱"_s);
}

void TestHl7Charset::halfWidthKatakana()
{
    const auto kana = decodeText("\x1b(I6]\x1b(B", Charset::Iso2022Jp);
    QVERIFY(kana.ok());
    QCOMPARE(*kana, u"ｶﾝ"_s);
}

void TestHl7Charset::invalidInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Charset>("charset");
    QTest::newRow("8-bit byte in ISO-2022-JP")
        << QByteArray("MSH|^~\\&|\xff\xfe\r") << Charset::Iso2022Jp;
    QTest::newRow("cut two-byte char")
        << QByteArray("MSH|^~\\&|\x1b$B4\x1b(B\r") << Charset::Iso2022Jp;
    QTest::newRow("unknown escape") << QByteArray("MSH|^~\\&|\x1b$Z!!\r") << Charset::Iso2022Jp;
    QTest::newRow("bad UTF-8") << QByteArray("MSH|^~\\&|\xc3\x28\r") << Charset::Utf8;
    QTest::newRow("bad Shift_JIS") << QByteArray("MSH|^~\\&|\x81\r") << Charset::ShiftJis;
}

void TestHl7Charset::invalidInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Charset, charset);
    const auto text = decodeText(bytes, charset);
    QVERIFY(!text.ok());
    QCOMPARE(text.error().kind, Error::Kind::Invalid);
    QVERIFY2(text.error().message.startsWith(u"not valid "_s + charsetName(charset)),
        qPrintable(text.error().message));
    QVERIFY(text.error().message.contains(u"at byte "_s));
    ParseOptions options;
    options.charset = charset;
    const auto parsed = parseMessage(bytes, options);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, Error::Kind::Invalid);
}

QTEST_GUILESS_MAIN(TestHl7Charset)
#include "tst_hl7charset.moc"
