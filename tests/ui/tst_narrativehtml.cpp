#include "views/docs/narrativehtml.h"

#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using renkei::ui::sanitizeNarrative;

// The XHTML narrative of a document section made safe to show (narrativehtml.h): what is kept,
// what is dropped, and that the result never names anything to load.
class TestNarrativeHtml : public QObject {
    Q_OBJECT

private slots:
    void sanitize_data();
    void sanitize();
    void nothingToLoad();
};

namespace {
const QString kNs = u" xmlns=\"http://www.w3.org/1999/xhtml\""_s;
}

void TestNarrativeHtml::sanitize_data()
{
    QTest::addColumn<QString>("xhtml");
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("images");
    QTest::addColumn<bool>("fellBack");
    QTest::newRow("paragraphs and emphasis")
        << u"<div%1><p>血圧 <b>148</b>/<i>92</i></p></div>"_s.arg(kNs)
        << u"<div><p>血圧 <b>148</b>/<i>92</i></p></div>"_s << 0 << false;
    QTest::newRow("attributes dropped")
        << u"<div%1><p style=\"color:red\" onclick=\"x()\" class=\"c\">a</p></div>"_s.arg(kNs)
        << u"<div><p>a</p></div>"_s << 0 << false;
    QTest::newRow("table spans kept, borders added")
        << u"<div%1><table><tr><td colspan=\"2\" width=\"9\">a</td><td rowspan=\"x\">b</td></tr>"
           "</table></div>"_s.arg(kNs)
        << u"<div><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><td colspan=\"2\">a"
           "</td><td>b</td></tr></table></div>"_s
        << 0 << false;
    QTest::newRow("link becomes its text")
        << u"<div%1><a href=\"https://example.invalid/\">参照</a></div>"_s.arg(kNs)
        << u"<div>参照</div>"_s << 0 << false;
    QTest::newRow("script and style dropped with their content")
        << u"<div%1><script>alert(1)</script><style>p{}</style>本文</div>"_s.arg(kNs)
        << u"<div>本文</div>"_s << 0 << false;
    QTest::newRow("image noted, never loaded")
        << u"<div%1><img src=\"file:///etc/passwd\"/>後</div>"_s.arg(kNs)
        << u"<div><i>[image not shown]</i>後</div>"_s << 1 << false;
    QTest::newRow("headings become bold paragraphs")
        << u"<div%1><h1>見出し</h1></div>"_s.arg(kNs) << u"<div><p><b>見出し</b></p></div>"_s << 0
        << false;
    QTest::newRow("markup in text is escaped") << u"<div%1>a &lt;b&gt; &amp; c</div>"_s.arg(kNs)
                                               << u"<div>a &lt;b&gt; &amp; c</div>"_s << 0 << false;
    QTest::newRow("not well formed: plain text")
        << u"<div><p>未閉じ</div>"_s << u"plain &lt;text&gt;<br>two"_s << 0 << true;
    QTest::newRow("empty: the plain text")
        << QString() << u"plain &lt;text&gt;<br>two"_s << 0 << false;
}

void TestNarrativeHtml::sanitize()
{
    QFETCH(QString, xhtml);
    QFETCH(QString, html);
    QFETCH(int, images);
    QFETCH(bool, fellBack);
    const auto safe = sanitizeNarrative(xhtml, u"plain <text>\ntwo"_s);
    QCOMPARE(safe.html, html);
    QCOMPARE(safe.removedImages, images);
    QCOMPARE(safe.fellBack, fellBack);
}

// Whatever the input, the rendered document asks for no resource.
class RecordingDocument : public QTextDocument {
public:
    QStringList asked;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        asked.append(name.toString());
        return QTextDocument::loadResource(type, name);
    }
};

void TestNarrativeHtml::nothingToLoad()
{
    const QString hostile = u"<div%1><img src=\"http://example.invalid/a.png\"/>"
                            "<link rel=\"stylesheet\" href=\"http://example.invalid/s.css\"/>"
                            "<p style=\"background-image:url(http://example.invalid/b.png)\">x</p>"
                            "<table background=\"http://example.invalid/c.png\"><tr><td>y</td></tr>"
                            "</table><object data=\"http://example.invalid/o\"/></div>"_s.arg(kNs);
    const auto safe = sanitizeNarrative(hostile, {});
    QVERIFY(!safe.html.contains(u"example.invalid"_s));
    RecordingDocument doc;
    doc.setHtml(safe.html);
    QVERIFY2(doc.asked.isEmpty(), qPrintable(doc.asked.join(u", "_s)));
    QVERIFY(doc.toPlainText().contains(u'x'));
    QVERIFY(doc.toPlainText().contains(u'y'));
}

QTEST_MAIN(TestNarrativeHtml)
#include "tst_narrativehtml.moc"
