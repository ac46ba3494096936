// Token vaults: in memory, an AES-GCM sealed file under a passphrase-derived key, and the OS
// keychain (run under tests/support/with-keyring.sh as TestTokenVault_keychain).
#include "crypto/passphrasekeystore.h"
#include "net/keychaintokenvault.h"
#include "net/tokenvault.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace renkei;

class TestTokenVault : public QObject {
    Q_OBJECT
private slots:
    void memoryVault();
    void encryptedFileVault();
    void keychainVault();

private:
    void roundTrip(net::TokenVault &vault);
};

void TestTokenVault::roundTrip(net::TokenVault &vault)
{
    const QString scope = net::refreshTokenScope(u"demo"_s, u"doctor"_s);
    QCOMPARE(scope, u"renkei:demo:doctor:refresh-token"_s);
    auto none = vault.load(scope);
    QVERIFY2(none, qPrintable(none ? QString() : none.error().describe()));
    QVERIFY(!none->has_value());
    QVERIFY(vault.store(scope, crypto::SecretBytes::copyOf("refresh-123")));
    auto loaded = vault.load(scope);
    QVERIFY(loaded && loaded->has_value());
    QCOMPARE((*loaded)->view(), QByteArrayView("refresh-123"));
    QVERIFY(vault.remove(scope));
    QVERIFY(!vault.load(scope)->has_value());
    QVERIFY(vault.remove(scope)); // absent is fine
}

void TestTokenVault::memoryVault()
{
    net::MemoryTokenVault vault;
    roundTrip(vault);
}

void TestTokenVault::encryptedFileVault()
{
    QTemporaryDir dir;
    crypto::ScryptParams fast;
    fast.n = 1 << 10;
    auto keys = crypto::PassphraseKeyStore::unlock(
        dir.filePath(u"keys.params"_s), crypto::SecretBytes::copyOf("passphrase"), fast);
    QVERIFY(keys);
    net::EncryptedFileTokenVault vault(dir.filePath(u"tokens"_s), **keys);
    roundTrip(vault);
    const QString scope = u"renkei:demo:doctor:refresh-token"_s;
    QVERIFY(vault.store(scope, crypto::SecretBytes::copyOf("refresh-456")));
    QFile file(vault.fileFor(scope));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray sealed = file.readAll();
    QVERIFY(!sealed.contains("refresh-456")); // never a plain file
    QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
        QFileDevice::Permissions());
    file.close();
    // A changed byte: Tampered.
    QByteArray changed = sealed;
    changed[changed.size() - 1] = char(changed.back() ^ 1);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(changed);
    file.close();
    QCOMPARE(vault.load(scope).error().kind, Error::Kind::Tampered);
}

void TestTokenVault::keychainVault()
{
    const QByteArray expect = qgetenv("RENKEI_EXPECT_KEYCHAIN");
    if (expect.isEmpty())
        QSKIP("run as TestTokenVault_keychain (under with-keyring.sh)");
    net::KeychainTokenVault vault(u"Renkei Viewer test"_s, 10000);
    if (expect == "1") {
        roundTrip(vault);
    } else {
        // No Secret Service (TestTokenVault_nokeychain: no D-Bus session). Every call says so
        // in a classified error, quickly, and never with the secret in its text.
        QElapsedTimer timer;
        timer.start();
        const QString scope = u"renkei:demo:doctor:refresh-token"_s;
        auto r = vault.load(scope);
        QVERIFY(!r);
        QVERIFY(
            r.error().kind == Error::Kind::Unavailable || r.error().kind == Error::Kind::Timeout);
        const QStringList knownCodes { u"no-session-bus"_s, u"no-secret-service"_s,
            u"no-collection"_s, u"locked"_s, u"access-denied"_s, u"other"_s };
        QVERIFY2(knownCodes.contains(r.error().code), qPrintable(r.error().code));
        auto stored = vault.store(scope, crypto::SecretBytes::copyOf("refresh-789"));
        QVERIFY(!stored);
        QCOMPARE(stored.error().kind, r.error().kind);
        QVERIFY(!stored.error().describe().contains(u"refresh-789"_s));
        QVERIFY2(timer.elapsed() < 10000, "a missing keychain must not stall the caller");
        // The documented fallback: the passphrase-sealed vault works on the same machine.
        QTemporaryDir dir;
        auto keys = crypto::PassphraseKeyStore::unlock(dir.filePath(u"tokens.keyparams"_s),
            crypto::SecretBytes::copyOf("typed passphrase"),
            crypto::ScryptParams { 1 << 10, 8, 1 });
        QVERIFY(keys);
        net::EncryptedFileTokenVault fallback(dir.filePath(u"tokens"_s), **keys);
        roundTrip(fallback);
    }
}

QTEST_GUILESS_MAIN(TestTokenVault)
#include "testtokenvault.moc"
