#include "signindialog.h"

#include "appicon.h"
#include "newsecretdialog.h"
#include "session.h"
#include "tokenvaults.h"
#include "uilogging.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

using Step = net::OAuthClient::Step;

QFrame *noteFrame(const QString &name, const QString &style, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(name);
    frame->setStyleSheet(u"#%1 { %2 border-radius: 6px; }"_s.arg(name, style));
    return frame;
}

} // namespace

SignInDialog::SignInDialog(
    Session &session, TokenVaults &vaults, QList<net::NetworkProfile> profiles, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_vaults(vaults)
    , m_profiles(std::move(profiles))
    , m_heading(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_networkLabel(new QLabel(this))
    , m_network(new QComboBox(this))
    , m_networkDetail(new QLabel(this))
    , m_keychainNote(noteFrame(u"keychainNote"_s, u"background: #fff4e5;"_s, this))
    , m_keychainText(new QLabel(m_keychainNote))
    , m_passphraseButton(new QPushButton(m_keychainNote))
    , m_stepsFrame(new QFrame(this))
    , m_errorFrame(noteFrame(u"signInError"_s, u"background: #fdecea;"_s, this))
    , m_errorTitle(new QLabel(m_errorFrame))
    , m_errorDetail(new QLabel(m_errorFrame))
    , m_errorAction(new QPushButton(m_errorFrame))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"signInDialog"_s);
    setWindowIcon(appIcon());
    // A fixed width, and a height that follows the words (steps, errors and notes come and go).
    setFixedWidth(580);

    // The session's own network first (the demo network is not in the profile store).
    if (m_session.hasProfile()) {
        const QString current = m_session.profile().id;
        const bool listed = std::any_of(m_profiles.cbegin(), m_profiles.cend(),
            [&](const net::NetworkProfile &p) { return p.id == current; });
        if (!listed)
            m_profiles.prepend(m_session.profile());
    }
    for (const net::NetworkProfile &profile : std::as_const(m_profiles))
        m_network->addItem(profile.displayName, profile.id);
    if (m_session.hasProfile())
        m_network->setCurrentIndex(qMax(0, m_network->findData(m_session.profile().id)));
    m_network->setObjectName(u"networkChoice"_s);
    m_network->setMinimumHeight(30);
    connect(m_network, &QComboBox::currentIndexChanged, this, [this] {
        updateProfileLine();
        updateKeychainNote();
        showError(std::nullopt);
    });

    auto *icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(QSize(48, 48)));
    icon->setAlignment(Qt::AlignTop);
    QFont headingFont = font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_intro->setWordWrap(true);
    m_intro->setForegroundRole(QPalette::PlaceholderText);
    m_networkDetail->setObjectName(u"networkDetail"_s);
    m_networkDetail->setForegroundRole(QPalette::PlaceholderText);
    m_networkDetail->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon);
    auto *headingColumn = new QVBoxLayout;
    headingColumn->setSpacing(4);
    headingColumn->addWidget(m_heading);
    headingColumn->addWidget(m_intro);
    top->addLayout(headingColumn, 1);

    auto *networkRow = new QGridLayout;
    networkRow->setHorizontalSpacing(12);
    networkRow->setVerticalSpacing(4);
    networkRow->addWidget(m_networkLabel, 0, 0);
    networkRow->addWidget(m_network, 0, 1);
    networkRow->addWidget(m_networkDetail, 1, 1);
    networkRow->setColumnStretch(1, 1);

    m_keychainText->setWordWrap(true);
    m_keychainText->setTextFormat(Qt::RichText);
    m_keychainText->setObjectName(u"keychainText"_s);
    m_passphraseButton->setObjectName(u"passphraseButton"_s);
    connect(m_passphraseButton, &QPushButton::clicked, this, &SignInDialog::offerPassphrase);
    auto *keychainLayout = new QVBoxLayout(m_keychainNote);
    keychainLayout->setContentsMargins(12, 10, 12, 10);
    keychainLayout->addWidget(m_keychainText);
    keychainLayout->addWidget(m_passphraseButton, 0, Qt::AlignRight);
    m_keychainNote->hide();

    auto *stepsLayout = new QGridLayout(m_stepsFrame);
    stepsLayout->setContentsMargins(4, 4, 4, 4);
    stepsLayout->setHorizontalSpacing(10);
    stepsLayout->setVerticalSpacing(6);
    for (int i = 0; i < 3; ++i) {
        auto *stepIcon = new QLabel(m_stepsFrame);
        stepIcon->setFixedWidth(18);
        stepIcon->setAlignment(Qt::AlignCenter);
        auto *stepText = new QLabel(m_stepsFrame);
        stepText->setObjectName(u"step%1"_s.arg(i));
        stepsLayout->addWidget(stepIcon, i, 0);
        stepsLayout->addWidget(stepText, i, 1);
        m_stepIcons.append(stepIcon);
        m_stepTexts.append(stepText);
    }
    stepsLayout->setColumnStretch(1, 1);
    m_stepsFrame->hide();

    QFont errorTitleFont = font();
    errorTitleFont.setWeight(QFont::DemiBold);
    m_errorTitle->setFont(errorTitleFont);
    m_errorTitle->setObjectName(u"errorTitle"_s);
    m_errorTitle->setStyleSheet(u"color: #8a1c12;"_s);
    m_errorDetail->setObjectName(u"errorDetail"_s);
    m_errorDetail->setWordWrap(true);
    m_errorDetail->setTextFormat(Qt::PlainText);
    m_errorAction->setObjectName(u"errorAction"_s);
    connect(m_errorAction, &QPushButton::clicked, this, &SignInDialog::offerPassphrase);
    auto *errorLayout = new QVBoxLayout(m_errorFrame);
    errorLayout->setContentsMargins(12, 10, 12, 10);
    errorLayout->setSpacing(4);
    errorLayout->addWidget(m_errorTitle);
    errorLayout->addWidget(m_errorDetail);
    errorLayout->addWidget(m_errorAction, 0, Qt::AlignRight);
    m_errorFrame->hide();

    m_signIn = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);
    m_cancel = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(u"cancelButton"_s);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::startSignIn);
    m_automatic = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_automatic->setObjectName(u"automaticSignInButton"_s);
    connect(m_automatic, &QPushButton::clicked, this, &SignInDialog::startAutomaticSignIn);
    connect(m_cancel, &QPushButton::clicked, this, &SignInDialog::cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 16);
    layout->setSpacing(14);
    layout->addLayout(top);
    layout->addLayout(networkRow);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_stepsFrame);
    layout->addWidget(m_errorFrame);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(&m_session, &Session::progress, this, &SignInDialog::onProgress);
    connect(&m_session, &Session::signInFailed, this, &SignInDialog::onFailed);
    connect(&m_session, &Session::signedIn, this, [this] {
        if (!m_working)
            return;
        setWorking(false);
        accept();
    });
    retranslateUi();
    updateKeychainNote();
}

