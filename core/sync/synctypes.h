#pragma once

#include "cache/cachetypes.h"
#include "net/fhirpaging.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

// The values the sync engine takes and gives (docs/sync.md).
namespace renkei::sync {

// The phases of a sync, as SyncCursor.phase records them. A first sync runs Recent then
// History; an incremental one Changes then Deletions; with per-type searches, References
// (what the stored resources refer to that no patient search returns: facilities,
// practitioners, document Bundles and Binaries) follows History or Changes. A finished sync is
// Complete.
namespace phase {
inline const QString Recent = QStringLiteral("recent");
inline const QString History = QStringLiteral("history");
inline const QString Changes = QStringLiteral("changes");
inline const QString References = QStringLiteral("references");
inline const QString Deletions = QStringLiteral("deletions");
inline const QString Complete = QStringLiteral("complete");
} // namespace phase

struct SyncOptions {
    int recentDays = 90; // the Recent phase: this many days back from now
    int maxParallel = 4; // per-type searches in flight at once
    int pageSize = 500; // _count of every search
    bool preferEverything = true; // Patient/$everything when the server offers it
    bool deletions = true; // an incremental sync asks the types' histories for deletions
    // The clock of the Recent phase's cutoff (a seam for tests); empty: the system clock.
    std::function<QDateTime()> now;
};

// Where a running sync stands (progressChanged).
struct SyncProgress {
    QString phase;
    qint64 resources = 0; // stored (written, replaced or deleted) in this run
    qint64 received = 0; // matching entries received in this run (stored or not)
    qint64 bytes = 0; // JSON bytes received in this run
    qint64 expected = -1; // entries the server announced (Bundle.total) so far; -1 unknown
    qint64 elapsedMs = 0;
    qint64 etaMs = -1; // -1 unknown
    int pages = 0;
    QHash<QString, qint64> perType; // resources stored, by resource type
};

// What a finished sync did.
struct SyncReport {
    bool incremental = false;
    bool resumed = false; // continued a sync a crash, a kill or an error had stopped
    bool usedEverything = false;
    qint64 written = 0;
    qint64 skippedOlder = 0;
    qint64 deleted = 0;
    qint64 rejected = 0;
    qint64 bytes = 0;
    int pages = 0;
    qint64 elapsedMs = 0;
    QDateTime serverTime; // the mark the next incremental sync starts from
    QHash<QString, qint64> perType;
    // Types the account may not read (403 on their search, per-type path): skipped, not failed.
    QStringList forbiddenTypes;
};

// The one place a server's resource becomes a cache row.
cache::RawResource toCacheResource(const net::RawResource &raw);

} // namespace renkei::sync
