#include "net/profilesecrets.h"

#include "crypto/keystore.h"
#include "util/logging.h"

#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace renkei::net {

namespace {

const QString kProfileAccount = u"profile"_s;

} // namespace

QString pkcs12PasswordScope(const QString &networkId)
{
    return crypto::keyScope(networkId, kProfileAccount, u"pkcs12-password"_s);
}

QString clientSecretScope(const QString &networkId)
{
    return crypto::keyScope(networkId, kProfileAccount, u"client-secret"_s);
}

Result<TlsPolicy> tlsPolicyFor(const NetworkProfile &profile, TokenVault &vault)
{
    crypto::SecretBytes password;
    if (!profile.clientCertificatePath.isEmpty()) {
        auto stored = vault.load(pkcs12PasswordScope(profile.id));
        if (!stored)
            return stored.error();
        if (*stored)
            password = std::move(**stored);
    }
    auto policy = TlsPolicy::fromProfile(profile, password);
    if (!policy)
        qCWarning(lcNet) << "the TLS settings of a network profile are not usable:"
                         << errorKindName(policy.error().kind) << policy.error().code;
    return policy;
}

Result<crypto::SecretBytes> clientSecretFor(const NetworkProfile &profile, TokenVault &vault)
{
    auto stored = vault.load(clientSecretScope(profile.id));
    if (!stored)
        return stored.error();
    return *stored ? std::move(**stored) : crypto::SecretBytes();
}

Result<void> removeProfileSecrets(
    TokenVault &vault, const QString &networkId, const QStringList &accounts)
{
    QStringList scopes { pkcs12PasswordScope(networkId), clientSecretScope(networkId) };
    for (const QString &account : accounts)
        scopes.append(refreshTokenScope(networkId, account));
    Result<void> first;
    for (const QString &scope : std::as_const(scopes)) {
        if (auto removed = vault.remove(scope); !removed && first)
            first = removed;
    }
    return first;
}

std::unique_ptr<QSettings> openViewerSettings()
{
    return std::make_unique<QSettings>(
        QSettings::NativeFormat, QSettings::UserScope, u"Renkei"_s, u"renkei"_s);
}

QString defaultTokenVaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/Renkei/tokens"_s;
}

QString defaultTokenVaultParamsFile()
{
    return defaultTokenVaultDirectory() + u".keyparams"_s;
}

} // namespace renkei::net
