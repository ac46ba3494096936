// XHTML narrative (section.text.div) to plain text.
#include "fhir/mappers.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using renkei::fhir::detail::narrativeText;

class TestFhirNarrative : public QObject {
    Q_OBJECT

private slots:
    void plainText_data();
    void plainText();
};

void TestFhirNarrative::plainText_data()
{
    QTest::addColumn<QString>("xhtml");
    QTest::addColumn<QString>("text");
    QTest::newRow("div") << u"<div xmlns=\"http://www.w3.org/1999/xhtml\">腹痛精査</div>"_s
                         << u"腹痛精査"_s;
    QTest::newRow("br") << u"<div>一行目<br/>二行目<br />三行目</div>"_s
                        << u"一行目\n二行目\n三行目"_s;
    QTest::newRow("paragraphs") << u"<div><p>アレルギー:キーウイ</p>発症:2020-04-10</div>"_s
                                << u"アレルギー:キーウイ\n発症:2020-04-10"_s;
    QTest::newRow("list") << u"<div><ul><li>A</li><li>B</li></ul></div>"_s << u"A\nB"_s;
    QTest::newRow("table")
        << u"<table><tr><td>K</td><td>3.5</td></tr><tr><td>Na</td></tr></table>"_s << u"K3.5\nNa"_s;
    QTest::newRow("entities")
        << u"<div>a &lt; b &amp;&amp; c &gt; d &quot;x&quot; &#12354;&#x3044;</div>"_s
        << u"a < b && c > d \"x\" あい"_s;
    QTest::newRow("bad entity") << u"<div>&#xD800; &bogus; AT&T</div>"_s
                                << u"\uFFFD &bogus; AT&T"_s;
    QTest::newRow("whitespace") << u"<div>\n  a\n  b\n</div>"_s << u"a b"_s;
    QTest::newRow("unterminated") << u"<div>text<span"_s << u"text"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestFhirNarrative::plainText()
{
    QFETCH(QString, xhtml);
    QFETCH(QString, text);
    QCOMPARE(narrativeText(xhtml), text);
}

QTEST_GUILESS_MAIN(TestFhirNarrative)
#include "tst_fhirnarrative.moc"
