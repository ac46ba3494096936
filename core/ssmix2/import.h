#pragma once

#include "ssmix2/storage.h"
#include "util/result.h"

#include <QMap>
#include <QString>

#include <functional>

namespace renkei::cache {
class Cache;
}

// Imports an SS-MIX2 standard storage into the encrypted cache as a second source of a network
// (docs/ssmix2.md "Import"): its values are written as JP Core-shaped FHIR (fhir/writer.h) and
// go through the cache's one path (source JSON + compact form). Each patient is
// PatientRef{network, facility patient id, source, match} and joins the network's patient whose
// identifiers hold the facility's patient id (urn:oid:1.2.392.100495.20.3.51.1<code>|<id>).
//
// Ids are stable across imports (a hash of source, patient, data type and order number, and the
// segment), so a re-import updates rather than duplicates: the newest file of an order replaces
// the earlier ones (values the newer file no longer has are deleted), and a cancelled newest
// file (condition flag 0) deletes the order, unless cancelled files are kept (then they show
// struck through).
namespace renkei::ssmix2 {

struct ImportOptions {
    QString network; // the network profile the storage belongs to (required)
    // The source's name within the network (stable across imports: it keys the rows). Default:
    // "ssmix2:<facility code>", or "ssmix2" when the code is not known.
    QString source;
    // facilityCode: the facility's 10-digit 医療機関コード; without it (and without one in MSH-4
    // or MSH-6) patients cannot be matched to the network's. cancelled: Hide deletes cancelled
    // orders, Keep keeps them struck through. latestVersionOnly is always applied.
    StorageOptions storage;
    int pageSize = 2000; // resources per putPage (one transaction each)
};

struct ImportProgress {
    int patientsDone = 0;
    int patientsTotal = 0;
};
// Called after each patient; returning false stops the import (what was written stays).
using ImportProgressCallback = std::function<bool(const ImportProgress &)>;

struct ImportSummary {
    int patients = 0; // patients written
    int matched = 0; // of them, filed under a patient of the network
    // Of them, those whose facility code is not known (none given, none in MSH-4/6): they cannot
    // be matched to the network's patients.
    int withoutFacilityCode = 0;
    int files = 0; // files found
    int filesRead = 0; // files parsed and mapped
    qint64 resources = 0; // resources written (new or changed)
    qint64 unchanged = 0; // resources the cache already held in a newer version
    qint64 deleted = 0; // resources removed: earlier versions and cancelled orders
    QList<FileIssue> issues; // per-file problems (the rest was imported)
    QMap<QString, int> notMapped; // message type ("OML^O33") → files not mapped
    bool stopped = false; // the progress callback asked to stop
};

// `path`: a storage root or one patient's folder. Fails when the folder cannot be read or the
// cache cannot be written (pages written before a failure stay).
Result<ImportSummary> importStorage(cache::Cache &cache, const QString &path,
    const ImportOptions &options, const ImportProgressCallback &progress = {});

} // namespace renkei::ssmix2
