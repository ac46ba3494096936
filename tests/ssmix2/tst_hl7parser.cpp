// HL7 v2.5 text: segments, fields, repetitions, components, sub-components, escapes, custom
// delimiters, and the round trip parse → encode.
#include "ssmix2/hl7escape.h"
#include "ssmix2/hl7message.h"
#include "ssmix2/hl7reader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace renkei::ssmix2;

namespace {

Message parse(const QString &text)
{
    Message m;
    QString error;
    if (!parseMessageText(text, &m, &error))
        qWarning().noquote() << error;
    return m;
}

} // namespace

class TestHl7Parser : public QObject {
    Q_OBJECT
private slots:
    void accessorsUseHl7Numbering();
    void segmentTerminators_data();
    void segmentTerminators();
    void emptyAndNullValues();
    void escapes_data();
    void escapes();
    void escapeRoundTrip_data();
    void escapeRoundTrip();
    void customDelimiters_data();
    void customDelimiters();
    void setValueBuildsMissingPlaces();
    void parseEncodeIsIdentity();
    void rejectsWhatIsNotHl7_data();
    void rejectsWhatIsNotHl7();
    void tooLarge();
};

void TestHl7Parser::accessorsUseHl7Numbering()
{
    const Message m
        = parse(u"MSH|^~\\&|APP|FAC|||20240501||RDE^O11^RDE_O11|1|P|2.5\r"
                "PID|1||123^^^^PI||山田^太郎^^^^^L^I~ヤマダ^タロウ^^^^^L^P||19650415|M\r"
                "TQ1|1||1013044400000000&内服・経口・１日３回朝昼夕食後&JAMISDP01|||5^d\r"_s);
    const Segment msh = m.segment(u"MSH");
    QCOMPARE(msh.field(0).value(), u"MSH"_s);
    QCOMPARE(msh.field(1).value(), u"|"_s); // MSH-1 is the field separator itself
    QCOMPARE(msh.field(2).value(), u"^~\\&"_s);
    QCOMPARE(msh.field(2).repetitionCount(), 1); // MSH-2 is literal: '~' does not split it
    QCOMPARE(msh.text(3), u"APP"_s);
    QCOMPARE(msh.text(9, 1), u"RDE"_s);
    QCOMPARE(msh.text(9, 2), u"O11"_s);
    QCOMPARE(m.messageCode(), u"RDE"_s);
    QCOMPARE(m.triggerEvent(), u"O11"_s);
    QCOMPARE(msh.fieldCount(), 12);

    const Segment pid = m.segment(u"PID");
    QCOMPARE(pid.field(5).repetitionCount(), 2);
    QCOMPARE(pid.field(5).repetition(0).component(1).value(), u"山田"_s);
    QCOMPARE(pid.field(5).repetition(1).component(2).value(), u"タロウ"_s);
    QCOMPARE(pid.field(5).repetition(1).component(8).value(), u"P"_s);
    QCOMPARE(pid.field(5).repetition(2).component(1).value(), QString());
    QCOMPARE(pid.field(3).component(5).value(), u"PI"_s);
    QCOMPARE(pid.field(99).value(), QString());
    QCOMPARE(pid.field(-1).value(), QString());

    const Component usage = m.segment(u"TQ1").field(3).component(1);
    QCOMPARE(usage.subComponentCount(), 3);
    QCOMPARE(usage.subComponent(1).value(), u"1013044400000000"_s);
    QCOMPARE(usage.subComponent(2).value(), u"内服・経口・１日３回朝昼夕食後"_s);
    QCOMPARE(usage.subComponent(3).value(), u"JAMISDP01"_s);
    QCOMPARE(m.segment(u"TQ1").text(6, 2), u"d"_s);
    QVERIFY(!m.segment(u"ZZZ").isValid());
    QCOMPARE(m.segments(u"PID").size(), 1);
}

void TestHl7Parser::segmentTerminators_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("CR") << u"MSH|^~\\&|A\rPID|1\rPV1|1\r"_s;
    QTest::newRow("CRLF") << u"MSH|^~\\&|A\r\nPID|1\r\nPV1|1\r\n"_s;
    QTest::newRow("LF") << u"MSH|^~\\&|A\nPID|1\nPV1|1"_s;
    QTest::newRow("MLLP framing") << u"\x0bMSH|^~\\&|A\rPID|1\rPV1|1\r\x1c\r"_s;
    QTest::newRow("blank lines") << u"\r\nMSH|^~\\&|A\r\r\nPID|1\n\nPV1|1\r\r"_s;
}

