#pragma once

#include <QDateTime>

#include <functional>

namespace renkei::net {

// The time seam (DESIGN.md "Time and dialogs are seams"): token expiry is judged by this clock,
// so tests move it instead of sleeping. Empty: the system clock (UTC).
using Clock = std::function<QDateTime()>;

inline QDateTime nowFrom(const Clock &clock)
{
    return clock ? clock() : QDateTime::currentDateTimeUtc();
}

} // namespace renkei::net
