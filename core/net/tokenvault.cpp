#include "net/tokenvault.h"

#include "crypto/primitives.h"
#include "net/neterror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace renkei::net {

QString refreshTokenScope(const QString &networkId, const QString &account)
{
    return crypto::keyScope(networkId, account, u"refresh-token"_s);
}

Result<void> MemoryTokenVault::store(const QString &scope, const crypto::SecretBytes &secret)
{
    m_secrets.insert(scope, secret);
    return {};
}

Result<std::optional<crypto::SecretBytes>> MemoryTokenVault::load(const QString &scope)
{
    const auto it = m_secrets.constFind(scope);
    if (it == m_secrets.constEnd())
        return std::optional<crypto::SecretBytes>();
    return std::optional<crypto::SecretBytes>(*it);
}

Result<void> MemoryTokenVault::remove(const QString &scope)
{
    if (auto it = m_secrets.find(scope); it != m_secrets.end()) {
        it->wipe();
        m_secrets.erase(it);
    }
    return {};
}

EncryptedFileTokenVault::EncryptedFileTokenVault(QString directory, crypto::KeyStore &keys)
    : m_directory(std::move(directory))
    , m_keys(keys)
{
}

QString EncryptedFileTokenVault::fileFor(const QString &scope) const
{
    const QByteArray name
        = QCryptographicHash::hash(scope.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(m_directory).filePath(QString::fromLatin1(name) + u".sealed"_s);
}

Result<void> EncryptedFileTokenVault::store(const QString &scope, const crypto::SecretBytes &secret)
{
    auto key = m_keys.loadOrCreateKey(scope + u":vault"_s);
    if (!key)
        return key.error();
    auto sealed = crypto::seal(*key, secret.view(), scope.toUtf8());
    if (!sealed)
        return sealed.error();
    if (!QDir().mkpath(m_directory))
        return netError(Error::Kind::Io, u"cannot create the folder"_s, u"file"_s, m_directory);
    QSaveFile file(fileFor(scope));
    if (!file.open(QIODevice::WriteOnly))
        return netError(Error::Kind::Io, u"cannot write the file"_s, u"file"_s, file.fileName());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(*sealed);
    if (!file.commit())
        return netError(Error::Kind::Io, u"cannot write the file"_s, u"file"_s, file.fileName());
    return {};
}

Result<std::optional<crypto::SecretBytes>> EncryptedFileTokenVault::load(const QString &scope)
{
    QFile file(fileFor(scope));
    if (!file.exists())
        return std::optional<crypto::SecretBytes>();
    if (!file.open(QIODevice::ReadOnly))
        return netError(Error::Kind::Io, u"cannot read the file"_s, u"file"_s, file.fileName());
    auto key = m_keys.loadOrCreateKey(scope + u":vault"_s);
    if (!key)
        return key.error();
    auto opened = crypto::open(*key, file.readAll(), scope.toUtf8());
    if (!opened)
        return opened.error();
    crypto::SecretBytes secret = crypto::SecretBytes::copyOf(*opened);
    crypto::wipe(*opened);
    return std::optional<crypto::SecretBytes>(std::move(secret));
}

Result<void> EncryptedFileTokenVault::remove(const QString &scope)
{
    QFile file(fileFor(scope));
    if (file.exists() && !file.remove())
        return netError(Error::Kind::Io, u"cannot remove the file"_s, u"file"_s, file.fileName());
    return {};
}

} // namespace renkei::net
