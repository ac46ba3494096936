#include "crypto/keystore.h"

#include "crypto/primitives.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::crypto {

QString keyScope(const QString &network, const QString &account, const QString &purpose)
{
    return u"renkei:"_s + network + u':' + account + u':' + purpose;
}

Result<SecretBytes> MemoryKeyStore::loadOrCreateKey(const QString &scope)
{
    const auto it = m_keys.constFind(scope);
    if (it != m_keys.constEnd())
        return *it;
    auto key = randomKey();
    if (!key)
        return key.error();
    m_keys.insert(scope, *key);
    return key;
}

Result<void> MemoryKeyStore::removeKey(const QString &scope)
{
    m_keys.remove(scope);
    return {};
}

} // namespace renkei::crypto
