#include "cache/cache.h"
#include "cache/cachedatabase.h"
#include "cache/cacherecords.h"
#include "fhir/reader.h"
#include "util/logging.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

// Reading the cache: a patient's record, the patient list, search, and quarantine of rows whose
// tag fails.
namespace renkei::cache {

namespace {

Error unknownPatient()
{
    return Error { Error::Kind::Invalid, u"no such patient in the cache"_s, {}, {},
        u"unknown-patient"_s };
}

Error quarantined(const QString &table, qint64 row)
{
    return Error { Error::Kind::Tampered,
        u"a cached row failed its integrity check and is quarantined"_s, u"cache"_s,
        table + u'/' + QString::number(row), u"quarantined"_s };
}

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

void Cache::quarantine(const QString &key, const QString &table, const QString &rowRef)
{
    qCWarning(lcCache) << "a row of" << table << "failed its integrity check: quarantined";
    if (table == u"resources"_s) {
        QSqlQuery flag = m_db->query(u"UPDATE resources SET quarantined = 1 WHERE row_id = ?"_s);
        flag.addBindValue(rowRef.toLongLong());
        (void)m_db->exec(flag, u"quarantine a row"_s);
    }
    QSqlQuery log
        = m_db->query(u"INSERT INTO quarantine(pkey, table_name, row_ref, reason, detected)"
                      " VALUES(?, ?, ?, 'tag', ?)"_s);
    log.addBindValue(key);
    log.addBindValue(table);
    log.addBindValue(rowRef);
    log.addBindValue(m_options.now().toMSecsSinceEpoch());
    // Best effort: a read-only or full cache still reports the row, it only cannot log it.
    (void)m_db->exec(log, u"quarantine a row"_s);
}

Result<QList<CachedPatient>> Cache::readPatients(const QStringList &keys)
{
    const QSet<QString> wanted(keys.begin(), keys.end());
    // One patient (every page of a sync asks) by its key; several or all by a scan.
    const bool one = keys.size() == 1;
    QSqlQuery q
        = m_db->query(u"SELECT p.pkey, p.demographics, p.last_viewed, p.last_written,"
                      " (SELECT count(*) FROM resources r WHERE r.pkey = p.pkey) FROM patients p"_s
            + (one ? u" WHERE p.pkey = ?"_s : QString()));
    if (one)
        q.addBindValue(keys.first());
    if (auto done = m_db->exec(q, u"read the patients"_s); !done)
        return done.error();
    QList<CachedPatient> patients;
    QStringList damaged;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (!keys.isEmpty() && !wanted.contains(key))
            continue;
        auto plain = m_cipher.open(u"patients"_s, key.toUtf8(), q.value(1).toByteArray());
        std::optional<CachedPatient> patient = plain ? decodeDemographics(*plain) : std::nullopt;
        if (!patient) {
            patient = CachedPatient {};
            patient->damaged = true;
            damaged.append(key);
        }
        patient->key = key;
        patient->lastViewed = fromMs(q.value(2));
        patient->lastWritten = fromMs(q.value(3));
        patient->resourceCount = q.value(4).toLongLong();
        patients.append(std::move(*patient));
    }
    for (const QString &key : std::as_const(damaged))
        quarantine(key, u"patients"_s, key);
    return patients;
}

Result<std::optional<CachedPatient>> Cache::readPatient(const QString &key)
{
    auto patients = readPatients({ key });
    if (!patients)
        return patients.error();
    if (patients->isEmpty())
        return std::optional<CachedPatient>();
    return std::optional<CachedPatient>(patients->first());
}

Result<PatientRecordData> Cache::loadPatient(const QString &key)
{
    QElapsedTimer timer;
    timer.start();
    auto patient = readPatient(key);
    if (!patient)
        return patient.error();
    if (!patient->has_value()) {
        // The key of a second source's patient that has joined a network patient.
        QSqlQuery link = m_db->query(u"SELECT pkey FROM patient_links WHERE alias = ?"_s);
        link.addBindValue(key);
        if (auto done = m_db->exec(link, u"read a patient"_s); !done)
            return done.error();
        if (link.next())
            return loadPatient(link.value(0).toString());
        return unknownPatient();
    }
    PatientRecordData record;
    record.patient = **patient;

    QSqlQuery q = m_db->query(u"SELECT row_id, network_hash, type, id_hash, body, quarantined"
                              " FROM resources WHERE pkey = ? ORDER BY row_id"_s);
    q.addBindValue(key);
    if (auto done = m_db->exec(q, u"read a patient"_s); !done)
        return done.error();
    QList<qint64> failed;
    const fhir::ReadOptions options = storedReadOptions(record.patient.network);
    while (q.next()) {
        const qint64 rowId = q.value(0).toLongLong();
        if (q.value(5).toInt() != 0) {
            ++record.rowsQuarantined;
            record.problems.append(quarantined(u"resources"_s, rowId));
            continue;
        }
        const QString type = q.value(2).toString();
        const QByteArray rowKey = key.toUtf8() + '|' + q.value(1).toByteArray().toHex() + '|'
            + type.toUtf8() + '|' + q.value(3).toByteArray().toHex();
        auto plain = m_cipher.open(u"resources"_s, rowKey, q.value(4).toByteArray());
        std::optional<ResourceRecord> stored = plain ? decodeResource(*plain) : std::nullopt;
        if (!stored) {
            failed.append(rowId);
            ++record.rowsQuarantined;
            record.problems.append(quarantined(u"resources"_s, rowId));
            continue;
        }
        ++record.rowsRead;
        if (auto values = m_options.readCompactForm ? stored->values() : std::nullopt) {
            record.resources.append(std::move(*values));
            continue;
        }
        auto read = fhir::readJson(stored->json(), u"cache"_s, options);
        if (!read) {
            record.problems.append(read.error());
            continue;
        }
        record.resources.append(std::move(read->resources));
        record.problems += read->problems;
    }
    for (qint64 rowId : std::as_const(failed))
        quarantine(key, u"resources"_s, QString::number(rowId));
    qCInfo(lcCache) << "opened a patient:" << record.rowsRead << "rows," << record.rowsQuarantined
                    << "quarantined, in" << timer.elapsed() << "ms";
    return record;
}

Result<QList<CachedPatient>> Cache::listPatients()
{
    auto patients = readPatients({});
    if (!patients)
        return patients;
    std::stable_sort(patients->begin(), patients->end(), [](const auto &a, const auto &b) {
        const QDateTime &left = a.lastViewed.isValid() ? a.lastViewed : a.lastWritten;
        const QDateTime &right = b.lastViewed.isValid() ? b.lastViewed : b.lastWritten;
        return left > right;
    });
    return patients;
}

Result<QList<CachedPatient>> Cache::findPatients(const PatientQuery &query)
{
    const QString text = normaliseText(query.text);
    if (text.isEmpty())
        return listPatients();
    QStringList keys;
    QSqlQuery byKey = m_db->query(u"SELECT pkey FROM patients WHERE pkey = ?"_s);
    byKey.addBindValue(text);
    if (auto done = m_db->exec(byKey, u"find a patient"_s); !done)
        return done.error();
    if (byKey.next())
        keys.append(byKey.value(0).toString());

    QList<QByteArray> hashes { m_cipher.hash(u"value", text) };
    if (const qsizetype bar = text.lastIndexOf(u'|'); bar > 0)
        hashes.append(
            m_cipher.hash(u"identifier", identifierText(text.left(bar), text.mid(bar + 1))));
    QSqlQuery byHash
        = m_db->query(u"SELECT DISTINCT pkey FROM patient_identifiers WHERE hash = ?"_s);
    for (const QByteArray &hash : std::as_const(hashes)) {
        byHash.bindValue(0, hash);
        if (auto done = m_db->exec(byHash, u"find a patient"_s); !done)
            return done.error();
        while (byHash.next())
            keys.append(byHash.value(0).toString());
    }
    if (!keys.isEmpty())
        return readPatients(keys);
    if (!query.byName)
        return QList<CachedPatient>();

    // Offline name search: the patients table is small, so decrypt it and filter.
    auto all = listPatients();
    if (!all)
        return all;
    const QString needle = nameSearchText(text);
    QList<CachedPatient> found;
    for (CachedPatient &patient : *all) {
        for (const QString *name : { &patient.kanjiName, &patient.kanaName, &patient.otherName }) {
            if (!name->isEmpty() && nameSearchText(*name).contains(needle)) {
                found.append(std::move(patient));
                break;
            }
        }
    }
    return found;
}

Result<void> Cache::touchPatient(const QString &key)
{
    QSqlQuery q = m_db->query(u"UPDATE patients SET last_viewed = ? WHERE pkey = ?"_s);
    q.addBindValue(m_options.now().toMSecsSinceEpoch());
    q.addBindValue(key);
    if (auto done = m_db->exec(q, u"record a view"_s); !done)
        return done;
    if (q.numRowsAffected() == 0)
        return unknownPatient();
    return {};
}

} // namespace renkei::cache
