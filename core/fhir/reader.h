#pragma once

#include "model/resourceset.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Reading FHIR R4 JSON (JP Core / JP-CLINS aware, plain international FHIR accepted) into the
// clinical vocabulary. Never throws, never crashes on any input; see docs/cli.md for what the
// `inspect` command prints from this.
namespace renkei::fhir {

struct ReadOptions {
    qint64 maxBytes = qint64(256) * 1024 * 1024; // one file or response; larger is TooLarge
    int maxDepth = 256; // JSON nesting; deeper is TooDeep
    qint64 maxEntries = 1'000'000; // Bundle entries / NDJSON lines
    QString sourceSystem; // recorded in every value's provenance
    bool checkProfiles = true; // apply the rules of the JP-CLINS profiles a resource claims
};

// The result of reading one file, response or resource. A problem is an entry (or rule) that
// could not be read: the values read are then incomplete, and callers must say so rather than
// present them as the whole record.
struct ReadOutcome {
    model::ResourceSet resources;
    QList<Error> problems; // per-entry errors (the rest of the input was still read)
    QStringList warnings; // things kept but worth knowing (unknown codes, ignored types)
    QStringList skippedTypes; // resourceTypes present but not part of the vocabulary
    bool complete() const { return problems.isEmpty(); }
};

// What the values mean where FHIR leaves a choice:
// - `patient` on every clinical value is the id of the Patient its subject/patient reference
//   points at when that reference resolves (contained, or a Bundle entry by fullUrl or
//   Type/id); else the id part of a literal reference ("Patient/123", ".../Patient/123/_history/2"
//   give "123"; an unresolved urn:uuid: is kept whole); else, for a reference by identifier,
//   "system|value" with the system in canonical form. Empty when there is no reference.
// - Medication end: the given end (JP_MedicationDosage_PeriodOfUse or boundsPeriod), else for a
//   fixed-duration course start + days - 1 (its last day: 28 days from 07-12 end on 08-08).
//   Start: PeriodOfUse start, boundsPeriod.start, timing.event[0], else the authoredOn date.
// - provenance.sourceId is "Type/id", the entry's fullUrl when there is no id, and
//   "Container/id#id" for a resource read from `contained` (a DiagnosticReport's results).
// - A Bundle entry with an Invalid problem gives no values; Profile problems keep the values.
//   A single (non-Bundle) resource with an Invalid problem is a Result error.
//
// `where` names the input (a file path or URL) in errors; it never holds patient data.
Result<ReadOutcome> readJson(
    const QByteArray &bytes, const QString &where, const ReadOptions &options = {});
Result<ReadOutcome> readNdjson(
    const QByteArray &bytes, const QString &where, const ReadOptions &options = {});
// Reads a .json or .ndjson file (by content: a file whose first non-blank line is a complete
// JSON object followed by another line is NDJSON).
Result<ReadOutcome> readFile(const QString &path, const ReadOptions &options = {});
// One already-parsed resource (a Bundle too).
Result<ReadOutcome> readResource(
    const QJsonObject &resource, const QString &where, const ReadOptions &options = {});

} // namespace renkei::fhir
