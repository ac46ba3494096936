#include "demo/httpconnection.h"

#include "util/logging.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace renkei::demo {

HttpConnection::HttpConnection(
    QTcpSocket *socket, HttpHandler handler, HttpLimits limits, bool secure, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_parser(limits)
    , m_secure(secure)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcDemo) << "connection error" << error;
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
    if (socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (m_hanging || m_closing)
        return;
    delete m_idleTimerContext;
    m_idleTimerContext = nullptr;
    m_parser.feed(bytes);
    processNext();
}

void HttpConnection::processNext()
{
    while (!m_busy && !m_hanging && !m_closing && m_socket) {
        const auto state = m_parser.advance();
        if (state == HttpRequestParser::State::NeedMore)
            return;
        if (state == HttpRequestParser::State::Failed) {
            qCInfo(lcDemo) << "bad request:" << m_parser.errorText();
            const QByteArray body
                = R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"structure","diagnostics":")"
                + m_parser.errorText().toUtf8() + R"("}]})";
            send(HttpResponse::json(m_parser.errorStatus(), body), false, false);
            return;
        }
        HttpRequest request = m_parser.takeRequest();
        request.secure = m_secure;
        const bool keepAlive = request.keepAlive();
        const bool head = request.method == "HEAD";
        QElapsedTimer timer;
        timer.start();
        HttpResponse response = m_handler(request);
        qCInfo(lcDemo).noquote() << QString::fromLatin1(request.method)
                                 << loggablePath(request.path) << response.status
                                 << response.body.size() << "bytes" << timer.elapsed() << "ms";
        if (response.hang) {
            m_hanging = true;
            return;
        }
        if (response.delayMs > 0) {
            m_busy = true;
            QTimer::singleShot(response.delayMs, this, [this, response, keepAlive, head] {
                m_busy = false;
                send(response, keepAlive, head);
                processNext();
            });
            return;
        }
        send(response, keepAlive, head);
    }
}

void HttpConnection::send(const HttpResponse &response, bool keepAlive, bool headOnly)
{
    if (!m_socket)
        return;
    const bool stayOpen = keepAlive && !response.close && response.cutAfterBytes < 0;
    QByteArray bytes = serializeResponse(response, stayOpen, headOnly);
    if (response.cutAfterBytes >= 0) {
        bytes.truncate(response.cutAfterBytes);
        m_socket->write(bytes);
        m_closing = true;
        // Abort rather than close: the client must see the body end early.
        m_socket->flush();
        closeSoon();
        return;
    }
    m_socket->write(bytes);
    finishResponse(stayOpen);
}

void HttpConnection::finishResponse(bool keepAlive)
{
    if (!keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost(); // after the pending bytes are written
        return;
    }
    delete m_idleTimerContext;
    m_idleTimerContext = new QObject(this);
    QTimer::singleShot(m_idleTimeoutMs, m_idleTimerContext, [this] {
        if (m_socket && !m_busy)
            m_socket->disconnectFromHost();
    });
}

void HttpConnection::closeSoon()
{
    if (m_socket)
        m_socket->disconnectFromHost();
}

} // namespace renkei::demo
