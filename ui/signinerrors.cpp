#include "signinerrors.h"

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

bool isServerError(const QString &code)
{
    return code.startsWith(u"http-5"_s);
}

} // namespace

ErrorText SignInErrors::keychain(const QString &code)
{
    QString why;
    if (code == u"no-session-bus"_s)
        why = tr("This session has no desktop services (for example a remote login), so the "
                 "system keychain cannot be reached.");
    else if (code == u"no-secret-service"_s)
        why = tr("No keychain service (such as GNOME Keyring or KWallet) is running.");
    else if (code == u"no-collection"_s)
        why = tr("The keychain has no default collection to keep passwords in.");
    else if (code == u"locked"_s)
        why = tr("The keychain is locked. Unlock it (usually by signing in to the computer again) "
                 "and try again.");
    else if (code == u"access-denied"_s)
        why = tr("Access to the keychain was refused.");
    else if (code == u"timeout"_s)
        why = tr("The keychain did not answer in time.");
    else
        why = tr("The system keychain reported a problem.");
    return { tr("The system keychain is not available"),
        why + u'\n'
            + tr("You can set a passphrase instead: your sign-in is then kept on this computer, "
                 "encrypted with a key made from the passphrase. Without one, your sign-in lasts "
                 "only until you quit."),
        Remedy::UsePassphrase };
}

ErrorText SignInErrors::describe(const Error &error)
{
    const QString &code = error.code;
    switch (error.kind) {
    case Error::Kind::Cancelled:
        return { tr("Sign-in cancelled"), tr("You cancelled the sign-in. Nothing was changed."),
            Remedy::None };
    case Error::Kind::Network:
        return { tr("Cannot reach the network"),
            tr("The server could not be reached. Check the network cable, Wi-Fi or VPN, then "
               "try again."),
            Remedy::TryAgain };
    case Error::Kind::Timeout:
        if (code == u"sign-in-timeout"_s)
            return { tr("The sign-in in the browser did not finish"),
                tr("No sign-in came back from the browser within 5 minutes. Press Sign In to "
                   "start again."),
                Remedy::TryAgain };
        if (code == u"timeout"_s) // the keychain did not answer
            return keychain(code);
        return { tr("The server is not answering"),
            tr("The server took too long to answer. It may be busy or the connection may be "
               "slow. Try again in a moment."),
            Remedy::TryAgain };
    case Error::Kind::Tls:
        if (code == u"pin-mismatch"_s)
            return { tr("The server's identity does not match"),
                tr("The server presented a key other than the one registered for this network, "
                   "so the connection was refused. Contact your network administrator before "
                   "trying again."),
                Remedy::AskAdministrator };
        if (code == u"insecure-redirect"_s)
            return { tr("An insecure connection was refused"),
                tr("The server tried to move the connection to an unencrypted address. The "
                   "connection was refused to protect your sign-in."),
                Remedy::AskAdministrator };
        if (code == u"ca"_s || code == u"pkcs12"_s)
            return { tr("The network's certificates cannot be used"),
                tr("A certificate file of this network's settings is missing or cannot be "
                   "read. Ask your administrator to check the network settings."),
                Remedy::AskAdministrator };
        return { tr("The connection is not trusted"),
            tr("The server's certificate could not be verified, so the connection was refused. "
               "This can mean the network uses a private certificate that is not set up here, "
               "or that someone is intercepting the connection. Contact your network "
               "administrator."),
            Remedy::AskAdministrator };
    case Error::Kind::Http:
        if (code == u"http-429"_s)
            return { tr("The server is busy"),
                tr("The server is receiving too many requests. Try again in a few minutes."),
                Remedy::TryAgain };
        if (code == u"foreign-redirect"_s || code == u"redirects"_s)
            return { tr("The server sent the sign-in elsewhere"),
                tr("The server redirected the connection to another address, which was "
                   "refused. Ask your administrator to check the network settings."),
                Remedy::AskAdministrator };
        if (isServerError(code))
            return { tr("The server has a problem"),
                tr("The network's server reported an internal error. Try again in a few "
                   "minutes; if it persists, contact the network's help desk."),
                Remedy::TryAgain };
        return { tr("The server refused the request"),
            tr("The network's server answered with an error. Try again; if it persists, "
               "contact the network's help desk."),
            Remedy::TryAgain };
    case Error::Kind::Auth:
        if (code == u"invalid-grant"_s || code == u"no-refresh-token"_s || code == u"signed-out"_s
            || code == u"http-401"_s)
            return { tr("Please sign in again"),
                tr("Your sign-in has expired or was withdrawn (for example after signing out on "
                   "another computer, or by the network). Sign in again to continue."),
                Remedy::SignInAgain };
        if (code == u"denied"_s || code == u"access-denied"_s)
            return { tr("The sign-in was refused"),
                tr("The network did not accept the sign-in. Check your user ID, password and "
                   "one-time code, then try again."),
                Remedy::TryAgain };
        if (code == u"state-mismatch"_s || code == u"no-code"_s)
            return { tr("The sign-in could not be confirmed"),
                tr("The answer from the browser did not belong to this sign-in, so it was "
                   "rejected for your safety. Close the browser tab and sign in again."),
                Remedy::TryAgain };
        if (code == u"server-error"_s || code == u"temporarily-unavailable"_s)
            return { tr("The server has a problem"),
                tr("The network's server reported an internal error. Try again in a few "
                   "minutes; if it persists, contact the network's help desk."),
                Remedy::TryAgain };
        if (code == u"invalid-client"_s || code == u"unauthorized-client"_s
            || code == u"invalid-scope"_s || code == u"invalid-request"_s
            || code == u"unsupported-grant-type"_s)
            return { tr("This workstation is not registered with the network"),
                tr("The network does not accept this application's registration or the access "
                   "it asks for. Ask your administrator to check the network settings."),
                Remedy::AskAdministrator };
        return { tr("The sign-in was not accepted"),
            tr("The network did not accept the sign-in. Try again; if it persists, contact the "
               "network's help desk."),
            Remedy::SignInAgain };
    case Error::Kind::Forbidden:
        return { tr("Access is not allowed"),
            tr("You are signed in, but your account may not use this network's records from "
               "this application. Contact the network's help desk."),
            Remedy::AskAdministrator };
    case Error::Kind::NotFound:
    case Error::Kind::NotJson:
    case Error::Kind::NotFhir:
    case Error::Kind::TooLarge:
        return { tr("The server's answer cannot be used"),
            tr("The server answered in a way this application does not understand. Check that "
               "the network's address is right, or ask your administrator."),
            Remedy::AskAdministrator };
    case Error::Kind::Invalid:
        if (code == u"insecure-url"_s)
            return { tr("The network's address is not secure"),
                tr("The network's address does not use an encrypted connection (https), so it "
                   "was not contacted. Ask your administrator to correct the network settings."),
                Remedy::AskAdministrator };
        return { tr("The network's settings are incomplete"),
            tr("The network does not say where to sign in, and its settings here do not either. "
               "Ask your administrator to check the network settings."),
            Remedy::AskAdministrator };
    case Error::Kind::Unavailable:
        return keychain(code);
    case Error::Kind::Unsupported:
        return { tr("The browser cannot be opened"),
            tr("No web browser could be started for the sign-in. Check that a default browser "
               "is set on this computer."),
            Remedy::TryAgain };
    case Error::Kind::WrongPassphrase:
        return { tr("The passphrase is not right"),
            tr("The saved sign-in cannot be opened with this passphrase. Type it again, or sign "
               "in again to start afresh."),
            Remedy::SignInAgain };
    case Error::Kind::Tampered:
    case Error::Kind::Corrupt:
        return { tr("The saved sign-in cannot be opened"),
            tr("The sign-in saved on this computer is damaged or belongs to another "
               "passphrase. Sign in again to replace it."),
            Remedy::SignInAgain };
    case Error::Kind::Io:
    case Error::Kind::Full:
        return { tr("The sign-in cannot be saved on this computer"),
            tr("A file for the saved sign-in could not be read or written (the disk may be full "
               "or the folder not writable)."),
            Remedy::TryAgain };
    case Error::Kind::Crypto:
    case Error::Kind::TooDeep:
    case Error::Kind::UnknownType:
    case Error::Kind::Profile:
    case Error::Kind::Foreign:
        break;
    }
    return { tr("Sign-in failed"),
        tr("Something unexpected went wrong during the sign-in. Try again; if it persists, "
           "contact your administrator."),
        Remedy::TryAgain };
}

