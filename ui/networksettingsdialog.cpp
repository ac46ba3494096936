#include "networksettingsdialog.h"

#include "net/fhirclient.h"
#include "net/httpcall.h"
#include "net/keychaintokenvault.h"
#include "net/profilesecrets.h"
#include "net/profilestore.h"
#include "ssmix2/ssmix2folderseditor.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

const QString kDefaultScopes = u"openid fhirUser offline_access user/*.read"_s;

// The File menu's entry; keeps its text in the window's language.
class NetworkSettingsAction final : public QAction {
public:
    explicit NetworkSettingsAction(QWidget *window)
        : QAction(window)
    {
        setObjectName(u"networkSettingsAction"_s);
        setMenuRole(QAction::NoRole);
        retranslate();
        window->installEventFilter(this);
        connect(this, &QAction::triggered, window, [window] {
            const auto settings = net::openViewerSettings();
            net::ProfileStore store(*settings);
            net::KeychainTokenVault vault;
            QNetworkAccessManager nam;
            NetworkSettingsDialog dialog(store, vault, nam, window);
            dialog.exec();
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QAction::eventFilter(watched, event);
    }

private:
    void retranslate() { setText(NetworkSettingsDialog::tr("&Network Settings…")); }
};

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

NetworkSettingsDialog::NetworkSettingsDialog(
    net::ProfileStore &store, net::TokenVault &vault, QNetworkAccessManager &nam, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_vault(vault)
    , m_nam(nam)
{
    setObjectName(u"networkSettingsDialog"_s);
    m_confirmRemoval = [this](const QString &name) {
        return QMessageBox::question(this, tr("Remove Network"),
                   tr("Remove the network \"%1\" and the passwords stored for it?").arg(name))
            == QMessageBox::Yes;
    };
    buildUi();
    retranslateUi();
    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        startNewProfile();
}

NetworkSettingsDialog::~NetworkSettingsDialog()
{
    delete m_testCall; // before the transport it uses
}

QAction *NetworkSettingsDialog::createMenuAction(QWidget *window)
{
    return new NetworkSettingsAction(window);
}

QString NetworkSettingsDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void NetworkSettingsDialog::buildUi()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(u"profileList"_s);
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(u"addButton"_s);
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(u"removeButton"_s);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list);
    listColumn->addLayout(listButtons);

    m_idEdit = lineEdit(u"idEdit"_s, this);
    m_nameEdit = lineEdit(u"nameEdit"_s, this);
    m_urlEdit = lineEdit(u"urlEdit"_s, this);
    m_urlEdit->setPlaceholderText(u"https://fhir.example.jp/r4"_s);
    m_methodCombo = new QComboBox(this);
    m_methodCombo->setObjectName(u"methodCombo"_s);
    m_methodCombo->addItem(QString(), net::signInMethodName(net::SignInMethod::AuthorizationCode));
    m_methodCombo->addItem(QString(), net::signInMethodName(net::SignInMethod::ClientCredentials));
    m_clientIdEdit = lineEdit(u"clientIdEdit"_s, this);
    m_scopesEdit = lineEdit(u"scopesEdit"_s, this);
    m_clientSecretEdit = lineEdit(u"clientSecretEdit"_s, this);
    m_clientSecretEdit->setEchoMode(QLineEdit::Password);
    m_certEdit = lineEdit(u"certificateEdit"_s, this);
    m_certBrowse = new QPushButton(this);
    m_certPasswordEdit = lineEdit(u"certificatePasswordEdit"_s, this);
    m_certPasswordEdit->setEchoMode(QLineEdit::Password);
    m_caEdit = lineEdit(u"caEdit"_s, this);
    m_caBrowse = new QPushButton(this);
    m_pinEdit = lineEdit(u"pinEdit"_s, this);
    m_authorizeEdit = lineEdit(u"authorizationEndpointEdit"_s, this);
    m_tokenEdit = lineEdit(u"tokenEndpointEdit"_s, this);
    m_revokeEdit = lineEdit(u"revocationEndpointEdit"_s, this);
    m_ssmix2 = new Ssmix2FoldersEditor(this);

    auto fileRow = [this](QLineEdit *edit, QPushButton *button) {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(edit);
        layout->addWidget(button);
        return row;
    };
    m_form = new QFormLayout;
    // Labels with their text set by retranslateUi (an empty QString would make no label at all).
    auto row = [this](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    };
    row(m_idEdit);
    row(m_nameEdit);
    row(m_urlEdit);
    row(m_methodCombo);
    row(m_clientIdEdit);
    row(m_scopesEdit);
    row(m_clientSecretEdit);
    row(fileRow(m_certEdit, m_certBrowse));
    row(m_certPasswordEdit);
    row(fileRow(m_caEdit, m_caBrowse));
    row(m_pinEdit);
    row(m_authorizeEdit);
    row(m_tokenEdit);
    row(m_revokeEdit);
    row(m_ssmix2);

    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_testButton = new QPushButton(this);
    m_testButton->setObjectName(u"testButton"_s);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_testButton);
    formButtons->addWidget(m_saveButton);
    m_message = new QLabel(this);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    auto *formColumn = new QVBoxLayout;
    formColumn->addLayout(m_form);
    formColumn->addLayout(formButtons);
    formColumn->addWidget(m_message);
    formColumn->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn, 1);
    columns->addLayout(formColumn, 2);
    auto *root = new QVBoxLayout(this);
    root->addLayout(columns);
    root->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { onSelectionChanged(); });
    connect(m_addButton, &QPushButton::clicked, this, [this] { startNewProfile(); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeProfile(); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveProfile(); });
    connect(m_testButton, &QPushButton::clicked, this, [this] { testConnection(); });
    connect(m_methodCombo, &QComboBox::currentIndexChanged, this, [this] { updateMethodFields(); });
    connect(m_certBrowse, &QPushButton::clicked, this,
        [this] { browse(m_certEdit, tr("PKCS#12 files (*.p12 *.pfx);;All files (*)")); });
    connect(m_caBrowse, &QPushButton::clicked, this,
        [this] { browse(m_caEdit, tr("PEM certificates (*.pem *.crt);;All files (*)")); });
    setMinimumWidth(880);
}

void NetworkSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NetworkSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Network Settings"));
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_idEdit, tr("Id:"));
    label(m_nameEdit, tr("Name:"));
    label(m_urlEdit, tr("FHIR base URL:"));
    label(m_methodCombo, tr("Sign-in method:"));
    label(m_clientIdEdit, tr("Client id:"));
    label(m_scopesEdit, tr("Scopes:"));
    label(m_clientSecretEdit, tr("Client secret:"));
    label(m_certEdit->parentWidget(), tr("Client certificate (PKCS#12):"));
    label(m_certPasswordEdit, tr("Certificate password:"));
    label(m_caEdit->parentWidget(), tr("Extra CA certificate (PEM):"));
    label(m_pinEdit, tr("Pinned server key (SHA-256):"));
    m_idEdit->setPlaceholderText(tr("a-z, 0-9 and '-', e.g. kanto-net"));
    m_methodCombo->setItemText(0, tr("Browser sign-in (authorization code with PKCE)"));
    m_methodCombo->setItemText(1, tr("Unattended workstation (client credentials)"));
    m_certPasswordEdit->setPlaceholderText(tr("Kept in the keychain; leave empty to keep it"));
    m_clientSecretEdit->setPlaceholderText(tr("Kept in the keychain; leave empty to keep it"));
    m_pinEdit->setPlaceholderText(tr("Optional: base64 SHA-256 of the server's public key"));
    label(m_authorizeEdit, tr("Authorization endpoint:"));
    label(m_tokenEdit, tr("Token endpoint:"));
    label(m_revokeEdit, tr("Revocation endpoint:"));
    label(m_ssmix2, tr("SS-MIX2 folders:"));
    for (QLineEdit *edit : { m_authorizeEdit, m_tokenEdit, m_revokeEdit })
        edit->setPlaceholderText(tr("Optional: used when the server does not publish it"));
    m_certBrowse->setText(tr("Choose…"));
    m_caBrowse->setText(tr("Choose…"));
    m_addButton->setText(tr("&Add"));
    m_removeButton->setText(tr("&Remove"));
    m_saveButton->setText(tr("&Save"));
    m_testButton->setText(tr("&Test Connection"));
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close))
        close->setText(tr("Close"));
}

