#include "fhir/mappers.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace renkei::fhir::detail {

namespace {

// Elements after which text starts on a new line.
bool isBlock(const QString &name)
{
    static const QSet<QString> blocks
        = { u"p"_s, u"div"_s, u"li"_s, u"tr"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s,
              u"h6"_s, u"table"_s, u"ul"_s, u"ol"_s, u"pre"_s, u"blockquote"_s };
    return blocks.contains(name);
}

QString decodeEntity(const QString &entity)
{
    static const QHash<QString, QString> named = {
        { u"amp"_s, u"&"_s },
        { u"lt"_s, u"<"_s },
        { u"gt"_s, u">"_s },
        { u"quot"_s, u"\""_s },
        { u"apos"_s, u"'"_s },
        { u"nbsp"_s, u" "_s },
    };
    if (entity.startsWith(u'#')) {
        bool ok = false;
        const bool hex = entity.size() > 1 && (entity.at(1) == u'x' || entity.at(1) == u'X');
        const uint code = hex ? entity.mid(2).toUInt(&ok, 16) : entity.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return QString(QChar::ReplacementCharacter);
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    return named.value(entity, u'&' + entity + u';');
}

void newline(QString &out)
{
    if (!out.isEmpty() && !out.endsWith(u'\n'))
        out += u'\n';
}

// The element name of a tag's inside ("/p", "br/", "div class=..."), lower case.
QString tagName(QStringView inside)
{
    qsizetype i = inside.startsWith(u'/') ? 1 : 0;
    qsizetype j = i;
    while (j < inside.size() && inside.at(j).isLetterOrNumber())
        ++j;
    QString name = inside.mid(i, j - i).toString().toLower();
    const qsizetype colon = name.indexOf(u':');
    return colon >= 0 ? name.mid(colon + 1) : name;
}

} // namespace

QString narrativeText(const QString &xhtml)
{
    QString out;
    out.reserve(xhtml.size());
    qsizetype i = 0;
    while (i < xhtml.size()) {
        const QChar c = xhtml.at(i);
        if (c == u'<') {
            const qsizetype close = xhtml.indexOf(u'>', i);
            if (close < 0)
                break;
            const QStringView inside = QStringView(xhtml).mid(i + 1, close - i - 1);
            const QString name = tagName(inside);
            if (name == u"br"_s)
                out += u'\n';
            else if (isBlock(name))
                newline(out);
            i = close + 1;
        } else if (c == u'&') {
            const qsizetype semi = xhtml.indexOf(u';', i);
            if (semi < 0 || semi - i > 10) {
                out += c;
                ++i;
                continue;
            }
            out += decodeEntity(xhtml.mid(i + 1, semi - i - 1));
            i = semi + 1;
        } else if (c == u' ' || c == u'\r' || c == u'\n' || c == u'\t') {
            if (!out.isEmpty() && !out.endsWith(u' ') && !out.endsWith(u'\n'))
                out += u' ';
            ++i;
        } else {
            out += c;
            ++i;
        }
    }
    QStringList lines = out.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    lines.removeAll(QString());
    return lines.join(u'\n');
}

} // namespace renkei::fhir::detail
