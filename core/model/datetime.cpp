#include "model/datetime.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace renkei::model {

namespace {

// Japan Standard Time: FHIR dates without an offset from a Japanese network mean local time.
QTimeZone japanTime()
{
    return QTimeZone(9 * 3600);
}

} // namespace

PartialDateTime PartialDateTime::fromDate(QDate date)
{
    PartialDateTime p;
    if (date.isValid()) {
        p.m_value = QDateTime(date, QTime(0, 0), japanTime());
        p.m_precision = Precision::Day;
    }
    return p;
}

PartialDateTime PartialDateTime::fromDateTime(const QDateTime &dateTime)
{
    PartialDateTime p;
    if (dateTime.isValid()) {
        p.m_value = dateTime;
        p.m_precision = dateTime.time().msec() != 0 ? Precision::Millisecond : Precision::Second;
    }
    return p;
}

PartialDateTime PartialDateTime::parse(const QString &text)
{
    // FHIR R4 dateTime: YYYY(-MM(-DD(Thh:mm:ss(.sss)(Z|(+|-)hh:mm))?)?)?; we also accept a
    // missing seconds field and a missing offset on a time (both seen in the wild).
    static const QRegularExpression re(
        uR"(^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)"
        uR"((Z|[+-]\d{2}:?\d{2})?)?)?)?$)"_s);
    const auto m = re.match(text.trimmed());
    PartialDateTime p;
    if (!m.hasMatch())
        return p;
    const int year = m.capturedView(1).toInt();
    const int month = m.hasCaptured(2) ? m.capturedView(2).toInt() : 1;
    const int day = m.hasCaptured(3) ? m.capturedView(3).toInt() : 1;
    const QDate date(year, month, day);
    if (!date.isValid())
        return p;
    QTimeZone zone = japanTime();
    if (m.hasCaptured(8)) {
        const QString off = m.captured(8);
        if (off == u"Z"_s) {
            zone = QTimeZone::utc();
        } else {
            const QString digits = off.mid(1).remove(u':');
            const int seconds = (digits.left(2).toInt() * 60 + digits.mid(2, 2).toInt()) * 60;
            if (digits.left(2).toInt() > 14 || digits.mid(2, 2).toInt() > 59)
                return p;
            zone = QTimeZone(off.startsWith(u'-') ? -seconds : seconds);
        }
    }
    QTime time(0, 0);
    Precision precision = !m.hasCaptured(2) ? Precision::Year
                          : !m.hasCaptured(3) ? Precision::Month
                                              : Precision::Day;
    if (m.hasCaptured(4)) {
        int msec = 0;
        if (m.hasCaptured(7))
            msec = m.captured(7).left(3).leftJustified(3, u'0').toInt();
        time = QTime(m.capturedView(4).toInt(), m.capturedView(5).toInt(),
                     m.hasCaptured(6) ? m.capturedView(6).toInt() : 0, msec);
        if (!time.isValid())
            return p;
        precision = m.hasCaptured(7)   ? Precision::Millisecond
                    : m.hasCaptured(6) ? Precision::Second
                                       : Precision::Minute;
    }
    p.m_value = QDateTime(date, time, zone);
    p.m_precision = precision;
    return p;
}

QString PartialDateTime::toIso() const
{
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return m_value.toString(u"yyyy"_s);
    case Precision::Month:
        return m_value.toString(u"yyyy-MM"_s);
    case Precision::Day:
        return m_value.toString(u"yyyy-MM-dd"_s);
    case Precision::Minute:
    case Precision::Second:
        return m_value.toString(Qt::ISODate);
    case Precision::Millisecond:
        return m_value.toString(Qt::ISODateWithMs);
    }
    return {};
}

bool PartialDateTime::operator<(const PartialDateTime &other) const
{
    if (m_value != other.m_value)
        return m_value < other.m_value;
    return m_precision < other.m_precision;
}

} // namespace renkei::model
