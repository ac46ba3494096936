#include "cache/cachekeys.h"

#include "crypto/primitives.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::cache {

namespace {

QByteArray wrapAad(const QString &scope)
{
    return "renkei-cache|data-key|v1|" + scope.toUtf8();
}

QString storeKindName(crypto::KeyStore::Kind kind)
{
    switch (kind) {
    case crypto::KeyStore::Kind::Keychain:
        return u"keychain"_s;
    case crypto::KeyStore::Kind::Passphrase:
        return u"passphrase"_s;
    case crypto::KeyStore::Kind::Memory:
        return u"memory"_s;
    }
    return u"memory"_s;
}

} // namespace

Result<NewDataKey> makeDataKey(
    crypto::KeyStore &store, const QString &scope, const QString &kdfDescription)
{
    auto wrapping = store.loadOrCreateKey(scope);
    if (!wrapping)
        return wrapping.error();
    auto dataKey = crypto::randomKey();
    if (!dataKey)
        return dataKey.error();
    auto wrapped = crypto::seal(*wrapping, dataKey->view(), wrapAad(scope));
    if (!wrapped)
        return wrapped.error();
    NewDataKey made { std::move(*dataKey), {} };
    made.meta = {
        { u"wrapped_key"_s, *wrapped },
        { u"key_scope"_s, scope.toUtf8() },
        { u"key_store"_s, storeKindName(store.kind()).toUtf8() },
    };
    if (!kdfDescription.isEmpty())
        made.meta.append({ u"kdf"_s, kdfDescription.toUtf8() });
    return made;
}

Result<crypto::SecretBytes> unwrapDataKey(
    CacheDatabase &db, crypto::KeyStore &store, const QString &scope)
{
    auto storedScope = db.meta(u"key_scope"_s);
    if (!storedScope)
        return storedScope.error();
    auto wrapped = db.meta(u"wrapped_key"_s);
    if (!wrapped)
        return wrapped.error();
    if (!storedScope->has_value() || !wrapped->has_value())
        return Error { Error::Kind::Corrupt, u"the cache's key record is missing"_s, db.path(), {},
            u"no-key"_s };
    const Error otherKey { store.kind() == crypto::KeyStore::Kind::Passphrase
            ? Error::Kind::WrongPassphrase
            : Error::Kind::Tampered,
        u"this cache was made with another key"_s, db.path(), {}, u"other-key"_s };
    if (QString::fromUtf8(**storedScope) != scope) {
        Error error = otherKey;
        error.message = u"this cache was made with another key (for another network or account)"_s;
        error.code = u"other-scope"_s;
        return error;
    }
    auto wrapping = store.loadOrCreateKey(scope);
    if (!wrapping)
        return wrapping.error();
    auto plain = crypto::open(*wrapping, **wrapped, wrapAad(scope));
    if (!plain)
        return otherKey;
    crypto::SecretBytes dataKey = crypto::SecretBytes::copyOf(*plain);
    crypto::wipe(*plain);
    if (dataKey.size() != crypto::kKeySize)
        return otherKey;
    return dataKey;
}

} // namespace renkei::cache
