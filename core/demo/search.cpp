#include "demo/search.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace renkei::demo {

namespace {

QString value(const QPair<QString, QString> &item)
{
    return item.second;
}

// The patient id from "Patient/123", "123" or "http://host/fhir/Patient/123".
QString patientIdFrom(const QString &reference)
{
    const qsizetype at = reference.lastIndexOf(u"Patient/"_s);
    if (at >= 0)
        return reference.mid(at + 8);
    return reference.contains(u'/') ? QString() : reference;
}

qint64 dayStartMs(const QDate &date)
{
    return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
                          : std::numeric_limits<qint64>::min();
}

bool matchesName(const StoreEntry &e, const QString &modifier, const QStringList &values)
{
    for (const QString &raw : values) {
        const QString want = normalizeNameKey(raw);
        if (want.isEmpty())
            continue;
        for (const QString &key : e.nameKeys) {
            if (modifier == u"exact"_s          ? key == want
                    : modifier == u"contains"_s ? key.contains(want)
                                                : key.startsWith(want))
                return true;
        }
    }
    return false;
}

bool matchesIdentifier(const StoreEntry &e, const QStringList &values)
{
    for (const QString &v : values) {
        const qsizetype bar = v.indexOf(u'|');
        for (const auto &[system, id] : e.identifiers) {
            if (bar < 0 ? id == v
                        : (bar == 0 ? system.isEmpty() && id == v.mid(1)
                                    : system == v.left(bar)
                                    && (bar == v.size() - 1 || id == v.mid(bar + 1))))
                return true;
        }
    }
    return false;
}

} // namespace

