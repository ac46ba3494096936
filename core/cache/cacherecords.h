#pragma once

#include "cache/cachetypes.h"
#include "cache/rowcipher.h"
#include "fhir/reader.h"
#include "model/resources.h"
#include "model/resourceset.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The plaintext inside each sealed blob (versioned QDataStream), and the normalised texts that
// lookup hashes are made of. No keys here: RowCipher seals what these produce.
namespace renkei::cache {

// A resource row: where it came from, its version, its source JSON and its compact form (the
// model values read from it, modelstream.h), each compressed.
struct ResourceRecord {
    QString network;
    QString versionId;
    QByteArray compressedJson;
    quint16 compactVersion = 0; // model::kCompactVersion when written; 0: no compact form
    QByteArray compressedCompact;

    QByteArray json() const;
    // The values of the compact form, or nullopt when it is missing, of another version or
    // unreadable (then read json() again).
    std::optional<model::ResourceSet> values() const;
};
ResourceRecord makeResourceRecord(const QString &network, const QString &versionId,
    const QByteArray &json, const model::ResourceSet *values);
QByteArray encodeResource(const ResourceRecord &record);
std::optional<ResourceRecord> decodeResource(const QByteArray &plain);

// A patient row: the network, logical id and demographics (CachedPatient minus the counts/times).
QByteArray encodeDemographics(const CachedPatient &patient);
std::optional<CachedPatient> decodeDemographics(const QByteArray &plain);
void setDemographics(CachedPatient &patient, const model::Patient &source);

QByteArray encodeCursor(const SyncCursor &cursor);
std::optional<SyncCursor> decodeCursor(const QByteArray &plain);

// How the cache reads a stored resource's JSON (profiles were checked when it arrived).
fhir::ReadOptions storedReadOptions(const QString &network);

// NFKC, trimmed: "ＡＢ１２ " and "AB12" are one identifier.
QString normaliseText(const QString &text);
// "system|value" with the system in canonical form (model::canonicalSystem).
QString identifierText(const QString &system, const QString &value);
// For name search: NFKC, no spaces, lower case, hiragana as katakana.
QString nameSearchText(const QString &text);

// The row keys (AAD) of a resource row and of a sync state row.
QByteArray resourceRowKey(const QString &pkey, const QByteArray &networkHash, const QString &type,
    const QByteArray &idHash);
QByteArray syncRowKey(const QString &pkey, const QByteArray &networkHash);
// The lookup hash of a PatientRef::match ("system|value"), empty when it names none.
QByteArray matchHash(const RowCipher &cipher, const QString &match);

// RFC 4648 base32, lower case, no padding: the printable form of a patient key.
QString base32(QByteArrayView bytes);

// ISO 8601 UTC with milliseconds, so that stored times sort as text.
QString sortableTime(const QDateTime &time);

} // namespace renkei::cache
