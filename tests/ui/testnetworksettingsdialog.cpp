// File > Network settings…: profiles added, edited and removed through the dialog's own widgets
// land in the ProfileStore; bad input is refused with a visible message and saves nothing; the
// PKCS#12 password goes to the vault, never to QSettings; "Test connection" asks the demo
// server for its CapabilityStatement without blocking the window.
#include "demo/certs.h"
#include "demo/dataset.h"
#include "demo/server.h"
#include "languagemanager.h"
#include "net/profilesecrets.h"
#include "net/profilestore.h"
#include "networksettingsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace renkei;
using renkei::ui::NetworkSettingsDialog;

namespace {

const QByteArray kPassword = "dialog-p12-passw0rd";

bool writePkcs12(const demo::DemoCertificate &c, const QString &path, const QByteArray &password)
{
    BIO *certBio = BIO_new_mem_buf(c.certificatePem.constData(), int(c.certificatePem.size()));
    BIO *keyBio = BIO_new_mem_buf(c.keyPem.constData(), int(c.keyPem.size()));
    X509 *x509 = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    PKCS12 *p12 = (x509 && key)
        ? PKCS12_create(password.constData(), "client", key, x509, nullptr, 0, 0, 0, 0, 0)
        : nullptr;
    bool ok = false;
    if (p12) {
        unsigned char *der = nullptr;
        const int length = i2d_PKCS12(p12, &der);
        QFile file(path);
        ok = length > 0 && file.open(QIODevice::WriteOnly)
            && file.write(reinterpret_cast<const char *>(der), length) == length;
        OPENSSL_free(der);
        PKCS12_free(p12);
    }
    EVP_PKEY_free(key);
    X509_free(x509);
    BIO_free(keyBio);
    BIO_free(certBio);
    return ok;
}

template <typename T>
T *child(QWidget &dialog, const QString &name)
{
    T *widget = dialog.findChild<T *>(name);
    if (!widget)
        qWarning("missing widget %s", qPrintable(name));
    return widget;
}

void type(QWidget &dialog, const QString &name, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(dialog, name);
    edit->clear();
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        QTest::keyClicks(edit, text); // typed, as a user would
    else
        edit->setText(text); // QTest types ASCII only (an input method would commit this)
}

void click(QWidget &dialog, const QString &name)
{
    QTest::mouseClick(child<QPushButton>(dialog, name), Qt::LeftButton);
}

} // namespace

class TestNetworkSettingsDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addProfileThroughTheWidgets();
    void invalidInputRefused_data();
    void invalidInputRefused();
    void wrongCertificatePasswordRefused();
    void editAndRemove();
    void testConnection();
    void testConnectionFailure();
    void menuAction();
    void japaneseFirst();

private:
    QTemporaryDir m_dir;
    QString m_p12;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<net::ProfileStore> m_store;
    net::MemoryTokenVault m_vault;
    QNetworkAccessManager m_nam;
};

void TestNetworkSettingsDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto ca = demo::DemoCertificateAuthority::create();
    QVERIFY(ca);
    auto client = ca->issueClient(u"clinic-ui"_s);
    QVERIFY(client);
    m_p12 = m_dir.filePath(u"clinic.p12"_s);
    QVERIFY(writePkcs12(*client, m_p12, kPassword));
}

void TestNetworkSettingsDialog::init()
{
    const QString file
        = m_dir.filePath(u"%1.conf"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(file);
    m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
    m_store = std::make_unique<net::ProfileStore>(*m_settings);
}

void TestNetworkSettingsDialog::cleanup()
{
    m_store.reset();
    m_settings.reset();
}

void TestNetworkSettingsDialog::addProfileThroughTheWidgets()
{
    NetworkSettingsDialog dialog(*m_store, m_vault, m_nam);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    click(dialog, u"addButton"_s);
    type(dialog, u"idEdit"_s, u"kanto"_s);
    type(dialog, u"nameEdit"_s, u"関東地域連携ネット"_s);
    type(dialog, u"urlEdit"_s, u"https://fhir.kanto.example.jp/r4"_s);
    type(dialog, u"clientIdEdit"_s, u"clinic-42"_s);
    type(dialog, u"certificateEdit"_s, m_p12);
    type(dialog, u"certificatePasswordEdit"_s, QString::fromLatin1(kPassword));
    type(dialog, u"tokenEndpointEdit"_s, u"https://auth.kanto.example.jp/token"_s);
    click(dialog, u"saveButton"_s);
    QVERIFY2(!dialog.messageIsError(), qPrintable(dialog.message()));

    auto saved = m_store->load(u"kanto"_s);
    QVERIFY(saved);
    QCOMPARE(saved->displayName, u"関東地域連携ネット"_s);
    QCOMPARE(saved->fhirBaseUrl, QUrl(u"https://fhir.kanto.example.jp/r4"_s));
    QCOMPARE(saved->clientId, u"clinic-42"_s);
    QCOMPARE(saved->signInMethod, net::SignInMethod::AuthorizationCode);
    QCOMPARE(saved->clientCertificatePath, m_p12);
    QVERIFY(saved->scopes.contains(u"openid"_s));
    QCOMPARE(saved->tokenEndpoint, QUrl(u"https://auth.kanto.example.jp/token"_s));
    QVERIFY(saved->authorizationEndpoint.isEmpty());
    // The password is in the vault, out of the widget, and nowhere in the settings file.
    auto stored = m_vault.load(net::pkcs12PasswordScope(u"kanto"_s));
    QVERIFY(stored && *stored);
    QCOMPARE((*stored)->view(), QByteArrayView(kPassword));
    QVERIFY(child<QLineEdit>(dialog, u"certificatePasswordEdit"_s)->text().isEmpty());
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("clinic-42"));
    QVERIFY(!bytes.contains(kPassword));
    for (const QString &key : m_settings->allKeys())
        QVERIFY(!m_settings->value(key).toString().contains(QString::fromLatin1(kPassword)));
    QCOMPARE(child<QListWidget>(dialog, u"profileList"_s)->count(), 1);
}

