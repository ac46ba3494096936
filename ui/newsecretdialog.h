#pragma once

#include "crypto/secretbytes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace renkei::ui {

// Asks for a new PIN (the idle lock's, at the first sign-in) or a passphrase (the token vault
// where no keychain exists): typed twice, at least a minimum length. The text never leaves the
// dialog except as SecretBytes, and the fields are cleared when it closes.
class NewSecretDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { UnlockPin, VaultPassphrase, OpenVault };
    NewSecretDialog(Purpose purpose, int minimumLength, QWidget *parent = nullptr);
    ~NewSecretDialog() override;

    // The accepted secret (UTF-8); empty until accepted.
    const crypto::SecretBytes &secret() const { return m_secret; }
    // For tests: fills the fields as a user would.
    void fill(const QString &first, const QString &second);
    QString problem() const; // the message under the fields

    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();

    Purpose m_purpose;
    int m_minimumLength;
    crypto::SecretBytes m_secret;
    QLabel *m_heading;
    QLabel *m_explanation;
    QLabel *m_firstLabel;
    QLineEdit *m_first;
    QLabel *m_secondLabel;
    QLineEdit *m_second;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace renkei::ui
