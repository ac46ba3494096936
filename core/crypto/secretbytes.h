#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <vector>

namespace renkei::crypto {

// Key material: a buffer wiped with OPENSSL_cleanse when it dies or is overwritten (STYLE.md
// §10: never a QString, never an implicitly shared QByteArray that may leave copies behind).
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    SecretBytes(const unsigned char *data, std::size_t size);
    // Copies `bytes`; the caller stays responsible for wiping its own copy.
    static SecretBytes copyOf(QByteArrayView bytes);

    SecretBytes(const SecretBytes &other);
    SecretBytes &operator=(const SecretBytes &other);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    ~SecretBytes();

    unsigned char *data() { return m_bytes.data(); }
    const unsigned char *data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }
    QByteArrayView view() const;
    void wipe();

    // Constant-time comparison (CRYPTO_memcmp).
    bool operator==(const SecretBytes &other) const;

private:
    std::vector<unsigned char> m_bytes;
};

// Wipes a QByteArray's own buffer (a detached copy is wiped, other shares are not touched).
void wipe(QByteArray &bytes);

} // namespace renkei::crypto