void TestNetworkSettingsDialog::invalidInputRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("message");
    QTest::newRow("http to another host")
        << u"n1"_s << u"http://fhir.example.jp/r4"_s << u"c"_s << u"Only https"_s;
    QTest::newRow("not a URL") << u"n1"_s << u"fhir server"_s << u"c"_s << u"not a valid"_s;
    QTest::newRow("no client id") << u"n1"_s << u"https://fhir.example.jp/r4"_s << QString()
                                  << u"client id"_s;
    QTest::newRow("http token endpoint")
        << u"n1"_s << u"https://fhir.example.jp/r4"_s << u"c"_s << u"endpoint"_s;
    QTest::newRow("bad id") << u"Kanto Net"_s << u"https://fhir.example.jp/r4"_s << u"c"_s
                            << u"a-z"_s;
}

void TestNetworkSettingsDialog::invalidInputRefused()
{
    QFETCH(QString, id);
    QFETCH(QString, url);
    QFETCH(QString, clientId);
    QFETCH(QString, message);
    NetworkSettingsDialog dialog(*m_store, m_vault, m_nam);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, u"idEdit"_s, id);
    type(dialog, u"nameEdit"_s, u"Net"_s);
    type(dialog, u"urlEdit"_s, url);
    type(dialog, u"clientIdEdit"_s, clientId);
    if (message == u"endpoint"_s)
        type(dialog, u"tokenEndpointEdit"_s, u"http://auth.example.jp/token"_s);
    click(dialog, u"saveButton"_s);
    auto *label = child<QLabel>(dialog, u"messageLabel"_s);
    QVERIFY(label->isVisible());
    QVERIFY(dialog.messageIsError());
    QVERIFY2(label->text().contains(message), qPrintable(label->text()));
    QVERIFY(m_store->list().isEmpty());
}

void TestNetworkSettingsDialog::wrongCertificatePasswordRefused()
{
    NetworkSettingsDialog dialog(*m_store, m_vault, m_nam);
    type(dialog, u"idEdit"_s, u"mtls"_s);
    type(dialog, u"nameEdit"_s, u"mTLS"_s);
    type(dialog, u"urlEdit"_s, u"https://fhir.example.jp/r4"_s);
    type(dialog, u"clientIdEdit"_s, u"c"_s);
    type(dialog, u"certificateEdit"_s, m_p12);
    type(dialog, u"certificatePasswordEdit"_s, u"not-it"_s);
    click(dialog, u"saveButton"_s);
    QVERIFY(dialog.messageIsError());
    QVERIFY2(dialog.message().contains(u"wrong password"_s), qPrintable(dialog.message()));
    QVERIFY(m_store->list().isEmpty());
    QVERIFY(!*m_vault.load(net::pkcs12PasswordScope(u"mtls"_s)));
}

