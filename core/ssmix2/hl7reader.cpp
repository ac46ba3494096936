#include "ssmix2/hl7reader.h"

#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ssmix2 {

namespace {

constexpr char kSub = 0x1A; // stands in for a byte of a multi-byte character

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString ignored = utf8.decode(bytes);
    Q_UNUSED(ignored)
    return !utf8.hasError();
}

// The first segment with every byte that belongs to a multi-byte character (and every escape
// sequence) replaced by SUB, so that the ASCII delimiters in it are real ones. In ISO-2022-JP a
// JIS X 0208 byte pair in two-byte mode is two bytes in 0x21–0x7E and may well be `|` (0x7C),
// `^` (0x5E), `~` (0x7E), `\` (0x5C) or `&` (0x26); a Shift_JIS trail byte may be `|`, `\`, `^`
// or `~`. Only MSH-18 and MSH-20 are read from this view; the message itself is split after the
// whole text has been decoded (see parseMessage).
QByteArray asciiView(QByteArrayView bytes)
{
    qsizetype end = 0;
    while (end < bytes.size() && bytes[end] != '\r' && bytes[end] != '\n')
        ++end;
    QByteArray line = bytes.first(end).toByteArray();
    if (line.contains('\x1B')) {
        bool twoByte = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line[i] == '\x1B') {
                const bool designatesTwoByte = i + 1 < line.size() && line[i + 1] == '$';
                const qsizetype length
                    = designatesTwoByte && i + 2 < line.size() && line[i + 2] == '(' ? 4 : 3;
                twoByte = designatesTwoByte;
                for (qsizetype k = i; k < qMin(line.size(), i + length); ++k)
                    line[k] = kSub;
                i += length - 1;
            } else if (twoByte) {
                line[i] = kSub;
            }
        }
    } else if (isValidUtf8(line)) {
        for (char &c : line) {
            if (uchar(c) >= 0x80)
                c = kSub;
        }
    } else {
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto b = uchar(line[i]);
            const bool lead = (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC);
            if (b >= 0x80)
                line[i] = kSub;
            if (lead && i + 1 < line.size())
                line[++i] = kSub;
        }
    }
    return line;
}

} // namespace

RawCharsetFields rawCharsetFields(QByteArrayView bytes)
{
    const qsizetype start = bytes.indexOf("MSH");
    if (start < 0)
        return {};
    const QByteArray line = asciiView(bytes.sliced(start));
    if (line.size() < 4)
        return {};
    // parts[0] is "MSH", parts[1] MSH-2; MSH-n is parts[n - 1] from n = 2 on.
    const QList<QByteArray> parts = line.split(line[3]);
    return { QString::fromLatin1(parts.value(17)), QString::fromLatin1(parts.value(19)) };
}

Result<ParsedMessage> parseMessage(const QByteArray &bytes, const ParseOptions &options)
{
    if (bytes.size() > options.maxBytes) {
        return Error { Error::Kind::TooLarge,
            u"the message is %1 bytes, over the limit of %2"_s.arg(bytes.size())
                .arg(options.maxBytes),
            {}, {} };
    }
    if (!bytes.contains("MSH"))
        return Error { Error::Kind::Invalid, u"not an HL7 v2 message (no MSH segment)"_s, {}, {} };

    Charset charset = options.charset;
    if (charset == Charset::Unknown) {
        const RawCharsetFields declared = rawCharsetFields(bytes);
        charset = charsetFromMsh(declared.msh18, declared.msh20);
    }
    if (charset == Charset::Unknown)
        charset = detectCharset(bytes);

    // Decode the whole message first, then split. ISO-2022-JP is stateful: whether 0x7C is a
    // field separator or half of a kanji depends on the last escape sequence, which may be far
    // back, so splitting the raw bytes would cut characters in half; iconv keeps that state.
    Result<QString> text = decodeText(bytes, charset);
    if (!text)
        return text.error();

    ParsedMessage parsed;
    parsed.charset = charset;
    QString reason;
    if (!parseMessageText(*text, &parsed.message, &reason))
        return Error { Error::Kind::Invalid, reason, {}, {} };
    return parsed;
}

} // namespace renkei::ssmix2
