#pragma once

#include "cache/cache.h"
#include "cache/cachetypes.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

// FHIR files into the cache (`renkei-cli import`, docs/cli.md): the same files `inspect` reads,
// each patient's resources written with Cache::putPage as if a network had sent them.
namespace renkei::cache {

struct ImportFile {
    QString path;
    bool ok = false;
    QString error; // why the file was rejected (nothing of it is imported)
    QStringList warnings; // resources of it that were not imported, and the reader's warnings
    qsizetype resources = 0; // resources taken from the file
};

struct ImportedPatient {
    QString key; // the opaque patient key (what `patients --json` prints)
    PatientRef patient;
    bool withPatientResource = false; // the import held the Patient itself (demographics)
    PageStats stats;
};

struct ImportReport {
    QList<ImportFile> files;
    QList<ImportedPatient> patients;
    // Resources whose subject/patient could not be found (a contained Patient, a reference to
    // a Patient outside the import that is not a Patient/<id> reference): not imported.
    qint64 unresolved = 0;
    // Shared resources (Organization, Practitioner, Medication...) that no imported patient's
    // resource refers to, when the import holds several patients: not stored.
    qint64 unreferencedShared = 0;
    // Pages the cache refused (disk full...): that patient's import stopped there, earlier
    // pages and other patients stay.
    QList<Error> writeErrors;
    bool allOk() const;
};

// Reads each file (JSON resource, any Bundle, NDJSON), rejecting a file as `inspect` does (not
// FHIR, a missing required part, a broken JP-CLINS rule: nothing of it is imported), then
// groups the resources by the patient their subject/patient refers to and writes each group
// with putPage under PatientRef{network, patient id}:
// - a `document` Bundle is one resource (type Bundle) of its Composition's subject, its Patient
//   entry also stored on its own (demographics and lookups);
// - other Bundles are split into their entries; references to another entry's fullUrl are
//   rewritten as Type/id, as a FHIR server does when it stores a transaction;
// - a subject given only by identifier is matched to an imported Patient with that identifier;
// - shared resources (no subject or patient) go with every patient whose resources refer to them
//   (directly or through another shared resource); with one patient in the import, all go to it.
// The sync cursor of a patient already in the cache is kept as it was.
ImportReport importFhirFiles(
    Cache &cache, const QStringList &files, const QString &network, int pageSize = 500);

} // namespace renkei::cache