void TestNetworkSettingsDialog::editAndRemove()
{
    net::NetworkProfile p;
    p.id = u"tokai"_s;
    p.displayName = u"東海"_s;
    p.fhirBaseUrl = QUrl(u"https://fhir.tokai.example.jp"_s);
    p.clientId = u"c1"_s;
    p.clientCertificatePath = m_p12;
    QVERIFY(m_store->save(p));
    QVERIFY(m_vault.store(net::pkcs12PasswordScope(p.id), crypto::SecretBytes::copyOf(kPassword)));
    NetworkSettingsDialog dialog(*m_store, m_vault, m_nam);
    // The stored profile is shown; the id cannot change; the stored password is used as is.
    QCOMPARE(child<QLineEdit>(dialog, u"urlEdit"_s)->text(), u"https://fhir.tokai.example.jp"_s);
    QVERIFY(child<QLineEdit>(dialog, u"idEdit"_s)->isReadOnly());
    type(dialog, u"nameEdit"_s, u"東海ネット"_s);
    child<QComboBox>(dialog, u"methodCombo"_s)->setCurrentIndex(1);
    QVERIFY(child<QLineEdit>(dialog, u"clientSecretEdit"_s)->isEnabled());
    type(dialog, u"clientSecretEdit"_s, u"batch-secret"_s);
    click(dialog, u"saveButton"_s);
    QVERIFY2(!dialog.messageIsError(), qPrintable(dialog.message()));
    QCOMPARE(m_store->load(u"tokai"_s)->displayName, u"東海ネット"_s);
    QCOMPARE(m_store->load(u"tokai"_s)->signInMethod, net::SignInMethod::ClientCredentials);
    QCOMPARE((*m_vault.load(net::clientSecretScope(u"tokai"_s)))->view(),
        QByteArrayView("batch-secret"));

    QString asked;
    dialog.setConfirmRemoval([&asked](const QString &name) {
        asked = name;
        return true;
    });
    click(dialog, u"removeButton"_s);
    QVERIFY(asked.contains(u"東海ネット"_s));
    QVERIFY(m_store->list().isEmpty());
    QVERIFY(!*m_vault.load(net::pkcs12PasswordScope(u"tokai"_s)));
    QVERIFY(!*m_vault.load(net::clientSecretScope(u"tokai"_s)));
    QCOMPARE(child<QListWidget>(dialog, u"profileList"_s)->count(), 0);
}

void TestNetworkSettingsDialog::testConnection()
{
    demo::Dataset empty; // /metadata needs no patients
    empty.networkName = u"テストネット"_s;
    demo::DemoServer server(empty);
    QVERIFY(server.start(0, {}));
    NetworkSettingsDialog dialog(*m_store, m_vault, m_nam);
    dialog.show();
    type(dialog, u"urlEdit"_s, server.url().toString());
    click(dialog, u"testButton"_s);
    // Asynchronous: the click returns at once, the button waits for the answer.
    QVERIFY(!child<QPushButton>(dialog, u"testButton"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(dialog, u"testButton"_s)->isEnabled(), 15000);
    QVERIFY2(!dialog.messageIsError(), qPrintable(dialog.message()));
    QVERIFY2(dialog.message().contains(u"4.0.1"_s), qPrintable(dialog.message()));
}

void TestNetworkSettingsDialog::testConnectionFailure()
{
    QTcpServer closed; // a port nobody answers on once closed
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    NetworkSettingsDialog dialog(*m_store, m_vault, m_nam);
    dialog.show();
    type(dialog, u"urlEdit"_s, u"http://127.0.0.1:%1/fhir"_s.arg(port));
    click(dialog, u"testButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(dialog, u"testButton"_s)->isEnabled(), 15000);
    QVERIFY(dialog.messageIsError());
    QVERIFY2(dialog.message().contains(u"No connection"_s), qPrintable(dialog.message()));
    // An http URL to another host is refused before anything is sent.
    type(dialog, u"urlEdit"_s, u"http://fhir.example.jp/r4"_s);
    click(dialog, u"testButton"_s);
    QVERIFY(dialog.messageIsError());
    QVERIFY(dialog.message().contains(u"Only https"_s));
}

void TestNetworkSettingsDialog::menuAction()
{
    QWidget window;
    QAction *action = NetworkSettingsDialog::createMenuAction(&window);
    QCOMPARE(action->parent(), &window);
    QCOMPARE(action->objectName(), u"networkSettingsAction"_s);
    QVERIFY(action->text().contains(u"Network"_s));
    action->setText(QString());
    QEvent change(QEvent::LanguageChange); // the window's language changed: the text follows
    QCoreApplication::sendEvent(&window, &change);
    QVERIFY(action->text().contains(u"Network"_s));
}

void TestNetworkSettingsDialog::japaneseFirst()
{
    renkei::ui::LanguageManager languages;
    QVERIFY(languages.setLanguage(u"ja"_s));
    NetworkSettingsDialog dialog(*m_store, m_vault, m_nam);
    QCOMPARE(dialog.windowTitle(), u"ネットワーク設定"_s);
    QStringList labels;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        labels << label->text();
    QVERIFY2(labels.contains(u"FHIRベースURL:"_s), qPrintable(labels.join(u'|')));
    QVERIFY(labels.contains(u"証明書のパスワード:"_s));
    type(dialog, u"idEdit"_s, u"n1"_s);
    type(dialog, u"nameEdit"_s, u"Net"_s);
    type(dialog, u"urlEdit"_s, u"http://fhir.example.jp/r4"_s);
    type(dialog, u"clientIdEdit"_s, u"c"_s);
    click(dialog, u"saveButton"_s);
    QVERIFY2(dialog.message().startsWith(u"httpsのアドレスのみ"_s), qPrintable(dialog.message()));
    QVERIFY(languages.setLanguage(u"en"_s)); // the dialog follows a change of language
    QTRY_COMPARE(dialog.windowTitle(), u"Network Settings"_s);
}

QTEST_MAIN(TestNetworkSettingsDialog)
#include "testnetworksettingsdialog.moc"
