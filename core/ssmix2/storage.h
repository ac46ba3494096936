#pragma once

#include "model/resourceset.h"
#include "util/result.h"

#include <QList>
#include <QMap>
#include <QString>

// Reads an SS-MIX2 standard storage (STANDARDS.md §3) into model values:
//   root/<id[0:3]>/<id[3:6]>/<id>/<date or ->/<data type>/<file>
// Every file is checked against its place (patient id in the folders, the file name and PID-3;
// date folder and name; data type folder, name and MSH-9); each disagreement becomes a FileIssue
// and the walk goes on. Single-threaded: a 10,000-file storage reads in well under a second.
namespace renkei::ssmix2 {

struct StorageOptions {
    qint64 maxFileBytes = 64LL * 1024 * 1024; // a larger file is reported and not read
    // Condition flag 0 (cancelled): hidden by default; Keep maps it with provenance.cancelled.
    enum class Cancelled { Hide, Keep };
    Cancelled cancelled = Cancelled::Hide;
    // Keep only the newest file (by the name's timestamp) of an order: same patient, data type
    // and order number. Order numbers of all 9s (or "-") name no order and are never merged,
    // except for ADT-00, where the newest file is the patient's current demographics.
    bool latestVersionOnly = true;
    // A PID-3 that differs from the storage's patient id is a warning (the values are filed
    // under the storage's id, where the storage put them); strict makes it an error and skips
    // the file.
    bool strictPatientId = false;
    // The facility that owns the storage, when the caller knows it (else from MSH-4 / MSH-6).
    QString facilityCode;
    QString facilityName;
};

struct FileIssue {
    enum class Severity { Warning, Error }; // Error: the file (or folder) was not read
    Severity severity = Severity::Warning;
    QString path; // relative to the storage root, '/'-separated
    QString message; // English; the UI turns severity into words and shows the message as is
};

struct StorageRead {
    model::ResourceSet resources;
    QList<FileIssue> issues;
    QString root; // the storage root that was read (absolute, clean)
    int filesFound = 0; // regular files under the root (or the patient's folder)
    int filesRead = 0; // parsed and mapped into values
    int filesSkipped = 0; // everything else: filesFound == filesRead + filesSkipped
    int filesSuperseded = 0; // of the skipped: older versions of an order
    int filesCancelled = 0; // of the skipped: hidden because cancelled (condition flag 0)
    int filesNotMapped = 0; // of the skipped: message types this version does not map
    QMap<QString, int> notMappedTypes; // "OML^O33" → files of that message type not mapped
};

// `path` is the storage root or one patient's folder (root/xxx/yyy/<id>). Fails only when the
// path cannot be read as a folder; problems with files are issues in the result.
Result<StorageRead> readStorage(const QString &path, const StorageOptions &options = {});

} // namespace renkei::ssmix2
