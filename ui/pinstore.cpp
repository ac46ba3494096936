#include "pinstore.h"

#include "uilogging.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

const QString kSalt = u"lock/pin/salt"_s;
const QString kVerifier = u"lock/pin/verifier"_s;
const QString kN = u"lock/pin/n"_s;
const QString kR = u"lock/pin/r"_s;
const QString kP = u"lock/pin/p"_s;
const QString kFailures = u"lock/pin/failures"_s;
constexpr qsizetype kSaltSize = 16;
constexpr std::size_t kVerifierSize = 32;

qsizetype characterCount(const crypto::SecretBytes &utf8)
{
    qsizetype count = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if ((utf8.data()[i] & 0xC0) != 0x80) // not a continuation byte
            ++count;
    }
    return count;
}

} // namespace

PinStore::PinStore(QSettings &settings, crypto::ScryptParams params)
    : m_settings(settings)
    , m_params(params)
{
}

crypto::ScryptParams PinStore::defaultParams()
{
    crypto::ScryptParams p;
    p.n = std::uint64_t(1) << 16;
    p.r = 8;
    p.p = 1;
    return p;
}

std::optional<PinStore::Stored> PinStore::stored() const
{
    Stored s;
    s.salt = QByteArray::fromBase64(m_settings.value(kSalt).toByteArray());
    s.verifier = QByteArray::fromBase64(m_settings.value(kVerifier).toByteArray());
    s.params.n = m_settings.value(kN).toULongLong();
    s.params.r = m_settings.value(kR).toUInt();
    s.params.p = m_settings.value(kP).toUInt();
    // Bounds keep an edited settings file from making a check run for minutes.
    const bool powerOfTwo = s.params.n > 1 && (s.params.n & (s.params.n - 1)) == 0;
    if (s.salt.size() != kSaltSize || s.verifier.size() != qsizetype(kVerifierSize) || !powerOfTwo
        || s.params.n > (std::uint64_t(1) << 20) || s.params.r < 1 || s.params.r > 16
        || s.params.p < 1 || s.params.p > 4)
        return std::nullopt;
    return s;
}

bool PinStore::hasPin() const
{
    return stored().has_value();
}

Result<void> PinStore::setPin(const crypto::SecretBytes &pin)
{
    if (characterCount(pin) < kMinLength)
        return Error { Error::Kind::Invalid, u"the PIN is too short"_s, {}, {}, u"too-short"_s };
    const QByteArray salt = crypto::randomBytes(kSaltSize);
    if (salt.size() != kSaltSize)
        return Error { Error::Kind::Crypto, u"no random bytes"_s, {}, {}, u"random"_s };
    auto verifier = crypto::scrypt(pin, salt, m_params, kVerifierSize);
    if (!verifier)
        return verifier.error();
    m_settings.setValue(kSalt, salt.toBase64());
    m_settings.setValue(kVerifier, verifier->view().toByteArray().toBase64());
    m_settings.setValue(kN, quint64(m_params.n));
    m_settings.setValue(kR, m_params.r);
    m_settings.setValue(kP, m_params.p);
    m_settings.setValue(kFailures, 0);
    m_settings.sync();
    qCInfo(lcUi) << "an unlock PIN was set";
    return {};
}

Result<PinStore::Check> PinStore::verify(const crypto::SecretBytes &pin)
{
    const auto s = stored();
    if (!s || isLockedOut())
        return Check::LockedOut;
    auto computed = crypto::scrypt(pin, s->salt, s->params, kVerifierSize);
    if (!computed)
        return computed.error();
    const bool right = *computed == crypto::SecretBytes::copyOf(s->verifier); // constant time
    if (right) {
        resetAttempts();
        return Check::Right;
    }
    m_settings.setValue(kFailures, failedAttempts() + 1);
    m_settings.sync();
    qCInfo(lcUi) << "a wrong unlock PIN; attempts left:" << attemptsLeft();
    return isLockedOut() ? Check::LockedOut : Check::Wrong;
}

int PinStore::failedAttempts() const
{
    return qBound(0, m_settings.value(kFailures, 0).toInt(), kMaxAttempts);
}

int PinStore::attemptsLeft() const
{
    return kMaxAttempts - failedAttempts();
}

bool PinStore::isLockedOut() const
{
    return failedAttempts() >= kMaxAttempts;
}

void PinStore::resetAttempts()
{
    m_settings.setValue(kFailures, 0);
    m_settings.sync();
}

void PinStore::clear()
{
    for (const QString &key : { kSalt, kVerifier, kN, kR, kP, kFailures })
        m_settings.remove(key);
    m_settings.sync();
}

} // namespace renkei::ui
