#include "fhir/reader.h"

#include "fhir/mappers.h"
#include "util/logging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace renkei::fhir {

using namespace detail;

namespace {

using Mapper = void (*)(const Res &);

const QHash<QString, Mapper> &mappers()
{
    static const QHash<QString, Mapper> table = {
        { u"Patient"_s, readPatient },
        { u"Organization"_s, readOrganization },
        { u"Observation"_s, [](const Res &r) { readObservation(r); } },
        { u"DiagnosticReport"_s, readDiagnosticReport },
        { u"MedicationRequest"_s, readMedicationRequest },
        { u"MedicationDispense"_s, readMedicationDispense },
        { u"MedicationStatement"_s, readMedicationStatement },
        { u"Encounter"_s, readEncounter },
        { u"Condition"_s, readCondition },
        { u"AllergyIntolerance"_s, readAllergy },
        { u"Composition"_s, readComposition },
        { u"DocumentReference"_s, readDocumentReference },
    };
    return table;
}

// Types read only through references (names, specimens, drugs, attachments): no values.
bool isSupportType(const QString &type)
{
    static const QSet<QString> types = { u"Practitioner"_s, u"PractitionerRole"_s, u"Specimen"_s,
        u"Medication"_s, u"Binary"_s, u"OperationOutcome"_s };
    return types.contains(type);
}

Error makeError(
    Error::Kind kind, const QString &message, const QString &where, const QString &path = {})
{
    return Error { kind, message, where, path };
}

// Nesting depth of JSON text, counted without parsing; stops as soon as it passes `limit`.
bool deeperThan(QByteArrayView bytes, int limit)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > limit)
                return true;
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return false;
}

void warnOperationOutcome(Context &ctx, const Obj &outcome)
{
    for (const Obj &issue : outcome.objs(u"issue"_s)) {
        ctx.issues.warn(u"OperationOutcome: "_s + issue.str(u"severity"_s) + u' '
            + issue.str(u"code"_s) + u' ' + issue.str(u"diagnostics"_s).left(200));
    }
}

void readBundleInto(Context &ctx, const Obj &bundle);

// Reads one resource; an entry whose shape is invalid gives no values (its problems say why).
void readOne(Context &ctx, const Obj &resource, const QString &fullUrl)
{
    if (!resource.require(u"resourceType"_s))
        return;
    const Res res(ctx, resource, fullUrl);
    if (res.type == u"Bundle"_s) {
        Context inner(ctx.options, ctx.issues);
        readBundleInto(inner, resource);
        for (model::Facility &f : inner.out.facilities)
            ctx.addFacility(std::move(f));
        inner.out.facilities.clear();
        ctx.out.append(std::move(inner.out));
        for (const QString &t : std::as_const(inner.skippedTypes)) {
            if (!ctx.skippedTypes.contains(t))
                ctx.skippedTypes.append(t);
        }
        return;
    }
    if (res.type == u"OperationOutcome"_s)
        warnOperationOutcome(ctx, resource);
    const Mapper mapper = mappers().value(res.type);
    if (!mapper) {
        if (!isSupportType(res.type) && !ctx.skippedTypes.contains(res.type))
            ctx.skippedTypes.append(res.type);
        return;
    }
    const qsizetype invalidBefore = ctx.issues.invalidCount;
    model::ResourceSet before = std::exchange(ctx.out, model::ResourceSet());
    const bool attached = res.type == u"DocumentReference"_s
        && ctx.attachedDocuments.contains(
            entryKey(Located { resource.json(), resource.path(), fullUrl }));
    if (!attached)
        mapper(res);
    checkProfiles(res);
    if (ctx.issues.invalidCount == invalidBefore)
        before.append(std::move(ctx.out));
    ctx.out = std::move(before);
}

void readBundleInto(Context &ctx, const Obj &bundle)
{
    const QList<Obj> entries = bundle.objs(u"entry"_s);
    QList<std::pair<Obj, QString>> resources;
    resources.reserve(entries.size());
    for (const Obj &entry : entries) {
        const Obj resource = entry.obj(u"resource"_s);
        if (resource.isEmpty())
            continue;
        const QString fullUrl = entry.str(u"fullUrl"_s);
        ctx.index.add(resource.json(), fullUrl, resource.path());
        resources.append({ resource, fullUrl });
    }
    for (const auto &[resource, fullUrl] : std::as_const(resources)) {
        const QJsonValue type = resource.json().value(u"resourceType");
        if (type == u"DiagnosticReport"_s)
            collectPanels(Res(ctx, resource, fullUrl));
        else if (type == u"Composition"_s)
            collectAttachedDocuments(Res(ctx, resource, fullUrl));
    }
    for (const auto &[resource, fullUrl] : std::as_const(resources))
        readOne(ctx, resource, fullUrl);
}

ReadOutcome outcomeOf(Context &ctx)
{
    ReadOutcome outcome;
    outcome.resources = std::move(ctx.out);
    outcome.problems = std::move(ctx.issues.problems);
    outcome.warnings = std::move(ctx.issues.warnings);
    outcome.skippedTypes = std::move(ctx.skippedTypes);
    return outcome;
}

