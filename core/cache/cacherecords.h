#pragma once

#include "cache/cachetypes.h"
#include "model/resources.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The plaintext inside each sealed blob (versioned QDataStream), and the normalised texts that
// lookup hashes are made of. No keys here: RowCipher seals what these produce.
namespace renkei::cache {

// A resource row: where it came from, its version, and its source JSON (compressed).
struct ResourceRecord {
    QString network;
    QString versionId;
    QByteArray json; // uncompressed when decoded
};
QByteArray encodeResource(const ResourceRecord &record);
std::optional<ResourceRecord> decodeResource(const QByteArray &plain);

// A patient row: the network, logical id and demographics (CachedPatient minus the counts/times).
QByteArray encodeDemographics(const CachedPatient &patient);
std::optional<CachedPatient> decodeDemographics(const QByteArray &plain);
void setDemographics(CachedPatient &patient, const model::Patient &source);

QByteArray encodeCursor(const SyncCursor &cursor);
std::optional<SyncCursor> decodeCursor(const QByteArray &plain);

// NFKC, trimmed: "ＡＢ１２ " and "AB12" are one identifier.
QString normaliseText(const QString &text);
// "system|value" with the system in canonical form (model::canonicalSystem).
QString identifierText(const QString &system, const QString &value);
// For name search: NFKC, no spaces, lower case, hiragana as katakana.
QString nameSearchText(const QString &text);

// RFC 4648 base32, lower case, no padding: the printable form of a patient key.
QString base32(QByteArrayView bytes);

// ISO 8601 UTC with milliseconds, so that stored times sort as text.
QString sortableTime(const QDateTime &time);

} // namespace renkei::cache
