#pragma once

#include "crypto/secretbytes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace renkei::ui {

// What the window shows while locked: who is signed in and to which network (never a patient),
// a PIN field and "sign in again". A view only; ScreenLock decides.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    enum class Mode {
        Pin, // the PIN (or a fresh sign-in) unlocks
        SignInOnly, // no PIN, or too many wrong ones: only a fresh sign-in unlocks
    };

    explicit LockScreen(QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setIdentity(const QString &user, const QString &network);
    // A line under the field (a wrong PIN, a sign-in error); empty hides it.
    void setMessage(const QString &message);
    QString message() const;
    void setBusy(bool busy);
    void clearPin();
    void focusPin();

Q_SIGNALS:
    void unlockRequested(const renkei::crypto::SecretBytes &pin);
    void signInRequested();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslateUi();
    void submit();

    Mode m_mode = Mode::Pin;
    QString m_user;
    QString m_network;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_identity;
    QLabel *m_prompt;
    QLineEdit *m_pin;
    QPushButton *m_unlock;
    QLabel *m_message;
    QPushButton *m_signIn;
};

} // namespace renkei::ui
