#pragma once

#include "model/datetime.h"

#include <QDate>
#include <QtGlobal>

#include <limits>

// Instants as plain integers, so that sorting and range queries over 100,000 values stay cheap
// (no QDateTime comparisons in the hot loops).
namespace renkei::clinical {

// Milliseconds since the epoch; kNoTime for a value with no date.
inline constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
inline constexpr qint64 kMsPerDay = qint64(24) * 3600 * 1000;

// The first instant of a value (a date means its first moment in Japan time), or kNoTime.
qint64 msecsOf(const model::PartialDateTime &value);
// The calendar day in Japan time (UTC+9) of an instant; invalid for kNoTime.
QDate japanDate(qint64 msecs);
// Midnight Japan time of a day, in milliseconds since the epoch; kNoTime for an invalid date.
qint64 japanDayStart(QDate day);
// The day number (days since 1970-01-01, Japan time) of an instant: equal for one local day.
qint64 japanDayNumber(qint64 msecs);

} // namespace renkei::clinical