void NetworkSettingsDialog::reloadList(const QString &selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const net::NetworkProfile &p : m_store.list()) {
        auto *item = new QListWidgetItem(u"%1 (%2)"_s.arg(p.displayName, p.id), m_list);
        item->setData(Qt::UserRole, p.id);
        if (p.id == selectId)
            m_list->setCurrentItem(item);
    }
    m_removeButton->setEnabled(m_list->currentItem() != nullptr);
}

void NetworkSettingsDialog::showProfile(const net::NetworkProfile &p)
{
    m_editingId = p.id;
    m_idEdit->setText(p.id);
    m_idEdit->setReadOnly(!p.id.isEmpty());
    m_nameEdit->setText(p.displayName);
    m_urlEdit->setText(p.fhirBaseUrl.toString());
    m_methodCombo->setCurrentIndex(p.signInMethod == net::SignInMethod::ClientCredentials ? 1 : 0);
    m_clientIdEdit->setText(p.clientId);
    m_scopesEdit->setText(p.scopes.join(u' '));
    m_clientSecretEdit->clear();
    m_certEdit->setText(p.clientCertificatePath);
    m_certPasswordEdit->clear();
    m_caEdit->setText(p.extraCaPath);
    m_pinEdit->setText(p.pinnedKeySha256);
    m_authorizeEdit->setText(p.authorizationEndpoint.toString());
    m_tokenEdit->setText(p.tokenEndpoint.toString());
    m_revokeEdit->setText(p.revocationEndpoint.toString());
    m_ssmix2->setFolders(p.ssmix2Folders);
    updateMethodFields();
}

void NetworkSettingsDialog::startNewProfile()
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
    }
    net::NetworkProfile fresh;
    fresh.scopes = kDefaultScopes.split(u' ');
    showProfile(fresh);
    m_removeButton->setEnabled(false);
    m_message->hide();
    m_idEdit->setFocus();
}

void NetworkSettingsDialog::onSelectionChanged()
{
    QListWidgetItem *item = m_list->currentItem();
    m_removeButton->setEnabled(item != nullptr);
    if (!item)
        return;
    if (auto p = m_store.load(item->data(Qt::UserRole).toString()))
        showProfile(*p);
    m_message->hide();
}

void NetworkSettingsDialog::updateMethodFields()
{
    const bool clientCredentials = m_methodCombo->currentIndex() == 1;
    m_clientSecretEdit->setEnabled(clientCredentials);
    if (!clientCredentials)
        m_clientSecretEdit->clear();
}

void NetworkSettingsDialog::browse(QLineEdit *edit, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(this, QString(), edit->text(), filter);
    if (!path.isEmpty())
        edit->setText(path);
}

std::optional<net::NetworkProfile> NetworkSettingsDialog::profileFromFields()
{
    net::NetworkProfile p;
    p.id = m_idEdit->text().trimmed();
    p.displayName = m_nameEdit->text().trimmed();
    p.fhirBaseUrl = QUrl(m_urlEdit->text().trimmed(), QUrl::StrictMode);
    p.signInMethod = m_methodCombo->currentIndex() == 1 ? net::SignInMethod::ClientCredentials
                                                        : net::SignInMethod::AuthorizationCode;
    p.clientId = m_clientIdEdit->text().trimmed();
    p.scopes = m_scopesEdit->text().split(u' ', Qt::SkipEmptyParts);
    p.clientCertificatePath = m_certEdit->text().trimmed();
    p.extraCaPath = m_caEdit->text().trimmed();
    p.pinnedKeySha256 = m_pinEdit->text().trimmed();
    if (p.pinnedKeySha256.startsWith(u"sha256/"_s))
        p.pinnedKeySha256 = p.pinnedKeySha256.mid(7);
    if (const QString bad = m_ssmix2->invalidFacilityCode(); !bad.isEmpty()) {
        setMessage(tr("The facility code \"%1\" is not 10 digits.").arg(bad), true);
        return std::nullopt;
    }
    p.ssmix2Folders = m_ssmix2->folders();
    // The fallback endpoints (empty: none), each https like the base URL.
    for (auto [edit, url] : { std::pair { m_authorizeEdit, &p.authorizationEndpoint },
             std::pair { m_tokenEdit, &p.tokenEndpoint },
             std::pair { m_revokeEdit, &p.revocationEndpoint } }) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        *url = QUrl(text, QUrl::StrictMode);
        if (!net::checkSecureUrl(*url)) {
            setMessage(tr("The endpoint \"%1\" is not a valid https address.").arg(text), true);
            return std::nullopt;
        }
    }
    return p;
}

