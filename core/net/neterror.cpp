#include "net/neterror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace renkei::net {

Error netError(Error::Kind kind, const QString &message, const QString &code, const QString &where)
{
    Error e;
    e.kind = kind;
    e.message = message;
    e.code = code;
    e.where = where;
    return e;
}

QString redactedUrl(const QUrl &url)
{
    QString out = url.scheme() + u"://"_s + url.host();
    if (url.port() != -1)
        out += u':' + QString::number(url.port());
    const QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    if (!segments.isEmpty())
        out += u'/' + segments.first();
    if (segments.size() > 1)
        out += u"/…"_s;
    return out;
}

QString operationOutcomeSummary(const QByteArray &body)
{
    const QJsonObject outcome = QJsonDocument::fromJson(body).object();
    if (outcome.value(u"resourceType"_s).toString() != u"OperationOutcome"_s)
        return {};
    QStringList parts;
    const QJsonArray issues = outcome.value(u"issue"_s).toArray();
    for (const QJsonValue &v : issues) {
        const QJsonObject issue = v.toObject();
        QString part
            = issue.value(u"severity"_s).toString() + u'/' + issue.value(u"code"_s).toString();
        const QString diagnostics = issue.value(u"diagnostics"_s).toString().left(200);
        if (!diagnostics.isEmpty())
            part += u": "_s + diagnostics;
        parts.append(part);
    }
    return parts.join(u"; "_s);
}

Error httpStatusError(int status, const QByteArray &body, const QUrl &url)
{
    Error::Kind kind = Error::Kind::Http;
    if (status == 401)
        kind = Error::Kind::Auth;
    else if (status == 403)
        kind = Error::Kind::Forbidden;
    else if (status == 404 || status == 410)
        kind = Error::Kind::NotFound;
    QString message = u"the server answered HTTP %1"_s.arg(status);
    const QString outcome = operationOutcomeSummary(body);
    if (!outcome.isEmpty())
        message += u" (OperationOutcome: "_s + outcome + u')';
    // An OAuth 2.0 error response (RFC 6749 §5.2): {"error": "invalid_grant", ...}.
    const QString oauthError
        = QJsonDocument::fromJson(body).object().value(u"error"_s).toString().left(40);
    if (!oauthError.isEmpty() && status >= 400 && status < 500) {
        return netError(Error::Kind::Auth, message + u" (OAuth error: "_s + oauthError + u')',
            QString(oauthError).replace(u'_', u'-'), redactedUrl(url));
    }
    return netError(kind, message, u"http-%1"_s.arg(status), redactedUrl(url));
}

Error transportError(QNetworkReply::NetworkError error, const QString &qtMessage, const QUrl &url)
{
    const QString where = redactedUrl(url);
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return netError(Error::Kind::Tls,
            u"the TLS handshake failed (untrusted or invalid certificate): "_s + qtMessage,
            u"handshake"_s, where);
    case QNetworkReply::InsecureRedirectError:
        return netError(Error::Kind::Tls, u"the server redirected from https to http"_s,
            u"insecure-redirect"_s, where);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt's transfer timeout aborts this way
        return netError(
            Error::Kind::Timeout, u"the server stopped sending data"_s, u"stalled"_s, where);
    case QNetworkReply::TooManyRedirectsError:
        return netError(Error::Kind::Http, u"too many redirects"_s, u"redirects"_s, where);
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return netError(Error::Kind::Network, u"the server broke the HTTP protocol: "_s + qtMessage,
            u"protocol"_s, where);
    default:
        return netError(
            Error::Kind::Network, u"network error: "_s + qtMessage, u"connection"_s, where);
    }
}

bool isRetryable(const Error &error)
{
    if (error.kind == Error::Kind::Network)
        return true;
    if (error.kind == Error::Kind::Timeout)
        return true;
    if (error.kind == Error::Kind::Http) {
        const int status = error.code.startsWith(u"http-"_s) ? error.code.mid(5).toInt() : 0;
        return status == 429 || status >= 500;
    }
    return false;
}

} // namespace renkei::net
