#pragma once

#include "crypto/keystore.h"
#include "crypto/secretbytes.h"
#include "net/tokenvault.h"
#include "util/result.h"

#include <QString>
#include <QTextStream>

#include <memory>

// Secrets for renkei-cli never come from the command line itself (it is visible in `ps` and in
// the shell's history): they are read from a file, or typed at a prompt without echo.
namespace renkei::cli {

// The first line of `path` (without its line end); "-" reads a line of standard input.
// Kind::Io when it cannot be read.
Result<crypto::SecretBytes> readSecretFile(const QString &path);

// Writes `prompt` to `err` and reads one line from standard input; the terminal does not echo
// it. When standard input is a pipe, the next line of it. Kind::Io "no-input" at end of input.
Result<crypto::SecretBytes> promptSecret(const QString &prompt, QTextStream &err);

// readSecretFile(path) when a path is given, else promptSecret(prompt).
Result<crypto::SecretBytes> readSecret(
    const QString &path, const QString &prompt, QTextStream &err);

// The vault that keeps network secrets (client secrets, PKCS#12 passwords, refresh tokens), and
// the key store it may need (kept alive together): the OS keychain, or with a passphrase file the
// passphrase-sealed files the viewer also opens where no keychain exists.
struct OpenVault {
    std::unique_ptr<crypto::KeyStore> keys;
    std::unique_ptr<net::TokenVault> vault;
    bool keychain = false;
};
Result<OpenVault> openVault(const QString &passphraseFile);

} // namespace renkei::cli
