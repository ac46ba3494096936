#include "net/httpcall.h"

#include "net/neterror.h"
#include "util/logging.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;

namespace renkei::net {

namespace {

QByteArray mediaType(const QByteArray &contentType)
{
    return contentType.split(';').value(0).trimmed().toLower();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host()
        && a.port(a.scheme() == u"https"_s ? 443 : 80)
        == b.port(b.scheme() == u"https"_s ? 443 : 80);
}

} // namespace

HttpCall::HttpCall(HttpTransport &transport, HttpRequestSpec spec, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_spec(std::move(spec))
{
    m_deadline.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        abortAttempt(netError(Error::Kind::Timeout, u"the request took too long"_s,
            u"request-timeout"_s, redactedUrl(m_spec.url)));
    });
    connect(&m_backoff, &QTimer::timeout, this, &HttpCall::attempt);
}

HttpCall::~HttpCall()
{
    if (!isFinished())
        m_transport.queue().withdraw(this);
    dropReply();
}

void HttpCall::start()
{
    if (auto secure = checkSecureUrl(m_spec.url); !secure) {
        // Reported through the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, e = secure.error()] { finish(e); });
        return;
    }
    attempt();
}

void HttpCall::attempt()
{
    if (isFinished())
        return;
    AccessTokenSource *tokens = m_spec.authenticate ? m_transport.tokenSource() : nullptr;
    if (tokens && !m_refreshedBeforeSend && tokens->needsRefresh()) {
        m_refreshedBeforeSend = true;
        refreshThen([this] { attempt(); });
        return;
    }
    m_transport.queue().acquire(this, [this] { send(); });
}

void HttpCall::refreshThen(std::function<void()> next)
{
    m_transport.tokenSource()->refreshAccessToken(
        this, [this, next = std::move(next)](const Result<void> &refreshed) {
            if (isFinished())
                return;
            if (!refreshed)
                finish(refreshed.error());
            else
                next();
        });
}

void HttpCall::send()
{
    m_holdsSlot = true;
    ++m_attempt;
    m_abortReason.reset();
    QNetworkRequest request(m_spec.url);
    request.setRawHeader("Accept", m_spec.accept);
    if (!m_spec.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
    // QNAM itself asks for gzip/deflate and decompresses, unless Accept-Encoding is set here.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setTransferTimeout(m_transport.options().stalledTimeoutMs);
    m_transport.tls().apply(request);
    if (AccessTokenSource *tokens = m_spec.authenticate ? m_transport.tokenSource() : nullptr) {
        const crypto::SecretBytes token = tokens->accessToken();
        QByteArray header = "Bearer " + token.view().toByteArray();
        request.setRawHeader("Authorization", header);
        crypto::wipe(header);
    }
    qCDebug(lcNet) << "request" << m_spec.method << redactedUrl(m_spec.url) << "attempt"
                   << m_attempt;
    m_reply = m_transport.nam().sendCustomRequest(request, m_spec.method, m_spec.body);
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::encrypted, this, &HttpCall::onEncrypted);
    connect(m_reply, &QNetworkReply::redirected, this, &HttpCall::onRedirected);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        const qint64 limit = m_transport.options().maxResponseBytes;
        if (received > limit || total > limit)
            abortAttempt(netError(Error::Kind::TooLarge, u"the response is over the size limit"_s,
                u"response-size"_s, redactedUrl(m_spec.url)));
    });
    m_deadline.start(m_transport.options().requestTimeoutMs);
}

void HttpCall::onEncrypted()
{
    if (!m_reply)
        return;
    if (auto pinned = m_transport.tls().checkPeer(m_reply->sslConfiguration().peerCertificate());
        !pinned) {
        Error e = pinned.error();
        e.where = redactedUrl(m_spec.url);
        abortAttempt(e);
    }
}

void HttpCall::onRedirected(const QUrl &target)
{
    if (!m_reply)
        return;
    if (m_spec.url.scheme() == u"https"_s && target.scheme() != u"https"_s) {
        abortAttempt(netError(Error::Kind::Tls, u"the server redirected from https to http"_s,
            u"insecure-redirect"_s, redactedUrl(m_spec.url)));
        return;
    }
    if (!sameOrigin(m_spec.url, target)) {
        abortAttempt(netError(Error::Kind::Http, u"the server redirected to another host"_s,
            u"foreign-redirect"_s, redactedUrl(m_spec.url)));
        return;
    }
    Q_EMIT m_reply->redirectAllowed();
}

