#include "demo/fhirapi.h"

#include "demo/search.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace renkei::demo {

namespace {

QByteArray jsonString(const QString &s)
{
    // A JSON string literal, escaped by QJsonDocument.
    const QByteArray array = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray httpDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

bool wantsFhirJson(const HttpRequest &request)
{
    const QString format = request.query.queryItemValue(u"_format"_s, QUrl::FullyDecoded);
    if (format.contains(u"json"_s))
        return true;
    const QByteArray accept = request.header("accept").toLower();
    return accept.contains("application/fhir+json") || accept.contains("application/json");
}

// Types a client may ask for that this server knows as FHIR types but holds none of.
const QStringList kAlsoServed = { u"Patient"_s, u"Practitioner"_s, u"PractitionerRole"_s,
    u"Organization"_s, u"Location"_s, u"Medication"_s, u"Binary"_s };

} // namespace

FhirApi::FhirApi(ResourceStore &store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock))
    , m_softwareName(u"Renkei demo regional network"_s)
{
}

QByteArray FhirApi::outcomeJson(
    const QString &severity, const QString &code, const QString &diagnostics)
{
    const QJsonObject o { { u"resourceType"_s, u"OperationOutcome"_s },
        { u"issue"_s,
            QJsonArray { QJsonObject { { u"severity"_s, severity }, { u"code"_s, code },
                { u"diagnostics"_s, diagnostics } } } } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HttpResponse FhirApi::outcome(
    int status, const QString &code, const QString &diagnostics, const QString &severity)
{
    return HttpResponse::json(status, outcomeJson(severity, code, diagnostics));
}

QStringList FhirApi::knownTypes() const
{
    QStringList types = m_store.types();
    for (const QString &t : kAlsoServed + patientCompartmentTypes()) {
        if (!types.contains(t))
            types.append(t);
    }
    types.sort();
    return types;
}

HttpResponse FhirApi::handle(const HttpRequest &request, const AccessContext &access,
    const QString &base, const FaultPlan &faults)
{
    if (request.method == "POST" && m_acceptAuditEvents && request.path == u"/AuditEvent"_s)
        return createAuditEvent(request, base);
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse r = outcome(405, u"not-supported"_s, u"this server is read-only"_s);
        r.setHeader("Allow", "GET, HEAD");
        return r;
    }
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return outcome(404, u"not-found"_s, u"no such endpoint"_s);
    const QString type = parts.at(0);
    if (!knownTypes().contains(type))
        return outcome(404, u"not-supported"_s, u"unknown resource type"_s);
    if (request.query.hasQueryItem(u"_getpages"_s))
        return nextPage(request, access, base, faults);
    if (parts.size() == 1) {
        if (!access.access.allows(type))
            return outcome(403, u"forbidden"_s, u"the granted scopes do not cover this type"_s);
        return searchType(request, access, type, base, faults);
    }
    if (parts.size() == 2 && parts.at(1) == u"_history"_s) {
        if (!access.access.allows(type))
            return outcome(403, u"forbidden"_s, u"the granted scopes do not cover this type"_s);
        return history(request, access, type, base, faults);
    }
    if (parts.size() == 2)
        return read(request, access, type, parts.at(1));
    if (parts.size() == 3 && type == u"Patient"_s && parts.at(2) == u"$everything"_s
        && m_offerEverything)
        return everything(request, access, parts.at(1), base, faults);
    return outcome(404, u"not-supported"_s, u"no such operation"_s);
}

HttpResponse FhirApi::createAuditEvent(const HttpRequest &request, const QString &base)
{
    QJsonParseError error;
    QJsonObject event = QJsonDocument::fromJson(request.body, &error).object();
    if (error.error != QJsonParseError::NoError
        || event.value(u"resourceType"_s).toString() != u"AuditEvent"_s)
        return outcome(400, u"invalid"_s, u"the body is not an AuditEvent"_s);
    const QString id = u"audit-"_s + QString::number(m_auditEvents.size() + 1);
    event.insert(u"id"_s, id);
    const QByteArray json = QJsonDocument(event).toJson(QJsonDocument::Compact);
    m_auditEvents.append(json);
    HttpResponse r = HttpResponse::json(201, json);
    r.setHeader("Location", (base + u"/AuditEvent/"_s + id + u"/_history/1"_s).toUtf8());
    return r;
}

HttpResponse FhirApi::read(
    const HttpRequest &request, const AccessContext &access, const QString &type, const QString &id)
{
    if (!access.access.allows(type))
        return outcome(403, u"forbidden"_s, u"the granted scopes do not cover this type"_s);
    const int index = m_store.find(type, id);
    if (index < 0 && m_store.findDeleted(type, id) >= 0)
        return outcome(410, u"deleted"_s, u"this resource has been deleted"_s);
    if (index < 0)
        return outcome(404, u"not-found"_s, u"no such resource"_s);
    if (type == u"Binary"_s && !wantsFhirJson(request))
        return binary(request, index);
    const StoreEntry &e = m_store.at(index);
    HttpResponse r = HttpResponse::json(200, e.compactJson);
    r.setHeader("ETag", "W/\"" + QByteArray::number(e.version) + '"');
    if (e.resource.lastUpdated.isValid())
        r.setHeader("Last-Modified", httpDate(e.resource.lastUpdated));
    return r;
}

HttpResponse FhirApi::binary(const HttpRequest &, int index)
{
    const QJsonObject json = m_store.at(index).resource.json;
    const QByteArray contentType = json.value(u"contentType"_s).toString().toLatin1();
    HttpResponse r;
    r.status = 200;
    r.body = QByteArray::fromBase64(json.value(u"data"_s).toString().toLatin1());
    r.setHeader("Content-Type",
        contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : contentType);
    r.setHeader("ETag", "W/\"" + QByteArray::number(m_store.at(index).version) + '"');
    return r;
}

HttpResponse FhirApi::searchType(const HttpRequest &request, const AccessContext &access,
    const QString &type, const QString &base, const FaultPlan &faults)
{
    SearchResult result = search(m_store, type, request.query, access.access);
    if (result.status != 200)
        return outcome(result.status, u"invalid"_s, result.error);
    Snapshot s;
    s.path = request.path;
    s.subject = access.subject;
    s.selfQuery = request.query.query(QUrl::FullyEncoded);
    s.ids = std::move(result.matches);
    s.includes = result.includes;
    s.warnings = result.warnings;
    s.count = result.count;
    s.servedAt = m_store.markServed(m_clock());
    const QString token = m_snapshots.add(std::move(s), m_clock());
    return page(*m_snapshots.find(token, m_clock()), 0, result.count, access, base, faults);
}

HttpResponse FhirApi::everything(const HttpRequest &request, const AccessContext &access,
    const QString &patientId, const QString &base, const FaultPlan &faults)
{
    if (!access.access.allows(u"Patient"_s))
        return outcome(403, u"forbidden"_s, u"the granted scopes do not cover Patient"_s);
    const int patientIndex = m_store.find(u"Patient"_s, patientId);
    if (patientIndex < 0)
        return outcome(404, u"not-found"_s, u"no such patient"_s);
    Snapshot s;
    int count = kDefaultPageSize;
    if (!readCount(request.query, &count, &s.warnings))
        return outcome(400, u"invalid"_s, u"_count must be a non-negative integer"_s);
    std::optional<DateCondition> since;
    QStringList onlyTypes;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (name == u"_since"_s) {
            const auto range = parseFhirDateRange(value);
            if (!range)
                return outcome(400, u"invalid"_s, u"malformed _since"_s);
            since = DateCondition { u"ge"_s, *range };
        } else if (name == u"_type"_s) {
            onlyTypes += value.split(u',', Qt::SkipEmptyParts);
        } else if (name != u"_count"_s && name != u"_format"_s && name != u"_sort"_s) {
            s.warnings.append(
                u"parameter \"%1\" is not supported by $everything and was ignored"_s.arg(name));
        }
    }
    auto wanted = [&](int i) {
        const StoredResource &r = m_store.at(i).resource;
        if (!access.access.allows(r.type))
            return false;
        if (!onlyTypes.isEmpty() && !onlyTypes.contains(r.type))
            return false;
        return !since
            || (r.lastUpdated.isValid() && since->matches(r.lastUpdated.toMSecsSinceEpoch()));
    };
    // The patient, then the shared resources the chart refers to (facilities, practitioners),
    // then the chart itself, most recent first.
    QList<int> compartment;
    for (int i : m_store.ofPatient(patientId)) {
        if (i != patientIndex)
            compartment.append(i);
    }
    sortMatches(m_store, compartment, u"-date"_s, nullptr);
    const QString sort = request.query.queryItemValue(u"_sort"_s, QUrl::FullyDecoded);
    if (!sort.isEmpty())
        sortMatches(m_store, compartment, sort, &s.warnings);
    QList<int> shared;
    QSet<int> seen;
    for (int i : std::as_const(compartment)) {
        for (const QString &ref : m_store.references(i)) {
            const int target = m_store.resolve(ref);
            if (target >= 0 && m_store.at(target).resource.patientId.isEmpty()
                && !seen.contains(target)) {
                seen.insert(target);
                shared.append(target);
            }
        }
    }
    if (wanted(patientIndex))
        s.ids.append(patientIndex);
    for (int i : std::as_const(shared)) {
        if (wanted(i))
            s.ids.append(i);
    }
    for (int i : std::as_const(compartment)) {
        if (wanted(i))
            s.ids.append(i);
    }
    s.path = request.path;
    s.subject = access.subject;
    s.selfQuery = request.query.query(QUrl::FullyEncoded);
    s.count = count;
    s.servedAt = m_store.markServed(m_clock());
    const QString token = m_snapshots.add(std::move(s), m_clock());
    return page(*m_snapshots.find(token, m_clock()), 0, count, access, base, faults);
}

