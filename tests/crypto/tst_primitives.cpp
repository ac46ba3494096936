// Known-answer tests against published vectors, and the properties the cache relies on.
#include "crypto/primitives.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using renkei::Error;
using namespace renkei::crypto;

namespace {

SecretBytes hexKey(const char *hex)
{
    return SecretBytes::copyOf(QByteArray::fromHex(hex));
}

QByteArray hex(QByteArrayView v)
{
    return v.toByteArray().toHex();
}

} // namespace

class TestCryptoPrimitives : public QObject {
    Q_OBJECT
private slots:
    // McGrew & Viega, "The Galois/Counter Mode of Operation", test cases 13, 14 and 16
    // (AES-256), as used by NIST's GCM validation.
    void gcmKnownAnswers_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("iv");
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("aad");
        QTest::addColumn<QByteArray>("cipher");
        QTest::addColumn<QByteArray>("tag");
        const QByteArray zeroKey(64, '0');
        QTest::newRow("tc13 empty")
            << zeroKey << QByteArray(24, '0') << QByteArray() << QByteArray() << QByteArray()
            << QByteArray("530f8afbc74536b9a963b4f1c4cb738b");
        QTest::newRow("tc14 one block")
            << zeroKey << QByteArray(24, '0') << QByteArray(32, '0') << QByteArray()
            << QByteArray("cea7403d4d606b6e074ec5d3baf39d18")
            << QByteArray("d0d1c8a799996bf0265b98b5d48ab919");
        QTest::newRow("tc16 with aad")
            << QByteArray("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
            << QByteArray("cafebabefacedbaddecaf888")
            << QByteArray("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                          "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39")
            << QByteArray("feedfacedeadbeeffeedfacedeadbeefabaddad2")
            << QByteArray("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                          "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662")
            << QByteArray("76fc6ece0f4e1768cddf8853bb2d551b");
    }

    void gcmKnownAnswers()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, iv);
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, aad);
        QFETCH(QByteArray, cipher);
        QFETCH(QByteArray, tag);
        const SecretBytes k = hexKey(key.constData());
        const QByteArray nonce = QByteArray::fromHex(iv);
        auto enc = gcmEncrypt(k, nonce, QByteArray::fromHex(plain), QByteArray::fromHex(aad));
        QVERIFY(enc.ok());
        QCOMPARE(hex(enc->ciphertext), cipher);
        QCOMPARE(hex(enc->tag), tag);
        auto dec = gcmDecrypt(k, nonce, enc->ciphertext, QByteArray::fromHex(aad), enc->tag);
        QVERIFY(dec.ok());
        QCOMPARE(hex(*dec), plain);
    }

    void sealOpenRoundTripAndTamperDetection()
    {
        auto key = randomKey();
        QVERIFY(key.ok());
        const QByteArray plain = u"東京 太郎 1960-01-01"_s.toUtf8();
        const QByteArray aad = "patients|row-1|v1";
        auto sealed = seal(*key, plain, aad);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->size(), 1 + kNonceSize + plain.size() + kTagSize);
        QVERIFY(!sealed->contains(plain));
        auto opened = open(*key, *sealed, aad);
        QVERIFY(opened.ok());
        QCOMPARE(*opened, plain);

        // Two seals of the same value differ (random nonces).
        QVERIFY(*seal(*key, plain, aad) != *sealed);

        // Every single-byte change is detected.
        for (qsizetype i = 0; i < sealed->size(); ++i) {
            QByteArray bad = *sealed;
            bad[i] = char(bad[i] ^ 0x01);
            auto r = open(*key, bad, aad);
            QVERIFY2(!r.ok(), qPrintable(QString::number(i)));
            QCOMPARE(r.error().kind, Error::Kind::Tampered);
        }
        // A row moved to another place (different AAD), a wrong key, a truncated blob.
        QCOMPARE(open(*key, *sealed, "patients|row-2|v1").error().kind, Error::Kind::Tampered);
        QCOMPARE(open(*randomKey(), *sealed, aad).error().kind, Error::Kind::Tampered);
        QCOMPARE(open(*key, sealed->left(10), aad).error().kind, Error::Kind::Tampered);
        QCOMPARE(open(*key, QByteArray(), aad).error().kind, Error::Kind::Tampered);
    }

    void wrongKeySizeIsAnError()
    {
        const SecretBytes shortKey = SecretBytes::copyOf("0123456789");
        auto r = seal(shortKey, "x", {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Crypto);
    }

    // RFC 5869 test cases 1 and 3 (SHA-256).
    void hkdfKnownAnswers()
    {
        const SecretBytes ikm = hexKey("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
        auto okm1 = hkdfSha256(ikm, QByteArray::fromHex("000102030405060708090a0b0c"),
            QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9"), 42);
        QVERIFY(okm1.ok());
        QCOMPARE(hex(okm1->view()),
            QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                       "34007208d5b887185865"));
        auto okm3 = hkdfSha256(ikm, {}, {}, 42);
        QVERIFY(okm3.ok());
        QCOMPARE(hex(okm3->view()),
            QByteArray("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
                       "9d201395faa4b61a96c8"));
    }

    // RFC 4231 test case 1.
    void hmacKnownAnswer()
    {
        auto mac = hmacSha256(hexKey("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), "Hi There");
        QVERIFY(mac.ok());
        QCOMPARE(hex(*mac),
            QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
    }

    // RFC 7914 §12, the first two vectors.
    void scryptKnownAnswers()
    {
        auto a = scrypt(SecretBytes(), {}, ScryptParams { 16, 1, 1 }, 64);
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
        QCOMPARE(hex(a->view()),
            QByteArray("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                       "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906"));
        auto b = scrypt(SecretBytes::copyOf("password"), "NaCl", ScryptParams { 1024, 8, 16 }, 64);
        QVERIFY(b.ok());
        QCOMPARE(hex(b->view()),
            QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                       "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"));
        QVERIFY(!scrypt(SecretBytes::copyOf("x"), "s", ScryptParams { 1000, 8, 1 }).ok());
    }

    void secretBytesWipeAndCompare()
    {
        SecretBytes a = SecretBytes::copyOf("secret-key-material");
        SecretBytes b = a;
        QVERIFY(a == b);
        b.data()[0] ^= 1;
        QVERIFY(!(a == b));
        SecretBytes moved = std::move(a);
        QVERIFY(a.isEmpty());
        QCOMPARE(moved.size(), std::size_t(19));
        moved.wipe();
        QVERIFY(moved.isEmpty());
        QCOMPARE(randomBytes(32).size(), 32);
        QVERIFY(randomBytes(32) != randomBytes(32));
    }
};

QTEST_GUILESS_MAIN(TestCryptoPrimitives)
#include "tst_primitives.moc"