std::optional<DateRange> parseFhirDateRange(const QString &input)
{
    static const QRegularExpression re(
        uR"(^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+\- ]\d{2}:\d{2})?)?)?)?$)"_s);
    const auto m = re.match(input.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    QDateTime start;
    QDateTime end;
    if (m.captured(2).isEmpty()) {
        start = QDateTime(date, QTime(0, 0), Qt::UTC);
        end = start.addYears(1);
    } else if (m.captured(3).isEmpty()) {
        start = QDateTime(date, QTime(0, 0), Qt::UTC);
        end = start.addMonths(1);
    } else if (m.captured(4).isEmpty()) {
        start = QDateTime(date, QTime(0, 0), Qt::UTC);
        end = start.addDays(1);
    } else {
        const int h = m.captured(4).toInt();
        const int min = m.captured(5).toInt();
        const int s = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
        const QString frac = m.captured(7);
        const int ms = frac.isEmpty() ? 0 : frac.left(3).leftJustified(3, u'0').toInt();
        const QTime time(h, min, s, ms);
        if (!time.isValid())
            return std::nullopt;
        int offsetSeconds = 0;
        const QString tz = m.captured(8);
        if (!tz.isEmpty() && tz != u"Z"_s) {
            const int sign = tz.at(0) == u'-' ? -1 : 1; // ' ' is a '+' decoded from a query
            offsetSeconds = sign * (tz.mid(1, 2).toInt() * 3600 + tz.mid(4, 2).toInt() * 60);
        }
        start = QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
        qint64 widthMs = 60000;
        if (!m.captured(6).isEmpty())
            widthMs = 1000;
        if (!frac.isEmpty())
            widthMs = frac.size() >= 3 ? 1 : (frac.size() == 2 ? 10 : 100);
        end = start.addMSecs(widthMs);
    }
    return DateRange { start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch() };
}

bool DateCondition::matches(qint64 v) const
{
    if (prefix == u"gt"_s)
        return v >= range.hi;
    if (prefix == u"ge"_s)
        return v >= range.lo;
    if (prefix == u"lt"_s)
        return v < range.lo;
    if (prefix == u"le"_s)
        return v < range.hi;
    const bool inside = v >= range.lo && v < range.hi;
    return prefix == u"ne"_s ? !inside : inside;
}

std::optional<DateCondition> parseDateCondition(const QString &text)
{
    DateCondition c;
    QString rest = text.trimmed();
    static const QStringList prefixes = { u"eq"_s, u"ne"_s, u"gt"_s, u"ge"_s, u"lt"_s, u"le"_s };
    c.prefix = u"eq"_s;
    if (rest.size() > 2 && rest.at(0).isLetter()) {
        c.prefix = rest.left(2);
        if (!prefixes.contains(c.prefix))
            return std::nullopt;
        rest = rest.mid(2);
    }
    const auto range = parseFhirDateRange(rest);
    if (!range)
        return std::nullopt;
    c.range = *range;
    return c;
}

bool isResultParameter(const QString &name)
{
    static const QStringList names = { u"_count"_s, u"_sort"_s, u"_include"_s, u"_format"_s,
        u"_total"_s, u"_getpages"_s, u"_getpagesoffset"_s, u"_pretty"_s };
    return names.contains(name);
}

const QStringList &patientCompartmentTypes()
{
    static const QStringList types = { u"Observation"_s, u"MedicationRequest"_s,
        u"MedicationDispense"_s, u"Encounter"_s, u"Condition"_s, u"AllergyIntolerance"_s,
        u"DocumentReference"_s, u"Composition"_s, u"DiagnosticReport"_s };
    return types;
}

QStringList supportedSearchParameters(const QString &type)
{
    QStringList common = { u"_id"_s, u"_lastUpdated"_s };
    if (type == u"Patient"_s)
        return common + QStringList { u"name"_s, u"birthdate"_s, u"identifier"_s, u"gender"_s };
    if (type == u"AllergyIntolerance"_s)
        return common + QStringList { u"patient"_s, u"date"_s };
    if (patientCompartmentTypes().contains(type))
        return common + QStringList { u"patient"_s, u"subject"_s, u"date"_s };
    return common;
}

QStringList supportedIncludes(const QString &type)
{
    if (type == u"Observation"_s)
        return { u"Observation:performer"_s };
    if (type == u"MedicationRequest"_s)
        return { u"MedicationRequest:requester"_s };
    return {};
}

bool readCount(const QUrlQuery &query, int *count, QStringList *warnings)
{
    *count = kDefaultPageSize;
    if (!query.hasQueryItem(u"_count"_s))
        return true;
    bool ok = false;
    const int n = query.queryItemValue(u"_count"_s, QUrl::FullyDecoded).toInt(&ok);
    if (!ok || n < 0)
        return false;
    if (n > kMaxPageSize && warnings)
        warnings->append(u"_count over %1: pages hold %1"_s.arg(kMaxPageSize));
    *count = std::min(n, kMaxPageSize);
    return true;
}

void sortMatches(
    const ResourceStore &store, QList<int> &matches, const QString &sort, QStringList *warnings)
{
    struct Key {
        QString name;
        bool descending = false;
    };
    QList<Key> keys;
    for (const QString &raw : sort.split(u',', Qt::SkipEmptyParts)) {
        Key k;
        k.descending = raw.startsWith(u'-');
        k.name = k.descending ? raw.mid(1) : raw;
        if (k.name == u"date"_s || k.name == u"_lastUpdated"_s || k.name == u"_id"_s)
            keys.append(k);
        else if (warnings)
            warnings->append(u"_sort by \"%1\" is not supported and was ignored"_s.arg(k.name));
    }
    if (keys.isEmpty())
        return;
    std::stable_sort(matches.begin(), matches.end(), [&](int a, int b) {
        const StoredResource &ra = store.at(a).resource;
        const StoredResource &rb = store.at(b).resource;
        for (const Key &k : keys) {
            int c = 0;
            if (k.name == u"date"_s)
                c = ra.clinicalDate < rb.clinicalDate ? -1 : (rb.clinicalDate < ra.clinicalDate);
            else if (k.name == u"_lastUpdated"_s)
                c = ra.lastUpdated < rb.lastUpdated ? -1 : (rb.lastUpdated < ra.lastUpdated);
            else
                c = ra.id.compare(rb.id);
            if (c != 0)
                return k.descending ? c > 0 : c < 0;
        }
        return false;
    });
}

SearchResult search(
    const ResourceStore &store, const QString &type, const QUrlQuery &query, const ScopeSet &access)
{
    SearchResult result;
    if (!readCount(query, &result.count, &result.warnings)) {
        result.status = 400;
        result.error = u"_count must be a non-negative integer"_s;
        return result;
    }
    const QStringList supported = supportedSearchParameters(type);
    const QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);

    QStringList patientIds;
    bool patientFilter = false;
    QList<std::function<bool(const StoreEntry &)>> filters;
    auto bad = [&result](const QString &why) {
        result.status = 400;
        result.error = why;
        return result;
    };

    for (const auto &item : items) {
        const QString rawName = item.first;
        const qsizetype colon = rawName.indexOf(u':');
        const QString name = colon < 0 ? rawName : rawName.left(colon);
        const QString modifier = colon < 0 ? QString() : rawName.mid(colon + 1);
        const QString v = value(item);
        if (name == u"_include"_s) {
            if (supportedIncludes(type).contains(v))
                result.includes.append(v);
            else
                result.warnings.append(u"_include=%1 is not supported and was ignored"_s.arg(v));
            continue;
        }
        if (isResultParameter(name))
            continue;
        if (!supported.contains(name)) {
            result.warnings.append(
                u"search parameter \"%1\" is not supported and was ignored"_s.arg(rawName));
            continue;
        }
        if (!modifier.isEmpty()
            && !(name == u"name"_s && (modifier == u"exact"_s || modifier == u"contains"_s))) {
            result.warnings.append(
                u"modifier \"%1\" is not supported; the parameter was ignored"_s.arg(rawName));
            continue;
        }
        const QStringList values = v.split(u',', Qt::SkipEmptyParts);
        if (name == u"patient"_s || name == u"subject"_s) {
            QStringList ids;
            for (const QString &ref : values)
                ids.append(patientIdFrom(ref));
            // Repeated patient parameters are ANDed: keep the ids in every one.
            if (patientFilter) {
                QStringList both;
                for (const QString &id : std::as_const(ids)) {
                    if (patientIds.contains(id))
                        both.append(id);
                }
                patientIds = both;
            } else {
                patientIds = ids;
            }
            patientFilter = true;
        } else if (name == u"_id"_s) {
            filters.append(
                [values](const StoreEntry &e) { return values.contains(e.resource.id); });
        } else if (name == u"_lastUpdated"_s || name == u"date"_s || name == u"birthdate"_s) {
            const auto cond = parseDateCondition(v);
            if (!cond)
                return bad(u"malformed %1 value"_s.arg(name));
            const DateCondition c = *cond;
            if (name == u"_lastUpdated"_s)
                filters.append([c](const StoreEntry &e) {
                    return e.resource.lastUpdated.isValid()
                        && c.matches(e.resource.lastUpdated.toMSecsSinceEpoch());
                });
            else if (name == u"date"_s)
                filters.append([c](const StoreEntry &e) {
                    return e.resource.clinicalDate.isValid()
                        && c.matches(dayStartMs(e.resource.clinicalDate));
                });
            else
                filters.append([c](const StoreEntry &e) {
                    return e.birthDate.isValid() && c.matches(dayStartMs(e.birthDate));
                });
        } else if (name == u"name"_s) {
            filters.append([modifier, values](
                               const StoreEntry &e) { return matchesName(e, modifier, values); });
        } else if (name == u"identifier"_s) {
            filters.append([values](const StoreEntry &e) { return matchesIdentifier(e, values); });
        } else if (name == u"gender"_s) {
            filters.append([values](const StoreEntry &e) { return values.contains(e.gender); });
        }
    }

    QList<int> candidates;
    if (patientFilter) {
        for (const QString &pid : std::as_const(patientIds)) {
            for (int i : store.ofPatient(pid)) {
                if (store.at(i).resource.type == type)
                    candidates.append(i);
            }
        }
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    } else {
        candidates = store.ofType(type);
    }
    if (!access.allows(type))
        candidates.clear();
    for (int i : std::as_const(candidates)) {
        const StoreEntry &e = store.at(i);
        bool ok = true;
        for (const auto &f : std::as_const(filters)) {
            if (!f(e)) {
                ok = false;
                break;
            }
        }
        if (ok)
            result.matches.append(i);
    }
    sortMatches(store, result.matches, query.queryItemValue(u"_sort"_s, QUrl::FullyDecoded),
        &result.warnings);
    return result;
}

} // namespace renkei::demo
