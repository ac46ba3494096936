#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

// What a server's CapabilityStatement says the sync engine may use (docs/sync.md).
namespace renkei::sync {

struct SyncCapabilities {
    bool everything = false; // Patient/$everything
    QHash<QString, QStringList> searchParams; // searchable type → its search parameters
    QHash<QString, QStringList> includes; // type → _include values
    QSet<QString> historyTypes; // types with the history-type interaction
    QDateTime serverTime; // the Date header of the answer (UTC), when given

    static SyncCapabilities fromJson(const QJsonObject &capabilityStatement);
    bool searchable(const QString &type, const QString &parameter) const;
    // The patient-compartment types this engine syncs that the server can search by patient.
    QStringList patientTypes() const;
};

// The relative references ("Type/id") in a resource's JSON: `reference` values and attachment
// `url`s such as "Binary/123" (a byte scan, no JSON parse).
QStringList relativeReferences(const QByteArray &json);

// The patient-compartment types the engine syncs, in the order it asks for them.
const QStringList &syncedTypes();
// The types of the Recent phase (searched with date=ge<cutoff>); the others come in full.
const QStringList &recentTypes();

} // namespace renkei::sync
