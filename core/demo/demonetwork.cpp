#include "demo/demonetwork.h"

#include "util/logging.h"

#include <QElapsedTimer>
#include <QThread>

namespace renkei::demo {

DemoNetwork::DemoNetwork(QObject *parent)
    : QObject(parent)
{
}

DemoNetwork::~DemoNetwork() = default;

void DemoNetwork::start(const GeneratorOptions &generator, const DemoServerOptions &server)
{
    auto dataset = std::make_shared<Dataset>();
    QThread *worker = QThread::create([dataset, generator] {
        QElapsedTimer timer;
        timer.start();
        *dataset = generate(generator);
        qCInfo(lcDemo) << "demo data generated:" << dataset->resources.size() << "resources in"
                       << timer.elapsed() << "ms";
    });
    connect(worker, &QThread::finished, this, [this, worker, dataset, server] {
        worker->deleteLater();
        serve(std::move(*dataset), server);
    });
    worker->start(QThread::LowPriority);
}

void DemoNetwork::serve(Dataset dataset, const DemoServerOptions &options)
{
    m_server = std::make_unique<DemoServer>(dataset);
    auto url = m_server->start(0, options);
    if (!url) {
        m_server.reset();
        emit failed(url.error().describe());
        return;
    }
    m_url = *url;
    emit ready(m_url);
}

} // namespace renkei::demo
