#include "cache/fhirimport.h"

#include "cache/cacherecords.h"
#include "fhir/reader.h"
#include "util/logging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace renkei::cache {

namespace {

enum class Owner { Patient, Shared, Unresolved };

// One resource on its way into the cache.
struct Item {
    QJsonObject json;
    QString type;
    QString id;
    qsizetype file = 0; // index in ImportReport::files
    Owner owner = Owner::Shared;
    QString patientId; // Owner::Patient
    QString identifierKey; // a subject given only by identifier, resolved once every file is read
    QStringList references; // "Type/id" of what it refers to
};

// "Patient/123", "https://x/fhir/Patient/123/_history/2" -> "Patient/123"; contained ("#p"),
// urn: and anything else -> empty.
QString literalTarget(const QString &reference)
{
    if (reference.isEmpty() || reference.startsWith(u'#') || reference.startsWith(u"urn:"_s))
        return {};
    QString text = reference.section(u'?', 0, 0).section(u'#', 0, 0);
    QStringList parts = text.split(u'/', Qt::SkipEmptyParts);
    if (const qsizetype history = parts.indexOf(u"_history"_s); history >= 0)
        parts = parts.mid(0, history);
    if (parts.size() < 2 || parts.at(parts.size() - 2).isEmpty()
        || !parts.at(parts.size() - 2).at(0).isUpper())
        return {};
    return parts.at(parts.size() - 2) + u'/' + parts.last();
}

void collectReferences(const QJsonValue &value, QStringList &out)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectReferences(v, out);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == u"reference"_s && it.value().isString()) {
            if (const QString target = literalTarget(it.value().toString()); !target.isEmpty())
                out.append(target);
        } else if (it.key() != u"contained"_s) {
            collectReferences(it.value(), out);
        }
    }
}

// References to another entry's fullUrl become Type/id (what a server does with a transaction).
QJsonValue rewriteReferences(const QJsonValue &value, const QHash<QString, QString> &fullUrls)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(rewriteReferences(v, fullUrls));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == u"reference"_s && it.value().isString()) {
            const auto found = fullUrls.constFind(it.value().toString());
            if (found != fullUrls.constEnd())
                it.value() = *found;
        } else if (it.value().isObject() || it.value().isArray()) {
            it.value() = rewriteReferences(it.value(), fullUrls);
        }
    }
    return object;
}

bool isFhirId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9\\-\\.]{1,64}$"_s);
    return pattern.match(id).hasMatch();
}

// Who a resource belongs to: its subject / patient, else the first Patient it refers to, else
// nobody (a shared resource).
void setOwner(Item &item)
{
    if (item.type == u"Patient"_s) {
        item.owner = Owner::Patient;
        item.patientId = item.id;
        return;
    }
    for (const QString &field : { u"subject"_s, u"patient"_s }) {
        const QJsonValue subject = item.json.value(field);
        if (!subject.isObject())
            continue;
        const QJsonObject o = subject.toObject();
        const QString reference = o.value(u"reference"_s).toString();
        if (!reference.isEmpty()) {
            const QString target = literalTarget(reference);
            if (target.startsWith(u"Patient/"_s)) {
                item.owner = Owner::Patient;
                item.patientId = target.mid(8);
                return;
            }
            if (target.isEmpty()) { // contained, or a urn: outside its Bundle
                item.owner = Owner::Unresolved;
                return;
            }
            continue; // a Group, a Location...: look further
        }
        const QJsonObject identifier = o.value(u"identifier"_s).toObject();
        if (!identifier.value(u"value"_s).toString().isEmpty()) {
            item.owner = Owner::Unresolved; // until an imported Patient has that identifier
            item.identifierKey = identifierText(
                identifier.value(u"system"_s).toString(), identifier.value(u"value"_s).toString());
            return;
        }
    }
    for (const QString &target : std::as_const(item.references)) {
        if (target.startsWith(u"Patient/"_s)) {
            item.owner = Owner::Patient;
            item.patientId = target.mid(8);
            return;
        }
    }
    item.owner = Owner::Shared;
}

Item makeItem(QJsonObject json, qsizetype file)
{
    Item item;
    item.type = json.value(u"resourceType"_s).toString();
    item.id = json.value(u"id"_s).toString();
    item.file = file;
    item.json = std::move(json);
    collectReferences(item.json, item.references);
    setOwner(item);
    return item;
}