SignInDialog::~SignInDialog()
{
    if (m_working)
        m_session.cancelSignIn();
}

const net::NetworkProfile *SignInDialog::selectedProfile() const
{
    const int index = m_network->currentIndex();
    return index >= 0 && index < m_profiles.size() ? &m_profiles.at(index) : nullptr;
}

void SignInDialog::startSignIn()
{
    begin(false);
}

void SignInDialog::startAutomaticSignIn()
{
    if (automaticAvailable())
        begin(true);
}

bool SignInDialog::automaticAvailable() const
{
    const net::NetworkProfile *profile = selectedProfile();
    return profile && m_session.hasAutomaticSignIn() && m_session.hasProfile()
        && m_session.profile().id == profile->id;
}

void SignInDialog::begin(bool automatic)
{
    const net::NetworkProfile *profile = selectedProfile();
    if (!profile || m_working)
        return;
    showError(std::nullopt);
    if (!m_session.hasProfile() || m_session.profile().id != profile->id) {
        Session::Options options;
        if (auto chosen = m_session.setProfile(*profile, m_vaults.vaultFor(*profile), options);
            !chosen) {
            onFailed(chosen.error());
            return;
        }
    }
    qCInfo(lcUi) << "signing in to" << profile->id;
    showSteps();
    setWorking(true);
    if (automatic)
        m_session.signInAutomatically();
    else
        m_session.signIn();
}