bool NetworkSettingsDialog::certificatePassword(
    const net::NetworkProfile &profile, QByteArray &password)
{
    password = m_certPasswordEdit->text().toUtf8();
    if (!password.isEmpty() || profile.clientCertificatePath.isEmpty())
        return true;
    auto stored = m_vault.load(net::pkcs12PasswordScope(profile.id));
    if (!stored) {
        setMessage(describe(stored.error()), true);
        return false;
    }
    if (*stored)
        password = (*stored)->view().toByteArray();
    return true;
}

QString NetworkSettingsDialog::describe(const Error &e) const
{
    const QString &c = e.code;
    if (c == u"id"_s)
        return tr("The id must be 1 to 40 characters: lower-case letters a-z, digits and '-'.");
    if (c == u"name"_s)
        return tr("Enter a name for the network.");
    if (c == u"url"_s)
        return tr("The FHIR base URL is not a valid address.");
    if (c == u"insecure-url"_s)
        return tr("Only https addresses are allowed (http only to this computer: 127.0.0.1 or "
                  "localhost).");
    if (c == u"client-id"_s)
        return tr("Enter the client id the network registered for this clinic.");
    if (c == u"pin"_s)
        return tr("The pinned key must be a base64 SHA-256 digest (44 characters).");
    if (c == u"file"_s)
        return tr("The file cannot be read: %1").arg(e.where);
    if (c == u"pkcs12"_s)
        return tr("The client certificate cannot be opened: wrong password, or not a PKCS#12 "
                  "file.");
    if (c == u"ca"_s)
        return tr("The CA file holds no PEM certificate.");
    switch (e.kind) {
    case Error::Kind::Unavailable:
        return tr("The keychain cannot be used (%1). Nothing was saved. On a workstation without "
                  "a keychain, an administrator can add this network with \"renkei-cli network "
                  "add --passphrase-file\".")
            .arg(e.code);
    case Error::Kind::Tls:
        return tr("The secure connection was refused: the server's certificate is not trusted, "
                  "does not match the pinned key, or the server wants a client certificate.");
    case Error::Kind::Network:
        return tr("No connection to the server. Check the address and the network.");
    case Error::Kind::Timeout:
        return tr("The server did not answer in time.");
    case Error::Kind::Http:
    case Error::Kind::Auth:
    case Error::Kind::Forbidden:
    case Error::Kind::NotFound:
        return tr("The server answered with an error (%1).").arg(c);
    case Error::Kind::NotJson:
    case Error::Kind::NotFhir:
        return tr("The server's answer is not a FHIR CapabilityStatement.");
    case Error::Kind::Cancelled:
        return tr("The test was cancelled.");
    default:
        return tr("Something went wrong: %1").arg(e.message);
    }
}

