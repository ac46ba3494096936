#pragma once

#include "net/networkprofile.h"
#include "util/result.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;

namespace renkei::net {
class HttpCall;
class HttpTransport;
class ProfileStore;
class TokenVault;
} // namespace renkei::net

namespace renkei::ui {

class Ssmix2FoldersEditor;

// File > Network settings…: the clinic's regional network profiles (issue 4 §1). Lists, adds,
// edits and removes profiles in a ProfileStore; the PKCS#12 password and the client secret go to
// the TokenVault (the OS keychain), never to the settings, and leave the password fields as soon
// as they are saved. "Test connection" fetches /metadata with the profile's TLS settings,
// asynchronously, and says what came back. Dependencies are injected (tests pass their own).
class NetworkSettingsDialog : public QDialog {
    Q_OBJECT
public:
    NetworkSettingsDialog(net::ProfileStore &store, net::TokenVault &vault,
        QNetworkAccessManager &nam, QWidget *parent = nullptr);
    ~NetworkSettingsDialog() override;

    // The menu entry for `window`: opens the dialog on the viewer's settings and the OS keychain.
    // Its text follows the language like the window's own actions.
    static QAction *createMenuAction(QWidget *window);

    // The message under the form (validation, save and test results); empty when none shows.
    QString message() const;
    Ssmix2FoldersEditor *ssmix2Folders() const { return m_ssmix2; }
    bool messageIsError() const { return m_messageIsError; }
    // Asks before a profile is removed (default: a question box); tests answer it.
    void setConfirmRemoval(std::function<bool(const QString &name)> confirm)
    {
        m_confirmRemoval = std::move(confirm);
    }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void reloadList(const QString &selectId = {});
    void showProfile(const net::NetworkProfile &profile);
    void startNewProfile();
    void onSelectionChanged();
    bool saveProfile();
    void removeProfile();
    void testConnection();
    void finishTest(net::HttpCall *call);
    void updateMethodFields();
    void browse(QLineEdit *edit, const QString &filter);
    void setMessage(const QString &text, bool error);
    // The profile the fields describe, or nullopt with the message set.
    std::optional<net::NetworkProfile> profileFromFields();
    // The PKCS#12 password: typed, else the stored one. False (message set) if the vault fails.
    bool certificatePassword(const net::NetworkProfile &profile, QByteArray &password);
    QString describe(const Error &error) const;

    net::ProfileStore &m_store;
    net::TokenVault &m_vault;
    QNetworkAccessManager &m_nam;
    std::unique_ptr<net::HttpTransport> m_testTransport;
    QPointer<net::HttpCall> m_testCall;
    QString m_editingId; // empty: a new profile

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QComboBox *m_methodCombo = nullptr;
    QLineEdit *m_clientIdEdit = nullptr;
    QLineEdit *m_scopesEdit = nullptr;
    QLineEdit *m_clientSecretEdit = nullptr;
    QLineEdit *m_certEdit = nullptr;
    QPushButton *m_certBrowse = nullptr;
    QLineEdit *m_certPasswordEdit = nullptr;
    QLineEdit *m_caEdit = nullptr;
    QPushButton *m_caBrowse = nullptr;
    QLineEdit *m_pinEdit = nullptr;
    QLineEdit *m_authorizeEdit = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QLineEdit *m_revokeEdit = nullptr;
    Ssmix2FoldersEditor *m_ssmix2 = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_messageIsError = false;
    std::function<bool(const QString &)> m_confirmRemoval;
};

} // namespace renkei::ui
