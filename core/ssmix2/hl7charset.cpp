#include "ssmix2/hl7charset.h"

#include <QStringDecoder>
#include <QStringList>

#include <cerrno>
#include <cstdint>
#include <iconv.h>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ssmix2 {

namespace {

constexpr char kEsc = 0x1B;

struct Converted {
    QByteArray bytes;
    qsizetype errorOffset = -1; // where the input stopped being valid, or -1
    bool unsupported = false; // iconv does not know the encoding
};

// glibc iconv, with its char ** API kept in this one function.
Converted iconvConvert(QByteArrayView input, const char *from, const char *to)
{
    Converted result;
    iconv_t cd = iconv_open(to, from);
    if (cd == reinterpret_cast<iconv_t>(static_cast<intptr_t>(-1))) {
        result.unsupported = true;
        return result;
    }
    QByteArray out(input.size() * 3 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(input.data());
    size_t inLeft = size_t(input.size());
    size_t written = 0;
    // Converts what is left; a null input (the last round) flushes the shift state, which
    // writes the closing ESC ( B when encoding to ISO-2022-JP.
    const auto step = [&](bool flush) {
        char *outPtr = out.data() + written;
        size_t outLeft = size_t(out.size()) - written;
        const size_t rc = flush ? iconv(cd, nullptr, nullptr, &outPtr, &outLeft)
                                : iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        written = size_t(outPtr - out.data());
        return rc != static_cast<size_t>(-1) ? 0 : errno;
    };
    for (bool flush = false;;) {
        const int err = step(flush);
        if (err == E2BIG) {
            out.resize(out.size() * 2);
            continue;
        }
        if (err != 0) { // EILSEQ, or EINVAL for a sequence cut short at the end
            result.errorOffset = input.size() - qsizetype(inLeft);
            iconv_close(cd);
            return result;
        }
        if (flush)
            break;
        flush = inLeft == 0;
    }
    iconv_close(cd);
    out.truncate(qsizetype(written));
    result.bytes = out;
    return result;
}

// ISO-2022-JP as Windows writes it, mapped to CP932 bytes: JIS X 0208 rows (NEC row 13 and the
// IBM extension rows included) by the fixed JIS → Shift_JIS arithmetic, ESC ( I and SO/SI
// katakana to single bytes. CR and LF end a two-byte run. nullopt for anything CP932 cannot say.
std::optional<QByteArray> jisToCp932(QByteArrayView in)
{
    enum class Mode { Ascii, TwoByte, Kana } mode = Mode::Ascii;
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const auto b = uchar(in[i]);
        if (b == uchar(kEsc)) {
            const QByteArrayView seq = i + 3 <= in.size() ? in.sliced(i + 1, 2) : QByteArrayView();
            if (seq == "(B" || seq == "(J")
                mode = Mode::Ascii;
            else if (seq == "$B" || seq == "$@")
                mode = Mode::TwoByte;
            else if (seq == "(I")
                mode = Mode::Kana;
            else
                return std::nullopt;
            i += 2;
        } else if (b == 0x0E || b == 0x0F) {
            mode = b == 0x0E ? Mode::Kana : Mode::Ascii;
        } else if (b >= 0x80) {
            return std::nullopt;
        } else if (b == '\r' || b == '\n') {
            mode = Mode::Ascii;
            out.append(char(b));
        } else if (mode == Mode::Ascii || b < 0x21 || b == 0x7F) {
            out.append(char(b));
        } else if (mode == Mode::Kana) {
            if (b > 0x5F)
                return std::nullopt;
            out.append(char(b + 0x80));
        } else {
            if (i + 1 >= in.size())
                return std::nullopt;
            const auto b2 = uchar(in[++i]);
            if (b2 < 0x21 || b2 > 0x7E)
                return std::nullopt;
            int s1 = ((b - 0x21) >> 1) + 0x81;
            if (s1 > 0x9F)
                s1 += 0x40;
            int s2 = (b & 1) ? b2 + 0x1F : b2 + 0x7E;
            if ((b & 1) && s2 >= 0x7F)
                ++s2;
            out.append(char(s1));
            out.append(char(s2));
        }
    }
    return out;
}

Error invalid(Charset charset, qsizetype offset)
{
    return Error { Error::Kind::Invalid,
        u"not valid %1: an invalid byte sequence at byte %2"_s.arg(charsetName(charset))
            .arg(offset),
        {}, {} };
}

const char *iconvName(Charset charset)
{
    switch (charset) {
    case Charset::Iso2022Jp:
        return "ISO-2022-JP-2";
    case Charset::ShiftJis:
        return "CP932";
    case Charset::Utf8:
    case Charset::Unknown:
        break;
    }
    return "UTF-8";
}

QString normalisedCharsetText(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out;
}

Charset charsetFromToken(const QString &token)
{
    const QString t = normalisedCharsetText(token);
    if (t.isEmpty())
        return Charset::Unknown;
    // ISO IR87 (JIS X 0208), ISO IR13 (JIS X 0201 katakana), ISO IR159 (JIS X 0212), and the
    // ISO 2022 code-extension names of MSH-20.
    if (t == u"ISOIR87" || t == u"ISOIR13" || t == u"ISOIR159" || t.startsWith(u"ISO2022")
        || t == u"ISO2022JP")
        return Charset::Iso2022Jp;
    if (t == u"UNICODEUTF8" || t == u"UTF8" || t == u"UNICODE")
        return Charset::Utf8;
    if (t == u"SHIFTJIS" || t == u"SJIS" || t == u"CP932" || t == u"WINDOWS31J")
        return Charset::ShiftJis;
    return Charset::Unknown;
}

} // namespace

