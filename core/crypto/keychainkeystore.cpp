#include "crypto/keychainkeystore.h"

#include "crypto/primitives.h"
#include "util/logging.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::crypto {

KeychainKeyStore::KeychainKeyStore(QString service, int timeoutMs)
    : m_keychain(std::move(service), timeoutMs)
{
}

Result<SecretBytes> KeychainKeyStore::loadOrCreateKey(const QString &scope)
{
    auto stored = m_keychain.read(scope);
    if (!stored)
        return stored.error();
    if (stored->has_value()) {
        if ((*stored)->size() != kKeySize)
            return Error { Error::Kind::Invalid, u"the keychain entry is not a 256-bit key"_s, {},
                {}, u"bad-entry"_s };
        return std::move(**stored);
    }
    auto key = randomKey();
    if (!key)
        return key.error();
    if (auto written = m_keychain.write(scope, *key); !written)
        return written.error();
    qCInfo(lcCache) << "created a new key in the keychain";
    return key;
}

Result<void> KeychainKeyStore::removeKey(const QString &scope)
{
    return m_keychain.remove(scope);
}

Result<void> KeychainKeyStore::probe()
{
    auto stored = m_keychain.read(u"renkei:probe"_s);
    if (!stored)
        return stored.error();
    return {};
}

} // namespace renkei::crypto