void HttpCall::abortAttempt(const Error &reason)
{
    if (!m_reply || m_abortReason)
        return;
    m_abortReason = reason;
    m_reply->abort(); // finished() follows, and onReplyFinished reports the reason
}

void HttpCall::dropReply()
{
    m_deadline.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    if (m_holdsSlot) {
        m_holdsSlot = false;
        m_transport.queue().release();
    }
}

void HttpCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString qtMessage = reply->errorString();
    HttpResponse response;
    response.status = status;
    response.url = m_spec.url;
    response.headers = reply->rawHeaderPairs();
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    response.attempts = m_attempt;
    if (!m_abortReason && reply->isOpen())
        response.body = reply->read(m_transport.options().maxResponseBytes + 1);
    std::optional<Error> aborted = m_abortReason;
    dropReply();

    qCDebug(lcNet) << "response" << redactedUrl(m_spec.url) << "status" << status << "bytes"
                   << response.body.size() << "error" << int(error);
    if (aborted) {
        retryOrFail(*aborted);
        return;
    }
    // Qt reports HTTP error statuses as errors too (201-499); below 200 the transport failed.
    const bool httpError = status >= 300 && error >= QNetworkReply::ContentAccessDenied;
    if (error != QNetworkReply::NoError && !httpError) {
        retryOrFail(transportError(error, qtMessage, m_spec.url));
        return;
    }
    if (status >= 300 || status == 0) {
        AccessTokenSource *tokens = m_spec.authenticate ? m_transport.tokenSource() : nullptr;
        if (status == 401 && tokens && !m_authRetried) {
            m_authRetried = true;
            --m_attempt; // the refresh does not use up the retry budget
            refreshThen([this] { attempt(); });
            return;
        }
        const Error e = httpStatusError(status, response.body, m_spec.url);
        std::optional<qint64> retryAfter;
        if (status == 429 || status == 503)
            retryAfter = parseRetryAfterMs(response.header("Retry-After"), m_transport.now());
        retryOrFail(e, retryAfter);
        return;
    }
    if (response.body.size() > m_transport.options().maxResponseBytes) {
        finish(netError(Error::Kind::TooLarge, u"the response is over the size limit"_s,
            u"response-size"_s, redactedUrl(m_spec.url)));
        return;
    }
    if (!m_spec.expectedContentTypes.isEmpty()
        && !m_spec.expectedContentTypes.contains(mediaType(response.contentType))) {
        finish(netError(Error::Kind::NotFhir,
            u"the server answered with an unexpected content type: "_s
                + QString::fromLatin1(mediaType(response.contentType).left(60)),
            u"content-type"_s, redactedUrl(m_spec.url)));
        return;
    }
    finish(std::move(response));
}

void HttpCall::retryOrFail(const Error &error, std::optional<qint64> retryAfterMs)
{
    const RetryPolicy &policy = m_transport.options().retry;
    if (!m_spec.retry || !isRetryable(error) || m_attempt >= policy.maxAttempts) {
        Error e = error;
        if (m_attempt > 1 && isRetryable(error))
            e.message += u" (after %1 attempts)"_s.arg(m_attempt);
        finish(e);
        return;
    }
    qint64 delay = policy.backoffMs(m_attempt + 1);
    if (retryAfterMs) {
        if (*retryAfterMs > policy.maxRetryAfterMs) {
            Error e = error;
            e.message += u" (Retry-After is longer than this client waits)"_s;
            finish(e);
            return;
        }
        delay = std::max(delay, *retryAfterMs);
    }
    qCInfo(lcNet) << "retrying" << redactedUrl(m_spec.url) << "after" << delay
                  << "ms:" << errorKindName(error.kind) << error.code;
    Q_EMIT retrying(m_attempt + 1, int(delay));
    m_backoff.start(int(delay));
}

void HttpCall::cancel()
{
    if (isFinished())
        return;
    m_backoff.stop();
    m_transport.queue().withdraw(this);
    dropReply();
    finish(
        netError(Error::Kind::Cancelled, u"cancelled"_s, u"cancelled"_s, redactedUrl(m_spec.url)));
}

void HttpCall::finish(Result<HttpResponse> result)
{
    if (isFinished())
        return;
    m_backoff.stop();
    dropReply();
    m_result = std::move(result);
    if (!m_result->ok())
        qCInfo(lcNet) << "request failed" << redactedUrl(m_spec.url)
                      << errorKindName(m_result->error().kind) << m_result->error().code;
    Q_EMIT finished();
}

} // namespace renkei::net