void SignInDialog::cancel()
{
    if (m_working) {
        m_session.cancelSignIn();
        return;
    }
    QDialog::reject();
}

void SignInDialog::reject()
{
    // Escape and the window's close button: stop a sign-in under way first.
    if (m_working)
        m_session.cancelSignIn();
    QDialog::reject();
}

QString SignInDialog::errorTitle() const
{
    return m_lastError ? m_errorTitle->text() : QString();
}

void SignInDialog::setWorking(bool working)
{
    m_working = working;
    m_signIn->setEnabled(!working && selectedProfile());
    m_network->setEnabled(!working);
    m_passphraseButton->setEnabled(!working);
    retranslateUi();
}

void SignInDialog::showSteps()
{
    const net::NetworkProfile *profile = selectedProfile();
    if (profile && profile->signInMethod == net::SignInMethod::ClientCredentials)
        m_steps = { Step::Discovering, Step::RequestingToken };
    else
        m_steps = { Step::Discovering, Step::WaitingForBrowser, Step::ExchangingCode };
    m_currentStep = -1;
    m_stepsFrame->show();
    retranslateUi();
}

void SignInDialog::onProgress(net::OAuthClient::Step step)
{
    if (!m_working)
        return;
    const qsizetype index = m_steps.indexOf(step);
    if (index >= 0)
        m_currentStep = int(index);
    retranslateUi();
}

void SignInDialog::onFailed(const Error &error)
{
    setWorking(false);
    m_stepsFrame->hide();
    showError(error);
    if (error.kind == Error::Kind::Unavailable)
        updateKeychainNote();
}

void SignInDialog::showError(const std::optional<Error> &error)
{
    m_lastError = error;
    retranslateUi();
}

void SignInDialog::applyErrorTexts()
{
    if (!m_lastError) {
        m_errorFrame->hide();
        return;
    }
    const ErrorText text = SignInErrors::describe(*m_lastError);
    m_errorTitle->setText(text.title);
    m_errorDetail->setText(text.detail);
    m_errorAction->setVisible(text.remedy == Remedy::UsePassphrase);
    m_errorFrame->setStyleSheet(text.remedy == Remedy::None
            ? u"#signInError { background: #eef2f5; border-radius: 6px; }"_s
            : u"#signInError { background: #fdecea; border-radius: 6px; }"_s);
    m_errorFrame->show();
}

void SignInDialog::updateProfileLine()
{
    const net::NetworkProfile *profile = selectedProfile();
    if (!profile) {
        m_networkDetail->setText(tr("No network is set up on this computer. Ask your "
                                    "administrator to add one."));
        return;
    }
    const QString host = profile->fhirBaseUrl.host();
    m_networkDetail->setText(profile->signInMethod == net::SignInMethod::ClientCredentials
            ? tr("%1 · unattended workstation (no browser)").arg(host)
            : tr("%1 · you sign in in your web browser").arg(host));
}

