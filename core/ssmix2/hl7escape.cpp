#include "ssmix2/hl7escape.h"

#include <QByteArray>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ssmix2 {

namespace {

// The delimiter named by a one-letter escape (F, S, T, R, E), or a null QChar.
QChar namedDelimiter(QStringView name, const Delimiters &d)
{
    if (name.size() != 1)
        return {};
    switch (name.at(0).unicode()) {
    case u'F':
        return d.field;
    case u'S':
        return d.component;
    case u'T':
        return d.subComponent;
    case u'R':
        return d.repetition;
    case u'E':
        return d.escape;
    default:
        return {};
    }
}

// The letter that names `c` as a delimiter of `d`, or a null QChar.
QChar delimiterName(QChar c, const Delimiters &d)
{
    if (c.isNull())
        return {};
    if (c == d.field)
        return u'F';
    if (c == d.component)
        return u'S';
    if (c == d.subComponent)
        return u'T';
    if (c == d.repetition)
        return u'R';
    if (c == d.escape)
        return u'E';
    return {};
}

QString decodeHex(QStringView hex)
{
    if (hex.size() % 2 != 0)
        return {};
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    if (bytes.size() * 2 != hex.size())
        return {};
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

bool isHex(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!c.isDigit() && !(c >= u'A' && c <= u'F') && !(c >= u'a' && c <= u'f'))
            return false;
    }
    return true;
}

// Walks `raw`, calling onText for ordinary characters and onEscape for each complete escape
// sequence (its name, without the escape characters).
template <typename OnChar, typename OnEscape>
void walk(QStringView raw, const Delimiters &d, OnChar onChar, OnEscape onEscape)
{
    const qsizetype n = raw.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = raw.at(i);
        if (d.escape.isNull() || c != d.escape) {
            onChar(c);
            continue;
        }
        const qsizetype close = raw.indexOf(d.escape, i + 1);
        if (close < 0) {
            onChar(c);
            continue;
        }
        onEscape(raw.mid(i + 1, close - i - 1));
        i = close;
    }
}

} // namespace

QString unescape(QStringView raw, const Delimiters &d)
{
    if (raw == u"\"\"")
        return {};
    if (d.escape.isNull() || !raw.contains(d.escape))
        return raw.toString();
    QString out;
    out.reserve(raw.size());
    walk(
        raw, d, [&out](QChar c) { out.append(c); },
        [&out, &d](QStringView name) {
            if (const QChar c = namedDelimiter(name, d); !c.isNull()) {
                out.append(c);
            } else if (name.startsWith(u'X') && name.size() % 2 == 1 && isHex(name.mid(1))) {
                out.append(decodeHex(name.mid(1)));
            } else {
                out.append(d.escape);
                out.append(name);
                out.append(d.escape);
            }
        });
    return out;
}

QString escape(QStringView text, const Delimiters &d)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (const QChar name = delimiterName(c, d); !name.isNull()) {
            out.append(d.escape);
            out.append(name);
            out.append(d.escape);
        } else if ((c == u'\r' || c == u'\n') && !d.escape.isNull()) {
            out.append(d.escape);
            out.append(c == u'\r' ? u"X0D"_s : u"X0A"_s);
            out.append(d.escape);
        } else {
            out.append(c);
        }
    }
    return out;
}

QString transcode(QStringView raw, const Delimiters &from, const Delimiters &to)
{
    QString out;
    out.reserve(raw.size());
    walk(
        raw, from,
        [&](QChar c) {
            const QChar fromName = delimiterName(c, from);
            const QChar mapped = fromName.isNull() || fromName == u'E'
                ? QChar()
                : namedDelimiter(QStringView(&fromName, 1), to);
            if (!mapped.isNull()) {
                out.append(mapped);
            } else if (const QChar toName = delimiterName(c, to); !toName.isNull()) {
                // An ordinary character here that is a delimiter in the target.
                out.append(to.escape);
                out.append(toName);
                out.append(to.escape);
            } else {
                out.append(c);
            }
        },
        [&](QStringView name) {
            // \F\ means "the character that is the field separator of `from`": that character,
            // written as the target needs it. Other sequences keep their name.
            const QChar literal = namedDelimiter(name, from);
            const QChar toName = delimiterName(literal, to);
            if (!literal.isNull() && toName.isNull()) {
                out.append(literal);
                return;
            }
            out.append(to.escape);
            if (literal.isNull())
                out.append(name);
            else
                out.append(toName);
            out.append(to.escape);
        });
    return out;
}

} // namespace renkei::ssmix2
