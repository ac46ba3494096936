#include "cache/cache.h"
#include "cache/cachedatabase.h"
#include "util/logging.h"

using namespace Qt::Literals::StringLiterals;

// Erasing: forget one patient, wipe everything, and retention (purge what was not viewed). Each
// deletes in one transaction, then compacts so that nothing of the rows remains in the files.
namespace renkei::cache {

Result<void> Cache::erase(const QStringList &keys)
{
    if (auto done = m_db->begin(); !done)
        return done;
    for (const QString &key : keys) {
        // resources, patient_identifiers and sync_state go with the patient (ON DELETE CASCADE).
        for (const QString &sql : { u"DELETE FROM quarantine WHERE pkey = ?"_s,
                 u"DELETE FROM patients WHERE pkey = ?"_s }) {
            QSqlQuery q = m_db->query(sql);
            q.addBindValue(key);
            if (auto done = m_db->exec(q, u"forget a patient"_s); !done) {
                m_db->rollback();
                return done;
            }
        }
    }
    if (auto done = m_db->commit(); !done)
        return done;
    return m_db->compact();
}

Result<void> Cache::forgetPatient(const QString &key)
{
    QSqlQuery q = m_db->query(u"SELECT count(*) FROM patients WHERE pkey = ?"_s);
    q.addBindValue(key);
    if (auto done = m_db->exec(q, u"forget a patient"_s); !done)
        return done;
    const bool known = q.next() && q.value(0).toLongLong() > 0;
    q.finish(); // VACUUM refuses to run while a statement is active
    if (!known)
        return Error { Error::Kind::Invalid, u"no such patient in the cache"_s, {}, {},
            u"unknown-patient"_s };
    qCInfo(lcCache) << "forgetting a patient";
    return erase({ key });
}

Result<void> Cache::wipe()
{
    if (auto done = m_db->begin(); !done)
        return done;
    for (const QString &sql :
        { u"DELETE FROM quarantine"_s, u"DELETE FROM sync_state"_s, u"DELETE FROM resources"_s,
            u"DELETE FROM patient_identifiers"_s, u"DELETE FROM patients"_s }) {
        if (auto done = m_db->exec(sql, u"wipe"_s); !done) {
            m_db->rollback();
            return done;
        }
    }
    if (auto done = m_db->commit(); !done)
        return done;
    qCInfo(lcCache) << "wiped the cache";
    return m_db->compact();
}

Result<int> Cache::purgeUnviewed(int days, const QDateTime &now)
{
    const qint64 cutoff = now.addDays(-days).toMSecsSinceEpoch();
    QSqlQuery q
        = m_db->query(u"SELECT pkey FROM patients WHERE coalesce(last_viewed, last_written) < ?"_s);
    q.addBindValue(cutoff);
    if (auto done = m_db->exec(q, u"purge"_s); !done)
        return done.error();
    QStringList keys;
    while (q.next())
        keys.append(q.value(0).toString());
    q.finish();
    if (keys.isEmpty())
        return 0;
    if (auto done = erase(keys); !done)
        return done.error();
    qCInfo(lcCache) << "retention: forgot" << keys.size() << "patients not viewed for" << days
                    << "days";
    return int(keys.size());
}

} // namespace renkei::cache
