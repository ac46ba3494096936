#pragma once

#include "demo/http.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace renkei::demo {

using HttpHandler = std::function<HttpResponse(const HttpRequest &)>;

// One client connection: parses requests as they arrive, answers them one at a time in order
// (pipelined requests wait), keeps the connection alive when the client asks, and carries out
// what a fault switch put on the response (delay, cut after N bytes, hang). Deletes itself when
// the socket closes.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpHandler handler, HttpLimits limits, bool secure,
        QObject *parent = nullptr);
    ~HttpConnection() override;

    // Closes idle keep-alive connections after this long without a request.
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }

private:
    void onReadyRead();
    void processNext();
    void send(const HttpResponse &response, bool keepAlive, bool headOnly);
    void finishResponse(bool keepAlive);
    void closeSoon();

    QPointer<QTcpSocket> m_socket;
    HttpHandler m_handler;
    HttpRequestParser m_parser;
    bool m_secure = false;
    bool m_busy = false; // a response is being delayed
    bool m_hanging = false; // a hang fault: ignore everything from now on
    bool m_closing = false;
    int m_idleTimeoutMs = 30000;
    QObject *m_idleTimerContext = nullptr;
};

} // namespace renkei::demo
