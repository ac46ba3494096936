#pragma once

#include "demo/dataset.h"
#include "demo/server.h"

#include <QObject>
#include <QUrl>

#include <memory>

// The demo network inside the app process (`renkei --demo`): generates the synthetic data on a
// worker thread (so the window appears at once), then serves it on 127.0.0.1 from the thread
// that owns this object.
namespace renkei::demo {

class DemoNetwork : public QObject {
    Q_OBJECT
public:
    explicit DemoNetwork(QObject *parent = nullptr);
    ~DemoNetwork() override;

    void start(const GeneratorOptions &generator = {}, const DemoServerOptions &server = {});
    DemoServer *server() const { return m_server.get(); }
    QUrl url() const { return m_url; }

signals:
    void ready(const QUrl &baseUrl);
    void failed(const QString &reason); // English, for the log; the UI words its own message

private:
    void serve(Dataset dataset, const DemoServerOptions &options);

    std::unique_ptr<DemoServer> m_server;
    QUrl m_url;
};

} // namespace renkei::demo
