#include "ssmix2/import.h"

#include "cache/cache.h"
#include "fhir/writer.h"
#include "model/codes.h"
#include "ssmix2/filename.h"
#include "ssmix2/ssmix2log.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ssmix2 {

namespace {

// One value as a resource to write, with what decides its fate.
struct Entry {
    QString file;
    FileName name;
    cache::RawResource raw;
};

// The files of one version group (an order, the patient's ADT-00, or a file of its own), each
// with the resources it gave.
struct Group {
    std::map<QString, QList<Entry>> files; // file name → entries
    QHash<QString, FileName> names;
};

struct PatientData {
    QList<Entry> patients; // Patient values (one per file that named the patient)
    std::map<QString, Group> groups;
    QString facilityCode;
};

void appendTo(model::ResourceSet &set, model::Patient v)
{
    set.patients.append(std::move(v));
}
void appendTo(model::ResourceSet &set, model::Encounter v)
{
    set.encounters.append(std::move(v));
}
void appendTo(model::ResourceSet &set, model::LabResult v)
{
    set.labs.append(std::move(v));
}
void appendTo(model::ResourceSet &set, model::Medication v)
{
    set.medications.append(std::move(v));
}
void appendTo(model::ResourceSet &set, model::Condition v)
{
    set.conditions.append(std::move(v));
}
void appendTo(model::ResourceSet &set, model::Allergy v)
{
    set.allergies.append(std::move(v));
}

bool isRealOrderNumber(const QString &orderNumber)
{
    if (orderNumber.isEmpty() || orderNumber == u"-")
        return false;
    return std::any_of(orderNumber.cbegin(), orderNumber.cend(), [](QChar c) { return c != u'9'; });
}

// The versions of an order are the files with the same data type and order number; ADT-00 has
// one version group per patient; any other file is its own group.
QString groupKey(const FileName &name, const QString &file)
{
    if (name.dataType == u"ADT-00")
        return name.dataType;
    if (isRealOrderNumber(name.orderNumber))
        return name.dataType + u'|' + name.orderNumber;
    return file;
}

QString stableId(const QString &source, const QString &patient, const QString &group, int segment)
{
    const QByteArray hash = QCryptographicHash::hash(
        (source + u'\n' + patient + u'\n' + group).toUtf8(), QCryptographicHash::Sha256);
    return u"ss2-"_s + QString::fromLatin1(hash.toHex().left(24)) + u'-' + QString::number(segment);
}

bool newerFile(const QString &a, const FileName &na, const QString &b, const FileName &nb)
{
    return std::tie(na.timestamp, a) > std::tie(nb.timestamp, b);
}

class Importer {
public:
    Importer(cache::Cache &cache, const ImportOptions &options)
        : m_cache(cache)
        , m_options(options)
    {
        m_source = options.source;
        if (m_source.isEmpty())
            m_source = options.storage.facilityCode.isEmpty()
                ? u"ssmix2"_s
                : u"ssmix2:"_s + options.storage.facilityCode;
    }

    void collect(const model::ResourceSet &set)
    {
        for (const model::Patient &v : set.patients)
            add(v, v.id, fhir::writePatient);
        for (const model::Encounter &v : set.encounters)
            add(v, v.patient, fhir::writeEncounter);
        for (const model::LabResult &v : set.labs)
            add(v, v.patient, fhir::writeLabResult);
        for (const model::Medication &v : set.medications)
            add(v, v.patient, fhir::writeMedication);
        for (const model::Condition &v : set.conditions)
            add(v, v.patient, fhir::writeCondition);
        for (const model::Allergy &v : set.allergies)
            add(v, v.patient, fhir::writeAllergy);
    }

    Result<void> write(ImportSummary &summary, const ImportProgressCallback &progress)
    {
        QStringList ids = m_patients.keys();
        ids.sort();
        ImportProgress state { 0, int(ids.size()) };
        for (const QString &id : std::as_const(ids)) {
            if (auto done = writePatient(id, m_patients[id], summary); !done)
                return done;
            ++state.patientsDone;
            if (progress && !progress(state)) {
                summary.stopped = true;
                break;
            }
        }
        return {};
    }

private:
    template <typename T>
    void add(T value, const QString &patient, QJsonObject (*write)(const T &))
    {
        if (patient.isEmpty())
            return;
        const QString sourceId = value.provenance.sourceId;
        const QString file = sourceId.section(u'#', 0, 0);
        const int segment = sourceId.contains(u'#') ? sourceId.section(u'#', 1).toInt() : 0;
        const FileNameResult parsed = parseFileName(file);
        if (!parsed.ok())
            return; // the reader only maps files whose names parse
        const FileName &name = *parsed.name;
        PatientData &data = m_patients[patient];
        if (data.facilityCode.isEmpty())
            data.facilityCode = value.provenance.facilityCode;
        const QString group = groupKey(name, file);
        constexpr bool isPatient = std::is_same_v<T, model::Patient>;
        value.id = isPatient ? patient : stableId(m_source, patient, group, segment);
        if constexpr (!isPatient) {
            // The subject by the facility's patient id (an identifier reference): the network
            // patient it joins holds that identifier, so its record keeps these values as its
            // own (clinical::PatientRecord leaves out values that name another patient).
            if (!value.provenance.facilityCode.isEmpty()) {
                value.patient = QString::fromUtf16(model::systems::kPatientIdAtFacilityPrefix)
                    + u'1' + value.provenance.facilityCode + u'|' + patient;
            }
        }
        QJsonObject json = write(value);
        QJsonObject meta = json.value(u"meta"_s).toObject();
        const QDateTime updated = name.issued.toUTC();
        meta.insert(u"lastUpdated"_s, updated.toString(Qt::ISODateWithMs));
        meta.insert(u"versionId"_s, name.timestamp);
        json.insert(u"meta"_s, meta);
        Entry entry { file, name,
            cache::RawResource { json.value(u"resourceType"_s).toString(), value.id, updated,
                name.timestamp, QJsonDocument(json).toJson(QJsonDocument::Compact), false, {} } };
        // The value itself is what the reader makes of its JSON (tst_fhirwriter): the cache
        // keeps it as the compact form without parsing the JSON again.
        auto values = std::make_shared<model::ResourceSet>();
        appendTo(*values, std::move(value));
        entry.raw.values = std::move(values);
        if constexpr (isPatient) {
            data.patients.append(std::move(entry));
        } else {
            Group &g = data.groups[group];
            g.names.insert(file, name);
            g.files[file].append(std::move(entry));
        }
    }