QString charsetName(Charset charset)
{
    switch (charset) {
    case Charset::Iso2022Jp:
        return u"ISO-2022-JP"_s;
    case Charset::Utf8:
        return u"UTF-8"_s;
    case Charset::ShiftJis:
        return u"Shift_JIS"_s;
    case Charset::Unknown:
        break;
    }
    return u"unknown"_s;
}

Charset charsetFromMsh(const QString &msh18, const QString &msh20)
{
    // MSH-18 repeats: `~ISO IR87` is "ASCII by default, JIS X 0208 by escape sequence". The first
    // repetition naming a Japanese set decides.
    for (const QString &rep : msh18.split(u'~')) {
        if (const Charset c = charsetFromToken(rep); c != Charset::Unknown)
            return c;
    }
    return charsetFromToken(msh20);
}

Charset detectCharset(QByteArrayView bytes)
{
    for (qsizetype i = bytes.indexOf(kEsc); i >= 0 && i + 1 < bytes.size();
         i = bytes.indexOf(kEsc, i + 1)) {
        const char next = bytes[i + 1];
        if (next == '$' || next == '(')
            return Charset::Iso2022Jp;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString ignored = utf8.decode(bytes);
    Q_UNUSED(ignored)
    return utf8.hasError() ? Charset::ShiftJis : Charset::Utf8;
}

Result<QString> decodeText(const QByteArray &bytes, Charset charset)
{
    if (charset == Charset::Unknown)
        charset = detectCharset(bytes);
    if (charset == Charset::Utf8) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8.decode(bytes);
        if (utf8.hasError())
            return invalid(
                charset, text.left(text.indexOf(QChar::ReplacementCharacter)).toUtf8().size());
        return text;
    }
    Converted converted = iconvConvert(bytes, iconvName(charset), "UTF-8");
    if (converted.unsupported) {
        return Error { Error::Kind::Unsupported,
            u"this system's iconv cannot decode %1"_s.arg(charsetName(charset)), {}, {} };
    }
    // glibc passes an escape sequence it does not know through as text: that is an error too.
    if (charset == Charset::Iso2022Jp && converted.errorOffset < 0
        && converted.bytes.contains(kEsc))
        converted.errorOffset = bytes.indexOf(kEsc);
    if (converted.errorOffset >= 0 && charset == Charset::Iso2022Jp) {
        if (const auto cp932 = jisToCp932(bytes)) {
            Converted again = iconvConvert(*cp932, "CP932", "UTF-8");
            if (again.errorOffset < 0 && !again.unsupported && !again.bytes.contains(kEsc))
                converted = again;
        }
    }
    if (converted.errorOffset >= 0)
        return invalid(charset, converted.errorOffset);
    return QString::fromUtf8(converted.bytes);
}

Result<QByteArray> encodeText(const QString &text, Charset charset)
{
    const QByteArray utf8 = text.toUtf8();
    if (charset == Charset::Utf8 || charset == Charset::Unknown)
        return utf8;
    // Writing uses plain ISO-2022-JP (JIS X 0208 only), the set SS-MIX2 allows.
    const char *name = charset == Charset::Iso2022Jp ? "ISO-2022-JP" : iconvName(charset);
    const Converted converted = iconvConvert(utf8, "UTF-8", name);
    if (converted.unsupported || converted.errorOffset >= 0) {
        return Error { Error::Kind::Unsupported,
            u"the text cannot be written in %1"_s.arg(charsetName(charset)), {}, {} };
    }
    return converted.bytes;
}

} // namespace renkei::ssmix2
