#include "net/keychaintokenvault.h"

namespace renkei::net {

KeychainTokenVault::KeychainTokenVault(QString service, int timeoutMs)
    : m_keychain(std::move(service), timeoutMs)
{
}

Result<void> KeychainTokenVault::store(const QString &scope, const crypto::SecretBytes &secret)
{
    return m_keychain.write(scope, secret);
}

Result<std::optional<crypto::SecretBytes>> KeychainTokenVault::load(const QString &scope)
{
    return m_keychain.read(scope);
}

Result<void> KeychainTokenVault::remove(const QString &scope)
{
    return m_keychain.remove(scope);
}

} // namespace renkei::net
