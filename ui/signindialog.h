#pragma once

#include "net/networkprofile.h"
#include "net/oauthclient.h"
#include "signinerrors.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QPushButton;

namespace renkei::ui {

class Session;
class TokenVaults;

// The sign-in window (issue 4 §5): choose the network, sign in (the system browser for the
// authorization code method, nothing to type for an unattended workstation), follow the steps,
// read what went wrong in plain words (SignInErrors) and what to do about it; Cancel stops a
// sign-in under way. Closes itself once signed in.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(Session &session, TokenVaults &vaults, QList<net::NetworkProfile> profiles,
        QWidget *parent = nullptr);
    ~SignInDialog() override;

    // What the user would do by pressing the buttons (also for tests).
    void startSignIn();
    // The demo network's own sign-in (no browser), when the session offers one.
    void startAutomaticSignIn();
    void cancel();
    QString errorTitle() const;
    bool isWorking() const { return m_working; }

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void updateProfileLine();
    void updateKeychainNote();
    void showSteps();
    void onProgress(net::OAuthClient::Step step);
    void onFailed(const Error &error);
    void showError(const std::optional<Error> &error);
    void applyErrorTexts();
    void setWorking(bool working);
    void offerPassphrase();
    void begin(bool automatic);
    bool automaticAvailable() const;
    const net::NetworkProfile *selectedProfile() const;

    Session &m_session;
    TokenVaults &m_vaults;
    QList<net::NetworkProfile> m_profiles;
    bool m_working = false;
    QList<net::OAuthClient::Step> m_steps;
    int m_currentStep = -1;
    std::optional<Error> m_lastError;

    QLabel *m_heading;
    QLabel *m_intro;
    QLabel *m_networkLabel;
    QComboBox *m_network;
    QLabel *m_networkDetail;
    QFrame *m_keychainNote;
    QLabel *m_keychainText;
    QPushButton *m_passphraseButton;
    QFrame *m_stepsFrame;
    QList<QLabel *> m_stepIcons;
    QList<QLabel *> m_stepTexts;
    QFrame *m_errorFrame;
    QLabel *m_errorTitle;
    QLabel *m_errorDetail;
    QPushButton *m_errorAction;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    QPushButton *m_automatic;
    QPushButton *m_cancel;
};

} // namespace renkei::ui
