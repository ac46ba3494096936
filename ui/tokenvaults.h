#pragma once

#include "crypto/primitives.h"
#include "net/networkprofile.h"
#include "net/tokenvault.h"

#include <memory>
#include <optional>

namespace renkei::crypto {
class PassphraseKeyStore;
}

namespace renkei::ui {

// Where this workstation keeps refresh tokens (docs/user-guide.md "Signing in"): the OS
// keychain; where it is not available and the user set a passphrase, sealed files under a key
// derived from it (scrypt); otherwise memory only (the sign-in lasts until the app quits). The
// demo network's tokens always stay in memory.
class TokenVaults {
public:
    enum class Mode { Keychain, Passphrase, SessionOnly };

    // `keychain`: the keychain vault (tests pass a fake); `directory` and `paramsFile`: the
    // passphrase vault's files (renkei-cli uses the same: net::defaultTokenVaultDirectory()).
    TokenVaults(std::unique_ptr<net::TokenVault> keychain, QString directory, QString paramsFile,
        crypto::ScryptParams passphraseParams = {});
    ~TokenVaults();

    // Asks the keychain once (a read of a scope nobody writes); its error is kept.
    const std::optional<Error> &probeKeychain();
    Mode mode() const;
    bool keychainChecked() const { return m_probed; }

    // The vault for `profile`'s refresh token.
    net::TokenVault &vaultFor(const net::NetworkProfile &profile);
    net::TokenVault &memory() { return m_memory; }

    // Opens (creating on first use) the passphrase vault. Kind::WrongPassphrase when a vault
    // exists under another passphrase.
    Result<void> usePassphrase(const crypto::SecretBytes &passphrase);
    bool hasPassphraseVault() const;

    // The demo network's profile: loopback and id "demo".
    static bool isDemo(const net::NetworkProfile &profile);

private:
    std::unique_ptr<net::TokenVault> m_keychain;
    QString m_directory;
    QString m_paramsFile;
    crypto::ScryptParams m_params;
    bool m_probed = false;
    std::optional<Error> m_keychainError;
    net::MemoryTokenVault m_memory;
    std::unique_ptr<crypto::PassphraseKeyStore> m_keys;
    std::unique_ptr<net::EncryptedFileTokenVault> m_files;
};

} // namespace renkei::ui
