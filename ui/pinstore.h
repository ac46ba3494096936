#pragma once

#include "crypto/primitives.h"
#include "crypto/secretbytes.h"
#include "util/result.h"

class QSettings;

namespace renkei::ui {

// The local PIN (or password) that unlocks the idle lock (docs/user-guide.md "Idle lock"). Kept
// as a verifier: scrypt(PIN, random 16-byte salt) with its parameters, in QSettings under
// lock/pin/. The verifier is not a secret, but it is slow to test guesses against, and wrong
// attempts are counted (in the settings, so quitting does not reset them): after kMaxAttempts
// only a fresh sign-in unlocks. Signing out forgets the PIN.
class PinStore {
public:
    static constexpr int kMaxAttempts = 5;
    static constexpr int kMinLength = 6;

    // `params`: the cost for new PINs (tests pass a cheaper one).
    explicit PinStore(QSettings &settings, crypto::ScryptParams params = defaultParams());
    // N = 2^16, r = 8, p = 1: 64 MiB and about 0.2 s per check on a 2-core machine.
    static crypto::ScryptParams defaultParams();

    bool hasPin() const;
    // Kind::Invalid "too-short" under kMinLength characters. Resets the attempt count.
    Result<void> setPin(const crypto::SecretBytes &pin);

    enum class Check { Right, Wrong, LockedOut };
    // Right resets the count; Wrong counts one; LockedOut once kMaxAttempts were wrong (the PIN
    // is not even tried then) or when no PIN is set.
    Result<Check> verify(const crypto::SecretBytes &pin);
    int failedAttempts() const;
    int attemptsLeft() const;
    bool isLockedOut() const;
    void resetAttempts(); // after a fresh sign-in
    void clear(); // signing out

private:
    struct Stored {
        QByteArray salt;
        QByteArray verifier;
        crypto::ScryptParams params;
    };
    std::optional<Stored> stored() const;

    QSettings &m_settings;
    crypto::ScryptParams m_params;
};

} // namespace renkei::ui
