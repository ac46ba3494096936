#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace renkei::model {

// A FHIR date or dateTime keeps its precision: "2021", "2021-07", "2021-07-05" and
// "2021-07-05T11:19:41+09:00" are different statements and must print as such.
class PartialDateTime {
public:
    enum class Precision { None, Year, Month, Day, Minute, Second, Millisecond };

    PartialDateTime() = default;
    static PartialDateTime fromDate(QDate date);
    static PartialDateTime fromDateTime(const QDateTime &dateTime);
    // Parses the FHIR R4 date / dateTime / instant grammar; an invalid string gives isNull().
    static PartialDateTime parse(const QString &text);

    bool isNull() const { return m_precision == Precision::None; }
    Precision precision() const { return m_precision; }
    bool hasTime() const { return m_precision >= Precision::Minute; }

    // The earliest instant the value can mean (a date means its first moment, in its own
    // offset, or Japan time when none is given).
    QDateTime start() const { return m_value; }
    QDate date() const { return m_value.date(); }
    // ISO 8601 text at the value's own precision and offset.
    QString toIso() const;

    bool operator==(const PartialDateTime &other) const
    {
        return m_precision == other.m_precision && m_value == other.m_value;
    }
    // Orders by start instant, then by precision.
    bool operator<(const PartialDateTime &other) const;

private:
    QDateTime m_value;
    Precision m_precision = Precision::None;
};

struct Period {
    PartialDateTime start;
    PartialDateTime end;
    bool isNull() const { return start.isNull() && end.isNull(); }
    bool operator==(const Period &) const = default;
};

} // namespace renkei::model
