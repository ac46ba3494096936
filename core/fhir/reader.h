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
