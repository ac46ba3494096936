#include "views/docs/narrativehtml.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

// Elements kept as they are (lower case, no namespace prefix).
const QSet<QString> &keptElements()
{
    static const QSet<QString> kept { u"p"_s, u"br"_s, u"b"_s, u"strong"_s, u"i"_s, u"em"_s, u"u"_s,
        u"ul"_s, u"ol"_s, u"li"_s, u"table"_s, u"thead"_s, u"tbody"_s, u"tfoot"_s, u"tr"_s, u"td"_s,
        u"th"_s, u"caption"_s, u"span"_s, u"div"_s, u"sub"_s, u"sup"_s, u"pre"_s, u"code"_s,
        u"dl"_s, u"dt"_s, u"dd"_s, u"hr"_s };
    return kept;
}

// Elements left out with everything inside them.
const QSet<QString> &droppedElements()
{
    static const QSet<QString> dropped { u"script"_s, u"style"_s, u"object"_s, u"embed"_s,
        u"iframe"_s, u"form"_s, u"input"_s, u"button"_s, u"select"_s, u"textarea"_s, u"audio"_s,
        u"video"_s, u"svg"_s, u"math"_s, u"link"_s, u"meta"_s, u"base"_s, u"head"_s, u"title"_s,
        u"frame"_s, u"frameset"_s, u"applet"_s };
    return dropped;
}

bool isSpan(const QString &value)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    return ok && n >= 1 && n <= 50;
}

QString escapedPlain(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

SafeNarrative sanitizeNarrative(const QString &xhtml, const QString &plainFallback)
{
    SafeNarrative out;
    if (xhtml.trimmed().isEmpty()) {
        out.html = escapedPlain(plainFallback);
        return out;
    }
    QXmlStreamReader xml(xhtml);
    QString html;
    int skipDepth = 0; // > 0 while inside a dropped element
    QList<QString> open; // what was written for each open element ("" when nothing)
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QString name = xml.name().toString().toLower();
            if (skipDepth > 0 || droppedElements().contains(name)) {
                ++skipDepth;
                break;
            }
            if (name == u"img"_s) {
                ++out.removedImages;
                html += u"<i>"_s
                    + QCoreApplication::translate("renkei::ui::DocumentReader", "[image not shown]")
                          .toHtmlEscaped()
                    + u"</i>"_s;
                open.append(QString());
                break;
            }
            if (name.size() == 2 && name.front() == u'h' && name.back() >= u'1'
                && name.back() <= u'6') {
                html += u"<p><b>"_s;
                open.append(u"</b></p>"_s);
                break;
            }
            if (!keptElements().contains(name)) {
                open.append(QString()); // a, font, abbr, ...: only the text inside
                break;
            }
            html += u'<' + name;
            if (name == u"table"_s)
                html += u" border=\"1\" cellspacing=\"0\" cellpadding=\"4\""_s;
            if (name == u"td"_s || name == u"th"_s) {
                for (const QString &attr : { u"colspan"_s, u"rowspan"_s }) {
                    const QString value = xml.attributes().value(attr).toString();
                    if (isSpan(value))
                        html += u' ' + attr + u"=\""_s + value + u'"';
                }
            }
            html += u'>';
            const bool empty = name == u"br"_s || name == u"hr"_s;
            open.append(empty ? QString() : u"</"_s + name + u'>');
            break;
        }
        case QXmlStreamReader::EndElement:
            if (skipDepth > 0) {
                --skipDepth;
                break;
            }
            if (!open.isEmpty())
                html += open.takeLast();
            break;
        case QXmlStreamReader::Characters:
            if (skipDepth == 0)
                html += xml.text().toString().toHtmlEscaped();
            break;
        default:
            break;
        }
    }
    if (xml.hasError()) {
        out.fellBack = true;
        out.removedImages = 0;
        out.html = escapedPlain(plainFallback);
        return out;
    }
    out.html = html;
    return out;
}

} // namespace renkei::ui
