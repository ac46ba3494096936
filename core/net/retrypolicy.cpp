#include "net/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace renkei::net {

int RetryPolicy::backoffMs(int attempt) const
{
    const int shift = std::clamp(attempt - 2, 0, 20);
    const qint64 full = std::min<qint64>(qint64(baseDelayMs) << shift, maxDelayMs);
    const qint64 half = full / 2;
    return int(half + QRandomGenerator::global()->bounded(half + 1));
}

std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
    QDateTime at = QLocale::c().toDateTime(
        QString::fromLatin1(trimmed), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(at));
}

} // namespace renkei::net