void SignInDialog::updateKeychainNote()
{
    const net::NetworkProfile *profile = selectedProfile();
    if (!profile || TokenVaults::isDemo(*profile)) {
        m_keychainNote->hide();
        adjustSize();
        return;
    }
    const auto &problem = m_vaults.probeKeychain();
    if (!problem || m_vaults.mode() == TokenVaults::Mode::Passphrase) {
        m_keychainNote->setVisible(m_vaults.mode() == TokenVaults::Mode::Passphrase);
        m_passphraseButton->hide();
        m_keychainText->setText(tr("Your sign-in is kept on this computer, encrypted with your "
                                   "passphrase."));
        adjustSize();
        return;
    }
    const ErrorText text = SignInErrors::describe(*problem);
    m_keychainText->setText(
        u"<b>"_s + text.title.toHtmlEscaped() + u"</b><br>"_s + text.detail.toHtmlEscaped());
    m_passphraseButton->show();
    m_keychainNote->show();
    adjustSize();
}

void SignInDialog::offerPassphrase()
{
    const bool exists = m_vaults.hasPassphraseVault();
    NewSecretDialog dialog(
        exists ? NewSecretDialog::Purpose::OpenVault : NewSecretDialog::Purpose::VaultPassphrase,
        exists ? 1 : 8, this); // an existing passphrase is whatever it was set to
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto opened = m_vaults.usePassphrase(dialog.secret());
    if (!opened) {
        showError(opened.error());
        return;
    }
    // The session must move its refresh token to the new vault: choose the profile afresh.
    if (const net::NetworkProfile *profile = selectedProfile(); profile && m_session.hasProfile()
        && m_session.profile().id == profile->id
        && m_session.status() == Session::Status::SignedOut) {
        (void)m_session.setProfile(*profile, m_vaults.vaultFor(*profile), m_session.options());
    }
    showError(std::nullopt);
    updateKeychainNote();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign In"));
    m_heading->setText(tr("Sign in to a regional network"));
    m_intro->setText(tr("Choose your network and press Sign In. Your web browser opens the "
                        "network's sign-in page; come back here when you are done."));
    m_networkLabel->setText(tr("Network:"));
    m_passphraseButton->setText(tr("Set a passphrase…"));
    m_errorAction->setText(tr("Set a passphrase…"));
    applyErrorTexts();
    m_signIn->setText(m_lastError ? tr("Try Again") : tr("Sign In"));
    m_cancel->setText(m_working ? tr("Cancel Sign-In") : tr("Close"));
    m_signIn->setEnabled(!m_working && selectedProfile());
    m_automatic->setText(tr("Sign In as the Demo Doctor"));
    m_automatic->setVisible(automaticAvailable());
    m_automatic->setEnabled(!m_working);
    updateProfileLine();

    for (int i = 0; i < m_stepTexts.size(); ++i) {
        const bool used = i < m_steps.size();
        m_stepIcons[i]->setVisible(used);
        m_stepTexts[i]->setVisible(used);
        if (!used)
            continue;
        QString text;
        switch (m_steps.at(i)) {
        case Step::Discovering:
            text = tr("Contacting the network");
            break;
        case Step::WaitingForBrowser:
            text = tr("Sign in in your web browser");
            break;
        case Step::ExchangingCode:
            text = tr("Confirming the sign-in");
            break;
        case Step::RequestingToken:
            text = tr("Authenticating this workstation");
            break;
        case Step::Refreshing:
            text = tr("Renewing the session");
            break;
        }
        const bool done = i < m_currentStep;
        const bool current = i == m_currentStep;
        m_stepTexts[i]->setText(current ? text + u"…"_s : text);
        QFont f = m_stepTexts[i]->font();
        f.setWeight(current ? QFont::DemiBold : QFont::Normal);
        m_stepTexts[i]->setFont(f);
        m_stepTexts[i]->setForegroundRole(
            done || current ? QPalette::WindowText : QPalette::PlaceholderText);
        m_stepIcons[i]->setText(done ? u"✓"_s : current ? u"●"_s : u"○"_s);
        m_stepIcons[i]->setStyleSheet(done ? u"color: #2e8540;"_s
                : current                  ? u"color: #2f6fab;"_s
                                           : u"color: #9aa5b1;"_s);
    }
    if (QLayout *l = layout())
        l->activate();
    adjustSize();
}

} // namespace renkei::ui
