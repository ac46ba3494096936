#include "generator_json.h"

#include "model/codes.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace renkei::demo::gen {

When When::plusMinutes(int minutes) const
{
    const int total = minute + minutes;
    const int dayShift = total >= 0 ? total / (24 * 60) : -((-total + 24 * 60 - 1) / (24 * 60));
    return When { date.addDays(dayShift), total - dayShift * 24 * 60 };
}

namespace json {

QString jst(const When &when)
{
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:00+09:00", when.date.year(),
        when.date.month(), when.date.day(), when.minute / 60, when.minute % 60);
}

QString date(QDate date)
{
    return QString::asprintf("%04d-%02d-%02d", date.year(), date.month(), date.day());
}

QString utc(const QDateTime &utc)
{
    const QDate d = utc.date();
    const QTime t = utc.time();
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(), d.month(), d.day(),
        t.hour(), t.minute(), t.second());
}

QDateTime toUtc(const When &when)
{
    return QDateTime(when.date, QTime(0, 0), Qt::UTC).addSecs(qint64(when.minute - 9 * 60) * 60);
}

QJsonObject coding(QStringView system, QStringView code, QStringView display)
{
    QJsonObject result { { u"system"_s, system.toString() }, { u"code"_s, code.toString() } };
    if (!display.isEmpty())
        result.insert(u"display"_s, display.toString());
    return result;
}

QJsonObject codeable(const QJsonArray &codings, QStringView text)
{
    QJsonObject result { { u"coding"_s, codings } };
    if (!text.isEmpty())
        result.insert(u"text"_s, text.toString());
    return result;
}

QJsonObject codeable(QStringView system, QStringView code, QStringView display, QStringView text)
{
    return codeable(QJsonArray { coding(system, code, display) }, text);
}

QJsonObject textConcept(QStringView text)
{
    return QJsonObject { { u"text"_s, text.toString() } };
}

QJsonObject reference(QStringView type, const QString &id, QStringView display)
{
    QJsonObject result { { u"reference"_s, QString(type % u'/' % id) } };
    if (!display.isEmpty())
        result.insert(u"display"_s, display.toString());
    return result;
}

QJsonObject identifier(QStringView system, QStringView value)
{
    return QJsonObject { { u"system"_s, system.toString() }, { u"value"_s, value.toString() } };
}

QJsonObject institutionExtension(QStringView facilityCode10)
{
    return QJsonObject {
        { u"url"_s,
            u"http://jpfhir.jp/fhir/clins/Extension/StructureDefinition/JP_eCS_InstitutionNumber"_s },
        { u"valueIdentifier"_s, identifier(model::systems::kFacilityNo10, facilityCode10) }
    };
}

QJsonObject departmentExtension(QStringView code, QStringView name)
{
    return QJsonObject {
        { u"url"_s,
            u"http://jpfhir.jp/fhir/eCS/Extension/StructureDefinition/JP_eCS_Department"_s },
        { u"valueCodeableConcept"_s, codeable(model::systems::kDepartment, code, name) }
    };
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonObject quantity(
    double value, int decimals, QStringView unit, QStringView system, QStringView code)
{
    QJsonObject result { { u"value"_s, rounded(value, decimals) } };
    if (!unit.isEmpty())
        result.insert(u"unit"_s, unit.toString());
    if (!code.isEmpty()) {
        result.insert(u"system"_s, system.toString());
        result.insert(u"code"_s, code.toString());
    }
    return result;
}

QJsonObject days(int count)
{
    return quantity(count, 0, u"日", model::systems::kUcum, u"d");
}

QJsonObject humanName(QStringView family, QStringView given, bool kana)
{
    return QJsonObject {
        { u"extension"_s,
            QJsonArray { QJsonObject {
                { u"url"_s,
                    u"http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation"_s },
                { u"valueCode"_s, kana ? u"SYL"_s : u"IDE"_s } } } },
        { u"use"_s, u"official"_s }, { u"text"_s, QString(family % u' ' % given) },
        { u"family"_s, family.toString() }, { u"given"_s, QJsonArray { given.toString() } }
    };
}

QString escaped(QStringView text)
{
    return text.toString().toHtmlEscaped();
}

QJsonObject narrative(const QString &inner)
{
    return QJsonObject { { u"status"_s, u"generated"_s },
        { u"div"_s,
            QString(u"<div xmlns=\"http://www.w3.org/1999/xhtml\">"_s % inner % u"</div>"_s) } };
}

} // namespace json
} // namespace renkei::demo::gen
