#pragma once

#include "crypto/secretbytes.h"
#include "net/clock.h"
#include "net/requestqueue.h"
#include "net/retrypolicy.h"
#include "net/tlspolicy.h"
#include "util/result.h"

#include <QNetworkReply>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace renkei::net {

class HttpCall;

// Where bearer tokens come from (OAuthClient, or a fixed token in tests and benchmarks).
class AccessTokenSource {
public:
    virtual ~AccessTokenSource() = default;
    // The current access token (empty when signed out). The caller wipes its copies.
    virtual crypto::SecretBytes accessToken() const = 0;
    // True when the token expires within the refresh margin (or is missing but renewable).
    virtual bool needsRefresh() const = 0;
    // Gets a fresh token; `done` is called exactly once unless `context` dies first.
    virtual void refreshAccessToken(
        QObject *context, std::function<void(const Result<void> &)> done)
        = 0;
};

struct TransportOptions {
    int requestTimeoutMs = 60000; // one attempt, start to end
    int stalledTimeoutMs = 20000; // no bytes for this long ends an attempt
    int maxInFlight = 6;
    qint64 maxResponseBytes = qint64(256) * 1024 * 1024;
    RetryPolicy retry;
};

struct HttpRequestSpec {
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType; // of the body
    QByteArray accept = "application/fhir+json";
    // Content types a success may have (compared without parameters); empty: any.
    QList<QByteArray> expectedContentTypes;
    bool authenticate = true; // add the bearer token, refresh it on a 401 once
    bool retry = true; // POSTs that must not repeat set false
};

struct HttpResponse {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QUrl url;
    QList<QNetworkReply::RawHeaderPair> headers;
    int attempts = 0;
    QByteArray header(const QByteArray &name) const;
};

// One QNetworkAccessManager (injected, never owned) with one profile's TLS policy, timeouts,
// retries and a bound on requests in flight. Must outlive the calls it sends.
class HttpTransport {
public:
    HttpTransport(QNetworkAccessManager &nam, TlsPolicy tls = {}, TransportOptions options = {},
        Clock clock = {});

    void setTokenSource(AccessTokenSource *source) { m_tokens = source; }
    AccessTokenSource *tokenSource() const { return m_tokens; }

    // Starts a call (asynchronously: the first attempt is queued). The call is a child of
    // `parent` when given; otherwise the caller deletes it (deleteLater after finished()).
    HttpCall *send(const HttpRequestSpec &spec, QObject *parent = nullptr);

    QNetworkAccessManager &nam() { return m_nam; }
    const TlsPolicy &tls() const { return m_tls; }
    const TransportOptions &options() const { return m_options; }
    RequestQueue &queue() { return m_queue; }
    QDateTime now() const { return nowFrom(m_clock); }

private:
    QNetworkAccessManager &m_nam;
    TlsPolicy m_tls;
    TransportOptions m_options;
    Clock m_clock;
    RequestQueue m_queue;
    AccessTokenSource *m_tokens = nullptr;
};

} // namespace renkei::net
