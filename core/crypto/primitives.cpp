#include "crypto/primitives.h"

#include <QString>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace renkei::crypto {

namespace {

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
using KdfPtr = std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)>;
using KdfCtx = std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)>;

Error cryptoError(const QString &message)
{
    return Error { Error::Kind::Crypto, message, {}, {} };
}

const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

unsigned char *bytes(QByteArray &v)
{
    return reinterpret_cast<unsigned char *>(v.data());
}

int intSize(QByteArrayView v)
{
    return static_cast<int>(v.size());
}

// GCM input lengths we accept: far above any row we store, far below OpenSSL's int limits.
constexpr qsizetype kMaxGcmInput = qsizetype(1) << 30;

Result<SecretBytes> deriveWithKdf(const char *name, OSSL_PARAM *params, std::size_t length)
{
    KdfPtr kdf(EVP_KDF_fetch(nullptr, name, nullptr), &EVP_KDF_free);
    if (!kdf)
        return cryptoError(u"the %1 key derivation is not available"_s.arg(QLatin1String(name)));
    KdfCtx ctx(EVP_KDF_CTX_new(kdf.get()), &EVP_KDF_CTX_free);
    SecretBytes out(length);
    if (!ctx || EVP_KDF_derive(ctx.get(), out.data(), out.size(), params) != 1)
        return cryptoError(u"%1 key derivation failed"_s.arg(QLatin1String(name)));
    return out;
}

} // namespace

QByteArray randomBytes(qsizetype count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(bytes(out), static_cast<int>(count)) != 1)
        return {};
    return out;
}

Result<SecretBytes> randomKey(std::size_t size)
{
    SecretBytes key(size);
    if (RAND_bytes(key.data(), static_cast<int>(size)) != 1)
        return cryptoError(u"the system random generator failed"_s);
    return key;
}

Result<GcmOutput> gcmEncrypt(
    const SecretBytes &key, QByteArrayView nonce, QByteArrayView plaintext, QByteArrayView aad)
{
    if (key.size() != kKeySize)
        return cryptoError(u"AES-256-GCM needs a 32-byte key"_s);
    if (nonce.isEmpty() || plaintext.size() > kMaxGcmInput || aad.size() > kMaxGcmInput)
        return cryptoError(u"AES-256-GCM input out of range"_s);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    GcmOutput out;
    out.ciphertext.resize(plaintext.size());
    out.tag.resize(kTagSize);
    int len = 0;
    const bool ok = ctx
        && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, intSize(nonce), nullptr) == 1
        && EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytes(nonce)) == 1
        && (aad.isEmpty()
            || EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), intSize(aad)) == 1)
        && (plaintext.isEmpty()
            || EVP_EncryptUpdate(
                   ctx.get(), bytes(out.ciphertext), &len, bytes(plaintext), intSize(plaintext))
                == 1)
        && EVP_EncryptFinal_ex(ctx.get(), bytes(out.ciphertext) + len, &len) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, bytes(out.tag)) == 1;
    if (!ok)
        return cryptoError(u"AES-256-GCM encryption failed"_s);
    return out;
}

Result<QByteArray> gcmDecrypt(const SecretBytes &key, QByteArrayView nonce,
    QByteArrayView ciphertext, QByteArrayView aad, QByteArrayView tag)
{
    if (key.size() != kKeySize)
        return cryptoError(u"AES-256-GCM needs a 32-byte key"_s);
    if (nonce.isEmpty() || tag.size() != kTagSize || ciphertext.size() > kMaxGcmInput
        || aad.size() > kMaxGcmInput)
        return cryptoError(u"AES-256-GCM input out of range"_s);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray plain(ciphertext.size(), Qt::Uninitialized);
    QByteArray tagCopy = tag.toByteArray(); // EVP wants a writable pointer
    int len = 0;
    const bool setUp = ctx
        && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, intSize(nonce), nullptr) == 1
        && EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytes(nonce)) == 1
        && (aad.isEmpty()
            || EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), intSize(aad)) == 1)
        && (ciphertext.isEmpty()
            || EVP_DecryptUpdate(
                   ctx.get(), bytes(plain), &len, bytes(ciphertext), intSize(ciphertext))
                == 1)
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, bytes(tagCopy)) == 1;
    if (!setUp)
        return cryptoError(u"AES-256-GCM decryption failed"_s);
    if (EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + len, &len) != 1) {
        wipe(plain);
        return Error { Error::Kind::Tampered, u"authentication tag mismatch"_s, {}, {} };
    }
    return plain;
}

