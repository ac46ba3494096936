#include "demo/paging.h"

#include "demo/oauth.h"

namespace renkei::demo {

QString SnapshotStore::add(Snapshot snapshot, const QDateTime &now)
{
    expire(now);
    snapshot.token = randomToken(12);
    snapshot.lastUsed = now;
    const QString token = snapshot.token;
    m_snapshots.insert(token, std::move(snapshot));
    return token;
}

Snapshot *SnapshotStore::find(const QString &token, const QDateTime &now)
{
    expire(now);
    const auto it = m_snapshots.find(token);
    if (it == m_snapshots.end())
        return nullptr;
    it->lastUsed = now;
    return &*it;
}

void SnapshotStore::expire(const QDateTime &now)
{
    m_snapshots.removeIf(
        [&](const auto &it) { return it.value().lastUsed.secsTo(now) > m_ttlSeconds; });
    while (m_snapshots.size() >= m_max) {
        // Drop the least recently used.
        auto oldest = m_snapshots.begin();
        for (auto it = m_snapshots.begin(); it != m_snapshots.end(); ++it) {
            if (it->lastUsed < oldest->lastUsed)
                oldest = it;
        }
        m_snapshots.erase(oldest);
    }
}

} // namespace renkei::demo
