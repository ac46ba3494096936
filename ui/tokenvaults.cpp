#include "tokenvaults.h"

#include "crypto/passphrasekeystore.h"
#include "uilogging.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace renkei::ui {

TokenVaults::TokenVaults(std::unique_ptr<net::TokenVault> keychain, QString directory,
    QString paramsFile, crypto::ScryptParams params)
    : m_keychain(std::move(keychain))
    , m_directory(std::move(directory))
    , m_paramsFile(std::move(paramsFile))
    , m_params(params)
{
}

TokenVaults::~TokenVaults() = default;

const std::optional<Error> &TokenVaults::probeKeychain()
{
    if (m_probed)
        return m_keychainError;
    m_probed = true;
    if (!m_keychain) {
        m_keychainError
            = Error { Error::Kind::Unavailable, u"no keychain"_s, {}, {}, u"no-secret-service"_s };
        return m_keychainError;
    }
    auto probe = m_keychain->load(crypto::keyScope(u"renkei"_s, u"probe"_s, u"probe"_s));
    if (!probe) {
        m_keychainError = probe.error();
        qCInfo(lcUi) << "the keychain is not available:" << errorKindName(probe.error().kind)
                     << probe.error().code;
    }
    return m_keychainError;
}

TokenVaults::Mode TokenVaults::mode() const
{
    if (m_files)
        return Mode::Passphrase;
    if (m_probed && m_keychainError)
        return Mode::SessionOnly;
    return Mode::Keychain;
}

net::TokenVault &TokenVaults::vaultFor(const net::NetworkProfile &profile)
{
    if (isDemo(profile))
        return m_memory;
    switch (mode()) {
    case Mode::Passphrase:
        return *m_files;
    case Mode::SessionOnly:
        return m_memory;
    case Mode::Keychain:
        break;
    }
    return *m_keychain;
}

Result<void> TokenVaults::usePassphrase(const crypto::SecretBytes &passphrase)
{
    if (!QDir().mkpath(m_directory))
        return Error { Error::Kind::Io, u"cannot create the folder"_s, m_directory, {}, u"file"_s };
    auto keys = crypto::PassphraseKeyStore::unlock(m_paramsFile, passphrase, m_params);
    if (!keys)
        return keys.error();
    m_files.reset();
    m_keys = std::move(*keys);
    m_files = std::make_unique<net::EncryptedFileTokenVault>(m_directory, *m_keys);
    qCInfo(lcUi) << "refresh tokens are kept in the passphrase vault";
    return {};
}

bool TokenVaults::hasPassphraseVault() const
{
    return QFile::exists(m_paramsFile);
}

bool TokenVaults::isDemo(const net::NetworkProfile &profile)
{
    return profile.id == u"demo"_s && net::isLoopbackHost(profile.fhirBaseUrl.host());
}

} // namespace renkei::ui
