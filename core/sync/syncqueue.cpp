#include "sync/syncqueue.h"

#include "util/logging.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::sync {

SyncQueue::SyncQueue(net::FhirClient &client, cache::Cache &cache, QString networkId,
    SyncOptions options, int parallel, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_network(std::move(networkId))
    , m_options(std::move(options))
    , m_parallel(std::max(1, parallel))
{
}

SyncQueue::~SyncQueue()
{
    for (const QPointer<SyncEngine> &engine : std::as_const(m_running)) {
        if (engine)
            engine->disconnect(this);
    }
    if (m_capsCall)
        m_capsCall->disconnect(this);
}

void SyncQueue::enqueue(const QString &patientId)
{
    m_items.append(Item { patientId, std::nullopt });
}

int SyncQueue::failures() const
{
    int n = 0;
    for (const Item &item : m_items)
        n += item.result && !*item.result ? 1 : 0;
    return n;
}

void SyncQueue::start()
{
    if (m_started)
        return;
    m_started = true;
    qCInfo(lcSync) << "queue of" << m_items.size() << "patients," << m_parallel << "at once";
    // The CapabilityStatement once for every patient.
    m_capsCall = m_client.capabilities(this);
    connect(m_capsCall, &net::HttpCall::finished, this, [this] {
        net::HttpCall *call = m_capsCall;
        m_capsCall = nullptr;
        if (!call)
            return;
        call->deleteLater();
        std::optional<Error> failure;
        if (!call->result()) {
            failure = call->result().error();
        } else if (auto json = net::FhirClient::parseResource(*call->result()); !json) {
            failure = json.error();
        } else {
            m_caps = SyncCapabilities::fromJson(*json);
            const QByteArray date = call->result()->header("Date");
            if (!date.isEmpty())
                m_caps->serverTime
                    = QDateTime::fromString(QString::fromLatin1(date), Qt::RFC2822Date);
        }
        if (failure) {
            // Without the server nothing can be synced: every patient gets that error.
            for (int i = 0; i < m_items.size(); ++i) {
                m_items[i].result = *failure;
                Q_EMIT patientFinished(i);
            }
            finishAll();
            return;
        }
        startNext();
    });
}

void SyncQueue::startNext()
{
    m_running.removeAll(nullptr);
    while (!m_cancelled && m_running.size() < m_parallel && m_next < m_items.size()) {
        const int index = m_next++;
        auto *engine = new SyncEngine(m_client, m_cache, m_network, m_options, this);
        engine->setCapabilities(*m_caps);
        m_running.append(engine);
        connect(engine, &SyncEngine::progressChanged, this,
            [this, index](
                const SyncProgress &progress) { Q_EMIT patientProgress(index, progress); });
        connect(engine, &SyncEngine::finished, this,
            [this, index, engine] { onEngineFinished(index, engine); });
        Q_EMIT patientStarted(index);
        engine->start(m_items.at(index).patientId);
    }
    if (m_running.isEmpty() && (m_next >= m_items.size() || m_cancelled))
        finishAll();
}

void SyncQueue::onEngineFinished(int index, SyncEngine *engine)
{
    m_items[index].result = engine->result();
    m_running.removeAll(engine);
    engine->deleteLater();
    if (!engine->result())
        qCWarning(lcSync) << "patient" << index + 1 << "of" << m_items.size()
                          << "failed:" << errorKindName(engine->result().error().kind);
    Q_EMIT patientFinished(index);
    startNext();
}

void SyncQueue::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    const Error cancelled { Error::Kind::Cancelled, u"the sync was cancelled"_s, u"sync"_s, {},
        u"cancelled"_s };
    if (m_capsCall) {
        m_capsCall->disconnect(this);
        m_capsCall->cancel();
        m_capsCall = nullptr;
    }
    for (int i = 0; i < m_items.size(); ++i) {
        if (!m_items.at(i).result && i >= m_next) {
            m_items[i].result = cancelled;
            Q_EMIT patientFinished(i);
        }
    }
    m_next = static_cast<int>(m_items.size());
    const QList<QPointer<SyncEngine>> running = m_running;
    for (const QPointer<SyncEngine> &engine : running) {
        if (engine)
            engine->cancel(); // finishes through onEngineFinished
    }
    m_running.removeAll(nullptr);
    if (m_running.isEmpty())
        finishAll();
}

void SyncQueue::finishAll()
{
    if (m_finished)
        return;
    m_finished = true;
    qCInfo(lcSync) << "queue done:" << m_items.size() - failures() << "synced," << failures()
                   << "failed";
    Q_EMIT finished();
}

} // namespace renkei::sync
