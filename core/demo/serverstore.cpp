#include "demo/serverstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace renkei::demo {

namespace {

const QList<int> kNone;

void collectReferences(const QJsonValue &value, QStringList &out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == u"reference"_s && it.value().isString()) {
                const QString ref = it.value().toString();
                const QStringList parts = ref.split(u'/');
                if (parts.size() == 2 && !parts.at(0).isEmpty() && parts.at(0).at(0).isUpper()
                    && !out.contains(ref))
                    out.append(ref);
            } else if (it.value().isObject() || it.value().isArray()) {
                collectReferences(it.value(), out);
            }
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (const QJsonValue &v : a)
            collectReferences(v, out);
    }
}

} // namespace

QString normalizeNameKey(const QString &text)
{
    const QString nfkc = text.normalized(QString::NormalizationForm_KC).toLower();
    QString out;
    out.reserve(nfkc.size());
    for (QChar c : nfkc) {
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        if (u >= 0x3041 && u <= 0x3096)
            c = QChar(static_cast<char16_t>(u + 0x60)); // hiragana → katakana
        out.append(c);
    }
    return out;
}

QString fhirInstant(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

void ResourceStore::load(const Dataset &dataset)
{
    m_entries.clear();
    m_byTypeId.clear();
    m_byType.clear();
    m_byPatient.clear();
    m_deleted.clear();
    m_entries.reserve(dataset.resources.size());
    for (const StoredResource &r : dataset.resources) {
        StoreEntry e;
        e.resource = r;
        e.version = r.json.value(u"meta"_s).toObject().value(u"versionId"_s).toString().toInt();
        if (e.version <= 0)
            e.version = 1;
        if (!m_highWater.isValid() || r.lastUpdated > m_highWater)
            m_highWater = r.lastUpdated;
        const qsizetype existing = m_byTypeId.value(r.type).value(r.id, -1);
        if (existing >= 0) { // a duplicate id: the later one wins
            refreshJson(e);
            m_entries[existing] = std::move(e);
            continue;
        }
        m_entries.append(std::move(e));
        const int i = static_cast<int>(m_entries.size() - 1);
        refreshJson(m_entries[i]);
        index(i);
    }
}

void ResourceStore::index(int i)
{
    StoreEntry &e = m_entries[i];
    const StoredResource &r = e.resource;
    m_byTypeId[r.type].insert(r.id, i);
    m_byType[r.type].append(i);
    if (!r.patientId.isEmpty() && r.type != u"Patient"_s)
        m_byPatient[r.patientId].append(i);
    if (r.type == u"Patient"_s) {
        m_byPatient[r.id].prepend(i);
        e.nameKeys.clear();
        const QJsonArray names = r.json.value(u"name"_s).toArray();
        for (const QJsonValue &n : names) {
            const QJsonObject name = n.toObject();
            const QString family = name.value(u"family"_s).toString();
            QString given;
            const QJsonArray givens = name.value(u"given"_s).toArray();
            for (const QJsonValue &g : givens)
                given += g.toString();
            for (const QString &key :
                QStringList { family, given, family + given, name.value(u"text"_s).toString() }) {
                const QString k = normalizeNameKey(key);
                if (!k.isEmpty() && !e.nameKeys.contains(k))
                    e.nameKeys.append(k);
            }
        }
        const QJsonArray ids = r.json.value(u"identifier"_s).toArray();
        for (const QJsonValue &v : ids) {
            const QJsonObject id = v.toObject();
            e.identifiers.append(
                { id.value(u"system"_s).toString(), id.value(u"value"_s).toString() });
        }
        e.birthDate = QDate::fromString(r.json.value(u"birthDate"_s).toString(), Qt::ISODate);
        e.gender = r.json.value(u"gender"_s).toString();
    }
}

void ResourceStore::refreshJson(StoreEntry &e)
{
    QJsonObject meta = e.resource.json.value(u"meta"_s).toObject();
    meta.insert(u"versionId"_s, QString::number(e.version));
    if (e.resource.lastUpdated.isValid())
        meta.insert(u"lastUpdated"_s, fhirInstant(e.resource.lastUpdated));
    e.resource.json.insert(u"meta"_s, meta);
    if (!e.resource.json.contains(u"resourceType"_s))
        e.resource.json.insert(u"resourceType"_s, e.resource.type);
    if (!e.resource.json.contains(u"id"_s))
        e.resource.json.insert(u"id"_s, e.resource.id);
    e.compactJson = QJsonDocument(e.resource.json).toJson(QJsonDocument::Compact);
    e.referencesKnown = false;
}

int ResourceStore::find(const QString &type, const QString &id) const
{
    const auto t = m_byTypeId.constFind(type);
    if (t == m_byTypeId.cend())
        return -1;
    return t->value(id, -1);
}

int ResourceStore::resolve(const QString &reference) const
{
    const qsizetype slash = reference.indexOf(u'/');
    if (slash <= 0)
        return -1;
    return find(reference.left(slash), reference.mid(slash + 1));
}

const QList<int> &ResourceStore::ofType(const QString &type) const
{
    const auto it = m_byType.constFind(type);
    return it == m_byType.cend() ? kNone : *it;
}

const QList<int> &ResourceStore::ofPatient(const QString &patientId) const
{
    const auto it = m_byPatient.constFind(patientId);
    return it == m_byPatient.cend() ? kNone : *it;
}

QStringList ResourceStore::types() const
{
    QStringList out = m_byType.keys();
    out.sort();
    return out;
}

const QStringList &ResourceStore::references(int index) const
{
    const StoreEntry &e = m_entries.at(index);
    if (!e.referencesKnown) {
        e.references.clear();
        collectReferences(e.resource.json, e.references);
        e.referencesKnown = true;
    }
    return e.references;
}

QDateTime ResourceStore::nextStamp(const QDateTime &now, const QDateTime &previous)
{
    QDateTime stamp = now.toUTC();
    if (m_highWater.isValid() && stamp <= m_highWater)
        stamp = m_highWater.addMSecs(1);
    if (previous.isValid() && stamp <= previous)
        stamp = previous.addMSecs(1);
    m_highWater = stamp;
    return stamp;
}

std::optional<QDateTime> ResourceStore::touch(
    const QString &type, const QString &id, const QDateTime &now)
{
    const int i = find(type, id);
    if (i < 0)
        return std::nullopt;
    StoreEntry &e = m_entries[i];
    e.resource.lastUpdated = nextStamp(now, e.resource.lastUpdated);
    ++e.version;
    refreshJson(e);
    return e.resource.lastUpdated;
}

int ResourceStore::upsert(StoredResource resource, const QDateTime &now)
{
    if (findDeleted(resource.type, resource.id) >= 0)
        m_deleted[resource.type].remove(resource.id); // created again: a new entry
    const int existing = find(resource.type, resource.id);
    resource.lastUpdated
        = nextStamp(now, existing >= 0 ? m_entries.at(existing).resource.lastUpdated : QDateTime());
    if (existing >= 0) {
        StoreEntry &e = m_entries[existing];
        const QString oldPatient = e.resource.patientId;
        e.resource = std::move(resource);
        ++e.version;
        refreshJson(e);
        if (oldPatient != e.resource.patientId) {
            m_byPatient[oldPatient].removeAll(existing);
            if (!e.resource.patientId.isEmpty())
                m_byPatient[e.resource.patientId].append(existing);
        }
        if (e.resource.type == u"Patient"_s) {
            e.identifiers.clear();
            // Re-index the search keys (the Patient index entry itself is already there).
            const QList<int> keep = m_byPatient.value(e.resource.id);
            index(existing);
            m_byType[e.resource.type].removeLast();
            m_byPatient[e.resource.id] = keep;
        }
        return existing;
    }
    StoreEntry e;
    e.resource = std::move(resource);
    m_entries.append(std::move(e));
    const int i = static_cast<int>(m_entries.size() - 1);
    refreshJson(m_entries[i]);
    index(i);
    return i;
}

std::optional<QDateTime> ResourceStore::remove(
    const QString &type, const QString &id, const QDateTime &now)
{
    const int i = find(type, id);
    if (i < 0)
        return std::nullopt;
    StoreEntry &e = m_entries[i];
    e.resource.lastUpdated = nextStamp(now, e.resource.lastUpdated);
    ++e.version;
    refreshJson(e);
    e.deleted = true;
    m_byTypeId[type].remove(id);
    m_byType[type].removeAll(i);
    if (type == u"Patient"_s)
        m_byPatient.remove(id);
    else if (!e.resource.patientId.isEmpty())
        m_byPatient[e.resource.patientId].removeAll(i);
    m_deleted[type].insert(id, i);
    return e.resource.lastUpdated;
}

int ResourceStore::findDeleted(const QString &type, const QString &id) const
{
    return m_deleted.value(type).value(id, -1);
}

QList<int> ResourceStore::changedSince(const QString &type, const QDateTime &since) const
{
    QList<int> out;
    auto consider = [&](int i) {
        const QDateTime &t = m_entries.at(i).resource.lastUpdated;
        if (!since.isValid() || (t.isValid() && t >= since))
            out.append(i);
    };
    for (int i : ofType(type))
        consider(i);
    for (int i : m_deleted.value(type))
        consider(i);
    std::sort(out.begin(), out.end(), [this](int a, int b) {
        return m_entries.at(a).resource.lastUpdated < m_entries.at(b).resource.lastUpdated;
    });
    return out;
}

QDateTime ResourceStore::markServed(const QDateTime &now)
{
    QDateTime t = now.toUTC();
    if (m_highWater.isValid() && t < m_highWater)
        t = m_highWater;
    m_highWater = t;
    return t;
}

} // namespace renkei::demo
