#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Small builders for the FHIR JSON fragments the generator repeats (codings, references, the
// JP-CLINS institution extension, quantities, JST date-times).
namespace renkei::demo::gen {

// A clinical moment in Japan Standard Time: a date and minutes since midnight.
struct When {
    QDate date;
    int minute = 9 * 60;

    When plusMinutes(int minutes) const;
    bool operator<(const When &other) const
    {
        return date < other.date || (date == other.date && minute < other.minute);
    }
};

namespace json {

QString jst(const When &when); // 2021-07-05T11:19:00+09:00
QString date(QDate date); // 2021-07-05
QString utc(const QDateTime &utc); // 2021-07-05T02:19:00Z
QDateTime toUtc(const When &when);

QJsonObject coding(QStringView system, QStringView code, QStringView display = {});
QJsonObject codeable(const QJsonArray &codings, QStringView text = {});
QJsonObject codeable(
    QStringView system, QStringView code, QStringView display, QStringView text = {});
QJsonObject textConcept(QStringView text);
QJsonObject reference(QStringView type, const QString &id, QStringView display = {});
QJsonObject identifier(QStringView system, QStringView value);
QJsonObject institutionExtension(QStringView facilityCode10);
QJsonObject departmentExtension(QStringView code, QStringView name);
QJsonObject quantity(
    double value, int decimals, QStringView unit, QStringView system, QStringView code);
QJsonObject days(int count); // a Duration in days
QJsonObject humanName(QStringView family, QStringView given, bool kana);
// Narrative: `inner` is XHTML content (already escaped) wrapped in the XHTML div.
QJsonObject narrative(const QString &inner);
QString escaped(QStringView text);
double rounded(double value, int decimals);

} // namespace json
} // namespace renkei::demo::gen
