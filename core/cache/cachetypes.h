#pragma once

#include "model/resourceset.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// The values that go in and out of the encrypted cache (docs/cache.md).
namespace renkei::cache {

// One patient as a network knows it: the network's id (e.g. "hanamizuki") and the logical id of
// its Patient resource there. The cache never stores either in clear.
//
// A second source of the same network (an SS-MIX2 storage) names its patients with `source` set
// (e.g. "ssmix2:1311234567") and `match`, the identifier ("system|value", e.g. the facility's
// patient id urn:oid:1.2.392.100495.20.3.51.1<code>|<id>) by which its patient is the network's:
// its values are then filed under the network patient that holds that identifier, and under a
// patient of their own until one does (docs/cache.md "Second sources").
struct PatientRef {
    PatientRef() = default;
    PatientRef(QString n, QString id, QString s = {}, QString m = {})
        : network(std::move(n))
        , patientId(std::move(id))
        , source(std::move(s))
        , match(std::move(m))
    {
    }
    QString network;
    QString patientId;
    QString source; // empty: the network's own server
    QString match;
};

// One resource as a server sent it (a page entry). `json` is the resource itself; `type`, `id`,
// `lastUpdated` and `versionId` repeat what it says (the sync engine has them at hand).
// `deleted` marks a deletion (a history entry with DELETE, or a 410): the row goes away.
struct RawResource {
    QString type;
    QString id;
    QDateTime lastUpdated; // meta.lastUpdated (UTC); null when the server gave none
    QString versionId;
    QByteArray json;
    bool deleted = false;
    // What fhir::readJson makes of `json`, when the caller already has it (the SS-MIX2 import
    // writes its values with fhir::write*, which the reader reads back to equal values): the
    // cache then stores it as the compact form without parsing `json` again.
    std::shared_ptr<const model::ResourceSet> values;

    // Fills type, id, lastUpdated and versionId from `json`. False when it is not a resource.
    static bool fromJson(const QByteArray &json, RawResource *out);
};

// Where a sync of one patient from one network stands. Sealed (the resume URL names the patient).
struct SyncCursor {
    QDateTime lastServerTime; // the server time of the last complete sync (for _lastUpdated=gt)
    QString resumeUrl; // the next page of an unfinished sync, or empty
    QString phase; // the sync engine's own word for where it is ("recent", "history"...)
    bool operator==(const SyncCursor &) const = default;
};

// A cached patient as lists show it: decrypted demographics, never written to logs.
struct CachedPatient {
    QString key; // opaque, stable: what `renkei-cli patients --json` prints
    QString network;
    QString patientId;
    QString kanjiName;
    QString kanaName;
    QString otherName;
    QDate birthDate;
    QString sex; // model::sexCode
    QStringList identifiers; // "system|value"
    QString source; // PatientRef::source: empty for the network's own patients
    QString match; // PatientRef::match
    QDateTime lastViewed; // null when never viewed
    QDateTime lastWritten;
    qint64 resourceCount = 0;
    bool damaged = false; // the demographics row failed its tag (quarantined; names empty)
};

// A patient's record as opened from the cache. `problems` lists every row that could not be
// opened (Kind::Tampered with code "quarantined" for a row whose tag failed) and every read
// problem of the FHIR reader; the rest of the record is still there.
struct PatientRecordData {
    CachedPatient patient;
    model::ResourceSet resources;
    QList<Error> problems;
    qint64 rowsRead = 0;
    qint64 rowsQuarantined = 0;
};

// What a search for patients matches: an identifier (system|value, or a bare value such as a
// regional or facility patient id), a patient key, or (offline) part of a name in kanji or kana.
struct PatientQuery {
    QString text;
    bool byName = true; // also search names when no identifier matches
};

struct CacheOptions {
    // Where the wrapping key came from: recorded in meta (kdf parameters when a passphrase).
    QString kdfDescription;
    // A size limit in SQLite pages (0: none). Past it a write fails with Kind::Full.
    qint64 maxPageCount = 0;
    int busyTimeoutMs = 5000;
    // Open rows from their compact form (fast); false reads every row's source JSON again
    // (what a newer FHIR mapping does by bumping model::kCompactVersion; also for measurements).
    bool readCompactForm = true;
    // The clock (a seam for tests): last-viewed and last-written times.
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace renkei::cache
