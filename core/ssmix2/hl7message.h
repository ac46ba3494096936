#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// An HL7 v2.x message as text (already decoded to Unicode: see hl7reader.h for bytes).
//
// Numbering follows HL7, so that code reads like the specifications:
//   - segment fields are 1-based: PID-5 is `segment(u"PID").field(5)`; field(0) is the segment
//     name. In MSH, MSH-1 is the field separator itself and MSH-2 the encoding characters, so
//     MSH-9 is `field(9)` exactly as the tables say;
//   - repetitions are 0-based (`repetition(0)` is the first; HL7 does not number them);
//   - components and sub-components are 1-based (PID-5.1 is `component(1)`).
// Out-of-range accessors return empty elements, never fail. Text is stored as received (escaped)
// and unescaped only by value(), so parse → encode gives back the same text.
namespace renkei::ssmix2 {

struct Delimiters {
    QChar field = u'|';
    QChar component = u'^';
    QChar repetition = u'~';
    QChar escape = u'\\';
    QChar subComponent = u'&';

    // MSH-2 as it would be written: component, repetition, escape, sub-component.
    QString encodingCharacters() const;
    // From MSH-1 and MSH-2; fewer than four encoding characters leave the missing ones unused
    // (a null QChar never matches). False when the characters repeat or are alphanumeric.
    static bool fromMsh(QChar fieldSeparator, QStringView encodingCharacters, Delimiters *out);
    bool isDelimiter(QChar c) const;
    bool operator==(const Delimiters &) const = default;
};

// One level of an element: the raw (escaped) text and the delimiters that split it.
class Element {
public:
    Element() = default;
    Element(QString raw, const Delimiters &delimiters)
        : m_raw(std::move(raw))
        , m_delimiters(delimiters)
    {
    }
    const QString &raw() const { return m_raw; }
    // The text with escape sequences resolved (see hl7escape.h). `""` (HL7 null) gives "".
    QString value() const;
    bool isEmpty() const { return m_raw.isEmpty(); }
    // The HL7 explicit null `""` ("delete the value"), distinct from an empty (absent) value.
    bool isNull() const { return m_raw == u"\"\""; }

protected:
    QString part(QChar separator, int index) const;
    int partCount(QChar separator) const;

    QString m_raw;
    Delimiters m_delimiters;
};

class SubComponent : public Element {
public:
    using Element::Element;
};

class Component : public Element {
public:
    using Element::Element;
    SubComponent subComponent(int n) const; // 1-based
    int subComponentCount() const;
};

class Repetition : public Element {
public:
    using Element::Element;
    Component component(int n) const; // 1-based
    int componentCount() const;
};

class Field : public Element {
public:
    using Element::Element;
    // MSH-1 and MSH-2 are literal: they have no repetitions or components.
    static Field literal(QString raw, const Delimiters &delimiters);
    Repetition repetition(int i) const; // 0-based
    int repetitionCount() const;
    QList<Repetition> repetitions() const;
    // Shortcuts into the first repetition.
    Component component(int n) const { return repetition(0).component(n); }
};

class Segment {
public:
    Segment() = default;
    Segment(QStringList fields, const Delimiters &delimiters);

    QString name() const { return m_fields.value(0); }
    bool isValid() const { return !m_fields.isEmpty(); }
    // The highest field number present (MSH counts MSH-1).
    int fieldCount() const { return int(m_fields.size()) - 1; }
    Field field(int n) const; // 1-based, see above
    // The unescaped text of field-component-subcomponent of the first repetition, e.g.
    // text(5, 1) is PID-5.1. The most common accessor in the mappers.
    QString text(int field, int component = 1, int subComponent = 1) const;

    // Builders: the raw (already escaped) field, or a value that is escaped on the way in and
    // put at field/repetition/component/sub-component, creating empty places as needed.
    void setRawField(int n, const QString &raw);
    void setValue(int field, int repetition, int component, int subComponent, const QString &value);

    QString encode() const;
    const QStringList &rawFields() const { return m_fields; }

private:
    QStringList m_fields; // [0] is the name; MSH: [1] the field separator, [2] MSH-2
    Delimiters m_delimiters;
};

class Message {
public:
    Message() = default;
    explicit Message(const Delimiters &delimiters)
        : m_delimiters(delimiters)
    {
    }

    const Delimiters &delimiters() const { return m_delimiters; }
    const QList<Segment> &segments() const { return m_segments; }
    // The first segment with this name, or an invalid (empty) segment.
    Segment segment(QStringView name) const;
    QList<Segment> segments(QStringView name) const;

    // MSH-9.1 and MSH-9.2, e.g. "RDE" and "O11".
    QString messageCode() const;
    QString triggerEvent() const;

    // Appends a segment named `name`; MSH gets its MSH-1 and MSH-2 from the delimiters.
    Segment &addSegment(const QString &name);
    void appendSegment(Segment segment) { m_segments.append(std::move(segment)); }

    // Segments joined by CR (the HL7 segment terminator), one after the last.
    QString encode() const;
    // The same message written with other delimiters: separators are swapped, escape sequences
    // rewritten with the new escape character, and characters that became delimiters escaped.
    Message withDelimiters(const Delimiters &target) const;

private:
    Delimiters m_delimiters;
    QList<Segment> m_segments;
};

// Splits decoded message text into segments (CR, CRLF or LF terminated; empty lines and MLLP
// framing bytes 0x0B / 0x1C are ignored). The text must start with "MSH" + field separator +
// encoding characters; on failure returns false and sets `error` (no patient data in it).
bool parseMessageText(QStringView text, Message *out, QString *error);

} // namespace renkei::ssmix2
