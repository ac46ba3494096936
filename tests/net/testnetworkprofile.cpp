// Network profiles: validation (https only but loopback) and the QSettings store.
#include "net/profilestore.h"
#include "netfixture.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace renkei;

class TestNetworkProfile : public QObject {
    Q_OBJECT
private slots:
    void validation_data();
    void validation();
    void storeRoundTrip();
};

namespace {

net::NetworkProfile valid()
{
    net::NetworkProfile p;
    p.id = u"hanamizuki"_s;
    p.displayName = u"はなみずきネット"_s;
    p.fhirBaseUrl = QUrl(u"https://fhir.example.jp/r4"_s);
    p.clientId = u"renkei-viewer"_s;
    p.scopes = { u"openid"_s, u"user/*.read"_s };
    return p;
}

} // namespace

void TestNetworkProfile::validation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("code");
    QTest::newRow("https") << u"https://fhir.example.jp/r4"_s << u"net-1"_s << QString();
    QTest::newRow("loopback v4") << u"http://127.0.0.1:8080"_s << u"demo"_s << QString();
    QTest::newRow("localhost") << u"http://localhost:8080"_s << u"demo"_s << QString();
    QTest::newRow("loopback v6") << u"http://[::1]:8080"_s << u"demo"_s << QString();
    QTest::newRow("plain http") << u"http://fhir.example.jp"_s << u"demo"_s << u"insecure-url"_s;
    QTest::newRow("ftp") << u"ftp://fhir.example.jp"_s << u"demo"_s << u"insecure-url"_s;
    QTest::newRow("bad id") << u"https://a.jp"_s << u"Bad Id"_s << u"id"_s;
}

void TestNetworkProfile::validation()
{
    QFETCH(QString, url);
    QFETCH(QString, id);
    QFETCH(QString, code);
    net::NetworkProfile p = valid();
    p.fhirBaseUrl = QUrl(url);
    p.id = id;
    const auto r = net::validate(p);
    QCOMPARE(r.ok() ? QString() : r.error().code, code);
    p = valid();
    p.pinnedKeySha256 = u"not-base64-sha256"_s;
    QCOMPARE(net::validate(p).error().code, u"pin"_s);
}

void TestNetworkProfile::storeRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"renkei.ini"_s), QSettings::IniFormat);
    net::ProfileStore store(settings);
    QVERIFY(store.list().isEmpty());
    net::NetworkProfile p = valid();
    p.signInMethod = net::SignInMethod::ClientCredentials;
    p.tokenEndpoint = QUrl(u"https://auth.example.jp/token"_s);
    QVERIFY(store.save(p));
    net::NetworkProfile insecure = valid();
    insecure.id = u"other"_s;
    insecure.fhirBaseUrl = QUrl(u"http://fhir.example.jp"_s);
    QVERIFY(!store.save(insecure));
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(*store.load(u"hanamizuki"_s), p);
    QCOMPARE(store.load(u"nope"_s).error().kind, Error::Kind::NotFound);
    QVERIFY(store.remove(u"hanamizuki"_s));
    QVERIFY(store.list().isEmpty());
    // Nothing secret is ever written: only these keys exist.
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("password"));
}

QTEST_GUILESS_MAIN(TestNetworkProfile)
#include "testnetworkprofile.moc"
