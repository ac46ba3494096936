#pragma once

#include "ssmix2/hl7charset.h"
#include "ssmix2/hl7message.h"
#include "util/result.h"

#include <QByteArray>

// Bytes → Message: size limit, character set (MSH-18 / MSH-20, else detection), decoding, then
// splitting into segments and fields.
namespace renkei::ssmix2 {

struct ParseOptions {
    qint64 maxBytes = 64LL * 1024 * 1024;
    Charset charset = Charset::Unknown; // a forced character set; Unknown: as declared/detected
};

struct ParsedMessage {
    Message message;
    Charset charset = Charset::Unknown; // the character set the bytes were read in
};

// Errors: TooLarge over the limit; Invalid for bytes that are not valid in their character set
// or text that is not an HL7 message (with a reason, never with patient data).
Result<ParsedMessage> parseMessage(const QByteArray &bytes, const ParseOptions &options = {});

// MSH-18 and MSH-20 read from the raw bytes, before any decoding (see the .cpp for why that is
// safe), for charset decisions and diagnostics.
struct RawCharsetFields {
    QString msh18;
    QString msh20;
};
RawCharsetFields rawCharsetFields(QByteArrayView bytes);

} // namespace renkei::ssmix2
