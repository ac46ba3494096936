#include "newsecretdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace renkei::ui {

NewSecretDialog::NewSecretDialog(Purpose purpose, int minimumLength, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_minimumLength(minimumLength)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_firstLabel(new QLabel(this))
    , m_first(new QLineEdit(this))
    , m_secondLabel(new QLabel(this))
    , m_second(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"newSecretDialog"_s);
    setMinimumWidth(460);
    QFont headingFont = font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    for (QLineEdit *field : { m_first, m_second }) {
        field->setEchoMode(QLineEdit::Password);
        field->setAttribute(Qt::WA_InputMethodEnabled, false);
        field->setMinimumHeight(30);
        connect(field, &QLineEdit::textChanged, this, &NewSecretDialog::validate);
    }
    m_first->setObjectName(u"secretFirst"_s);
    m_second->setObjectName(u"secretSecond"_s);
    m_problem->setObjectName(u"secretProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b42318;"_s);
    const bool confirm = purpose != Purpose::OpenVault;
    m_second->setVisible(confirm);
    m_secondLabel->setVisible(confirm);

    auto *form = new QFormLayout;
    form->setSpacing(10);
    form->addRow(m_firstLabel, m_first);
    form->addRow(m_secondLabel, m_second);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    validate();
}

NewSecretDialog::~NewSecretDialog() = default;

void NewSecretDialog::fill(const QString &first, const QString &second)
{
    m_first->setText(first);
    m_second->setText(second);
}

QString NewSecretDialog::problem() const
{
    return m_problem->text();
}

void NewSecretDialog::validate()
{
    const QString first = m_first->text();
    QString problem;
    if (!first.isEmpty() && first.size() < m_minimumLength)
        problem = tr("At least %n characters.", nullptr, m_minimumLength);
    else if (m_second->isVisible() || m_purpose != Purpose::OpenVault) {
        if (!m_second->text().isEmpty() && m_second->text() != first)
            problem = tr("The two entries differ.");
    }
    m_problem->setText(problem);
    const bool complete = first.size() >= m_minimumLength
        && (m_purpose == Purpose::OpenVault || m_second->text() == first);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && problem.isEmpty());
}

void NewSecretDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        QByteArray utf8 = m_first->text().toUtf8();
        m_secret = crypto::SecretBytes::copyOf(utf8);
        crypto::wipe(utf8);
    }
    m_first->clear();
    m_second->clear();
    QDialog::done(result);
}

void NewSecretDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewSecretDialog::retranslateUi()
{
    switch (m_purpose) {
    case Purpose::UnlockPin:
        setWindowTitle(tr("Set an unlock PIN"));
        m_heading->setText(tr("Set a PIN for the screen lock"));
        m_explanation->setText(
            tr("When you leave the computer, the window locks and hides patient information. "
               "This PIN unlocks it; after %n wrong tries you must sign in again. Choose at "
               "least %1 characters; a longer password is safer.",
                nullptr, 5)
                .arg(m_minimumLength));
        m_firstLabel->setText(tr("New PIN:"));
        m_secondLabel->setText(tr("Repeat PIN:"));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Later"));
        break;
    case Purpose::VaultPassphrase:
        setWindowTitle(tr("Set a passphrase"));
        m_heading->setText(tr("Keep your sign-in with a passphrase"));
        m_explanation->setText(
            tr("The system keychain is not available. Your sign-in can instead be kept on this "
               "computer, encrypted with a key made from this passphrase. You will type it each "
               "time Renkei Viewer starts. If you forget it, you simply sign in again."));
        m_firstLabel->setText(tr("Passphrase:"));
        m_secondLabel->setText(tr("Repeat passphrase:"));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
        break;
    case Purpose::OpenVault:
        setWindowTitle(tr("Enter your passphrase"));
        m_heading->setText(tr("Open your saved sign-in"));
        m_explanation->setText(tr("Type the passphrase that protects your sign-in on this "
                                  "computer."));
        m_firstLabel->setText(tr("Passphrase:"));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
        break;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    validate();
}

} // namespace renkei::ui
