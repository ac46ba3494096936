#pragma once

#include "net/networkprofile.h"

#include <QList>

class QSettings;

namespace renkei::net {

// Network profiles in QSettings (group "networks/<id>"). The QSettings is injected (never a
// global); nothing secret is written.
class ProfileStore {
public:
    explicit ProfileStore(QSettings &settings);

    QList<NetworkProfile> list() const; // sorted by id; unreadable entries skipped
    Result<NetworkProfile> load(const QString &id) const; // Kind::NotFound if absent
    Result<void> save(const NetworkProfile &profile); // validates first
    Result<void> remove(const QString &id); // Kind::NotFound if absent

private:
    QSettings &m_settings;
};

} // namespace renkei::net
