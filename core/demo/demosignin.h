#pragma once

#include "demo/oauth.h"
#include "demo/totp.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// A browser stand-in for the demo network's sign-in page: GETs /authorize, posts the form back
// with its hidden fields, the account's user id and password and the current one-time code, and
// follows the 302 to the app's loopback receiver. It is the URL handler of net::OAuthClient for
// `renkei --demo` (the demo doctor signs in by itself through the real OAuth flow) and for the
// GUI tests. It works for the demo network only: a real network's page is for a person.
namespace renkei::demo {

// The hidden fields of the demo sign-in page's form (name, unescaped value), in page order.
QList<QPair<QString, QString>> signInFormFields(const QString &html);

class DemoSignIn : public QObject {
    Q_OBJECT
public:
    struct Account {
        QString userId;
        QString password; // a documented demo password, not a secret
        QString totpSecret = QString::fromUtf16(kDemoTotpSecret);
    };

    // `clock` must agree with the demo server's (the one-time code depends on it); empty: the
    // system clock.
    DemoSignIn(
        QNetworkAccessManager &nam, Account account, Clock clock = {}, QObject *parent = nullptr);
    ~DemoSignIn() override;

    // Starts on the authorization URL (asynchronous); ends with finished().
    void open(const QUrl &authorizeUrl);
    bool isBusy() const { return !m_reply.isNull(); }

Q_SIGNALS:
    // `reason` is English, for the log (never a token, code or password).
    void finished(bool ok, const QString &reason);

private:
    void onPage(const QUrl &authorizeUrl);
    void onPosted();
    void onRedirected();
    void fail(const QString &reason);
    QNetworkReply *track(QNetworkReply *reply);

    QNetworkAccessManager &m_nam;
    Account m_account;
    Clock m_clock;
    QPointer<QNetworkReply> m_reply;
};

} // namespace renkei::demo
