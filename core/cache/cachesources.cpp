#include "cache/cache.h"
#include "cache/cachedatabase.h"
#include "cache/cacherecords.h"
#include "util/logging.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

// Second sources of a network (an SS-MIX2 storage, docs/cache.md "Second sources"): which network
// patient a source's patient is, and moving a source's patient under that patient's key.
namespace renkei::cache {

namespace {

Result<QStringList> keysWithHash(CacheDatabase &db, const QByteArray &hash, const QString &except)
{
    QSqlQuery q = db.query(u"SELECT DISTINCT pkey FROM patient_identifiers WHERE hash = ?"_s);
    q.addBindValue(hash);
    if (auto done = db.exec(q, u"find a patient"_s); !done)
        return done.error();
    QStringList keys;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key != except)
            keys.append(key);
    }
    return keys;
}

} // namespace

Result<std::optional<QString>> Cache::matchedPatient(const PatientRef &patient)
{
    if (patient.source.isEmpty())
        return std::optional<QString>();
    // Joined once, joined for good (until the network patient is forgotten).
    QSqlQuery link = m_db->query(u"SELECT pkey FROM patient_links WHERE alias = ?"_s);
    link.addBindValue(patientKey(patient));
    if (auto done = m_db->exec(link, u"find a patient"_s); !done)
        return done.error();
    if (link.next())
        return std::optional<QString>(link.value(0).toString());
    const QByteArray hash = matchHash(m_cipher, patient.match);
    if (hash.isEmpty())
        return std::optional<QString>();
    auto keys = keysWithHash(*m_db, hash, patientKey(patient));
    if (!keys)
        return keys.error();
    if (keys->isEmpty())
        return std::optional<QString>();
    auto candidates = readPatients(*keys);
    if (!candidates)
        return candidates.error();
    QStringList found;
    for (const CachedPatient &c : std::as_const(*candidates)) {
        if (!c.damaged && c.source.isEmpty()
            && normaliseText(c.network) == normaliseText(patient.network))
            found.append(c.key);
    }
    if (found.size() > 1) {
        qCWarning(lcCache) << "a second source's patient matches" << found.size()
                           << "patients of the network: kept apart";
    }
    return found.size() == 1 ? std::optional<QString>(found.first()) : std::nullopt;
}