// Parses one JSON text into an object, applying the size and depth limits first.
Result<QJsonObject> parseObject(
    QByteArrayView bytes, const QString &where, const ReadOptions &options)
{
    if (bytes.size() > options.maxBytes)
        return makeError(Error::Kind::TooLarge,
            u"input of %1 bytes is over the limit of %2"_s.arg(bytes.size()).arg(options.maxBytes),
            where);
    if (deeperThan(bytes, options.maxDepth))
        return makeError(
            Error::Kind::TooDeep, u"JSON nesting deeper than %1"_s.arg(options.maxDepth), where);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(Error::Kind::NotJson,
            parseError.errorString() + u" at byte offset "_s + QString::number(parseError.offset),
            where);
    if (!doc.isObject())
        return makeError(Error::Kind::NotFhir, u"JSON, but not an object"_s, where);
    return doc.object();
}

qsizetype entryCount(const QJsonObject &resource)
{
    if (resource.value(u"resourceType") != u"Bundle"_s)
        return 0;
    return resource.value(u"entry").toArray().size();
}

} // namespace

Result<ReadOutcome> readResource(
    const QJsonObject &resource, const QString &where, const ReadOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const QJsonValue type = resource.value(u"resourceType");
    if (!type.isString() || type.toString().isEmpty())
        return makeError(Error::Kind::NotFhir, u"no resourceType: not a FHIR resource"_s, where,
            u"$.resourceType"_s);
    if (entryCount(resource) > options.maxEntries)
        return makeError(Error::Kind::TooLarge,
            u"Bundle has more than %1 entries"_s.arg(options.maxEntries), where, u"$.entry"_s);
    Issues issues(where);
    Context ctx(options, issues);
    const Obj root(resource, u"$"_s, &issues);
    const bool bundle = type.toString() == u"Bundle"_s;
    readOne(ctx, root, QString());
    if (!bundle && issues.invalidCount > 0) {
        for (const Error &e : std::as_const(issues.problems)) {
            if (e.kind == Error::Kind::Invalid)
                return e;
        }
    }
    ReadOutcome outcome = outcomeOf(ctx);
    qCDebug(lcFhir) << "read" << type.toString() << "values" << outcome.resources.count()
                    << "problems" << outcome.problems.size() << "in" << timer.elapsed() << "ms";
    return outcome;
}

Result<ReadOutcome> readJson(
    const QByteArray &bytes, const QString &where, const ReadOptions &options)
{
    Result<QJsonObject> object = parseObject(bytes, where, options);
    if (!object)
        return object.error();
    return readResource(*object, where, options);
}

Result<ReadOutcome> readNdjson(
    const QByteArray &bytes, const QString &where, const ReadOptions &options)
{
    if (bytes.size() > options.maxBytes)
        return makeError(Error::Kind::TooLarge,
            u"input of %1 bytes is over the limit of %2"_s.arg(bytes.size()).arg(options.maxBytes),
            where);
    Issues issues(where);
    Context ctx(options, issues);
    QList<Obj> resources;
    qsizetype start = 0;
    qsizetype lineNo = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        ++lineNo;
        const QByteArrayView line = QByteArrayView(bytes).sliced(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        if (resources.size() + issues.problems.size() >= options.maxEntries)
            return makeError(Error::Kind::TooLarge,
                u"more than %1 NDJSON lines"_s.arg(options.maxEntries), where);
        const QString lineName = u"line "_s + QString::number(lineNo);
        Result<QJsonObject> object = parseObject(line, where, options);
        if (!object) {
            Error e = object.error();
            e.message = lineName + u": "_s + e.message;
            e.path = lineName;
            issues.problems.append(e);
            continue;
        }
        const Obj resource(*object, lineName + u" $"_s, &issues);
        ctx.index.add(resource.json(), QString(), resource.path());
        resources.append(resource);
    }
    for (const Obj &resource : std::as_const(resources))
        readOne(ctx, resource, QString());
    return outcomeOf(ctx);
}

Result<ReadOutcome> readFile(const QString &path, const ReadOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io, file.errorString(), path);
    if (file.size() > options.maxBytes)
        return makeError(Error::Kind::TooLarge,
            u"file of %1 bytes is over the limit of %2"_s.arg(file.size()).arg(options.maxBytes),
            path);
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(Error::Kind::Io, file.errorString(), path);
    // NDJSON: the first non-blank line is a whole JSON object and another line follows.
    qsizetype start = 0;
    while (start < bytes.size() && QChar::isSpace(uchar(bytes.at(start))))
        ++start;
    const qsizetype end = bytes.indexOf('\n', start);
    if (end > start && !QByteArrayView(bytes).sliced(end).trimmed().isEmpty()) {
        const QByteArrayView first = QByteArrayView(bytes).sliced(start, end - start).trimmed();
        if (first.startsWith('{') && first.endsWith('}')
            && QJsonDocument::fromJson(first.toByteArray()).isObject()) {
            return readNdjson(bytes, path, options);
        }
    }
    return readJson(bytes, path, options);
}

} // namespace renkei::fhir