void TestHl7Parser::segmentTerminators()
{
    QFETCH(QString, text);
    const Message m = parse(text);
    QCOMPARE(m.segments().size(), 3);
    QCOMPARE(m.segments().at(2).name(), u"PV1"_s);
    QCOMPARE(m.segment(u"PID").text(1), u"1"_s);
    QCOMPARE(m.encode(), u"MSH|^~\\&|A\rPID|1\rPV1|1\r"_s);
}

void TestHl7Parser::emptyAndNullValues()
{
    const Message m = parse(u"MSH|^~\\&\rOBX|1||\"\"|^^|a~~b|x&&|||\r"_s);
    const Segment obx = m.segment(u"OBX");
    QCOMPARE(obx.fieldCount(), 9); // trailing empty fields are kept as sent
    QVERIFY(obx.field(2).isEmpty());
    QVERIFY(!obx.field(2).isNull());
    QVERIFY(obx.field(3).isNull()); // "" is HL7's explicit null
    QCOMPARE(obx.field(3).value(), QString());
    QCOMPARE(obx.field(4).repetition(0).componentCount(), 3);
    QVERIFY(obx.field(4).component(3).isEmpty());
    QCOMPARE(obx.field(5).repetitionCount(), 3);
    QVERIFY(obx.field(5).repetition(1).isEmpty());
    QCOMPARE(obx.field(5).repetition(2).value(), u"b"_s);
    QCOMPARE(obx.field(6).component(1).subComponentCount(), 3);
    QCOMPARE(obx.field(6).component(1).subComponent(1).value(), u"x"_s);
    QCOMPARE(obx.field(2).repetitionCount(), 0);
    QCOMPARE(m.encode(), u"MSH|^~\\&\rOBX|1||\"\"|^^|a~~b|x&&|||\r"_s);
}

void TestHl7Parser::escapes_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("value");
    QTest::newRow("field") << u"a\\F\\b"_s << u"a|b"_s;
    QTest::newRow("component") << u"a\\S\\b"_s << u"a^b"_s;
    QTest::newRow("sub-component") << u"a\\T\\b"_s << u"a&b"_s;
    QTest::newRow("repetition") << u"a\\R\\b"_s << u"a~b"_s;
    QTest::newRow("escape") << u"C:\\E\\temp"_s << u"C:\\temp"_s;
    QTest::newRow("hex") << u"\\X41420D\\"_s << u"AB\r"_s;
    QTest::newRow("hex utf-8") << u"\\XE697A5\\"_s << u"日"_s;
    QTest::newRow("highlight passes") << u"\\H\\強調\\N\\"_s << u"\\H\\強調\\N\\"_s;
    QTest::newRow("line break passes") << u"a\\.br\\b"_s << u"a\\.br\\b"_s;
    QTest::newRow("unclosed") << u"a\\Fb"_s << u"a\\Fb"_s;
    QTest::newRow("odd hex passes") << u"\\X4\\"_s << u"\\X4\\"_s;
    QTest::newRow("null") << u"\"\""_s << QString();
}

void TestHl7Parser::escapes()
{
    QFETCH(QString, raw);
    QFETCH(QString, value);
    QCOMPARE(unescape(raw, Delimiters()), value);
}

void TestHl7Parser::escapeRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"総蛋白"_s;
    QTest::newRow("all delimiters") << u"a|b^c~d\\e&f"_s;
    QTest::newRow("only escapes") << u"\\\\\\"_s;
    QTest::newRow("line breaks") << u"1行目\r\n2行目\n"_s;
    QTest::newRow("looks like an escape") << u"\\F\\"_s;
    QTest::newRow("empty") << QString();
}

void TestHl7Parser::escapeRoundTrip()
{
    QFETCH(QString, text);
    const Delimiters d;
    const QString escaped = escape(text, d);
    for (QChar c : { u'|', u'^', u'~', u'&', u'\r', u'\n' })
        QVERIFY(!escaped.contains(c));
    QCOMPARE(unescape(escaped, d), text);

    // And through a whole message: set, encode, parse, read.
    Message m;
    m.addSegment(u"MSH"_s);
    m.addSegment(u"NTE"_s).setValue(3, 1, 2, 2, text);
    const Message back = parse(m.encode());
    QCOMPARE(
        back.segment(u"NTE").field(3).repetition(1).component(2).subComponent(2).value(), text);
}

void TestHl7Parser::customDelimiters_data()
{
    QTest::addColumn<QString>("msh1");
    QTest::addColumn<QString>("msh2");
    QTest::newRow("standard") << u"|"_s << u"^~\\&"_s;
    QTest::newRow("all different") << u"#"_s << u"$*/%"_s;
    QTest::newRow("swapped") << u"^"_s << u"|&\\~"_s;
    QTest::newRow("three chars") << u"|"_s << u"^~\\"_s;
    QTest::newRow("with truncation char") << u"|"_s << u"^~\\&#"_s;
}

