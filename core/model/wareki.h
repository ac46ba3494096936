#pragma once

#include <QDate>
#include <QString>

#include <optional>

// Dates as Japanese users type them (issue 6 §1): 西暦 (1970/03/01, 1970-3-1, 19700301,
// 1970年3月1日) or 和暦 (S45.3.1, 昭和45年3月1日, 昭45/3/1, 平成元年…), full-width digits and
// letters too; a year or a year and month alone for searches ("S45", "1970/03"). A 和暦 date
// must fall inside its era (昭和64年1月8日 is 平成元年: refused).
namespace renkei::model {

struct TypedDate {
    enum class Precision { Year, Month, Day };
    QDate date; // the first day of the year or month when less precise
    Precision precision = Precision::Day;

    // The FHIR date at this precision: "1970", "1970-03", "1970-03-01".
    QString toFhirDate() const;
    bool operator==(const TypedDate &) const = default;
};

// nullopt when the text is not a date (or not a real one: 2023/02/29, R1.4.30).
std::optional<TypedDate> parseTypedDate(const QString &text);

// 「昭和45年3月1日」 (元年 for the first year); empty for a date before 明治 (1868/01/25).
QString warekiLong(QDate date);
// 「S45.3.1」; empty before 明治.
QString warekiShort(QDate date);

} // namespace renkei::model
