#include "ssmix2/hl7message.h"

#include "ssmix2/hl7escape.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::ssmix2 {

namespace {

// No delimiters at all: an element built with these never splits (MSH-1, MSH-2).
constexpr Delimiters kNone { QChar(), QChar(), QChar(), QChar(), QChar() };

bool isForbiddenDelimiter(QChar c)
{
    return c.isNull() || c.isLetterOrNumber() || c == u'\r' || c == u'\n' || c.isSpace();
}

QStringList splitPadded(const QString &raw, QChar separator, qsizetype minimumSize)
{
    QStringList parts = separator.isNull() ? QStringList { raw } : raw.split(separator);
    while (parts.size() < minimumSize)
        parts.append(QString());
    return parts;
}

bool isMshForm(const QStringList &fields, const Delimiters &d)
{
    return fields.size() >= 2 && fields.at(0) == u"MSH" && fields.at(1) == QString(d.field);
}

} // namespace

QString Delimiters::encodingCharacters() const
{
    QString out;
    for (QChar c : { component, repetition, escape, subComponent }) {
        if (!c.isNull())
            out.append(c);
    }
    return out;
}

bool Delimiters::fromMsh(QChar fieldSeparator, QStringView encodingCharacters, Delimiters *out)
{
    // A fifth character (the v2.7 truncation character) is ignored.
    const QStringView chars = encodingCharacters.left(4);
    if (isForbiddenDelimiter(fieldSeparator) || chars.isEmpty())
        return false;
    QString seen(fieldSeparator);
    for (QChar c : chars) {
        if (isForbiddenDelimiter(c) || seen.contains(c))
            return false;
        seen.append(c);
    }
    Delimiters d { fieldSeparator, chars.at(0), QChar(), QChar(), QChar() };
    if (chars.size() > 1)
        d.repetition = chars.at(1);
    if (chars.size() > 2)
        d.escape = chars.at(2);
    if (chars.size() > 3)
        d.subComponent = chars.at(3);
    *out = d;
    return true;
}

bool Delimiters::isDelimiter(QChar c) const
{
    return !c.isNull()
        && (c == field || c == component || c == repetition || c == escape || c == subComponent);
}

QString Element::value() const
{
    return unescape(m_raw, m_delimiters);
}

QString Element::part(QChar separator, int index) const
{
    if (index < 0)
        return {};
    if (separator.isNull())
        return index == 0 ? m_raw : QString();
    qsizetype start = 0;
    for (int i = 0; i < index; ++i) {
        const qsizetype next = m_raw.indexOf(separator, start);
        if (next < 0)
            return {};
        start = next + 1;
    }
    const qsizetype end = m_raw.indexOf(separator, start);
    return m_raw.mid(start, end < 0 ? -1 : end - start);
}

int Element::partCount(QChar separator) const
{
    if (m_raw.isEmpty())
        return 0;
    return separator.isNull() ? 1 : int(m_raw.count(separator)) + 1;
}

SubComponent Component::subComponent(int n) const
{
    return SubComponent(part(m_delimiters.subComponent, n - 1), m_delimiters);
}

int Component::subComponentCount() const
{
    return partCount(m_delimiters.subComponent);
}

Component Repetition::component(int n) const
{
    return Component(part(m_delimiters.component, n - 1), m_delimiters);
}

int Repetition::componentCount() const
{
    return partCount(m_delimiters.component);
}

Field Field::literal(QString raw, const Delimiters &)
{
    return Field(std::move(raw), kNone);
}

Repetition Field::repetition(int i) const
{
    return Repetition(part(m_delimiters.repetition, i), m_delimiters);
}

int Field::repetitionCount() const
{
    return partCount(m_delimiters.repetition);
}

QList<Repetition> Field::repetitions() const
{
    QList<Repetition> out;
    const int count = repetitionCount();
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(repetition(i));
    return out;
}

Segment::Segment(QStringList fields, const Delimiters &delimiters)
    : m_fields(std::move(fields))
    , m_delimiters(delimiters)
{
}

Field Segment::field(int n) const
{
    if (n < 0 || n >= m_fields.size())
        return Field(QString(), m_delimiters);
    if ((n == 1 || n == 2) && isMshForm(m_fields, m_delimiters))
        return Field::literal(m_fields.at(n), m_delimiters);
    return Field(m_fields.at(n), m_delimiters);
}

QString Segment::text(int fieldNumber, int component, int subComponent) const
{
    return field(fieldNumber).component(component).subComponent(subComponent).value();
}

void Segment::setRawField(int n, const QString &raw)
{
    if (n < 1)
        return;
    while (m_fields.size() <= n)
        m_fields.append(QString());
    m_fields[n] = raw;
}

