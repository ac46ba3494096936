#include "demo/demosignin.h"

#include "demo/totp.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace renkei::demo {

namespace {

constexpr int kStepTimeoutMs = 15000;

QNetworkRequest request(const QUrl &url)
{
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setTransferTimeout(kStepTimeoutMs);
    return r;
}

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

QList<QPair<QString, QString>> signInFormFields(const QString &html)
{
    QList<QPair<QString, QString>> fields;
    static const QRegularExpression hidden(
        uR"re(<input type="hidden" name="([^"]+)" value="([^"]*)">)re"_s);
    for (auto it = hidden.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        QString value = m.captured(2);
        value.replace(u"&quot;"_s, u"\""_s)
            .replace(u"&#39;"_s, u"'"_s)
            .replace(u"&lt;"_s, u"<"_s)
            .replace(u"&gt;"_s, u">"_s)
            .replace(u"&amp;"_s, u"&"_s);
        fields.append({ m.captured(1), value });
    }
    return fields;
}

DemoSignIn::DemoSignIn(QNetworkAccessManager &nam, Account account, Clock clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_account(std::move(account))
    , m_clock(std::move(clock))
{
}

DemoSignIn::~DemoSignIn()
{
    if (m_reply)
        m_reply->abort();
}

QNetworkReply *DemoSignIn::track(QNetworkReply *reply)
{
    if (m_reply)
        m_reply->abort();
    m_reply = reply;
    return reply;
}

void DemoSignIn::open(const QUrl &authorizeUrl)
{
    if (authorizeUrl.scheme() != u"http"_s && authorizeUrl.scheme() != u"https"_s) {
        fail(u"not a web address"_s);
        return;
    }
    QNetworkReply *reply = track(m_nam.get(request(authorizeUrl)));
    connect(reply, &QNetworkReply::finished, this, [this, authorizeUrl] { onPage(authorizeUrl); });
}

void DemoSignIn::onPage(const QUrl &authorizeUrl)
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (reply->error() != QNetworkReply::NoError || statusOf(reply) != 200) {
        fail(u"the sign-in page did not load (HTTP %1)"_s.arg(statusOf(reply)));
        return;
    }
    const QList<QPair<QString, QString>> hidden
        = signInFormFields(QString::fromUtf8(reply->readAll()));
    if (hidden.isEmpty()) {
        fail(u"the sign-in page holds no form"_s);
        return;
    }
    QUrlQuery form;
    for (const auto &[name, value] : hidden)
        form.addQueryItem(name, value);
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    form.addQueryItem(u"user_id"_s, m_account.userId);
    form.addQueryItem(u"password"_s, m_account.password);
    form.addQueryItem(u"otp"_s, totpNow(m_account.totpSecret, now));
    // Form encoding: QUrlQuery leaves '+' alone, which a form body reads as a space.
    QByteArray body = form.toString(QUrl::FullyEncoded).toUtf8().replace("+", "%2B");
    QNetworkRequest post = request(authorizeUrl.adjusted(QUrl::RemoveQuery));
    post.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    connect(track(m_nam.post(post, body)), &QNetworkReply::finished, this, &DemoSignIn::onPosted);
}

void DemoSignIn::onPosted()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    if (statusOf(reply) != 302 || !location.isValid()) {
        fail(u"the sign-in form was refused (HTTP %1)"_s.arg(statusOf(reply)));
        return;
    }
    // The redirect goes to the app's own loopback receiver (it checks the state and takes the
    // code from there); anything else is not ours to follow.
    if (location.scheme() != u"http"_s
        || (location.host() != u"127.0.0.1"_s && location.host() != u"::1"_s)) {
        fail(u"the sign-in redirected away from this computer"_s);
        return;
    }
    connect(track(m_nam.get(request(location))), &QNetworkReply::finished, this,
        &DemoSignIn::onRedirected);
}

void DemoSignIn::onRedirected()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (statusOf(reply) != 200) {
        fail(u"the app's redirect receiver answered HTTP %1"_s.arg(statusOf(reply)));
        return;
    }
    Q_EMIT finished(true, QString());
}

void DemoSignIn::fail(const QString &reason)
{
    Q_EMIT finished(false, reason);
}

} // namespace renkei::demo
