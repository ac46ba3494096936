#include "crypto/passphrasekeystore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace renkei::crypto {

namespace {

constexpr auto kFormat = u"renkei-passphrase-v1";
constexpr qsizetype kSaltSize = 32;
const QByteArray kCheckLabel = QByteArrayLiteral("renkei passphrase check v1");

Error fileError(const QString &message, const QString &where)
{
    return Error { Error::Kind::Invalid, message, where, {} };
}

Result<QByteArray> checkValue(const SecretBytes &master)
{
    return hmacSha256(master, kCheckLabel);
}

Result<void> writeParams(
    const QString &path, const QByteArray &salt, const ScryptParams &p, const QByteArray &check)
{
    const QJsonObject o { { u"format"_s, QString::fromUtf16(kFormat) },
        { u"salt"_s, QString::fromLatin1(salt.toBase64()) }, { u"n"_s, double(p.n) },
        { u"r"_s, double(p.r) }, { u"p"_s, double(p.p) },
        { u"check"_s, QString::fromLatin1(check.toBase64()) } };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { Error::Kind::Io, u"cannot write the key parameters"_s, path, {} };
    file.write(QJsonDocument(o).toJson());
    if (!file.commit())
        return Error { Error::Kind::Io, u"cannot write the key parameters"_s, path, {} };
    return {};
}

} // namespace

PassphraseKeyStore::PassphraseKeyStore(SecretBytes master, ScryptParams params)
    : m_master(std::move(master))
    , m_params(params)
{
}

Result<std::unique_ptr<PassphraseKeyStore>> PassphraseKeyStore::unlock(
    const QString &paramsFile, const SecretBytes &passphrase, const ScryptParams &newParams)
{
    if (passphrase.isEmpty())
        return Error { Error::Kind::WrongPassphrase, u"the passphrase is empty"_s, {}, {} };
    QFile file(paramsFile);
    if (!file.exists()) {
        const QByteArray salt = randomBytes(kSaltSize);
        auto master = scrypt(passphrase, salt, newParams);
        if (!master)
            return master.error();
        auto check = checkValue(*master);
        if (!check)
            return check.error();
        if (auto written = writeParams(paramsFile, salt, newParams, *check); !written)
            return written.error();
        return std::unique_ptr<PassphraseKeyStore>(
            new PassphraseKeyStore(std::move(*master), newParams));
    }
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return Error { Error::Kind::Io, u"cannot read the key parameters"_s, paramsFile, {} };
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    const QByteArray salt = QByteArray::fromBase64(o.value(u"salt"_s).toString().toLatin1());
    const QByteArray check = QByteArray::fromBase64(o.value(u"check"_s).toString().toLatin1());
    ScryptParams params;
    params.n = std::uint64_t(o.value(u"n"_s).toDouble());
    params.r = std::uint32_t(o.value(u"r"_s).toDouble());
    params.p = std::uint32_t(o.value(u"p"_s).toDouble());
    if (o.value(u"format"_s).toString() != QString::fromUtf16(kFormat) || salt.size() != kSaltSize
        || check.size() != 32 || params.n > (std::uint64_t(1) << 22) || params.r > 32
        || params.p > 16)
        return fileError(
            u"the key parameters file is damaged or of an unknown format"_s, paramsFile);
    auto master = scrypt(passphrase, salt, params);
    if (!master)
        return master.error();
    auto expected = checkValue(*master);
    if (!expected)
        return expected.error();
    if (!(SecretBytes::copyOf(*expected) == SecretBytes::copyOf(check)))
        return Error { Error::Kind::WrongPassphrase, u"the passphrase is not the right one"_s, {},
            {} };
    return std::unique_ptr<PassphraseKeyStore>(new PassphraseKeyStore(std::move(*master), params));
}

Result<SecretBytes> PassphraseKeyStore::loadOrCreateKey(const QString &scope)
{
    return hkdfSha256(m_master, {}, scope.toUtf8(), kKeySize);
}

Result<void> PassphraseKeyStore::removeKey(const QString &)
{
    return {};
}

ScryptParams calibrateScrypt(int targetMs)
{
    ScryptParams params { std::uint64_t(1) << 14, 8, 1 };
    const SecretBytes probe = SecretBytes::copyOf("calibration");
    while (params.n < (std::uint64_t(1) << 20)) {
        QElapsedTimer timer;
        timer.start();
        if (!scrypt(probe, "salt", params).ok())
            break;
        if (timer.elapsed() >= targetMs)
            break;
        params.n <<= 1;
    }
    return params;
}

} // namespace renkei::crypto
