#pragma once

#include "net/httptransport.h"

#include <QPointer>
#include <QTimer>

#include <optional>

namespace renkei::net {

// One logical request: attempts with retries, timeouts, the TLS pin check, the response size
// limit and one token refresh on a 401. Reports exactly once through finished(), also when
// cancelled (Kind::Cancelled) or when every attempt failed.
class HttpCall : public QObject {
    Q_OBJECT
public:
    ~HttpCall() override;

    void cancel();
    bool isFinished() const { return m_result.has_value(); }
    // Valid after finished().
    const Result<HttpResponse> &result() const { return *m_result; }
    int attempts() const { return m_attempt; }

Q_SIGNALS:
    void finished();
    // Another attempt follows after `delayMs` (for progress displays and tests).
    void retrying(int nextAttempt, int delayMs);

private:
    friend class HttpTransport;
    HttpCall(HttpTransport &transport, HttpRequestSpec spec, QObject *parent);

    void start();
    void attempt();
    void send();
    void onReplyFinished();
    void onEncrypted();
    void onRedirected(const QUrl &url);
    void abortAttempt(const Error &reason);
    void retryOrFail(const Error &error, std::optional<qint64> retryAfterMs = std::nullopt);
    void refreshThen(std::function<void()> next);
    void finish(Result<HttpResponse> result);
    void dropReply();

    HttpTransport &m_transport;
    HttpRequestSpec m_spec;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_backoff;
    std::optional<Error> m_abortReason;
    std::optional<Result<HttpResponse>> m_result;
    int m_attempt = 0;
    bool m_holdsSlot = false;
    bool m_authRetried = false;
    bool m_refreshedBeforeSend = false;
};

} // namespace renkei::net
