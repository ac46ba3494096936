// renkei-cli network add|list|remove, run as an administrator runs it: a real process with a
// temporary HOME (its settings and sealed vault land there). Secrets come from files or standard
// input, never from the command line; they never reach the settings file. Without a keychain
// (no D-Bus session) the passphrase vault is used, or the command refuses with advice; under
// tests/support/with-keyring.sh (RENKEI_EXPECT_KEYCHAIN=1) the secrets go to the real keychain.
#include "crypto/passphrasekeystore.h"
#include "net/keychaintokenvault.h"
#include "net/profilesecrets.h"
#include "net/profilestore.h"
#include "netfixture.h"
#include "support/testenvironment.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace renkei;

namespace {

const QByteArray kCertPassword = "p12-Pa55-word";
const QByteArray kClientSecret = "client-s3cret-xyz";
const QByteArray kPassphrase = "a long vault passphrase";

test::ProcessRun cli(const QStringList &args, const QByteArray &input = {})
{
    return test::runProcess(QStringLiteral(RENKEI_CLI_PATH), args, 60000, input);
}

QString settingsFile()
{
    return qEnvironmentVariable("XDG_CONFIG_HOME") + u"/Renkei/renkei.conf"_s;
}

QString vaultDirectory()
{
    return qEnvironmentVariable("XDG_DATA_HOME") + u"/Renkei/tokens"_s;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool keychainMode()
{
    return qgetenv("RENKEI_EXPECT_KEYCHAIN") == "1";
}

} // namespace

class TestNetworkCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void addListRemove();
    void refusedInput_data();
    void refusedInput();
    void wrongCertificatePassword();
    void secretsInPassphraseVault();
    void noKeychainRefusesWithAdvice();
    void secretsInKeychain();

private:
    QStringList addArgs(const QString &id) const;
    QTemporaryDir m_dir;
    QString m_p12;
    QString m_ca;
    QString m_passwordFile;
    QString m_passphraseFile;
};

void TestNetworkCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!keychainMode()) {
        // No desktop session: QtKeychain cannot reach a Secret Service (the no-keychain case).
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
    }
    auto ca = demo::DemoCertificateAuthority::create();
    QVERIFY(ca);
    auto client = ca->issueClient(u"clinic-cli"_s);
    QVERIFY(client);
    m_p12 = m_dir.filePath(u"clinic.p12"_s);
    QVERIFY(test::writePkcs12(*client, m_p12, kCertPassword));
    m_ca = m_dir.filePath(u"ca.pem"_s);
    QVERIFY(writeFile(m_ca, ca->ca().certificatePem));
    m_passwordFile = m_dir.filePath(u"p12-password.txt"_s);
    QVERIFY(writeFile(m_passwordFile, kCertPassword + '\n'));
    m_passphraseFile = m_dir.filePath(u"passphrase.txt"_s);
    QVERIFY(writeFile(m_passphraseFile, kPassphrase + '\n'));
}

void TestNetworkCli::init()
{
    QFile::remove(settingsFile());
    QDir(vaultDirectory()).removeRecursively();
    QFile::remove(vaultDirectory() + u".keyparams"_s);
}

QStringList TestNetworkCli::addArgs(const QString &id) const
{
    return { u"network"_s, u"add"_s, id, u"--url"_s, u"https://fhir.example.jp/r4"_s,
        u"--client-id"_s, u"clinic-7"_s };
}

