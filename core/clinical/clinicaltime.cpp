#include "clinical/clinicaltime.h"

namespace renkei::clinical {

namespace {
constexpr qint64 kJapanOffsetMs = qint64(9) * 3600 * 1000;
const QDate kEpoch(1970, 1, 1);
} // namespace

qint64 msecsOf(const model::PartialDateTime &value)
{
    if (value.isNull())
        return kNoTime;
    return value.start().toMSecsSinceEpoch();
}

qint64 japanDayNumber(qint64 msecs)
{
    const qint64 local = msecs + kJapanOffsetMs;
    // Floor division: instants before 1970 still map to the right day.
    return local >= 0 ? local / kMsPerDay : -((-local + kMsPerDay - 1) / kMsPerDay);
}

QDate japanDate(qint64 msecs)
{
    if (msecs == kNoTime)
        return {};
    return kEpoch.addDays(japanDayNumber(msecs));
}

qint64 japanDayStart(QDate day)
{
    if (!day.isValid())
        return kNoTime;
    return kEpoch.daysTo(day) * kMsPerDay - kJapanOffsetMs;
}

} // namespace renkei::clinical