bool NetworkSettingsDialog::saveProfile()
{
    auto p = profileFromFields();
    if (!p)
        return false;
    if (auto valid = net::validate(*p); !valid) {
        setMessage(describe(valid.error()), true);
        return false;
    }
    if (m_editingId.isEmpty() && m_store.load(p->id)) {
        setMessage(tr("A network with the id \"%1\" exists already.").arg(p->id), true);
        return false;
    }
    QByteArray password;
    if (!certificatePassword(*p, password))
        return false;
    auto tls = net::TlsPolicy::fromProfile(*p, crypto::SecretBytes::copyOf(password));
    crypto::wipe(password);
    if (!tls) {
        setMessage(describe(tls.error()), true);
        return false;
    }
    const bool clientCredentials = p->signInMethod == net::SignInMethod::ClientCredentials;
    QByteArray typedSecret = m_clientSecretEdit->text().toUtf8();
    if (clientCredentials && typedSecret.isEmpty() && m_editingId.isEmpty()) {
        setMessage(tr("An unattended workstation needs the client secret."), true);
        return false;
    }
    // Secrets first: a profile is never saved without the secret it needs.
    QList<std::pair<QString, QByteArray>> toStore;
    if (!p->clientCertificatePath.isEmpty() && !m_certPasswordEdit->text().isEmpty())
        toStore.append({ net::pkcs12PasswordScope(p->id), m_certPasswordEdit->text().toUtf8() });
    if (clientCredentials && !typedSecret.isEmpty())
        toStore.append({ net::clientSecretScope(p->id), typedSecret });
    crypto::wipe(typedSecret);
    for (auto &[scope, secret] : toStore) {
        auto stored = m_vault.store(scope, crypto::SecretBytes::copyOf(secret));
        crypto::wipe(secret);
        if (!stored) {
            setMessage(describe(stored.error()), true);
            return false;
        }
    }
    // Secrets the profile no longer uses (a vault that cannot be reached holds none of ours).
    if (p->clientCertificatePath.isEmpty())
        (void)m_vault.remove(net::pkcs12PasswordScope(p->id));
    if (!clientCredentials)
        (void)m_vault.remove(net::clientSecretScope(p->id));
    if (auto saved = m_store.save(*p); !saved) {
        setMessage(tr("The settings could not be written: %1").arg(saved.error().describe()), true);
        return false;
    }
    m_certPasswordEdit->clear();
    m_clientSecretEdit->clear();
    reloadList(p->id);
    m_editingId = p->id;
    m_idEdit->setReadOnly(true);
    setMessage(tr("Saved \"%1\".").arg(p->displayName), false);
    return true;
}

void NetworkSettingsDialog::removeProfile()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    if (m_confirmRemoval && !m_confirmRemoval(item->text()))
        return;
    if (auto removed = m_store.remove(id); !removed) {
        setMessage(
            tr("The settings could not be written: %1").arg(removed.error().describe()), true);
        return;
    }
    (void)net::removeProfileSecrets(m_vault, id);
    reloadList();
    startNewProfile();
    setMessage(tr("Removed the network \"%1\" and its stored passwords.").arg(id), false);
}

void NetworkSettingsDialog::testConnection()
{
    auto p = profileFromFields();
    if (!p)
        return;
    if (auto secure = net::checkSecureUrl(p->fhirBaseUrl); !secure) {
        setMessage(describe(secure.error()), true);
        return;
    }
    QByteArray password;
    if (!certificatePassword(*p, password))
        return;
    auto tls = net::TlsPolicy::fromProfile(*p, crypto::SecretBytes::copyOf(password));
    crypto::wipe(password);
    if (!tls) {
        setMessage(describe(tls.error()), true);
        return;
    }
    delete m_testCall; // a test still running is replaced (before its transport goes)
    net::TransportOptions options;
    options.requestTimeoutMs = 20000;
    options.stalledTimeoutMs = 10000;
    options.retry.maxAttempts = 1;
    m_testTransport = std::make_unique<net::HttpTransport>(m_nam, *tls, options);
    net::FhirClient client(*m_testTransport, p->fhirBaseUrl);
    m_testCall = client.capabilities(this);
    net::HttpCall *call = m_testCall;
    connect(call, &net::HttpCall::finished, this, [this, call] { finishTest(call); });
    m_testButton->setEnabled(false);
    setMessage(tr("Testing the connection…"), false);
}

void NetworkSettingsDialog::finishTest(net::HttpCall *call)
{
    m_testButton->setEnabled(true);
    const Result<net::HttpResponse> &result = call->result();
    if (!result) {
        setMessage(describe(result.error()), true);
    } else {
        const QJsonObject statement = QJsonDocument::fromJson(result->body).object();
        if (statement.value(u"resourceType"_s).toString() != u"CapabilityStatement"_s) {
            setMessage(tr("The server's answer is not a FHIR CapabilityStatement."), true);
        } else {
            const QJsonObject software = statement.value(u"software"_s).toObject();
            const QString name = software.value(u"name"_s).toString();
            setMessage(tr("Connected: a FHIR %1 server%2.")
                           .arg(statement.value(u"fhirVersion"_s).toString(),
                               name.isEmpty() ? QString() : u" (%1)"_s.arg(name)),
                false);
        }
    }
    call->deleteLater();
}

void NetworkSettingsDialog::setMessage(const QString &text, bool error)
{
    m_messageIsError = error;
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_message->show();
}

} // namespace renkei::ui
