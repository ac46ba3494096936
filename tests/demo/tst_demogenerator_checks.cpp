#include "tst_demogenerator_checks.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace renkei::demo::checks {
namespace {

const QString kYj = u"http://capstandard.jp/iyaku.info/CodeSystem/YJ-code"_s;
const QString kHot9 = u"http://medis.or.jp/CodeSystem/master-HOT9"_s;
const QString kJlac10 = u"http://medis.or.jp/CodeSystem/master-JLAC10-17digits"_s;
const QString kJami = u"http://jami.jp/CodeSystem/MedicationUsage"_s;
const QString kFacility = u"http://jpfhir.jp/fhir/core/IdSystem/insurance-medical-institution-no"_s;

QString where(const StoredResource &r)
{
    return r.type + u'/' + r.id;
}

QDateTime parse(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

// Calls `visit` for every object nested in `value` (the value itself included).
template <typename Visit>
void walk(const QJsonValue &value, const Visit &visit)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            walk(item, visit);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        visit(object);
        for (auto it = object.begin(); it != object.end(); ++it)
            walk(it.value(), visit);
    }
}

QString codeOf(const QJsonObject &codeable, const QString &system)
{
    for (const QJsonValue &coding : codeable.value(u"coding"_s).toArray()) {
        if (coding[u"system"_s].toString() == system)
            return coding[u"code"_s].toString();
    }
    return {};
}

QString institution(const QJsonObject &json)
{
    for (const QJsonValue &ext : json.value(u"extension"_s).toArray()) {
        if (ext[u"url"_s].toString().endsWith(u"JP_eCS_InstitutionNumber"))
            return ext[u"valueIdentifier"_s][u"value"_s].toString();
    }
    return {};
}

QStringList limited(QStringList problems)
{
    if (problems.size() > 10)
        problems = problems.mid(0, 10) << u"... and more"_s;
    return problems;
}

QString intervalProblem(const StoredResource &r, const QString &start, const QString &end)
{
    if (parse(start) > parse(end))
        return where(r) + u": starts after it ends"_s;
    return {};
}

} // namespace

QStringList unresolvedReferences(const Dataset &dataset)
{
    QSet<QString> known;
    for (const StoredResource &r : dataset.resources)
        known.insert(where(r));
    QStringList problems;
    for (const StoredResource &r : dataset.resources) {
        if (r.type == u"Bundle")
            continue; // urn:uuid references inside documents
        walk(r.json, [&](const QJsonObject &object) {
            const QString ref = object.value(u"reference"_s).toString();
            if (!ref.isEmpty() && !known.contains(ref))
                problems.append(where(r) + u" -> "_s + ref);
        });
    }
    return limited(problems);
}

QStringList labInterpretations(const Dataset &dataset)
{
    QStringList problems;
    for (const StoredResource &r : dataset.resources) {
        if (r.type != u"Observation")
            continue;
        const QString flag = r.json[u"interpretation"_s][0][u"coding"_s][0][u"code"_s].toString();
        QString expected = u"N"_s;
        if (r.json.contains(u"valueString"_s)) {
            if (r.json[u"valueString"_s].toString() != u"(−)")
                expected = u"A"_s;
        } else {
            const double value = r.json[u"valueQuantity"_s][u"value"_s].toDouble();
            const QJsonObject range = r.json[u"referenceRange"_s][0].toObject();
            if (range.contains(u"low"_s) && value < range[u"low"_s][u"value"_s].toDouble())
                expected = u"L"_s;
            else if (range.contains(u"high"_s) && value > range[u"high"_s][u"value"_s].toDouble())
                expected = u"H"_s;
        }
        if (flag != expected)
            problems.append(where(r) + u": "_s + flag + u" but expected "_s + expected);
    }
    return limited(problems);
}

