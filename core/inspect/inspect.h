#pragma once

#include "fhir/reader.h"
#include "model/resourceset.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// `renkei-cli inspect`: read files or folders of FHIR JSON / NDJSON and report what was
// understood. The JSON form is a documented interface (docs/cli.md).
namespace renkei::inspect {

struct FileReport {
    QString path;
    bool ok = false;
    QString error; // why the file was rejected (every problem, joined), empty when ok
    QStringList warnings; // kept but worth knowing
    qsizetype resourceCount = 0;
};

struct Report {
    QList<FileReport> files;
    model::ResourceSet resources; // from the files that were read completely
    bool allOk() const;
};

// Expands folders (recursively, *.json / *.ndjson / *.jsonl, sorted) and reads every file.
// A path that does not exist is reported as a rejected file.
Report run(const QStringList &paths, const fhir::ReadOptions &options = {});

// What run() reads: folders expanded to their FHIR files (recursively, *.json / *.ndjson /
// *.jsonl, sorted), other paths kept as given (a missing one is reported by whoever reads it).
// Folders that are SS-MIX2 storages (or one patient's folder of one) go to `ssmix2Roots`.
QStringList expandPaths(const QStringList &paths, QStringList *ssmix2Roots);
bool looksLikeSsmix2(const QString &folder);

// The documented JSON form (docs/cli.md).
QJsonObject toJson(const Report &report);

} // namespace renkei::inspect
