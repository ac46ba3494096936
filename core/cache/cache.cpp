#include "cache/cache.h"

#include "cache/cachedatabase.h"
#include "cache/cachekeys.h"
#include "cache/cacherecords.h"
#include "fhir/reader.h"
#include "util/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace renkei::cache {

struct Cache::PatientRow {
    QString key;
    QByteArray networkHash; // of the patient's network (patients.network_hash)
    CachedPatient patient;
    QByteArray rowsHash; // of the source the page's rows come from (resources.network_hash)
    bool own = true; // the row is the page's own patient's (false: a matched network patient)
};

namespace {

const QString kPatients = u"patients"_s;
const QString kResources = u"resources"_s;
const QString kSyncState = u"sync_state"_s;

} // namespace

QString Cache::defaultPath(const QString &networkId, const QString &account)
{
    const QByteArray accountHash
        = QCryptographicHash::hash(account.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    QString network = networkId;
    network.replace(u'/', u'_').replace(u'\\', u'_');
    if (network.isEmpty() || network.startsWith(u'.'))
        network.prepend(u'_');
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/' + network + u'/'
        + QString::fromLatin1(accountHash) + u"/cache.sqlite"_s;
}

QString Cache::keyScope(const QString &networkId, const QString &account)
{
    return crypto::keyScope(networkId, account, u"cache"_s);
}

Result<std::unique_ptr<Cache>> Cache::open(
    const QString &path, crypto::KeyStore &store, const QString &scope, CacheOptions options)
{
    auto db = CacheDatabase::connect(path, options);
    if (!db)
        return db.error();
    auto empty = (*db)->isEmpty();
    if (!empty)
        return empty.error();
    crypto::SecretBytes dataKey;
    if (*empty) {
        auto made = makeDataKey(store, scope, options.kdfDescription);
        if (!made)
            return made.error();
        if (auto done = (*db)->initialise(CacheDatabase::kCurrentSchemaVersion, made->meta); !done)
            return done.error();
        dataKey = std::move(made->dataKey);
        qCInfo(lcCache) << "created a cache, schema" << CacheDatabase::kCurrentSchemaVersion;
    } else {
        // Ours, readable with this key, then (only then) migrated: a wrong key or a foreign
        // file is refused before anything is written.
        if (auto version = (*db)->schemaVersion(); !version)
            return version.error();
        auto unwrapped = unwrapDataKey(**db, store, scope);
        if (!unwrapped)
            return unwrapped.error();
        dataKey = std::move(*unwrapped);
        if (auto done = (*db)->migrate(); !done)
            return done.error();
    }
    if (auto done = (*db)->enableWriting(); !done)
        return done.error();
    auto cipher = RowCipher::fromDataKey(std::move(dataKey));
    if (!cipher)
        return cipher.error();
    return std::unique_ptr<Cache>(
        new Cache(std::move(*db), std::move(*cipher), std::move(options)));
}

Result<std::optional<QString>> Cache::storedKeyScope(const QString &path)
{
    if (!QFileInfo::exists(path))
        return std::optional<QString>();
    auto db = CacheDatabase::connect(path, CacheOptions {});
    if (!db)
        return db.error();
    auto empty = (*db)->isEmpty();
    if (!empty)
        return empty.error();
    if (*empty)
        return std::optional<QString>();
    if (auto version = (*db)->schemaVersion(); !version)
        return version.error();
    auto scope = (*db)->meta(u"key_scope"_s);
    if (!scope)
        return scope.error();
    if (!scope->has_value())
        return std::optional<QString>();
    return std::optional<QString>(QString::fromUtf8(**scope));
}

Cache::Cache(std::unique_ptr<CacheDatabase> db, RowCipher cipher, CacheOptions options)
    : m_db(std::move(db))
    , m_cipher(std::move(cipher))
    , m_options(std::move(options))
{
}

Cache::~Cache() = default;

QString Cache::path() const
{
    return m_db->path();
}

QByteArray Cache::networkHash(const QString &network) const
{
    return m_cipher.hash(u"network", normaliseText(network));
}

QByteArray Cache::rowsHash(const PatientRef &patient) const
{
    if (patient.source.isEmpty())
        return networkHash(patient.network);
    return m_cipher.hash(
        u"network", normaliseText(patient.network) + u'\n' + normaliseText(patient.source));
}

QString Cache::patientKey(const PatientRef &patient) const
{
    QString text = normaliseText(patient.network) + u'\n' + normaliseText(patient.patientId);
    if (!patient.source.isEmpty())
        text += u'\n' + normaliseText(patient.source);
    const QByteArray mac = m_cipher.hash(u"patient", text);
    return base32(QByteArrayView(mac).first(20));
}

Result<Cache::PatientRow> Cache::ensurePatient(const PatientRef &patient)
{
    if (patient.source.isEmpty())
        return ownPatient(patient);
    auto target = matchedPatient(patient);
    if (!target)
        return target.error();
    if (!*target)
        return ownPatient(patient);
    // Filed under the network's patient; an own row from before the match moves there.
    if (auto done = mergePatient(patientKey(patient), **target); !done)
        return done.error();
    auto existing = readPatient(**target);
    if (!existing)
        return existing.error();
    return PatientRow { **target, networkHash(patient.network),
        existing->value_or(CachedPatient {}), rowsHash(patient), false };
}

Result<Cache::PatientRow> Cache::ownPatient(const PatientRef &patient)
{
    PatientRow row { patientKey(patient), networkHash(patient.network), {}, rowsHash(patient),
        true };
    auto existing = readPatient(row.key);
    if (!existing)
        return existing.error();
    if (existing->has_value() && !(*existing)->damaged) {
        row.patient = std::move(**existing);
        return row;
    }
    row.patient.key = row.key;
    row.patient.network = patient.network;
    row.patient.patientId = patient.patientId;
    row.patient.source = patient.source;
    row.patient.match = patient.match;
    auto sealed = m_cipher.seal(kPatients, row.key.toUtf8(), encodeDemographics(row.patient));
    if (!sealed)
        return sealed.error();
    QSqlQuery q
        = m_db->query(u"INSERT INTO patients(pkey, network_hash, demographics, last_written)"
                      " VALUES(?, ?, ?, ?) ON CONFLICT(pkey) DO UPDATE SET"
                      " demographics = excluded.demographics"_s);
    q.addBindValue(row.key);
    q.addBindValue(row.networkHash);
    q.addBindValue(*sealed);
    q.addBindValue(m_options.now().toMSecsSinceEpoch());
    if (auto done = m_db->exec(q, u"add a patient"_s); !done)
        return done.error();
    QSqlQuery id
        = m_db->query(u"INSERT OR IGNORE INTO patient_identifiers(hash, pkey) VALUES(?, ?)"_s);
    id.addBindValue(m_cipher.hash(u"value", normaliseText(patient.patientId)));
    id.addBindValue(row.key);
    if (auto done = m_db->exec(id, u"index a patient"_s); !done)
        return done.error();
    if (const QByteArray match = matchHash(m_cipher, patient.match); !match.isEmpty()) {
        id.bindValue(0, match);
        id.bindValue(1, row.key);
        if (auto done = m_db->exec(id, u"index a patient"_s); !done)
            return done.error();
    }
    return row;
}

Result<QString> Cache::resolvePatientKey(const PatientRef &patient)
{
    auto target = matchedPatient(patient);
    if (!target)
        return target.error();
    return target->value_or(patientKey(patient));
}

Result<void> Cache::updateDemographics(const PatientRow &row, const QByteArray &patientJson)
{
    auto read = fhir::readJson(patientJson, u"cache"_s, storedReadOptions(row.patient.network));
    if (!read || read->resources.patients.isEmpty())
        return {}; // kept as a resource; the demographics stay as they were
    CachedPatient patient = row.patient;
    const model::Patient &source = read->resources.patients.first();
    setDemographics(patient, source);
    auto sealed = m_cipher.seal(kPatients, row.key.toUtf8(), encodeDemographics(patient));
    if (!sealed)
        return sealed.error();
    QSqlQuery q = m_db->query(u"UPDATE patients SET demographics = ? WHERE pkey = ?"_s);
    q.addBindValue(*sealed);
    q.addBindValue(row.key);
    if (auto done = m_db->exec(q, u"update a patient"_s); !done)
        return done;
    QSqlQuery clear = m_db->query(u"DELETE FROM patient_identifiers WHERE pkey = ?"_s);
    clear.addBindValue(row.key);
    if (auto done = m_db->exec(clear, u"index a patient"_s); !done)
        return done;
    QList<QByteArray> hashes { m_cipher.hash(u"value", normaliseText(patient.patientId)) };
    QList<QByteArray> identifierHashes;
    for (const model::Identifier &id : source.identifiers) {
        identifierHashes.append(m_cipher.hash(u"identifier", identifierText(id.system, id.value)));
        hashes.append(m_cipher.hash(u"value", normaliseText(id.value)));
    }
    hashes += identifierHashes;
    if (const QByteArray match = matchHash(m_cipher, patient.match); !match.isEmpty())
        hashes.append(match);
    QSqlQuery add
        = m_db->query(u"INSERT OR IGNORE INTO patient_identifiers(hash, pkey) VALUES(?, ?)"_s);
    for (const QByteArray &hash : std::as_const(hashes)) {
        add.bindValue(0, hash);
        add.bindValue(1, row.key);
        if (auto done = m_db->exec(add, u"index a patient"_s); !done)
            return done;
    }
    if (!patient.source.isEmpty())
        return {};
    return adoptSourcePatients(row.key, identifierHashes);
}

Result<void> Cache::writeResources(
    const PatientRow &row, const QList<RawResource> &resources, PageStats &stats)
{
    QSqlQuery upsert = m_db->query(
        u"INSERT INTO resources(pkey, network_hash, type, id_hash, last_updated, body)"
        " VALUES(?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(pkey, network_hash, type, id_hash) DO UPDATE SET"
        " last_updated = excluded.last_updated, body = excluded.body, quarantined = 0"
        " WHERE excluded.last_updated IS NULL OR resources.last_updated IS NULL"
        " OR excluded.last_updated >= resources.last_updated OR resources.quarantined = 1"_s);
    QSqlQuery remove = m_db->query(u"DELETE FROM resources WHERE pkey = ? AND network_hash = ?"
                                   " AND type = ? AND id_hash = ?"_s);
    const fhir::ReadOptions readOptions = storedReadOptions(row.patient.network);
    for (const RawResource &resource : resources) {
        if (resource.type.isEmpty() || resource.id.isEmpty()) {
            ++stats.rejected;
            continue;
        }
        // A second source's own Patient under the network patient it joined: that patient's
        // demographics stand, and a second Patient would read as another person's record.
        if (!row.own && resource.type == u"Patient"_s)
            continue;
        const QByteArray idHash
            = m_cipher.hash(u"resource", resource.type + u'/' + normaliseText(resource.id));
        if (resource.deleted) {
            remove.bindValue(0, row.key);
            remove.bindValue(1, row.rowsHash);
            remove.bindValue(2, resource.type);
            remove.bindValue(3, idHash);
            if (auto done = m_db->exec(remove, u"delete a resource"_s); !done)
                return done;
            stats.deleted += remove.numRowsAffected();
            continue;
        }
        const QByteArray rowKey = resourceRowKey(row.key, row.rowsHash, resource.type, idHash);
        // The compact form: the values as the reader makes them now (docs/cache.md).
        const model::ResourceSet *values = resource.values.get();
        Result<fhir::ReadOutcome> read = Error {};
        if (!values) {
            read = fhir::readJson(resource.json, u"cache"_s, readOptions);
            values = read ? &read->resources : nullptr;
        }
        auto sealed = m_cipher.seal(kResources, rowKey,
            encodeResource(makeResourceRecord(
                row.patient.network, resource.versionId, resource.json, values)));
        if (!sealed)
            return sealed.error();
        const QString lastUpdated = sortableTime(resource.lastUpdated);
        upsert.bindValue(0, row.key);
        upsert.bindValue(1, row.rowsHash);
        upsert.bindValue(2, resource.type);
        upsert.bindValue(3, idHash);
        upsert.bindValue(4, lastUpdated.isEmpty() ? QVariant() : QVariant(lastUpdated));
        upsert.bindValue(5, *sealed);
        if (auto done = m_db->exec(upsert, u"write a resource"_s); !done)
            return done;
        if (upsert.numRowsAffected() > 0)
            ++stats.written;
        else
            ++stats.skippedOlder;
    }
    return {};
}

Result<void> Cache::writeCursor(const PatientRow &row, const SyncCursor &cursor)
{
    auto sealed
        = m_cipher.seal(kSyncState, syncRowKey(row.key, row.rowsHash), encodeCursor(cursor));
    if (!sealed)
        return sealed.error();
    QSqlQuery q
        = m_db->query(u"INSERT INTO sync_state(pkey, network_hash, state) VALUES(?, ?, ?)"
                      " ON CONFLICT(pkey, network_hash) DO UPDATE SET state = excluded.state"_s);
    q.addBindValue(row.key);
    q.addBindValue(row.rowsHash);
    q.addBindValue(*sealed);
    return m_db->exec(q, u"write the sync state"_s);
}

Result<PageStats> Cache::putPage(
    const PatientRef &patient, const QList<RawResource> &resources, const SyncCursor &cursor)
{
    QElapsedTimer timer;
    timer.start();
    if (auto done = m_db->begin(); !done)
        return done.error();
    PageStats stats;
    auto run = [&]() -> Result<void> {
        auto row = ensurePatient(patient);
        if (!row)
            return row.error();
        if (auto done = writeResources(*row, resources, stats); !done)
            return done;
        for (const RawResource &resource : resources) {
            if (row->own && !resource.deleted && resource.type == u"Patient"_s
                && resource.id == patient.patientId) {
                if (auto done = updateDemographics(*row, resource.json); !done)
                    return done;
            }
        }
        if (auto done = writeCursor(*row, cursor); !done)
            return done;
        QSqlQuery q = m_db->query(u"UPDATE patients SET last_written = ? WHERE pkey = ?"_s);
        q.addBindValue(m_options.now().toMSecsSinceEpoch());
        q.addBindValue(row->key);
        return m_db->exec(q, u"update a patient"_s);
    };
    if (auto done = run(); !done) {
        m_db->rollback();
        qCWarning(lcCache) << "a page of" << resources.size()
                           << "resources was not written:" << errorKindName(done.error().kind);
        return done.error();
    }
    if (auto done = m_db->commit(); !done)
        return done.error();
    qCDebug(lcCache) << "page written:" << stats.written << "written," << stats.skippedOlder
                     << "older," << stats.deleted << "deleted in" << timer.elapsed() << "ms";
    return stats;
}

Result<std::optional<SyncCursor>> Cache::syncState(const PatientRef &patient)
{
    auto resolved = resolvePatientKey(patient);
    if (!resolved)
        return resolved.error();
    const QString key = *resolved;
    const QByteArray network = rowsHash(patient);
    QSqlQuery q
        = m_db->query(u"SELECT state FROM sync_state WHERE pkey = ? AND network_hash = ?"_s);
    q.addBindValue(key);
    q.addBindValue(network);
    if (auto done = m_db->exec(q, u"read the sync state"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<SyncCursor>();
    auto plain = m_cipher.open(kSyncState, syncRowKey(key, network), q.value(0).toByteArray());
    std::optional<SyncCursor> cursor = plain ? decodeCursor(*plain) : std::nullopt;
    if (!cursor) {
        // A damaged cursor only costs a full sync: start again rather than fail.
        quarantine(key, kSyncState, QString::fromLatin1(network.toHex()));
        return std::optional<SyncCursor>();
    }
    return cursor;
}

Result<void> Cache::setSyncState(const PatientRef &patient, const SyncCursor &cursor)
{
    if (auto done = m_db->begin(); !done)
        return done;
    auto row = ensurePatient(patient);
    auto written = row ? writeCursor(*row, cursor) : Result<void>(row.error());
    if (!written) {
        m_db->rollback();
        return written;
    }
    return m_db->commit();
}

} // namespace renkei::cache