HttpResponse FhirApi::history(const HttpRequest &request, const AccessContext &access,
    const QString &type, const QString &base, const FaultPlan &faults)
{
    Snapshot s;
    int count = kDefaultPageSize;
    if (!readCount(request.query, &count, &s.warnings))
        return outcome(400, u"invalid"_s, u"_count must be a non-negative integer"_s);
    QDateTime since;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (name == u"_since"_s) {
            const auto range = parseFhirDateRange(value);
            if (!range)
                return outcome(400, u"invalid"_s, u"malformed _since"_s);
            since = QDateTime::fromMSecsSinceEpoch(range->lo, Qt::UTC);
        } else if (name != u"_count"_s && name != u"_format"_s) {
            s.warnings.append(
                u"parameter \"%1\" is not supported by history and was ignored"_s.arg(name));
        }
    }
    s.ids = m_store.changedSince(type, since);
    s.path = request.path;
    s.subject = access.subject;
    s.selfQuery = request.query.query(QUrl::FullyEncoded);
    s.count = count;
    s.history = true;
    s.servedAt = m_store.markServed(m_clock());
    const QString token = m_snapshots.add(std::move(s), m_clock());
    return page(*m_snapshots.find(token, m_clock()), 0, count, access, base, faults);
}

HttpResponse FhirApi::nextPage(const HttpRequest &request, const AccessContext &access,
    const QString &base, const FaultPlan &faults)
{
    const QString token = request.query.queryItemValue(u"_getpages"_s, QUrl::FullyDecoded);
    Snapshot *s = m_snapshots.find(token, m_clock());
    if (!s || s->subject != access.subject)
        return outcome(410, u"not-found"_s, u"the search has expired; search again"_s);
    if (s->path != request.path)
        return outcome(400, u"invalid"_s, u"page token belongs to another search"_s);
    bool ok = false;
    const int offset = request.query.queryItemValue(u"_getpagesoffset"_s).toInt(&ok);
    if (!ok || offset < 0)
        return outcome(400, u"invalid"_s, u"malformed _getpagesoffset"_s);
    int count = s->count;
    if (!readCount(request.query, &count, nullptr))
        return outcome(400, u"invalid"_s, u"_count must be a non-negative integer"_s);
    if (!request.query.hasQueryItem(u"_count"_s))
        count = s->count;
    return page(*s, offset, count, access, base, faults);
}

