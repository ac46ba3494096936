#pragma once

#include "cache/cachetypes.h"
#include "cache/rowcipher.h"
#include "crypto/keystore.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

// The encrypted local cache of one user on one network (docs/cache.md): a SQLite file whose
// patient values are all AES-256-GCM ciphertext, found by keyed hashes. Not thread-safe: one
// Cache per thread (each has its own connection).
namespace renkei::cache {

class CacheDatabase;

struct PageStats {
    qint64 written = 0;
    qint64 skippedOlder = 0; // a newer version was already cached
    qint64 deleted = 0;
    qint64 rejected = 0; // not a resource (no type or id): nothing stored for it
};

class Cache {
public:
    // The default file: <AppDataLocation>/<network-id>/<account-hash>/cache.sqlite.
    static QString defaultPath(const QString &networkId, const QString &account);
    // The key scope of a network's cache for an account: renkei:<network>:<account>:cache.
    static QString keyScope(const QString &networkId, const QString &account);

    // Opens (or creates) the cache at `path`, its data key wrapped by `store`'s key for `scope`.
    // Errors: Foreign (not ours), Corrupt (damaged, truncated), Io with code "read-only",
    // WrongPassphrase/Tampered with code "other-key" (another key), Unsupported (a newer
    // schema). An error never modifies the file.
    static Result<std::unique_ptr<Cache>> open(const QString &path, crypto::KeyStore &store,
        const QString &scope, CacheOptions options = {});
    // The key scope an existing cache was made for (its meta table, in the clear), so that a
    // tool can open a cache it did not make (renkei-cli --cache DIR). nullopt when there is no
    // file or it is still empty; the errors of open() for a foreign or damaged file. Never
    // writes.
    static Result<std::optional<QString>> storedKeyScope(const QString &path);
    ~Cache();
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;

    // The opaque, stable key of a patient (base32 of a keyed hash of network, logical id and,
    // for a second source's patient, the source).
    QString patientKey(const PatientRef &patient) const;
    // The key a patient's values are filed under: patientKey(), or for a second source's patient
    // that matches one network patient (PatientRef::match), that patient's key.
    Result<QString> resolvePatientKey(const PatientRef &patient);

    // Writes one page of a sync in ONE transaction: upserts (newer meta.lastUpdated wins; equal
    // replaces), deletions, the patient's demographics when the page holds its Patient, and the
    // cursor. On error nothing of the page is written and earlier pages stay as they were.
    // A second source's page goes to the network patient it matches (resolvePatientKey), its
    // rows apart from the network's own (same ids never collide), its own Patient left out (the
    // network patient's demographics stand); a network patient's page
    // whose Patient holds a second source's match identifier takes that source's patient in
    // (its rows move under this patient's key, and its own row goes).
    Result<PageStats> putPage(
        const PatientRef &patient, const QList<RawResource> &resources, const SyncCursor &cursor);
    Result<std::optional<SyncCursor>> syncState(const PatientRef &patient);
    Result<void> setSyncState(const PatientRef &patient, const SyncCursor &cursor);

    // A patient's whole record. Rows whose tag fails are quarantined and listed in `problems`;
    // the rest opens. Kind::Invalid with code "unknown-patient" for a key not in the cache.
    Result<PatientRecordData> loadPatient(const QString &key);
    Result<QList<CachedPatient>> listPatients();
    Result<QList<CachedPatient>> findPatients(const PatientQuery &query);
    // Records that the patient was viewed now (retention counts from it).
    Result<void> touchPatient(const QString &key);

    // Erase at once: rows deleted with secure_delete, then checkpoint, VACUUM, WAL truncated.
    Result<void> forgetPatient(const QString &key);
    Result<void> wipe();
    // Forgets every patient not viewed (or, never viewed, not written) for `days` days before
    // `now`. Returns how many were forgotten.
    Result<int> purgeUnviewed(int days, const QDateTime &now);

    QString path() const;

private:
    Cache(std::unique_ptr<CacheDatabase> db, RowCipher cipher, CacheOptions options);
    struct PatientRow;
    Result<PatientRow> ensurePatient(const PatientRef &patient);
    Result<PatientRow> ownPatient(const PatientRef &patient);
    // The one network patient whose identifiers hold the source patient's match; none when no
    // or several patients do (then the source's patient stays on its own).
    Result<std::optional<QString>> matchedPatient(const PatientRef &patient);
    Result<void> mergePatient(const QString &from, const QString &to);
    Result<void> adoptSourcePatients(const QString &key, const QList<QByteArray> &hashes);
    QByteArray rowsHash(const PatientRef &patient) const;
    Result<void> updateDemographics(const PatientRow &row, const QByteArray &patientJson);
    Result<void> writeCursor(const PatientRow &row, const SyncCursor &cursor);
    Result<void> writeResources(
        const PatientRow &row, const QList<RawResource> &resources, PageStats &stats);
    Result<std::optional<CachedPatient>> readPatient(const QString &key);
    Result<QList<CachedPatient>> readPatients(const QStringList &keys);
    void quarantine(const QString &key, const QString &table, const QString &rowRef);
    Result<void> erase(const QStringList &keys);
    QByteArray networkHash(const QString &network) const;

    std::unique_ptr<CacheDatabase> m_db;
    RowCipher m_cipher;
    CacheOptions m_options;
};

} // namespace renkei::cache