void TestNetworkCli::addListRemove()
{
    const auto added = cli(addArgs(u"kanto"_s)
        + QStringList { u"--name"_s, u"関東地域連携"_s, u"--scopes"_s, u"openid user/*.read"_s,
            u"--ca-cert"_s, m_ca, u"--pin"_s,
            QString::fromLatin1(QByteArray(32, 'k').toBase64()) });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const auto loopback = cli({ u"network"_s, u"add"_s, u"demo"_s, u"--url"_s,
        u"http://127.0.0.1:8080/fhir"_s, u"--client-id"_s, u"renkei-viewer"_s });
    QVERIFY2(loopback.exitCode == 0, loopback.err.constData());

    // In the settings file the viewer reads.
    QVERIFY(QFile::exists(settingsFile()));
    QSettings settings(settingsFile(), QSettings::IniFormat);
    net::ProfileStore store(settings);
    auto kanto = store.load(u"kanto"_s);
    QVERIFY(kanto);
    QCOMPARE(kanto->displayName, u"関東地域連携"_s);
    QCOMPARE(kanto->fhirBaseUrl, QUrl(u"https://fhir.example.jp/r4"_s));
    QCOMPARE(kanto->signInMethod, net::SignInMethod::AuthorizationCode);
    QCOMPARE(kanto->scopes, QStringList({ u"openid"_s, u"user/*.read"_s }));
    QCOMPARE(kanto->extraCaPath, m_ca);
    QCOMPARE(store.list().size(), 2);

    const auto listed = cli({ u"network"_s, u"list"_s });
    QCOMPARE(listed.exitCode, 0);
    const QString text = QString::fromUtf8(listed.out);
    QVERIFY(text.contains(u"関東地域連携"_s));
    QVERIFY(text.contains(u"http://127.0.0.1:8080/fhir"_s));
    const auto json = cli({ u"network"_s, u"list"_s, u"--json"_s });
    QCOMPARE(json.exitCode, 0);
    const QJsonArray networks = QJsonDocument::fromJson(json.out)[u"networks"_s].toArray();
    QCOMPARE(networks.size(), 2);
    QCOMPARE(networks.at(0)[u"id"_s].toString(), u"demo"_s);
    QCOMPARE(networks.at(1)[u"id"_s].toString(), u"kanto"_s);
    QCOMPARE(networks.at(1)[u"method"_s].toString(), u"authorization-code"_s);
    QCOMPARE(networks.at(1)[u"caCertificate"_s].toString(), m_ca);
    QVERIFY(networks.at(1)[u"clientCertificate"_s].isNull());

    // The same id again: refused unless --replace.
    QCOMPARE(cli(addArgs(u"kanto"_s)).exitCode, 1);
    const auto replaced = cli(addArgs(u"kanto"_s) + QStringList { u"--replace"_s });
    QVERIFY2(replaced.exitCode == 0, replaced.err.constData());

    const auto removed = cli({ u"network"_s, u"remove"_s, u"kanto"_s });
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QSettings after(settingsFile(), QSettings::IniFormat);
    QCOMPARE(net::ProfileStore(after).list().size(), 1);
    const auto again = cli({ u"network"_s, u"remove"_s, u"kanto"_s });
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("no network profile 'kanto'"));
}

void TestNetworkCli::refusedInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList base { u"network"_s, u"add"_s, u"n1"_s, u"--client-id"_s, u"c"_s };
    QTest::newRow("http to a remote host")
        << base + QStringList { u"--url"_s, u"http://fhir.example.jp/r4"_s } << 1
        << u"only https is allowed"_s;
    QTest::newRow("not a URL") << base + QStringList { u"--url"_s, u"fhir example"_s } << 1
                               << u"is not a valid URL"_s;
    QTest::newRow("http token endpoint") << base
            + QStringList { u"--url"_s, u"https://a.example/r4"_s, u"--token-url"_s,
                  u"http://a.example/token"_s }
                                         << 1 << u"--token-url: only https"_s;
    QTest::newRow("unknown method")
        << base + QStringList { u"--url"_s, u"https://a.example/r4"_s, u"--method"_s, u"basic"_s }
        << 2 << u"unknown sign-in method 'basic'"_s;
    QTest::newRow("unreadable certificate") << base
            + QStringList { u"--url"_s, u"https://a.example/r4"_s, u"--client-cert"_s,
                  u"/nonexistent/clinic.p12"_s }
                                            << 1 << u"/nonexistent/clinic.p12"_s;
    QTest::newRow("bad pin") << base
            + QStringList { u"--url"_s, u"https://a.example/r4"_s, u"--pin"_s, u"abc"_s }
                             << 1 << u"pinned key"_s;
    QTest::newRow("bad id") << QStringList { u"network"_s, u"add"_s, u"Bad_Id"_s, u"--url"_s,
        u"https://a.example/r4"_s, u"--client-id"_s, u"c"_s }
                            << 1 << u"a-z, 0-9"_s;
    QTest::newRow("no url") << base << 2 << u"--url is required"_s;
    QTest::newRow("unknown command")
        << QStringList { u"network"_s, u"rename"_s } << 2 << u"unknown command 'rename'"_s;
}

void TestNetworkCli::refusedInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto run = cli(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QSettings settings(settingsFile(), QSettings::IniFormat);
    QVERIFY(net::ProfileStore(settings).list().isEmpty()); // nothing half-saved
}