QString FhirApi::pageUrl(const QString &base, const Snapshot &s, int offset, int count) const
{
    return base + s.path + u"?_getpages="_s + s.token + u"&_getpagesoffset="_s
        + QString::number(offset) + u"&_count="_s + QString::number(count);
}

HttpResponse FhirApi::page(Snapshot &s, int offset, int count, const AccessContext &access,
    const QString &base, const FaultPlan &faults)
{
    const int total = static_cast<int>(s.ids.size());
    const int end = std::min(total, offset + count);
    const QString self = offset == 0 && count == s.count
        ? base + s.path + (s.selfQuery.isEmpty() ? QString() : u'?' + s.selfQuery)
        : pageUrl(base, s, offset, count);
    QString next;
    if (end < total && count > 0)
        next = pageUrl(base, s, end, count);
    if (faults.loopNext)
        next = self;

    QByteArray out;
    out.reserve(4096 + (end - offset) * 1024);
    out += R"({"resourceType":"Bundle","id":)"
        + jsonString(s.token + u'-' + QString::number(offset)) + R"(,"meta":{"lastUpdated":)"
        + jsonString(fhirInstant(s.servedAt)) + R"(},"type":)"
        + (s.history ? QByteArrayLiteral("\"history\"") : QByteArrayLiteral("\"searchset\""))
        + R"(,"total":)" + QByteArray::number(total) + R"(,"link":[)";
    out += R"({"relation":"self","url":)" + jsonString(self) + '}';
    if (!next.isEmpty())
        out += R"(,{"relation":"next","url":)" + jsonString(next) + '}';
    if (offset > 0)
        out += R"(,{"relation":"previous","url":)"
            + jsonString(pageUrl(base, s, std::max(0, offset - count), count)) + '}';
    out += R"(],"entry":[)";
    bool first = true;
    auto addEntry = [&](int index, const char *mode) {
        const StoreEntry &e = m_store.at(index);
        if (e.deleted && !s.history)
            return; // deleted after the search was made
        if (!first)
            out += ',';
        first = false;
        if (s.history) {
            const QByteArray url = jsonString(e.resource.type + u'/' + e.resource.id);
            const QByteArray when = jsonString(fhirInstant(e.resource.lastUpdated));
            if (e.deleted) {
                out += R"({"request":{"method":"DELETE","url":)" + url
                    + R"(},"response":{"status":"410 Gone","lastModified":)" + when + "}}";
            } else {
                out += R"({"fullUrl":)"
                    + jsonString(base + u'/' + e.resource.type + u'/' + e.resource.id)
                    + R"(,"resource":)" + e.compactJson + R"(,"request":{"method":"PUT","url":)"
                    + url + R"(},"response":{"status":"200 OK","lastModified":)" + when + "}}";
            }
            return;
        }
        out += R"({"fullUrl":)" + jsonString(base + u'/' + e.resource.type + u'/' + e.resource.id)
            + R"(,"resource":)" + e.compactJson + R"(,"search":{"mode":")" + mode + R"("}})";
    };
    QSet<int> onPage;
    for (int i = offset; i < end; ++i) {
        addEntry(s.ids.at(i), "match");
        onPage.insert(s.ids.at(i));
    }
    if (!s.includes.isEmpty()) {
        QSet<int> included;
        for (int i = offset; i < end; ++i) {
            const QJsonObject json = m_store.at(s.ids.at(i)).resource.json;
            for (const QString &inc : std::as_const(s.includes)) {
                const QString field = inc.section(u':', 1);
                const QJsonValue v = json.value(field);
                const QJsonArray refs = v.isArray() ? v.toArray() : QJsonArray { v };
                for (const QJsonValue &ref : refs) {
                    const int target
                        = m_store.resolve(ref.toObject().value(u"reference"_s).toString());
                    if (target < 0 || onPage.contains(target) || included.contains(target)
                        || !access.access.allows(m_store.at(target).resource.type))
                        continue;
                    included.insert(target);
                    addEntry(target, "include");
                }
            }
        }
    }
    if (offset == 0 && !s.warnings.isEmpty()) {
        QJsonArray issues;
        for (const QString &w : std::as_const(s.warnings))
            issues.append(QJsonObject { { u"severity"_s, u"warning"_s },
                { u"code"_s, u"not-supported"_s }, { u"diagnostics"_s, w } });
        const QJsonObject oo { { u"resourceType"_s, u"OperationOutcome"_s },
            { u"issue"_s, issues } };
        if (!first)
            out += ',';
        first = false;
        out += R"({"resource":)" + QJsonDocument(oo).toJson(QJsonDocument::Compact)
            + R"(,"search":{"mode":"outcome"}})";
    }
    out += "]}";

    if (faults.mutateBetweenPages && end < total && end > offset) {
        // One resource already served and one still to come change before the next page.
        m_store.touch(m_store.at(s.ids.at(end - 1)).resource.type,
            m_store.at(s.ids.at(end - 1)).resource.id, m_clock());
        m_store.touch(m_store.at(s.ids.at(end)).resource.type,
            m_store.at(s.ids.at(end)).resource.id, m_clock());
    }
    return HttpResponse::json(200, out);
}

} // namespace renkei::demo