// A document is kept whole: one Bundle resource of its Composition's subject.
void addDocument(const QJsonObject &bundle, qsizetype file, QList<Item> &items)
{
    QHash<QString, QJsonObject> byFullUrl;
    const QJsonArray entries = bundle.value(u"entry"_s).toArray();
    for (const QJsonValue &e : entries)
        byFullUrl.insert(e[u"fullUrl"_s].toString(), e[u"resource"_s].toObject());
    const QJsonObject composition
        = entries.isEmpty() ? QJsonObject() : entries.first()[u"resource"_s].toObject();
    const QJsonObject subject = composition.value(u"subject"_s).toObject();
    const QJsonObject patient = byFullUrl.value(subject.value(u"reference"_s).toString());

    QJsonObject whole = bundle;
    if (whole.value(u"id"_s).toString().isEmpty()) {
        // A stable id of the document: its identifier, else its content.
        const QJsonObject identifier = whole.value(u"identifier"_s).toObject();
        const QByteArray basis = identifier.isEmpty()
            ? QJsonDocument(whole).toJson(QJsonDocument::Compact)
            : (identifier.value(u"system"_s).toString() + u'|'
                + identifier.value(u"value"_s).toString())
                  .toUtf8();
        const QByteArray digest
            = QCryptographicHash::hash(basis, QCryptographicHash::Sha256).toHex().left(32);
        whole.insert(u"id"_s, QString(u"doc-"_s + QString::fromLatin1(digest)));
    }
    Item document;
    document.type = u"Bundle"_s;
    document.id = whole.value(u"id"_s).toString();
    document.file = file;
    document.json = whole;
    if (patient.value(u"resourceType"_s).toString() == u"Patient"_s
        && !patient.value(u"id"_s).toString().isEmpty()) {
        document.owner = Owner::Patient;
        document.patientId = patient.value(u"id"_s).toString();
        items.append(makeItem(patient, file));
    } else {
        // Not in the Bundle: the subject as any resource's.
        Item probe = makeItem(composition, file);
        document.owner = probe.owner;
        document.patientId = probe.patientId;
        document.identifierKey = probe.identifierKey;
    }
    items.append(document);
}

void addResource(const QJsonObject &resource, qsizetype file, QList<Item> &items, int &unusable)
{
    if (resource.value(u"resourceType"_s).toString() != u"Bundle"_s) {
        if (resource.value(u"id"_s).toString().isEmpty()) {
            ++unusable;
            return;
        }
        items.append(makeItem(resource, file));
        return;
    }
    if (resource.value(u"type"_s).toString() == u"document"_s) {
        addDocument(resource, file, items);
        return;
    }
    const QJsonArray entries = resource.value(u"entry"_s).toArray();
    QHash<QString, QString> fullUrls;
    QList<QJsonObject> members;
    for (const QJsonValue &e : entries) {
        QJsonObject member = e[u"resource"_s].toObject();
        if (member.isEmpty())
            continue; // a transaction-response entry, a deletion in a history
        const QString fullUrl = e[u"fullUrl"_s].toString();
        QString id = member.value(u"id"_s).toString();
        if (id.isEmpty() && fullUrl.startsWith(u"urn:uuid:"_s) && isFhirId(fullUrl.mid(9))) {
            id = fullUrl.mid(9);
            member.insert(u"id"_s, id);
        }
        if (!fullUrl.isEmpty() && !id.isEmpty())
            fullUrls.insert(fullUrl, member.value(u"resourceType"_s).toString() + u'/' + id);
        members.append(member);
    }
    for (const QJsonObject &member : std::as_const(members))
        addResource(rewriteReferences(member, fullUrls).toObject(), file, items, unusable);
}

QString joinProblems(const QList<Error> &problems)
{
    QStringList parts;
    for (Error e : problems) {
        e.where.clear(); // the file is named once, in `path`
        parts.append(e.describe());
    }
    return parts.join(u"; "_s);
}

// Checks a file as `inspect` does, then takes its resources.
ImportFile readFile(const QString &path, qsizetype index, QList<Item> &items)
{
    ImportFile file;
    file.path = path;
    fhir::ReadOptions options;
    options.sourceSystem = QFileInfo(path).fileName();
    auto checked = fhir::readFile(path, options);
    if (!checked) {
        Error e = checked.error();
        e.where.clear();
        file.error = e.describe();
        return file;
    }
    file.warnings = checked->warnings;
    if (!checked->complete()) {
        file.error = joinProblems(checked->problems);
        return file;
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        file.error = u"cannot read the file"_s;
        return file;
    }
    const QByteArray bytes = in.readAll();
    QList<QJsonObject> resources;
    QJsonParseError error;
    const QJsonDocument whole = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError && whole.isObject()) {
        resources.append(whole.object());
    } else {
        for (const QByteArray &line : bytes.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonDocument one = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !one.isObject()) {
                file.error = u"a line is not a JSON object"_s;
                return file;
            }
            resources.append(one.object());
        }
    }
    const qsizetype before = items.size();
    int unusable = 0;
    for (const QJsonObject &resource : std::as_const(resources))
        addResource(resource, index, items, unusable);
    if (unusable > 0)
        file.warnings.append(u"%1 resource(s) without an id were not imported"_s.arg(unusable));
    file.ok = true;
    file.resources = items.size() - before;
    return file;
}