void TestHl7Parser::customDelimiters()
{
    QFETCH(QString, msh1);
    QFETCH(QString, msh2);
    Delimiters d;
    QVERIFY(Delimiters::fromMsh(msh1.at(0), msh2, &d));
    // Build a message with values that contain every standard delimiter character.
    Message original(Delimiters {});
    original.addSegment(u"MSH"_s).setValue(9, 0, 1, 1, u"ADT"_s);
    Segment &pid = original.addSegment(u"PID"_s);
    pid.setValue(5, 0, 1, 1, u"a|b^c"_s);
    pid.setValue(5, 1, 2, 1, u"x~y\\z"_s);
    pid.setValue(11, 0, 8, 1, u"a&b #$*/%"_s);
    pid.setRawField(12, u"\\H\\bold\\N\\"_s); // a pass-through escape survives the rewrite

    const Message converted = original.withDelimiters(d);
    const QString text = converted.encode();
    QVERIFY(text.startsWith(u"MSH"_s + msh1 + d.encodingCharacters() + msh1));
    const Message back = parse(text);
    QCOMPARE(back.delimiters(), d);
    const Segment p = back.segment(u"PID");
    QCOMPARE(p.field(5).repetition(0).component(1).value(), u"a|b^c"_s);
    QCOMPARE(p.field(5).repetition(1).component(2).value(), u"x~y\\z"_s);
    if (!d.subComponent.isNull())
        QCOMPARE(p.field(11).component(8).subComponent(1).value(), u"a&b #$*/%"_s);
    QCOMPARE(p.field(12).value(),
        QString(d.escape + u"H"_s + d.escape + u"bold"_s + d.escape + u"N"_s + d.escape));
    QCOMPARE(back.segment(u"MSH").text(9), u"ADT"_s);
    // And back to the standard set: the same text as the original.
    if (!d.subComponent.isNull())
        QCOMPARE(back.withDelimiters(Delimiters {}).encode(), original.encode());
}

void TestHl7Parser::setValueBuildsMissingPlaces()
{
    Message m;
    m.addSegment(u"MSH"_s);
    Segment &s = m.addSegment(u"OBX"_s);
    s.setValue(5, 2, 3, 2, u"v"_s);
    QCOMPARE(s.encode(), u"OBX|||||~~^^&v"_s);
    s.setValue(5, 0, 1, 1, u"w"_s);
    QCOMPARE(s.encode(), u"OBX|||||w~~^^&v"_s);
    s.setValue(1, 0, 1, 1, u"1"_s);
    QCOMPARE(s.text(1), u"1"_s);
    QCOMPARE(m.segment(u"MSH").encode(), u"MSH|^~\\&"_s);
}

void TestHl7Parser::parseEncodeIsIdentity()
{
    const QString text
        = u"MSH|^~\\&|HIS|SEND|GW|RCV|20111220||OUL^R22^OUL_R22|1|P|2.5|||||"
          "|~ISO IR87||ISO2022-1994\rOBX|1|NM|3A010000002327101^総蛋白^JC10||7.2|"
          "g/dl^g/dl^99XYZ|6.70-8.3||||F|||201112191500\rNTE|1||a\\F\\b\\H\\c\\N\\\r"_s;
    QCOMPARE(parse(text).encode(), text);
}

void TestHl7Parser::rejectsWhatIsNotHl7_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\xfb\xfc");
    QTest::newRow("no MSH") << QByteArray("PID|1\r");
    QTest::newRow("MSH only") << QByteArray("MSH");
    QTest::newRow("letter separator") << QByteArray("MSHA^~\\&A\r");
    QTest::newRow("repeated delimiters") << QByteArray("MSH|^^\\&|\r");
    QTest::newRow("no encoding characters") << QByteArray("MSH||A\r");
}

void TestHl7Parser::rejectsWhatIsNotHl7()
{
    QFETCH(QByteArray, bytes);
    const auto parsed = parseMessage(bytes);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, renkei::Error::Kind::Invalid);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestHl7Parser::tooLarge()
{
    ParseOptions options;
    options.maxBytes = 100;
    const QByteArray big = "MSH|^~\\&|" + QByteArray(200, 'x');
    const auto parsed = parseMessage(big, options);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, renkei::Error::Kind::TooLarge);
    QVERIFY(parseMessage(big).ok()); // the default limit is 64 MB
}

QTEST_GUILESS_MAIN(TestHl7Parser)
#include "tst_hl7parser.moc"
