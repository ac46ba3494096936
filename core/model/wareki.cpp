#include "model/wareki.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace renkei::model {

namespace {

struct Era {
    QStringList names; // the full name first, then its one-character and letter forms
    QChar letter;
    QDate start;
};

// The eras since the Gregorian calendar (明治6年, 1873) as Japan dates them; 明治 from the
// Gregorian equivalent of its first day so that older birth dates still convert.
const std::array<Era, 5> &eras()
{
    static const std::array<Era, 5> list { {
        { { u"明治"_s, u"明"_s, u"M"_s }, u'M', QDate(1868, 1, 25) },
        { { u"大正"_s, u"大"_s, u"T"_s }, u'T', QDate(1912, 7, 30) },
        { { u"昭和"_s, u"昭"_s, u"S"_s }, u'S', QDate(1926, 12, 25) },
        { { u"平成"_s, u"平"_s, u"H"_s }, u'H', QDate(1989, 1, 8) },
        { { u"令和"_s, u"令"_s, u"R"_s }, u'R', QDate(2019, 5, 1) },
    } };
    return list;
}

int eraIndexOf(QDate date)
{
    const auto &list = eras();
    for (int i = int(list.size()) - 1; i >= 0; --i) {
        if (date >= list[size_t(i)].start)
            return i;
    }
    return -1;
}

// The era named by `name` (any form, letters in either case), or -1.
int eraNamed(const QString &name)
{
    const auto &list = eras();
    for (size_t i = 0; i < list.size(); ++i) {
        for (const QString &form : list[i].names) {
            if (name.compare(form, Qt::CaseInsensitive) == 0)
                return int(i);
        }
    }
    return -1;
}

std::optional<TypedDate> makeDate(int year, int month, int day)
{
    TypedDate result;
    if (month == 0) {
        result.precision = TypedDate::Precision::Year;
        month = day = 1;
    } else if (day == 0) {
        result.precision = TypedDate::Precision::Month;
        day = 1;
    }
    result.date = QDate(year, month, day);
    if (!result.date.isValid())
        return std::nullopt;
    return result;
}

// The last day a value at this precision can mean (an era check needs the whole span).
QDate lastDay(const TypedDate &value)
{
    switch (value.precision) {
    case TypedDate::Precision::Year:
        return QDate(value.date.year(), 12, 31);
    case TypedDate::Precision::Month:
        return value.date.addMonths(1).addDays(-1);
    case TypedDate::Precision::Day:
        break;
    }
    return value.date;
}

} // namespace

QString TypedDate::toFhirDate() const
{
    switch (precision) {
    case Precision::Year:
        return date.toString(u"yyyy"_s);
    case Precision::Month:
        return date.toString(u"yyyy-MM"_s);
    case Precision::Day:
        break;
    }
    return date.toString(Qt::ISODate);
}

std::optional<TypedDate> parseTypedDate(const QString &text)
{
    // Full-width digits, letters and punctuation become ASCII; 年 and 月 become separators.
    QString s = text.normalized(QString::NormalizationForm_KC).trimmed();
    s.remove(QRegularExpression(u"\\s+"_s));
    s.replace(u'年', u'/').replace(u'月', u'/');
    if (s.endsWith(u'日'))
        s.chop(1);
    s.replace(u'.', u'/').replace(u'-', u'/');
    while (s.endsWith(u'/'))
        s.chop(1);
    if (s.isEmpty())
        return std::nullopt;

    // 19700301
    static const QRegularExpression compact(u"^(\\d{4})(\\d{2})(\\d{2})$"_s);
    if (const auto m = compact.match(s); m.hasMatch())
        return makeDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());

    static const QRegularExpression parts(
        u"^(明治|大正|昭和|平成|令和|明|大|昭|平|令|[MTSHRmtshr])?(元|\\d{1,4})"
        u"(?:/(\\d{1,2})(?:/(\\d{1,2}))?)?$"_s);
    const auto m = parts.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const QString eraName = m.captured(1);
    const QString yearText = m.captured(2);
    const int month = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    const int day = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
    if ((m.capturedLength(3) > 0 && month == 0) || (m.capturedLength(4) > 0 && day == 0))
        return std::nullopt;

    if (eraName.isEmpty()) {
        if (yearText.size() != 4)
            return std::nullopt; // "45/3/1": which era?
        return makeDate(yearText.toInt(), month, day);
    }

    const int era = eraNamed(eraName);
    const int eraYear = yearText == u"元"_s ? 1 : yearText.toInt();
    if (era < 0 || eraYear < 1 || yearText.size() > 2)
        return std::nullopt;
    const Era &e = eras()[size_t(era)];
    auto result = makeDate(e.start.year() + eraYear - 1, month, day);
    if (!result)
        return std::nullopt;
    // Inside its era: from the era's first day to the day before the next era.
    if (lastDay(*result) < e.start)
        return std::nullopt;
    if (size_t(era) + 1 < eras().size() && result->date >= eras()[size_t(era) + 1].start)
        return std::nullopt;
    if (result->date < e.start)
        result->date = e.start; // "S1" and "S1/12": 昭和 began on the 25th
    return result;
}

QString warekiLong(QDate date)
{
    const int era = eraIndexOf(date);
    if (era < 0)
        return {};
    const Era &e = eras()[size_t(era)];
    const int year = date.year() - e.start.year() + 1;
    const QString yearText = year == 1 ? u"元"_s : QString::number(year);
    return u"%1%2年%3月%4日"_s.arg(e.names.first(), yearText).arg(date.month()).arg(date.day());
}

QString warekiShort(QDate date)
{
    const int era = eraIndexOf(date);
    if (era < 0)
        return {};
    const Era &e = eras()[size_t(era)];
    return u"%1%2.%3.%4"_s.arg(e.letter)
        .arg(date.year() - e.start.year() + 1)
        .arg(date.month())
        .arg(date.day());
}

} // namespace renkei::model