void TestNetworkCli::wrongCertificatePassword()
{
    const auto run = cli(addArgs(u"mtls"_s)
            + QStringList { u"--client-cert"_s, m_p12, u"--passphrase-file"_s, m_passphraseFile },
        "not-the-password\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("wrong password"), run.err.constData());
    QVERIFY(!run.err.contains("not-the-password") && !run.out.contains("not-the-password"));
    QSettings settings(settingsFile(), QSettings::IniFormat);
    QVERIFY(net::ProfileStore(settings).list().isEmpty());
    QVERIFY(QDir(vaultDirectory()).isEmpty());
}

void TestNetworkCli::secretsInPassphraseVault()
{
    // The PKCS#12 password from a file, the client secret typed (piped) at the prompt.
    const auto run = cli(addArgs(u"unattended"_s)
            + QStringList { u"--method"_s, u"client-credentials"_s, u"--client-cert"_s, m_p12,
                u"--cert-password-file"_s, m_passwordFile, u"--ca-cert"_s, m_ca,
                u"--passphrase-file"_s, m_passphraseFile },
        kClientSecret + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("passphrase-sealed vault"));
    QVERIFY(run.err.contains("Client secret")); // the prompt
    QVERIFY(!run.err.contains(kClientSecret) && !run.out.contains(kClientSecret));

    // Never in the settings, never in a plain file.
    const QByteArray settingsBytes = readAll(settingsFile());
    QVERIFY(settingsBytes.contains("unattended"));
    QVERIFY(!settingsBytes.contains(kCertPassword));
    QVERIFY(!settingsBytes.contains(kClientSecret));
    const QStringList sealed = QDir(vaultDirectory()).entryList(QDir::Files);
    QCOMPARE(sealed.size(), 2);
    for (const QString &name : sealed) {
        const QByteArray bytes = readAll(QDir(vaultDirectory()).filePath(name));
        QVERIFY(!bytes.contains(kCertPassword) && !bytes.contains(kClientSecret));
    }

    // The viewer's side: the same vault, opened with the passphrase, gives the transport.
    auto keys = crypto::PassphraseKeyStore::unlock(vaultDirectory() + u".keyparams"_s,
        crypto::SecretBytes::copyOf(kPassphrase), crypto::ScryptParams {});
    QVERIFY(keys);
    net::EncryptedFileTokenVault vault(vaultDirectory(), **keys);
    QSettings settings(settingsFile(), QSettings::IniFormat);
    auto profile = net::ProfileStore(settings).load(u"unattended"_s);
    QVERIFY(profile);
    QCOMPARE(profile->signInMethod, net::SignInMethod::ClientCredentials);
    auto policy = net::tlsPolicyFor(*profile, vault);
    QVERIFY2(policy, qPrintable(policy ? QString() : policy.error().describe()));
    QVERIFY(!policy->configuration().localCertificate().isNull());
    auto secret = net::clientSecretFor(*profile, vault);
    QVERIFY(secret);
    QVERIFY(*secret == crypto::SecretBytes::copyOf(kClientSecret));

    // remove takes the secrets with it (no passphrase needed to delete a sealed file).
    const auto removed = cli({ u"network"_s, u"remove"_s, u"unattended"_s });
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QVERIFY(QDir(vaultDirectory()).entryList(QDir::Files).isEmpty());
}

void TestNetworkCli::noKeychainRefusesWithAdvice()
{
    if (keychainMode())
        QSKIP("a keychain is running");
    const auto run = cli(addArgs(u"mtls"_s)
        + QStringList { u"--client-cert"_s, m_p12, u"--cert-password-file"_s, m_passwordFile });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("keychain cannot be used"), run.err.constData());
    QVERIFY(run.err.contains("--passphrase-file"));
    QSettings settings(settingsFile(), QSettings::IniFormat);
    QVERIFY(net::ProfileStore(settings).list().isEmpty()); // nothing saved without its secret
}

void TestNetworkCli::secretsInKeychain()
{
    if (!keychainMode())
        QSKIP("run as TestNetworkCli_keychain (under with-keyring.sh)");
    const auto run = cli(addArgs(u"mtls"_s)
        + QStringList { u"--client-cert"_s, m_p12, u"--cert-password-file"_s, m_passwordFile });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("OS keychain"));
    QVERIFY(!readAll(settingsFile()).contains(kCertPassword));
    net::KeychainTokenVault keychain;
    auto stored = keychain.load(net::pkcs12PasswordScope(u"mtls"_s));
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().describe()));
    QVERIFY(*stored && **stored == crypto::SecretBytes::copyOf(kCertPassword));
    QVERIFY(cli({ u"network"_s, u"remove"_s, u"mtls"_s }).exitCode == 0);
    auto gone = keychain.load(net::pkcs12PasswordScope(u"mtls"_s));
    QVERIFY(gone && !*gone);
}

QTEST_GUILESS_MAIN(TestNetworkCli)
#include "testnetworkcli.moc"
