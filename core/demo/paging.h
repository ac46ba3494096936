#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Stable paging: the first page of a search fixes the list of matching resources (a snapshot);
// later pages are cut from that list, so they never shift when data changes meanwhile. Page URLs
// carry the snapshot's token: <search path>?_getpages=<token>&_getpagesoffset=<n>&_count=<c>.
namespace renkei::demo {

struct Snapshot {
    QString token;
    QString path; // the search path its pages are served under
    QString subject; // who searched: only they may page through it
    QString selfQuery; // the first page's query, for its self link
    QList<int> ids; // store indices in result order
    QStringList includes;
    QStringList warnings; // reported on the first page
    QDateTime servedAt; // Bundle.meta.lastUpdated of every page
    QDateTime lastUsed;
    int count = 50;
    bool history = false; // a history Bundle: entries with request/response, DELETEs included
};

class SnapshotStore {
public:
    // Keeps the snapshot, returns its token.
    QString add(Snapshot snapshot, const QDateTime &now);
    // The snapshot of that token, or nullptr if unknown or expired.
    Snapshot *find(const QString &token, const QDateTime &now);
    int size() const { return static_cast<int>(m_snapshots.size()); }
    void setTimeToLiveSeconds(int seconds) { m_ttlSeconds = seconds; }
    void setMaxSnapshots(int n) { m_max = n; }

private:
    void expire(const QDateTime &now);

    QHash<QString, Snapshot> m_snapshots;
    int m_ttlSeconds = 1800;
    int m_max = 2000;
};

} // namespace renkei::demo