QStringList dispensesFollowOrders(const Dataset &dataset)
{
    QHash<QString, const StoredResource *> orders;
    for (const StoredResource &r : dataset.resources) {
        if (r.type == u"MedicationRequest")
            orders.insert(r.id, &r);
    }
    QStringList problems;
    for (const StoredResource &r : dataset.resources) {
        if (r.type != u"MedicationDispense")
            continue;
        const QString ref
            = r.json[u"authorizingPrescription"_s][0][u"reference"_s].toString().section(u'/', 1);
        const StoredResource *order = orders.value(ref);
        if (!order) {
            problems.append(where(r) + u": no order"_s);
            continue;
        }
        if (order->patientId != r.patientId)
            problems.append(where(r) + u": another patient's order"_s);
        if (codeOf(order->json[u"medicationCodeableConcept"_s].toObject(), kYj)
            != codeOf(r.json[u"medicationCodeableConcept"_s].toObject(), kYj))
            problems.append(where(r) + u": another drug"_s);
        if (order->json[u"dispenseRequest"_s][u"quantity"_s][u"value"_s]
            != r.json[u"quantity"_s][u"value"_s])
            problems.append(where(r) + u": another quantity"_s);
        if (parse(r.json[u"whenHandedOver"_s].toString())
            <= parse(order->json[u"authoredOn"_s].toString()))
            problems.append(where(r) + u": handed over before the order"_s);
    }
    return limited(problems);
}

QStringList datesOrdered(const Dataset &dataset)
{
    QStringList problems;
    for (const StoredResource &r : dataset.resources) {
        const QDateTime updated = parse(r.json[u"meta"_s][u"lastUpdated"_s].toString());
        if (updated != r.lastUpdated || updated.timeSpec() != Qt::UTC)
            problems.append(where(r) + u": meta.lastUpdated differs from StoredResource"_s);
        if (!r.clinicalDate.isValid() || r.lastUpdated.date() < r.clinicalDate)
            problems.append(where(r) + u": lastUpdated before its clinical date"_s);
        if (r.type == u"Encounter") {
            const QJsonObject period = r.json[u"period"_s].toObject();
            const QString problem
                = intervalProblem(r, period[u"start"_s].toString(), period[u"end"_s].toString());
            if (!problem.isEmpty())
                problems.append(problem);
        }
    }
    return limited(problems);
}

QStringList codeFormats(const Dataset &dataset)
{
    static const QRegularExpression yj(u"^[0-9]{7}[A-Z][0-9][0-9A-Z]{3}$"_s);
    static const QRegularExpression hot9(u"^[0-9]{9}$"_s);
    static const QRegularExpression jlac10(u"^[0-9][0-9A-Z]{16}$"_s);
    static const QRegularExpression jami(u"^[0-9A-Z]{16}$"_s);
    static const QRegularExpression facility(u"^[0-9]{2}[134][0-9]{7}$"_s);
    const QHash<QString, const QRegularExpression *> formats { { kYj, &yj }, { kHot9, &hot9 },
        { kJlac10, &jlac10 }, { kJami, &jami } };
    QStringList problems;
    for (const StoredResource &r : dataset.resources) {
        walk(r.json, [&](const QJsonObject &object) {
            const QString system = object.value(u"system"_s).toString();
            const QRegularExpression *format
                = system == kFacility ? &facility : formats.value(system);
            if (!format)
                return;
            const QString code = object.contains(u"code"_s) ? object[u"code"_s].toString()
                                                            : object[u"value"_s].toString();
            if (!format->match(code).hasMatch())
                problems.append(where(r) + u": "_s + system + u" "_s + code);
        });
    }
    return limited(problems);
}

