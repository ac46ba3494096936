// The key stores: in memory, passphrase (scrypt), and the OS keychain (QtKeychain).
#include "crypto/keychainkeystore.h"
#include "crypto/passphrasekeystore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using renkei::Error;
using namespace renkei::crypto;

namespace {

// Small parameters keep the tests fast; calibration is tested on its own.
const ScryptParams kFast { 1024, 8, 1 };

} // namespace

class TestKeyStores : public QObject {
    Q_OBJECT
private slots:
    void memoryStoreKeepsOneKeyPerScope()
    {
        MemoryKeyStore store;
        const QString a = keyScope(u"net"_s, u"doctor"_s, u"cache"_s);
        QCOMPARE(a, u"renkei:net:doctor:cache"_s);
        auto k1 = store.loadOrCreateKey(a);
        auto k2 = store.loadOrCreateKey(a);
        auto other = store.loadOrCreateKey(keyScope(u"net"_s, u"doctor"_s, u"audit"_s));
        QVERIFY(k1.ok() && k2.ok() && other.ok());
        QCOMPARE(k1->size(), kKeySize);
        QVERIFY(*k1 == *k2);
        QVERIFY(!(*k1 == *other));
        QVERIFY(store.removeKey(a).ok());
        QVERIFY(!(*store.loadOrCreateKey(a) == *k1));
    }

    void passphraseStoreDerivesTheSameKeysAgain()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"keys.json"_s);
        const SecretBytes pass = SecretBytes::copyOf("correct horse battery staple");
        auto first = PassphraseKeyStore::unlock(file, pass, kFast);
        QVERIFY(first.ok());
        QVERIFY(QFile::exists(file));
        auto key = (*first)->loadOrCreateKey(u"renkei:net:doctor:cache"_s);
        QVERIFY(key.ok());

        auto again = PassphraseKeyStore::unlock(file, pass, ScryptParams { 2048, 8, 1 });
        QVERIFY(again.ok());
        QCOMPARE((*again)->params().n, kFast.n); // the stored parameters win
        QVERIFY(*(*again)->loadOrCreateKey(u"renkei:net:doctor:cache"_s) == *key);
        QVERIFY(!(*(*again)->loadOrCreateKey(u"renkei:net:doctor:audit"_s) == *key));

        // The file holds no key material: neither the key nor the passphrase.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray stored = f.readAll();
        QVERIFY(!stored.contains("correct horse"));
        QVERIFY(!stored.contains(key->view().toByteArray()));
        QVERIFY(!stored.contains(key->view().toByteArray().toBase64()));
    }

    void wrongPassphraseAndDamagedFileAreTold()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"keys.json"_s);
        QVERIFY(PassphraseKeyStore::unlock(file, SecretBytes::copyOf("right one"), kFast).ok());
        auto wrong = PassphraseKeyStore::unlock(file, SecretBytes::copyOf("wrong one"), kFast);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, Error::Kind::WrongPassphrase);
        auto empty = PassphraseKeyStore::unlock(file, SecretBytes(), kFast);
        QCOMPARE(empty.error().kind, Error::Kind::WrongPassphrase);

        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"format\":\"renkei-passphrase-v1\",\"salt\":\"AAAA\"}");
        f.close();
        auto damaged = PassphraseKeyStore::unlock(file, SecretBytes::copyOf("right one"), kFast);
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().kind, Error::Kind::Invalid);
    }

    void calibrationReachesTheTarget()
    {
        const ScryptParams p = calibrateScrypt(100);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(scrypt(SecretBytes::copyOf("x"), "salt", p).ok());
        // Either it took the target time, or it stopped at the ceiling.
        QVERIFY2(timer.elapsed() >= 50 || p.n == (std::uint64_t(1) << 20),
            qPrintable(QString::number(timer.elapsed())));
        QVERIFY(p.n >= 16384);
    }

    void keychainMessagesAreClassified()
    {
        QCOMPARE(KeychainKeyStore::classify(u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s),
            u"no-session-bus"_s);
        QCOMPARE(KeychainKeyStore::classify(
                     u"The name org.freedesktop.secrets was not provided by any .service files"_s),
            u"no-secret-service"_s);
        QCOMPARE(
            KeychainKeyStore::classify(
                u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_s),
            u"no-collection"_s);
        QCOMPARE(KeychainKeyStore::classify(u"something else"_s), u"other"_s);
    }

    // Runs against whatever the environment offers: CTest runs this executable twice, once
    // inside a private D-Bus session with an unlocked gnome-keyring (RENKEI_EXPECT_KEYCHAIN=1),
    // once with no session bus at all (RENKEI_EXPECT_KEYCHAIN=0).
    void realKeychainOrAClearRefusal()
    {
        const QByteArray expect = qgetenv("RENKEI_EXPECT_KEYCHAIN");
        if (expect.isEmpty())
            QSKIP("run through CTest (with-keyring / no-keyring)");
        KeychainKeyStore store(u"Renkei Viewer test"_s, 10000);
        const QString scope = keyScope(u"test-net"_s, u"doctor"_s, u"cache"_s);
        QElapsedTimer timer;
        timer.start();
        auto key = store.loadOrCreateKey(scope);
        if (expect == "0") {
            QVERIFY(!key.ok());
            QCOMPARE(key.error().kind, Error::Kind::Unavailable);
            QVERIFY2(key.error().code == u"no-session-bus"_s
                    || key.error().code == u"no-secret-service"_s,
                qPrintable(key.error().code + u": "_s + key.error().message));
            QVERIFY(timer.elapsed() < 10000);
            QVERIFY(!store.probe().ok());
            return;
        }
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
        QVERIFY(store.probe().ok());
        auto again = store.loadOrCreateKey(scope);
        QVERIFY(again.ok());
        QVERIFY(*again == *key);
        QVERIFY(store.removeKey(scope).ok());
        auto fresh = store.loadOrCreateKey(scope);
        QVERIFY(fresh.ok());
        QVERIFY(!(*fresh == *key));
        QVERIFY(store.removeKey(scope).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeyStores)
#include "tst_keystores.moc"