QList<Error> SignInErrors::knownErrors()
{
    using K = Error::Kind;
    const QList<std::pair<K, QString>> pairs = {
        { K::Cancelled, u"cancelled"_s },
        { K::Network, u"connection"_s },
        { K::Network, u"protocol"_s },
        { K::Timeout, u"request-timeout"_s },
        { K::Timeout, u"stalled"_s },
        { K::Timeout, u"sign-in-timeout"_s },
        { K::Timeout, u"timeout"_s },
        { K::Tls, u"handshake"_s },
        { K::Tls, u"pin-mismatch"_s },
        { K::Tls, u"insecure-redirect"_s },
        { K::Tls, u"ca"_s },
        { K::Tls, u"pkcs12"_s },
        { K::Http, u"http-500"_s },
        { K::Http, u"http-503"_s },
        { K::Http, u"http-429"_s },
        { K::Http, u"http-400"_s },
        { K::Http, u"foreign-redirect"_s },
        { K::Http, u"redirects"_s },
        { K::Auth, u"http-401"_s },
        { K::Auth, u"invalid-grant"_s },
        { K::Auth, u"state-mismatch"_s },
        { K::Auth, u"denied"_s },
        { K::Auth, u"no-code"_s },
        { K::Auth, u"no-token"_s },
        { K::Auth, u"no-refresh-token"_s },
        { K::Auth, u"signed-out"_s },
        { K::Auth, u"invalid-client"_s },
        { K::Auth, u"unauthorized-client"_s },
        { K::Auth, u"invalid-scope"_s },
        { K::Auth, u"access-denied"_s },
        { K::Auth, u"server-error"_s },
        { K::Auth, u"temporarily-unavailable"_s },
        { K::Auth, u"unsupported-grant-type"_s },
        { K::Auth, u"invalid-request"_s },
        { K::Forbidden, u"http-403"_s },
        { K::NotFound, u"http-404"_s },
        { K::NotJson, u"malformed"_s },
        { K::NotFhir, u"content-type"_s },
        { K::TooLarge, u"too-large"_s },
        { K::Invalid, u"insecure-url"_s },
        { K::Invalid, u"no-endpoints"_s },
        { K::Unavailable, u"no-session-bus"_s },
        { K::Unavailable, u"no-secret-service"_s },
        { K::Unavailable, u"no-collection"_s },
        { K::Unavailable, u"locked"_s },
        { K::Unavailable, u"access-denied"_s },
        { K::Unavailable, u"other"_s },
        { K::Unsupported, u"no-url-handler"_s },
        { K::WrongPassphrase, {} },
        { K::Tampered, {} },
        { K::Io, u"file"_s },
        { K::Crypto, u"random"_s },
    };
    QList<Error> errors;
    for (const auto &[kind, code] : pairs)
        errors.append(Error { kind, u"example"_s, {}, {}, code });
    return errors;
}

} // namespace renkei::ui