// Every shared resource reachable from a patient's own resources.
void addReferencedShared(QList<qsizetype> &group, const QList<Item> &items,
    const QHash<QString, qsizetype> &shared, QSet<qsizetype> &used)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < group.size(); ++i) {
        for (const QString &target : std::as_const(items.at(group.at(i)).references)) {
            if (seen.contains(target))
                continue;
            seen.insert(target);
            const auto found = shared.constFind(target);
            if (found == shared.constEnd())
                continue;
            group.append(*found);
            used.insert(*found);
        }
    }
}

} // namespace

bool ImportReport::allOk() const
{
    return unresolved == 0 && writeErrors.isEmpty()
        && std::all_of(files.cbegin(), files.cend(), [](const ImportFile &f) { return f.ok; });
}

ImportReport importFhirFiles(
    Cache &cache, const QStringList &files, const QString &network, int pageSize)
{
    ImportReport report;
    QList<Item> items;
    for (const QString &path : files)
        report.files.append(readFile(path, report.files.size(), items));

    // Subjects given by identifier: the imported Patient with that identifier.
    QHash<QString, QString> patientByIdentifier;
    for (const Item &item : std::as_const(items)) {
        if (item.type != u"Patient"_s)
            continue;
        for (const QJsonValue &id : item.json.value(u"identifier"_s).toArray())
            patientByIdentifier.insert(
                identifierText(id[u"system"_s].toString(), id[u"value"_s].toString()), item.id);
    }
    QStringList order; // patients in the order they were first seen
    QHash<QString, QList<qsizetype>> groups;
    QHash<QString, qsizetype> shared; // "Type/id" -> item
    for (qsizetype i = 0; i < items.size(); ++i) {
        Item &item = items[i];
        if (item.owner == Owner::Unresolved && !item.identifierKey.isEmpty()) {
            const QString found = patientByIdentifier.value(item.identifierKey);
            if (!found.isEmpty()) {
                item.owner = Owner::Patient;
                item.patientId = found;
            }
        }
        switch (item.owner) {
        case Owner::Patient:
            if (!groups.contains(item.patientId))
                order.append(item.patientId);
            groups[item.patientId].append(i);
            break;
        case Owner::Shared:
            shared.insert(item.type + u'/' + item.id, i);
            break;
        case Owner::Unresolved:
            ++report.unresolved;
            report.files[item.file].warnings.append(
                u"%1/%2: its patient could not be found in this import (not imported)"_s.arg(
                    item.type, item.id));
            break;
        }
    }
    QSet<qsizetype> usedShared;
    for (const QString &patient : std::as_const(order))
        addReferencedShared(groups[patient], items, shared, usedShared);
    for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
        if (usedShared.contains(*it))
            continue;
        if (order.size() == 1)
            groups[order.first()].append(*it);
        else
            ++report.unreferencedShared;
    }

    for (const QString &patientId : std::as_const(order)) {
        const PatientRef ref { network, patientId };
        ImportedPatient imported { cache.patientKey(ref), ref, false, {} };
        // One row per resource: the last file that has it wins.
        QList<RawResource> resources;
        QHash<QString, qsizetype> at;
        for (qsizetype index : std::as_const(groups[patientId])) {
            const Item &item = items.at(index);
            RawResource raw;
            if (!RawResource::fromJson(
                    QJsonDocument(item.json).toJson(QJsonDocument::Compact), &raw)) {
                ++imported.stats.rejected;
                continue;
            }
            if (raw.type == u"Patient"_s && raw.id == patientId)
                imported.withPatientResource = true;
            const QString key = raw.type + u'/' + raw.id;
            if (const auto found = at.constFind(key); found != at.constEnd()) {
                resources[*found] = raw;
                continue;
            }
            at.insert(key, resources.size());
            resources.append(raw);
        }
        auto state = cache.syncState(ref);
        const SyncCursor cursor = state && state->has_value() ? **state : SyncCursor {};
        for (qsizetype from = 0; from < resources.size(); from += pageSize) {
            auto written = cache.putPage(ref, resources.mid(from, pageSize), cursor);
            if (!written) {
                report.writeErrors.append(written.error());
                break;
            }
            imported.stats.written += written->written;
            imported.stats.skippedOlder += written->skippedOlder;
            imported.stats.deleted += written->deleted;
            imported.stats.rejected += written->rejected;
        }
        report.patients.append(imported);
    }
    qCInfo(lcCache) << "imported" << report.files.size() << "files," << report.patients.size()
                    << "patients," << report.unresolved << "resources without a patient";
    return report;
}

} // namespace renkei::cache
