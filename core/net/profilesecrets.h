#pragma once

#include "net/tlspolicy.h"
#include "net/tokenvault.h"

#include <QStringList>

#include <memory>

class QSettings;

// Where a network profile's secrets live (issue 4 §1): the PKCS#12 password of its client
// certificate and the client secret of the client-credentials method go to a TokenVault (the OS
// keychain, or the passphrase-sealed files where none exists), never to QSettings. The viewer and
// renkei-cli share the settings file and the vault folder named here.
namespace renkei::net {

// renkei:<network>:profile:pkcs12-password and renkei:<network>:profile:client-secret.
QString pkcs12PasswordScope(const QString &networkId);
QString clientSecretScope(const QString &networkId);

// The profile's TLS policy, with the PKCS#12 password read from `vault` (none stored: an empty
// password). Errors: the vault's own (Kind::Unavailable, Timeout, Tampered), Kind::Io (a file
// cannot be read), Kind::Tls "ca" / "pkcs12" (a wrong password or a damaged file).
Result<TlsPolicy> tlsPolicyFor(const NetworkProfile &profile, TokenVault &vault);

// The client secret stored for the profile (empty when none is).
Result<crypto::SecretBytes> clientSecretFor(const NetworkProfile &profile, TokenVault &vault);

// Forgets every secret kept for a network: the PKCS#12 password, the client secret and the
// refresh tokens of `accounts`. Absent entries are fine; the first failure is returned after
// every removal was tried.
Result<void> removeProfileSecrets(TokenVault &vault, const QString &networkId,
    const QStringList &accounts = { QStringLiteral("default") });

// The settings the viewer reads its profiles from (organization "Renkei", application "renkei"),
// whichever program opens them.
std::unique_ptr<QSettings> openViewerSettings();

// The folder of the passphrase-sealed vault (EncryptedFileTokenVault) and the file holding its
// scrypt parameters: <generic data>/Renkei/tokens and <generic data>/Renkei/tokens.keyparams.
QString defaultTokenVaultDirectory();
QString defaultTokenVaultParamsFile();

} // namespace renkei::net
