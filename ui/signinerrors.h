#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace renkei::ui {

// What the user can do about a sign-in failure; the dialog offers the matching button.
enum class Remedy {
    None, // nothing to do (the user cancelled)
    TryAgain, // a passing fault: try again
    SignInAgain, // the session is gone: a new sign-in
    UsePassphrase, // no keychain: offer the passphrase vault
    AskAdministrator, // the profile or the network's set-up is wrong
};

struct ErrorText {
    QString title; // one short line
    QString detail; // what happened and what to do, in plain words
    Remedy remedy = Remedy::None;
};

// Every error the sign-in (net::OAuthClient, its transport, the token vaults and the keychain)
// can produce, worded for the user in the current UI language. The one place these words live:
// the sign-in dialog, the lock screen and the status bar all ask here. Never shows a raw code,
// a URL, a token or a server's message.
class SignInErrors {
    Q_DECLARE_TR_FUNCTIONS(SignInErrors)
public:
    static ErrorText describe(const Error &error);
    // One example of every kind/code pair the sign-in can produce (for the tests, and a
    // checklist when a new code appears in core/net).
    static QList<Error> knownErrors();

private:
    static ErrorText keychain(const QString &code);
};

} // namespace renkei::ui
