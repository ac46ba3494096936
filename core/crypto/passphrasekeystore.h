#pragma once

#include "crypto/keystore.h"
#include "crypto/primitives.h"

#include <memory>

namespace renkei::crypto {

// The documented fallback where no keychain exists: keys derived from a passphrase the user
// types (scrypt), never a plaintext key file. The file beside the cache holds only the salt, the
// scrypt parameters and a check value (an HMAC under the derived key) that tells a wrong
// passphrase from a damaged cache.
class PassphraseKeyStore final : public KeyStore {
public:
    // Opens the store described by `paramsFile`, creating it (with `newParams`) when it does
    // not exist. A wrong passphrase gives Kind::WrongPassphrase; a damaged file Kind::Invalid.
    static Result<std::unique_ptr<PassphraseKeyStore>> unlock(
        const QString &paramsFile, const SecretBytes &passphrase, const ScryptParams &newParams);

    Kind kind() const override { return Kind::Passphrase; }
    // Keys are derived per scope (HKDF-SHA-256 of the master key with the scope as info).
    Result<SecretBytes> loadOrCreateKey(const QString &scope) override;
    // Derived keys are never stored, so there is nothing to remove.
    Result<void> removeKey(const QString &scope) override;

    const ScryptParams &params() const { return m_params; }

private:
    PassphraseKeyStore(SecretBytes master, ScryptParams params);
    SecretBytes m_master;
    ScryptParams m_params;
};

// Parameters that take at least `targetMs` milliseconds on this machine (N grows by powers of
// two from 2^14; r = 8, p = 1). The default store uses at least 100 ms.
ScryptParams calibrateScrypt(int targetMs = 100);

} // namespace renkei::crypto
