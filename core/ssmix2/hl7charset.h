#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Character sets of HL7 v2 messages in Japan (MSH-18 / MSH-20).
namespace renkei::ssmix2 {

enum class Charset {
    Unknown, // not declared: see detectCharset()
    Iso2022Jp, // `~ISO IR87`, `ISO IR87`, `ISO 2022-1994`, MSH-20 `ISO2022-1994`: the SS-MIX2 norm
    Utf8, // `UNICODE UTF-8`
    ShiftJis, // `SHIFT JIS`, read as Windows-31J (CP932), as Japanese systems write it
};

QString charsetName(Charset charset); // "ISO-2022-JP", "UTF-8", "Shift_JIS", "unknown"

// The character set MSH-18 (all its repetitions, as text) and MSH-20 declare, or Unknown.
Charset charsetFromMsh(const QString &msh18, const QString &msh20);

// For a message that declares nothing: ESC $ B (or another ISO-2022 designation) present →
// ISO-2022-JP (checked first: ISO-2022-JP is 7-bit, hence also valid UTF-8), else valid UTF-8 →
// UTF-8, else Shift_JIS.
Charset detectCharset(QByteArrayView bytes);

// The one place where bytes become text (glibc iconv; Qt 6.4 has no ISO-2022-JP codec).
// ISO-2022-JP is read as ISO-2022-JP-2 (adds JIS X 0212 and half-width katakana, ESC ( I); when
// that fails, once more as Windows writes it (CP50220: NEC and IBM extension characters such
// as ① or ㎎, and a line that ends still in two-byte mode), by mapping JIS to CP932 byte for byte.
// Invalid input gives Error::Kind::Invalid with the byte offset, never a partial text.
Result<QString> decodeText(const QByteArray &bytes, Charset charset);
// The reverse, for writing test data and round trips.
Result<QByteArray> encodeText(const QString &text, Charset charset);

} // namespace renkei::ssmix2
