#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the demo
// network's second factor. The secret is base32 (RFC 4648), as authenticator apps take it.
namespace renkei::demo {

// The documented secret every demo account shares (docs/demo-network.md). Not a secret.
inline constexpr char16_t kDemoTotpSecret[] = u"RENKEIDEMONETWRK";

// RFC 4648 base32, case-insensitive, spaces and '=' padding ignored; empty on bad input.
QByteArray base32Decode(const QString &text);

// The code for the 30-second step that contains `at`. Empty if the secret is not base32.
QString totpNow(const QString &base32Secret, const QDateTime &at);
// The code for step counter `step` (for the RFC test vectors), `digits` long.
QString totpForStep(const QByteArray &key, qint64 step, int digits = 6);

// True when `code` matches the step at `at` or one step either side (clock drift).
bool totpVerify(const QString &base32Secret, const QString &code, const QDateTime &at);

} // namespace renkei::demo
