#include "crypto/secretbytes.h"

#include <openssl/crypto.h>

#include <utility>

namespace renkei::crypto {

SecretBytes::SecretBytes(std::size_t size)
    : m_bytes(size, 0)
{
}

SecretBytes::SecretBytes(const unsigned char *data, std::size_t size)
    : m_bytes(data, data + size)
{
}

SecretBytes SecretBytes::copyOf(QByteArrayView bytes)
{
    return SecretBytes(reinterpret_cast<const unsigned char *>(bytes.data()),
        static_cast<std::size_t>(bytes.size()));
}

SecretBytes::SecretBytes(const SecretBytes &other)
    : m_bytes(other.m_bytes)
{
}

SecretBytes &SecretBytes::operator=(const SecretBytes &other)
{
    if (this != &other) {
        wipe();
        m_bytes = other.m_bytes;
    }
    return *this;
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    wipe();
}

QByteArrayView SecretBytes::view() const
{
    return QByteArrayView(
        reinterpret_cast<const char *>(m_bytes.data()), static_cast<qsizetype>(m_bytes.size()));
}

void SecretBytes::wipe()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

bool SecretBytes::operator==(const SecretBytes &other) const
{
    return m_bytes.size() == other.m_bytes.size()
        && CRYPTO_memcmp(m_bytes.data(), other.m_bytes.data(), m_bytes.size()) == 0;
}

void wipe(QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    bytes.detach();
    OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace renkei::crypto