Result<void> Cache::mergePatient(const QString &from, const QString &to)
{
    if (from == to)
        return {};
    QSqlQuery link = m_db->query(u"INSERT INTO patient_links(alias, pkey) VALUES(?, ?)"
                                 " ON CONFLICT(alias) DO UPDATE SET pkey = excluded.pkey"_s);
    link.addBindValue(from);
    link.addBindValue(to);
    if (auto done = m_db->exec(link, u"merge a patient"_s); !done)
        return done;
    QSqlQuery exists = m_db->query(u"SELECT 1 FROM patients WHERE pkey = ?"_s);
    exists.addBindValue(from);
    if (auto done = m_db->exec(exists, u"merge a patient"_s); !done)
        return done;
    if (!exists.next())
        return {};

    // Every row is opened under its old key and sealed again under the new one (the row key is
    // part of the AAD). A row that does not open was quarantined already: it goes with `from`.
    // Its own Patient is not moved (the network patient's demographics stand; see putPage).
    QSqlQuery rows = m_db->query(u"SELECT network_hash, type, id_hash, last_updated, body"
                                 " FROM resources WHERE pkey = ? AND quarantined = 0"
                                 " AND type <> 'Patient'"_s);
    rows.addBindValue(from);
    if (auto done = m_db->exec(rows, u"merge a patient"_s); !done)
        return done;
    QSqlQuery upsert = m_db->query(
        u"INSERT INTO resources(pkey, network_hash, type, id_hash, last_updated, body)"
        " VALUES(?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(pkey, network_hash, type, id_hash) DO UPDATE SET"
        " last_updated = excluded.last_updated, body = excluded.body, quarantined = 0"
        " WHERE excluded.last_updated IS NULL OR resources.last_updated IS NULL"
        " OR excluded.last_updated >= resources.last_updated OR resources.quarantined = 1"_s);
    int moved = 0;
    while (rows.next()) {
        const QByteArray network = rows.value(0).toByteArray();
        const QString type = rows.value(1).toString();
        const QByteArray idHash = rows.value(2).toByteArray();
        auto plain = m_cipher.open(u"resources"_s, resourceRowKey(from, network, type, idHash),
            rows.value(4).toByteArray());
        if (!plain)
            continue;
        auto sealed
            = m_cipher.seal(u"resources"_s, resourceRowKey(to, network, type, idHash), *plain);
        if (!sealed)
            return sealed.error();
        upsert.bindValue(0, to);
        upsert.bindValue(1, network);
        upsert.bindValue(2, type);
        upsert.bindValue(3, idHash);
        upsert.bindValue(4, rows.value(3));
        upsert.bindValue(5, *sealed);
        if (auto done = m_db->exec(upsert, u"merge a patient"_s); !done)
            return done;
        ++moved;
    }

    QSqlQuery cursors = m_db->query(u"SELECT network_hash, state FROM sync_state WHERE pkey = ?"_s);
    cursors.addBindValue(from);
    if (auto done = m_db->exec(cursors, u"merge a patient"_s); !done)
        return done;
    QSqlQuery putCursor
        = m_db->query(u"INSERT INTO sync_state(pkey, network_hash, state) VALUES(?, ?, ?)"
                      " ON CONFLICT(pkey, network_hash) DO UPDATE SET state = excluded.state"_s);
    while (cursors.next()) {
        const QByteArray network = cursors.value(0).toByteArray();
        auto plain = m_cipher.open(
            u"sync_state"_s, syncRowKey(from, network), cursors.value(1).toByteArray());
        if (!plain)
            continue; // a damaged cursor costs a full import, nothing more
        auto sealed = m_cipher.seal(u"sync_state"_s, syncRowKey(to, network), *plain);
        if (!sealed)
            return sealed.error();
        putCursor.bindValue(0, to);
        putCursor.bindValue(1, network);
        putCursor.bindValue(2, *sealed);
        if (auto done = m_db->exec(putCursor, u"merge a patient"_s); !done)
            return done;
    }
    // resources, identifiers and sync state of `from` go with it (ON DELETE CASCADE).
    for (const QString &sql :
        { u"DELETE FROM quarantine WHERE pkey = ?"_s, u"DELETE FROM patients WHERE pkey = ?"_s }) {
        QSqlQuery q = m_db->query(sql);
        q.addBindValue(from);
        if (auto done = m_db->exec(q, u"merge a patient"_s); !done)
            return done;
    }
    qCInfo(lcCache) << "a second source's patient joined its network patient:" << moved << "rows";
    return {};
}

Result<void> Cache::adoptSourcePatients(const QString &key, const QList<QByteArray> &hashes)
{
    QSet<QString> seen;
    for (const QByteArray &hash : hashes) {
        auto keys = keysWithHash(*m_db, hash, key);
        if (!keys)
            return keys.error();
        QStringList fresh;
        for (const QString &key : std::as_const(*keys)) {
            if (!seen.contains(key))
                fresh.append(key);
            seen.insert(key);
        }
        if (fresh.isEmpty())
            continue;
        auto candidates = readPatients(fresh);
        if (!candidates)
            return candidates.error();
        for (const CachedPatient &c : std::as_const(*candidates)) {
            if (c.damaged || c.source.isEmpty())
                continue;
            // Only when this patient is the one network patient the source's patient matches.
            auto target = matchedPatient(PatientRef { c.network, c.patientId, c.source, c.match });
            if (!target)
                return target.error();
            if (*target != key)
                continue;
            if (auto done = mergePatient(c.key, key); !done)
                return done;
        }
    }
    return {};
}

} // namespace renkei::cache