Result<QByteArray> seal(const SecretBytes &key, QByteArrayView plaintext, QByteArrayView aad)
{
    const QByteArray nonce = randomBytes(kNonceSize);
    if (nonce.size() != kNonceSize)
        return cryptoError(u"the system random generator failed"_s);
    auto gcm = gcmEncrypt(key, nonce, plaintext, aad);
    if (!gcm)
        return gcm.error();
    QByteArray out;
    out.reserve(1 + kNonceSize + gcm->ciphertext.size() + kTagSize);
    out.append(kSealedVersion).append(nonce).append(gcm->ciphertext).append(gcm->tag);
    return out;
}

Result<QByteArray> open(const SecretBytes &key, QByteArrayView sealed, QByteArrayView aad)
{
    if (sealed.size() < 1 + kNonceSize + kTagSize || sealed.at(0) != kSealedVersion)
        return Error { Error::Kind::Tampered, u"not a sealed value of a known version"_s, {}, {} };
    const QByteArrayView nonce = sealed.sliced(1, kNonceSize);
    const QByteArrayView body = sealed.sliced(1 + kNonceSize);
    return gcmDecrypt(key, nonce, body.first(body.size() - kTagSize), aad, body.last(kTagSize));
}

Result<SecretBytes> hkdfSha256(
    const SecretBytes &inputKey, QByteArrayView salt, QByteArrayView info, std::size_t length)
{
    char digest[] = "SHA256";
    // An absent salt means a string of zeros (RFC 5869 §2.2); OpenSSL wants it left out rather
    // than given as an empty buffer.
    OSSL_PARAM params[5];
    std::size_t n = 0;
    params[n++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    params[n++] = OSSL_PARAM_construct_octet_string(
        OSSL_KDF_PARAM_KEY, const_cast<unsigned char *>(inputKey.data()), inputKey.size());
    if (!salt.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT,
            const_cast<char *>(salt.data()), static_cast<std::size_t>(salt.size()));
    if (!info.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO,
            const_cast<char *>(info.data()), static_cast<std::size_t>(info.size()));
    params[n] = OSSL_PARAM_construct_end();
    return deriveWithKdf(OSSL_KDF_NAME_HKDF, params, length);
}

Result<QByteArray> hmacSha256(const SecretBytes &key, QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int outLength = 0;
    if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), bytes(data),
            static_cast<std::size_t>(data.size()), bytes(out), &outLength)
        || outLength != 32)
        return cryptoError(u"HMAC-SHA-256 failed"_s);
    return out;
}

Result<SecretBytes> scrypt(const SecretBytes &passphrase, QByteArrayView salt,
    const ScryptParams &params, std::size_t length)
{
    if (params.n < 2 || (params.n & (params.n - 1)) != 0 || params.r == 0 || params.p == 0)
        return cryptoError(u"scrypt parameters out of range"_s);
    std::uint64_t n = params.n;
    std::uint32_t r = params.r;
    std::uint32_t p = params.p;
    // Memory scrypt needs is about 128 * r * N bytes; allow that plus headroom.
    std::uint64_t maxMem = 128 * std::uint64_t(r) * n * 2 + (std::uint64_t(1) << 20);
    OSSL_PARAM ossl[] = { OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD,
                              const_cast<unsigned char *>(passphrase.data()), passphrase.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.data()),
            static_cast<std::size_t>(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMem),
        OSSL_PARAM_construct_end() };
    return deriveWithKdf(OSSL_KDF_NAME_SCRYPT, ossl, length);
}

} // namespace renkei::crypto
