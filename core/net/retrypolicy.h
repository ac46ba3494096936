#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

// When to try again (docs/network.md "Retries"): connection errors, timeouts, 5xx and 429,
// with exponential backoff and full jitter, honouring Retry-After; never other 4xx.
namespace renkei::net {

struct RetryPolicy {
    int maxAttempts = 4; // the first try included
    int baseDelayMs = 500; // before the 2nd attempt, doubled after each (before jitter)
    int maxDelayMs = 30000;
    int maxRetryAfterMs = 120000; // a longer Retry-After gives up at once

    // The wait before attempt `attempt` (2, 3, ...): a random value in [d/2, d] where d is
    // base * 2^(attempt-2), capped at maxDelayMs.
    int backoffMs(int attempt) const;
};

// Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP date, as milliseconds from `now`.
std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &now);

} // namespace renkei::net
