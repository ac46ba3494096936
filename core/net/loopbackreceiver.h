#pragma once

#include "crypto/secretbytes.h"
#include "util/result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// The one-shot loopback redirect receiver of a desktop OAuth sign-in (RFC 8252 §7.3): listens on
// 127.0.0.1 on a random port, answers the browser's redirect with a bilingual "you may close this
// tab" page, hands over the code when the state matches, and stops listening. A wrong state, an
// error from the server, or no redirect within the time limit ends it with failed().
namespace renkei::net {

class LoopbackReceiver : public QObject {
    Q_OBJECT
public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // Starts listening; returns the redirect URI (http://127.0.0.1:<port>/callback).
    Result<QUrl> listen(const QString &expectedState, int timeoutMs);
    void close();
    bool isListening() const;

Q_SIGNALS:
    void codeReceived(const renkei::crypto::SecretBytes &code);
    // Kind::Auth "state-mismatch" / "denied" (the user or server refused), Kind::Timeout.
    void failed(const renkei::Error &error);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, bool success);

    QPointer<QTcpServer> m_server;
    QTimer m_timeout;
    QString m_state;
    bool m_done = false;
};

} // namespace renkei::net
