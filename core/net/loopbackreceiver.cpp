#include "net/loopbackreceiver.h"

#include "net/neterror.h"
#include "util/logging.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace renkei::net {

namespace {

constexpr qsizetype kMaxRequestBytes = 16 * 1024;
const QString kPath = u"/callback"_s;

QByteArray page(bool success)
{
    const QString title = success ? u"サインインしました / Signed in"_s
                                  : u"サインインできませんでした / Sign-in failed"_s;
    const QString text = success
        ? u"<p>このタブを閉じて、連携ビューアに戻ってください。</p>"
          "<p>You may close this tab and return to Renkei Viewer.</p>"_s
        : u"<p>このタブを閉じて、連携ビューアでもう一度サインインしてください。</p>"
          "<p>Please close this tab and sign in again in Renkei Viewer.</p>"_s;
    return (u"<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>"_s + title
        + u"</title></head><body style=\"font-family:sans-serif;margin:3em\"><h1>"_s + title
        + u"</h1>"_s + text + u"</body></html>"_s)
        .toUtf8();
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        m_done = true;
        close();
        Q_EMIT failed(netError(
            Error::Kind::Timeout, u"no answer from the browser in time"_s, u"sign-in-timeout"_s));
    });
}

LoopbackReceiver::~LoopbackReceiver()
{
    close();
}

Result<QUrl> LoopbackReceiver::listen(const QString &expectedState, int timeoutMs)
{
    close();
    m_state = expectedState;
    m_done = false;
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return netError(Error::Kind::Network,
            u"cannot listen on 127.0.0.1: "_s + m_server->errorString(), u"loopback"_s);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onConnection);
    m_timeout.start(timeoutMs);
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server->serverPort());
    url.setPath(kPath);
    return url;
}

bool LoopbackReceiver::isListening() const
{
    return m_server && m_server->isListening();
}

void LoopbackReceiver::close()
{
    m_timeout.stop();
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

void LoopbackReceiver::onConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackReceiver::onReadable(QTcpSocket *socket)
{
    if (socket->bytesAvailable() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    const QByteArray head = socket->peek(kMaxRequestBytes);
    if (!head.contains("\r\n\r\n"))
        return; // wait for the whole request head
    socket->readAll();
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    if (requestLine.value(0) != "GET" || target.path() != kPath || m_done) {
        answer(socket, 404, false); // a favicon, a late tab: not ours
        return;
    }
    const QUrlQuery query(target);
    const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    Error error;
    bool ok = false;
    if (state != m_state) {
        error = netError(Error::Kind::Auth, u"the redirect's state does not match this sign-in"_s,
            u"state-mismatch"_s);
    } else if (query.hasQueryItem(u"error"_s)) {
        error = netError(Error::Kind::Auth,
            u"the server refused the sign-in: "_s + query.queryItemValue(u"error"_s).left(60),
            u"denied"_s);
    } else if (query.queryItemValue(u"code"_s).isEmpty()) {
        error = netError(Error::Kind::Auth, u"the redirect carries no code"_s, u"no-code"_s);
    } else {
        ok = true;
    }
    answer(socket, ok ? 200 : 400, ok);
    m_done = true;
    close();
    if (!ok) {
        qCInfo(lcNet) << "loopback redirect refused:" << error.code;
        Q_EMIT failed(error);
        return;
    }
    QByteArray code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded).toUtf8();
    const crypto::SecretBytes secret = crypto::SecretBytes::copyOf(code);
    crypto::wipe(code);
    Q_EMIT codeReceived(secret);
}

void LoopbackReceiver::answer(QTcpSocket *socket, int status, bool success)
{
    const QByteArray body = page(success);
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
          "Connection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace renkei::net
