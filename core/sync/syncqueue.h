#pragma once

#include "sync/syncengine.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

// Many patients synced one after another, or a bounded number at once (e.g. tomorrow's
// appointment list prefetched overnight, `renkei-cli sync --patients FILE`). Each patient gets
// its own result; one failure does not stop the rest (a cancel does). The CapabilityStatement
// is asked for once. All engines share one cache and run in the queue's thread.
namespace renkei::sync {

class SyncQueue : public QObject {
    Q_OBJECT
public:
    struct Item {
        QString patientId;
        std::optional<Result<SyncReport>> result; // set when that patient's sync ended
    };

    SyncQueue(net::FhirClient &client, cache::Cache &cache, QString networkId,
        SyncOptions options = {}, int parallel = 1, QObject *parent = nullptr);
    ~SyncQueue() override;

    void enqueue(const QString &patientId);
    void start();
    // Cancels the running syncs and every waiting one (their result: Cancelled).
    void cancel();

    const QList<Item> &items() const { return m_items; }
    bool isFinished() const { return m_finished; }
    int failures() const;

Q_SIGNALS:
    void patientStarted(int index);
    void patientProgress(int index, const renkei::sync::SyncProgress &progress);
    void patientFinished(int index);
    void finished();

private:
    void startNext();
    void onEngineFinished(int index, SyncEngine *engine);
    void finishAll();

    net::FhirClient &m_client;
    cache::Cache &m_cache;
    QString m_network;
    SyncOptions m_options;
    int m_parallel = 1;
    QList<Item> m_items;
    QList<QPointer<SyncEngine>> m_running;
    std::optional<SyncCapabilities> m_caps;
    QPointer<net::HttpCall> m_capsCall;
    int m_next = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace renkei::sync