    bool hidden(const FileName &name) const
    {
        return name.isCancelled() && m_options.storage.cancelled == StorageOptions::Cancelled::Hide;
    }

    // The resources of one patient: the newest Patient, the newest file of each group (none
    // when it is hidden as cancelled), and deletions of what only older files had.
    QList<cache::RawResource> resourcesOf(PatientData &data) const
    {
        QList<cache::RawResource> out;
        const Entry *patient = nullptr;
        for (const Entry &e : std::as_const(data.patients)) {
            if (hidden(e.name))
                continue;
            if (!patient || newerFile(e.file, e.name, patient->file, patient->name))
                patient = &e;
        }
        if (patient)
            out.append(patient->raw);
        for (auto &[key, group] : data.groups) {
            const QString *newest = nullptr;
            for (const auto &[file, entries] : group.files) {
                if (!newest
                    || newerFile(
                        file, group.names.value(file), *newest, group.names.value(*newest)))
                    newest = &file;
            }
            QSet<QString> kept;
            if (!hidden(group.names.value(*newest))) {
                for (const Entry &e : group.files.at(*newest)) {
                    kept.insert(e.raw.type + u'/' + e.raw.id);
                    out.append(e.raw);
                }
            }
            QSet<QString> gone;
            for (const auto &[file, entries] : group.files) {
                for (const Entry &e : entries) {
                    const QString ref = e.raw.type + u'/' + e.raw.id;
                    if (kept.contains(ref) || gone.contains(ref))
                        continue;
                    gone.insert(ref);
                    cache::RawResource deletion;
                    deletion.type = e.raw.type;
                    deletion.id = e.raw.id;
                    deletion.deleted = true;
                    out.append(deletion);
                }
            }
        }
        return out;
    }

    Result<void> writePatient(const QString &id, PatientData &data, ImportSummary &summary)
    {
        const QString code = m_options.storage.facilityCode.isEmpty()
            ? data.facilityCode
            : m_options.storage.facilityCode;
        cache::PatientRef ref { m_options.network, id, m_source, {} };
        if (!code.isEmpty()) {
            ref.match = QString::fromUtf16(model::systems::kPatientIdAtFacilityPrefix) + u'1' + code
                + u'|' + id;
        } else {
            ++summary.withoutFacilityCode;
        }
        const QList<cache::RawResource> resources = resourcesOf(data);
        cache::SyncCursor cursor;
        cursor.lastServerTime = QDateTime::currentDateTimeUtc();
        cursor.phase = u"ssmix2-import"_s;
        const qsizetype page = std::max(1, m_options.pageSize);
        for (qsizetype at = 0; at < resources.size() || at == 0; at += page) {
            auto stats = m_cache.putPage(ref, resources.mid(at, page), cursor);
            if (!stats)
                return stats.error();
            summary.resources += stats->written;
            summary.unchanged += stats->skippedOlder;
            summary.deleted += stats->deleted;
        }
        ++summary.patients;
        auto key = m_cache.resolvePatientKey(ref);
        if (!key)
            return key.error();
        if (*key != m_cache.patientKey(ref))
            ++summary.matched;
        return {};
    }

    cache::Cache &m_cache;
    const ImportOptions &m_options;
    QString m_source;
    QHash<QString, PatientData> m_patients;
};

} // namespace

Result<ImportSummary> importStorage(cache::Cache &cache, const QString &path,
    const ImportOptions &options, const ImportProgressCallback &progress)
{
    if (options.network.trimmed().isEmpty())
        return Error { Error::Kind::Invalid, u"no network to import the storage into"_s, path, {} };
    QElapsedTimer timer;
    timer.start();
    StorageOptions storage = options.storage;
    // Every version and every cancelled file is read: the import decides which one stands.
    storage.cancelled = StorageOptions::Cancelled::Keep;
    storage.latestVersionOnly = false;
    auto read = readStorage(path, storage);
    if (!read)
        return read.error();
    ImportSummary summary;
    summary.files = read->filesFound;
    summary.filesRead = read->filesRead;
    summary.issues = std::move(read->issues);
    summary.notMapped = std::move(read->notMappedTypes);
    const qint64 readMs = timer.restart();
    Importer importer(cache, options);
    importer.collect(read->resources);
    read->resources = {};
    if (auto done = importer.write(summary, progress); !done)
        return done.error();
    qCInfo(lcSsmix2) << "imported" << summary.patients << "patients," << summary.resources
                     << "resources written," << summary.deleted << "deleted, read in" << readMs
                     << "ms, written in" << timer.elapsed() << "ms";
    return summary;
}

} // namespace renkei::ssmix2
