// The idle lock's PIN: a salted scrypt verifier in QSettings, wrong attempts counted (and kept
// across restarts), locked out after five, forgotten on sign-out.
#include "pinstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using renkei::crypto::SecretBytes;
using renkei::ui::PinStore;

namespace {

SecretBytes secret(const char *text)
{
    return SecretBytes::copyOf(QByteArray(text));
}

renkei::crypto::ScryptParams cheap()
{
    renkei::crypto::ScryptParams p;
    p.n = 1 << 10;
    return p;
}

} // namespace

class TestPinStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void setAndVerify();
    void storesAVerifierNotThePin();
    void defaultCostIsReal();
    void tooShortRefused();
    void fiveWrongLockOut();
    void attemptsSurviveARestart();
    void resetAndClear();
    void editedSettingsMeanNoPin();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestPinStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"s.ini"_s), QSettings::IniFormat);
}

void TestPinStore::setAndVerify()
{
    PinStore pins(*m_settings, cheap());
    QVERIFY(!pins.hasPin());
    QVERIFY(pins.setPin(secret("135790")));
    QVERIFY(pins.hasPin());
    QCOMPARE(*pins.verify(secret("135790")), PinStore::Check::Right);
    QCOMPARE(*pins.verify(secret("135791")), PinStore::Check::Wrong);
    QCOMPARE(pins.failedAttempts(), 1);
    QCOMPARE(*pins.verify(secret("135790")), PinStore::Check::Right);
    QCOMPARE(pins.failedAttempts(), 0); // a right PIN clears the count
    // Non-ASCII passwords count characters, not bytes.
    QVERIFY(pins.setPin(secret("ぱすわーど六")));
    QCOMPARE(*pins.verify(secret("ぱすわーど六")), PinStore::Check::Right);
}

void TestPinStore::storesAVerifierNotThePin()
{
    PinStore pins(*m_settings, cheap());
    QVERIFY(pins.setPin(secret("864213")));
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(!stored.contains("864213"));
    QVERIFY(stored.contains("verifier"));
    QVERIFY(stored.contains("salt"));
    // A fresh salt each time: the same PIN gives another verifier.
    const QByteArray first = m_settings->value(u"lock/pin/verifier"_s).toByteArray();
    QVERIFY(pins.setPin(secret("864213")));
    QVERIFY(m_settings->value(u"lock/pin/verifier"_s).toByteArray() != first);
}

void TestPinStore::defaultCostIsReal()
{
    const auto p = PinStore::defaultParams();
    QVERIFY(p.n >= (1u << 15));
    QCOMPARE(p.r, 8u);
    PinStore pins(*m_settings);
    QVERIFY(pins.setPin(secret("a-long-password")));
    QCOMPARE(m_settings->value(u"lock/pin/n"_s).toULongLong(), quint64(p.n));
    QCOMPARE(*pins.verify(secret("a-long-password")), PinStore::Check::Right);
}

void TestPinStore::tooShortRefused()
{
    PinStore pins(*m_settings, cheap());
    const auto set = pins.setPin(secret("12345"));
    QVERIFY(!set);
    QCOMPARE(set.error().code, u"too-short"_s);
    QVERIFY(!pins.hasPin());
}

void TestPinStore::fiveWrongLockOut()
{
    PinStore pins(*m_settings, cheap());
    QVERIFY(pins.setPin(secret("246810")));
    for (int i = 1; i < PinStore::kMaxAttempts; ++i) {
        QCOMPARE(*pins.verify(secret("000000")), PinStore::Check::Wrong);
        QCOMPARE(pins.attemptsLeft(), PinStore::kMaxAttempts - i);
    }
    QCOMPARE(*pins.verify(secret("000000")), PinStore::Check::LockedOut);
    QVERIFY(pins.isLockedOut());
    // Now even the right PIN does not unlock.
    QCOMPARE(*pins.verify(secret("246810")), PinStore::Check::LockedOut);
}

void TestPinStore::attemptsSurviveARestart()
{
    {
        PinStore pins(*m_settings, cheap());
        QVERIFY(pins.setPin(secret("246810")));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(*pins.verify(secret("999999")), PinStore::Check::Wrong);
    }
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"s.ini"_s), QSettings::IniFormat);
    PinStore again(*m_settings, cheap());
    QCOMPARE(again.failedAttempts(), 3);
    QCOMPARE(again.attemptsLeft(), 2);
}

void TestPinStore::resetAndClear()
{
    PinStore pins(*m_settings, cheap());
    QVERIFY(pins.setPin(secret("246810")));
    for (int i = 0; i < PinStore::kMaxAttempts; ++i)
        (void)pins.verify(secret("999999"));
    QVERIFY(pins.isLockedOut());
    pins.resetAttempts(); // a fresh sign-in
    QCOMPARE(*pins.verify(secret("246810")), PinStore::Check::Right);
    pins.clear(); // sign-out
    QVERIFY(!pins.hasPin());
    QCOMPARE(*pins.verify(secret("246810")), PinStore::Check::LockedOut);
    QVERIFY(m_settings->childGroups().isEmpty() || !m_settings->contains(u"lock/pin/salt"_s));
}

void TestPinStore::editedSettingsMeanNoPin()
{
    PinStore pins(*m_settings, cheap());
    QVERIFY(pins.setPin(secret("246810")));
    m_settings->setValue(u"lock/pin/n"_s, quint64(1) << 30); // would take minutes
    QVERIFY(!pins.hasPin());
    QCOMPARE(*pins.verify(secret("246810")), PinStore::Check::LockedOut);
    QVERIFY(pins.setPin(secret("246810")));
    m_settings->setValue(u"lock/pin/verifier"_s, QByteArray("AAAA"));
    QVERIFY(!pins.hasPin());
}

QTEST_GUILESS_MAIN(TestPinStore)
#include "testpinstore.moc"