void Segment::setValue(
    int fieldNumber, int repetition, int component, int subComponent, const QString &value)
{
    if (fieldNumber < 1 || repetition < 0 || component < 1 || subComponent < 1)
        return;
    if (fieldNumber <= 2 && isMshForm(m_fields, m_delimiters))
        return; // MSH-1 and MSH-2 come from the delimiters
    const Delimiters &d = m_delimiters;
    while (m_fields.size() <= fieldNumber)
        m_fields.append(QString());
    QStringList reps = splitPadded(m_fields.at(fieldNumber), d.repetition, repetition + 1);
    QStringList comps = splitPadded(reps.at(repetition), d.component, component);
    QStringList subs = splitPadded(comps.at(component - 1), d.subComponent, subComponent);
    subs[subComponent - 1] = escape(value, d);
    comps[component - 1] = subs.join(d.subComponent);
    reps[repetition] = comps.join(d.component);
    m_fields[fieldNumber] = reps.join(d.repetition);
}

QString Segment::encode() const
{
    if (m_fields.isEmpty())
        return {};
    const QChar sep = m_delimiters.field;
    QString out = m_fields.at(0);
    // MSH-1 is the separator itself: it is written by the loop's first separator.
    const qsizetype first = isMshForm(m_fields, m_delimiters) ? 2 : 1;
    for (qsizetype i = first; i < m_fields.size(); ++i) {
        out.append(sep);
        out.append(m_fields.at(i));
    }
    return out;
}

Segment Message::segment(QStringView name) const
{
    for (const Segment &s : m_segments) {
        if (s.name() == name)
            return s;
    }
    return Segment({}, m_delimiters);
}

QList<Segment> Message::segments(QStringView name) const
{
    QList<Segment> out;
    for (const Segment &s : m_segments) {
        if (s.name() == name)
            out.append(s);
    }
    return out;
}

QString Message::messageCode() const
{
    return segment(u"MSH").text(9, 1);
}

QString Message::triggerEvent() const
{
    return segment(u"MSH").text(9, 2);
}

Segment &Message::addSegment(const QString &name)
{
    QStringList fields { name };
    if (name == u"MSH")
        fields << QString(m_delimiters.field) << m_delimiters.encodingCharacters();
    m_segments.append(Segment(fields, m_delimiters));
    return m_segments.last();
}

QString Message::encode() const
{
    QString out;
    for (const Segment &s : m_segments) {
        out.append(s.encode());
        out.append(u'\r');
    }
    return out;
}

Message Message::withDelimiters(const Delimiters &target) const
{
    Message out(target);
    for (const Segment &s : m_segments) {
        QStringList fields = s.rawFields();
        qsizetype first = 1;
        if (isMshForm(fields, m_delimiters)) {
            fields[1] = QString(target.field);
            if (fields.size() > 2)
                fields[2] = target.encodingCharacters();
            first = 3;
        }
        for (qsizetype i = first; i < fields.size(); ++i)
            fields[i] = transcode(fields.at(i), m_delimiters, target);
        out.m_segments.append(Segment(fields, target));
    }
    return out;
}

bool parseMessageText(QStringView text, Message *out, QString *error)
{
    // MLLP framing (0x0B … 0x1C CR), a byte-order mark and blank lines are not part of HL7.
    const auto isFraming
        = [](QChar c) { return c == QChar(0x0B) || c == QChar(0x1C) || c == QChar(0xFEFF); };
    qsizetype begin = 0;
    while (begin < text.size()
        && (isFraming(text.at(begin)) || text.at(begin) == u'\r' || text.at(begin) == u'\n'))
        ++begin;
    text = text.mid(begin);
    if (text.size() < 5 || !text.startsWith(u"MSH")) {
        *error = u"the message does not start with an MSH segment"_s;
        return false;
    }
    const QChar fieldSeparator = text.at(3);
    qsizetype encEnd = 4;
    while (encEnd < text.size() && text.at(encEnd) != fieldSeparator && text.at(encEnd) != u'\r'
        && text.at(encEnd) != u'\n')
        ++encEnd;
    Delimiters d;
    if (!Delimiters::fromMsh(fieldSeparator, text.mid(4, encEnd - 4), &d)) {
        *error = u"MSH-1/MSH-2 do not define a usable set of delimiters"_s;
        return false;
    }
    Message message(d);
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = pos;
        while (end < text.size() && text.at(end) != u'\r' && text.at(end) != u'\n')
            ++end;
        QStringView line = text.mid(pos, end - pos);
        while (!line.isEmpty() && isFraming(line.back()))
            line.chop(1);
        while (!line.isEmpty() && isFraming(line.front()))
            line = line.mid(1);
        pos = end + 1;
        if (line.trimmed().isEmpty())
            continue;
        QStringList fields = line.toString().split(fieldSeparator);
        if (fields.at(0) == u"MSH" && line.size() > 3 && line.at(3) == fieldSeparator)
            fields.insert(1, QString(fieldSeparator));
        message.appendSegment(Segment(std::move(fields), d));
    }
    *out = std::move(message);
    return true;
}

} // namespace renkei::ssmix2
