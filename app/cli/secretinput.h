#pragma once

#include "crypto/secretbytes.h"
#include "util/result.h"

#include <QString>
#include <QTextStream>

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

} // namespace renkei::cli
