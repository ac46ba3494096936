#include "demo/totp.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace renkei::demo {

QByteArray base32Decode(const QString &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.toUpper().unicode();
        int value = -1;
        if (c >= u'A' && c <= u'Z')
            value = c - u'A';
        else if (c >= u'2' && c <= u'7')
            value = c - u'2' + 26;
        else if (c == u' ' || c == u'=' || c == u'-')
            continue;
        else
            return {};
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    return out;
}

QString totpForStep(const QByteArray &key, qint64 step, int digits)
{
    unsigned char message[8];
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<unsigned char>(step & 0xff);
        step >>= 8;
    }
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    if (!HMAC(EVP_sha1(), key.constData(), static_cast<int>(key.size()), message, sizeof(message),
            mac, &macLength)
        || macLength < 20)
        return {};
    const int offset = mac[macLength - 1] & 0x0f;
    const quint32 binary = (static_cast<quint32>(mac[offset] & 0x7f) << 24)
        | (static_cast<quint32>(mac[offset + 1]) << 16)
        | (static_cast<quint32>(mac[offset + 2]) << 8) | static_cast<quint32>(mac[offset + 3]);
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    OPENSSL_cleanse(mac, sizeof(mac));
    return QString::number(binary % modulus).rightJustified(digits, u'0');
}

QString totpNow(const QString &base32Secret, const QDateTime &at)
{
    const QByteArray key = base32Decode(base32Secret);
    if (key.isEmpty())
        return {};
    return totpForStep(key, at.toSecsSinceEpoch() / 30);
}

bool totpVerify(const QString &base32Secret, const QString &code, const QDateTime &at)
{
    const QByteArray key = base32Decode(base32Secret);
    if (key.isEmpty() || code.size() != 6)
        return false;
    const qint64 step = at.toSecsSinceEpoch() / 30;
    bool match = false;
    for (qint64 s = step - 1; s <= step + 1; ++s) {
        const QString expected = totpForStep(key, s);
        // Compare in constant time relative to the code's content.
        int diff = 0;
        for (int i = 0; i < 6; ++i)
            diff |= expected.at(i).unicode() ^ code.at(i).unicode();
        match = match || diff == 0;
    }
    return match;
}

} // namespace renkei::demo
