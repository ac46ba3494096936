#include "lockscreen.h"

#include "appicon.h"

#include <QEvent>
#include <QFrame>
#include <QGraphicsDropShadowEffect>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

constexpr int kCardWidth = 440;
const QString kPrimaryButton = u"QPushButton { background: #2f6fab; color: white; border: 0; "
                               u"border-radius: 6px; padding: 6px 16px; font-weight: 600; }"
                               u"QPushButton:disabled { background: #9db7d0; }"_s;
const QString kLinkButton = u"QPushButton { color: #2f6fab; border: 0; padding: 4px; }"
                            u"QPushButton:hover { text-decoration: underline; }"_s;

} // namespace

LockScreen::LockScreen(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_pin(new QLineEdit(this))
    , m_unlock(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_signIn(new QPushButton(this))
{
    setObjectName(u"lockScreen"_s);
    setAutoFillBackground(false);

    auto *card = new QFrame(this);
    card->setObjectName(u"lockCard"_s);
    card->setFixedWidth(kCardWidth);
    card->setStyleSheet(u"#lockCard { background: palette(base); border-radius: 12px; }"_s);
    auto *shadow = new QGraphicsDropShadowEffect(card);
    shadow->setBlurRadius(28);
    shadow->setOffset(0, 4);
    shadow->setColor(QColor(0, 0, 0, 70));
    card->setGraphicsEffect(shadow);

    m_icon->setPixmap(appIcon().pixmap(QSize(56, 56)));
    m_icon->setAlignment(Qt::AlignHCenter);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"lockTitle"_s);
    for (QLabel *label : { m_title, m_identity, m_prompt, m_message }) {
        label->setAlignment(Qt::AlignHCenter);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_identity->setObjectName(u"lockIdentity"_s);
    m_identity->setForegroundRole(QPalette::PlaceholderText);
    m_prompt->setObjectName(u"lockPrompt"_s);

    m_pin->setObjectName(u"lockPin"_s);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAlignment(Qt::AlignHCenter);
    m_pin->setMinimumHeight(36);
    m_pin->setAttribute(Qt::WA_InputMethodEnabled, false);
    QFont pinFont = m_pin->font();
    pinFont.setPointSizeF(pinFont.pointSizeF() * 1.2);
    m_pin->setFont(pinFont);
    connect(m_pin, &QLineEdit::returnPressed, this, &LockScreen::submit);

    m_unlock->setObjectName(u"lockUnlock"_s);
    m_unlock->setDefault(true);
    m_unlock->setMinimumHeight(36);
    m_unlock->setStyleSheet(kPrimaryButton);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);

    m_message->setObjectName(u"lockMessage"_s);
    m_message->setStyleSheet(u"color: #b42318;"_s);
    m_message->hide();

    m_signIn->setObjectName(u"lockSignIn"_s);
    m_signIn->setFlat(true);
    m_signIn->setCursor(Qt::PointingHandCursor);
    m_signIn->setStyleSheet(kLinkButton);
    connect(m_signIn, &QPushButton::clicked, this, &LockScreen::signInRequested);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(36, 32, 36, 28);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(m_icon);
    cardLayout->addSpacing(4);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_identity);
    cardLayout->addSpacing(12);
    cardLayout->addWidget(m_prompt);
    cardLayout->addWidget(m_pin);
    cardLayout->addWidget(m_message);
    cardLayout->addWidget(m_unlock);
    cardLayout->addSpacing(6);
    cardLayout->addWidget(m_signIn);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    retranslateUi();
}

void LockScreen::setMode(Mode mode)
{
    m_mode = mode;
    const bool pin = mode == Mode::Pin;
    m_pin->setVisible(pin);
    m_unlock->setVisible(pin);
    // Without the PIN, signing in again is the one way on: make it the main button.
    m_signIn->setStyleSheet(pin ? kLinkButton : kPrimaryButton);
    m_signIn->setMinimumHeight(pin ? 0 : 36);
    m_signIn->setFlat(pin);
    if (!pin)
        clearPin();
    retranslateUi();
}

void LockScreen::setIdentity(const QString &user, const QString &network)
{
    m_user = user;
    m_network = network;
    retranslateUi();
}

void LockScreen::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString LockScreen::message() const
{
    return m_message->text();
}

void LockScreen::setBusy(bool busy)
{
    m_pin->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
}

void LockScreen::clearPin()
{
    // setText on the line edit replaces its buffer; the typed PIN is not kept anywhere else.
    m_pin->clear();
}

void LockScreen::focusPin()
{
    if (m_mode == Mode::Pin)
        m_pin->setFocus(Qt::OtherFocusReason);
    else
        m_signIn->setFocus(Qt::OtherFocusReason);
}

void LockScreen::submit()
{
    if (m_mode != Mode::Pin || m_pin->text().isEmpty())
        return;
    QByteArray utf8 = m_pin->text().toUtf8();
    const crypto::SecretBytes pin = crypto::SecretBytes::copyOf(utf8);
    crypto::wipe(utf8);
    clearPin();
    Q_EMIT unlockRequested(pin);
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LockScreen::paintEvent(QPaintEvent *)
{
    // A calm, dark backdrop: clearly "not the chart", and nothing of it shows through.
    QPainter painter(this);
    QLinearGradient gradient(rect().topLeft(), rect().bottomRight());
    gradient.setColorAt(0, QColor(0x1f, 0x3a, 0x56));
    gradient.setColorAt(1, QColor(0x2c, 0x52, 0x74));
    painter.fillRect(rect(), gradient);
}

void LockScreen::retranslateUi()
{
    m_title->setText(tr("Screen locked"));
    QString identity;
    if (!m_user.isEmpty() && !m_network.isEmpty())
        identity = tr("%1 — %2").arg(m_user, m_network);
    else
        identity = m_user.isEmpty() ? m_network : m_user;
    m_identity->setText(identity);
    m_identity->setVisible(!identity.isEmpty());
    m_pin->setPlaceholderText(tr("PIN or password"));
    m_unlock->setText(tr("Unlock"));
    if (m_mode == Mode::Pin) {
        m_prompt->setText(tr("Patient information is hidden. Enter your PIN to continue."));
        m_signIn->setText(tr("Forgot your PIN? Sign in again"));
    } else {
        m_prompt->setText(tr("Patient information is hidden. Sign in again to continue."));
        m_signIn->setText(tr("Sign in again"));
    }
}

} // namespace renkei::ui
