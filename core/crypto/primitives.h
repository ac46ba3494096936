#pragma once

#include "crypto/secretbytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

// Small, tested wrappers over OpenSSL 3 EVP (DESIGN.md "Encryption"). Nothing here logs, and
// nothing returns key material in a QByteArray.
namespace renkei::crypto {

inline constexpr std::size_t kKeySize = 32; // AES-256, HMAC-SHA-256 keys
inline constexpr qsizetype kNonceSize = 12; // 96-bit GCM nonce
inline constexpr qsizetype kTagSize = 16; // 128-bit GCM tag
inline constexpr char kSealedVersion = 0x01; // first byte of every sealed blob

// Cryptographically secure random bytes (RAND_bytes). Empty on the (practically impossible)
// failure of the system generator, which callers treat as an error.
QByteArray randomBytes(qsizetype count);
Result<SecretBytes> randomKey(std::size_t size = kKeySize);

// AES-256-GCM with a fresh random 96-bit nonce. The output is
//   version (1 byte) ‖ nonce (12) ‖ ciphertext ‖ tag (16)
// and `aad` (authenticated, not stored) binds the blob to its place: table, row, schema version.
Result<QByteArray> seal(const SecretBytes &key, QByteArrayView plaintext, QByteArrayView aad);
// Opens what seal() made. A wrong key, a changed byte or a different `aad` give Kind::Tampered.
Result<QByteArray> open(const SecretBytes &key, QByteArrayView sealed, QByteArrayView aad);

// The raw GCM operation with a caller-chosen nonce, for known-answer tests only: a nonce must
// never repeat under one key, which seal() guarantees by drawing it at random.
struct GcmOutput {
    QByteArray ciphertext;
    QByteArray tag;
};
Result<GcmOutput> gcmEncrypt(
    const SecretBytes &key, QByteArrayView nonce, QByteArrayView plaintext, QByteArrayView aad);
Result<QByteArray> gcmDecrypt(const SecretBytes &key, QByteArrayView nonce,
    QByteArrayView ciphertext, QByteArrayView aad, QByteArrayView tag);

// HKDF-SHA-256 (RFC 5869).
Result<SecretBytes> hkdfSha256(
    const SecretBytes &inputKey, QByteArrayView salt, QByteArrayView info, std::size_t length);
// HMAC-SHA-256: the keyed hashes that stand in for identifiers in cache lookups.
Result<QByteArray> hmacSha256(const SecretBytes &key, QByteArrayView data);

// scrypt (RFC 7914). N must be a power of two > 1.
struct ScryptParams {
    std::uint64_t n = std::uint64_t(1) << 17;
    std::uint32_t r = 8;
    std::uint32_t p = 1;
};
Result<SecretBytes> scrypt(const SecretBytes &passphrase, QByteArrayView salt,
    const ScryptParams &params, std::size_t length = kKeySize);

} // namespace renkei::crypto