QStringList documentShapes(const Dataset &dataset)
{
    QStringList problems;
    for (const StoredResource &r : dataset.resources) {
        if (r.type != u"Bundle")
            continue;
        const QJsonObject first = r.json[u"entry"_s][0][u"resource"_s].toObject();
        const QString type = first[u"type"_s][u"coding"_s][0][u"code"_s].toString();
        if (r.json[u"type"_s] != u"document"_s || first[u"resourceType"_s] != u"Composition"_s)
            problems.append(where(r) + u": not a document"_s);
        if (type != u"18842-5" && type != u"57133-1")
            problems.append(where(r) + u": document type "_s + type);
        QSet<QString> urls;
        for (const QJsonValue &entry : r.json[u"entry"_s].toArray())
            urls.insert(entry[u"fullUrl"_s].toString());
        walk(r.json, [&](const QJsonObject &object) {
            const QString ref = object.value(u"reference"_s).toString();
            if (ref.startsWith(u"urn:uuid:") && !urls.contains(ref))
                problems.append(where(r) + u": dangling "_s + ref);
        });
        if (r.patientId.isEmpty())
            problems.append(where(r) + u": no patient"_s);
    }
    return limited(problems);
}

QHash<QString, int> resourcesPerPatient(const Dataset &dataset)
{
    QHash<QString, int> counts;
    for (const StoredResource &r : dataset.resources) {
        if (!r.patientId.isEmpty())
            ++counts[r.patientId];
    }
    return counts;
}

QSet<QString> distinctCodes(const Dataset &dataset, const QString &type, const QString &system)
{
    const QString field = type == u"Observation" ? u"code"_s : u"medicationCodeableConcept"_s;
    QSet<QString> codes;
    for (const StoredResource &r : dataset.resources) {
        if (r.type == type)
            codes.insert(codeOf(r.json[field].toObject(), system));
    }
    codes.remove(QString());
    return codes;
}

QStringList crossFacilityOverlaps(const Dataset &dataset)
{
    struct Order {
        QString facility;
        QDateTime authored;
    };
    QHash<QString, QList<Order>> byIngredient; // patient|yj7
    for (const StoredResource &r : dataset.resources) {
        if (r.type != u"MedicationRequest")
            continue;
        const QString yj = codeOf(r.json[u"medicationCodeableConcept"_s].toObject(), kYj);
        byIngredient[r.patientId + u'|' + yj.left(7)].append(
            Order { institution(r.json), parse(r.json[u"authoredOn"_s].toString()) });
    }
    QSet<QString> found;
    for (auto it = byIngredient.cbegin(); it != byIngredient.cend(); ++it) {
        for (const Order &a : it.value()) {
            for (const Order &b : it.value()) {
                if (a.facility < b.facility && std::abs(a.authored.daysTo(b.authored)) <= 28)
                    found.insert(it.key() + u" ("_s + a.facility + u" / "_s + b.facility + u')');
            }
        }
    }
    QStringList result = found.values();
    result.sort();
    return result;
}

QList<Trend> hba1cAroundMetformin(const Dataset &dataset)
{
    QHash<QString, QDateTime> started;
    for (const StoredResource &r : dataset.resources) {
        if (r.type != u"MedicationRequest"
            || !codeOf(r.json[u"medicationCodeableConcept"_s].toObject(), kYj)
                    .startsWith(u"3962002"))
            continue;
        const QDateTime at = parse(r.json[u"authoredOn"_s].toString());
        if (!started.contains(r.patientId) || at < started.value(r.patientId))
            started.insert(r.patientId, at);
    }
    QList<Trend> trends;
    for (auto it = started.cbegin(); it != started.cend(); ++it) {
        double before = 0, after = 0;
        int nBefore = 0, nAfter = 0;
        for (const StoredResource &r : dataset.resources) {
            if (r.patientId != it.key() || r.type != u"Observation"
                || !codeOf(r.json[u"code"_s].toObject(), kJlac10).startsWith(u"3D046"))
                continue;
            const qint64 days = it.value().daysTo(parse(r.json[u"effectiveDateTime"_s].toString()));
            const double value = r.json[u"valueQuantity"_s][u"value"_s].toDouble();
            if (days < 0 && days > -365) {
                before += value;
                ++nBefore;
            } else if (days > 180 && days < 720) {
                after += value;
                ++nAfter;
            }
        }
        trends.append(
            Trend { it.key(), nBefore ? before / nBefore : 0, nAfter ? after / nAfter : 0 });
    }
    return trends;
}

} // namespace renkei::demo::checks
