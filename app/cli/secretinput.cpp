#include "secretinput.h"

#include "crypto/passphrasekeystore.h"
#include "net/keychaintokenvault.h"
#include "net/profilesecrets.h"

#include <QDir>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace renkei::cli {

namespace {

// Turns the terminal's echo off for its lifetime (nothing happens when stdin is no terminal).
class NoEcho {
public:
    NoEcho()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_mode))
            m_active = SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#else
        if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~NoEcho()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    NoEcho(const NoEcho &) = delete;
    NoEcho &operator=(const NoEcho &) = delete;
    bool active() const
    {
        return m_active;
    }

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved {};
#endif
};

crypto::SecretBytes firstLine(QByteArrayView bytes)
{
    qsizetype length = bytes.indexOf('\n');
    if (length < 0)
        length = bytes.size();
    while (length > 0 && bytes.at(length - 1) == '\r')
        --length;
    return crypto::SecretBytes::copyOf(bytes.first(length));
}

} // namespace

Result<crypto::SecretBytes> readSecretFile(const QString &path)
{
    QFile file(path);
    const bool opened
        = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return Error { Error::Kind::Io, u"cannot read the file"_s, path, {}, u"file"_s };
    QByteArray bytes = path == u"-"_s ? file.readLine() : file.readAll();
    crypto::SecretBytes secret = firstLine(bytes);
    crypto::wipe(bytes);
    return secret;
}

Result<crypto::SecretBytes> promptSecret(const QString &prompt, QTextStream &err)
{
    err << prompt;
    err.flush();
    QByteArray line;
    line.reserve(1024); // no reallocation leaving copies behind for a typed secret
    bool sawAny = false;
    {
        NoEcho noEcho;
        for (int c = std::getchar(); c != EOF; c = std::getchar()) {
            sawAny = true;
            if (c == '\n')
                break;
            line.append(char(c));
        }
        if (noEcho.active()) {
            err << u'\n'; // the Enter the terminal did not echo
            err.flush();
        }
    }
    if (!sawAny)
        return Error { Error::Kind::Io, u"nothing was typed (end of input)"_s, {}, {},
            u"no-input"_s };
    crypto::SecretBytes secret = firstLine(line);
    crypto::wipe(line);
    return secret;
}

Result<crypto::SecretBytes> readSecret(const QString &path, const QString &prompt, QTextStream &err)
{
    return path.isEmpty() ? promptSecret(prompt, err) : readSecretFile(path);
}

Result<OpenVault> openVault(const QString &passphraseFile)
{
    OpenVault open;
    if (passphraseFile.isEmpty()) {
        open.vault = std::make_unique<net::KeychainTokenVault>();
        open.keychain = true;
        return open;
    }
    auto passphrase = readSecretFile(passphraseFile);
    if (!passphrase)
        return passphrase.error();
    if (passphrase->isEmpty())
        return Error { Error::Kind::Invalid, u"the passphrase file is empty"_s, passphraseFile };
    if (!QDir().mkpath(net::defaultTokenVaultDirectory()))
        return Error { Error::Kind::Io, u"cannot create the folder"_s,
            net::defaultTokenVaultDirectory() };
    auto store = crypto::PassphraseKeyStore::unlock(
        net::defaultTokenVaultParamsFile(), *passphrase, crypto::ScryptParams {});
    if (!store)
        return store.error();
    open.keys = std::move(*store);
    open.vault = std::make_unique<net::EncryptedFileTokenVault>(
        net::defaultTokenVaultDirectory(), *open.keys);
    return open;
}

} // namespace renkei::cli
