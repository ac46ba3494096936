#pragma once

#include "cache/cache.h"
#include "sync/syncengine.h"
#include "util/result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>

class QTemporaryDir;
class QThread;

namespace renkei::clinical {
class PatientRecord;
}
namespace renkei::crypto {
class KeyStore;
}
namespace renkei::net {
class FhirClient;
class HttpTransport;
} // namespace renkei::net
namespace renkei::sync {
class SyncEngine;
struct SyncProgress;
} // namespace renkei::sync

namespace renkei::ui {

class RecordLoader;

// Opens patients for the window (issue 6 §1): from the encrypted cache (the record is built off
// the GUI thread when large), or from the network by syncing first and opening from the cache
// as pages land (recent data first). Owns the window's cache and, while signed in, a FHIR
// client on the session's transport. Only one patient is open; a result that arrives for a
// patient no longer wanted is dropped, never shown.
class PatientOpener : public QObject {
    Q_OBJECT
public:
    explicit PatientOpener(QObject *parent = nullptr);
    ~PatientOpener() override;

    // The cache this window reads and fills; `store` provides its key (kept for its lifetime).
    Result<void> openCache(
        const QString &path, std::unique_ptr<crypto::KeyStore> store, const QString &scope);
    // The demo's cache: an encrypted file in a private temporary folder whose key lives in
    // memory only; both are gone when the window closes.
    Result<void> openEphemeralCache(const QString &scope);
    void closeCache();
    cache::Cache *cache() const { return m_cache.get(); }
    crypto::KeyStore *keyStore() const { return m_store.get(); } // the cache's
    // What the cache was opened with, so that a worker thread can open its own connection.
    QString cachePath() const { return m_cachePath; }
    QString cacheScope() const { return m_cacheScope; }

    // The network patients are searched on and synced from (nullptr transport: offline).
    void setNetwork(net::HttpTransport *transport, const QUrl &baseUrl, const QString &networkId);
    net::FhirClient *client() const { return m_client.get(); }
    QString networkId() const { return m_network; }

    void openCached(const QString &key);
    void openFromNetwork(const QString &patientId);
    // Syncs the open patient (when it came from this network).
    void syncCurrent();
    void cancelSync();
    bool canSync() const;
    bool isSyncing() const { return m_engine != nullptr; }
    // Closes the patient (every view is cleared); reopen() opens it again (after an unlock).
    void close();
    void reopen();

    QString currentKey() const { return m_key; }
    std::shared_ptr<const clinical::PatientRecord> record() const { return m_record; }
    bool isLoading() const { return m_pendingLoads > 0; }

Q_SIGNALS:
    void recordChanged(std::shared_ptr<const clinical::PatientRecord> record);
    void loadingChanged(bool loading);
    void syncRunningChanged(bool running);
    void syncProgress(qint64 stored, qint64 expected, const QString &phase);
    void lastSyncChanged(const QDateTime &when);
    void cachedPatientsChanged();
    void networkChanged();
    // Something went wrong, in words for the user (nothing of the patient in it).
    void problem(const QString &message);

private:
    void load(const QString &key, bool quiet);
    void startLoader(const QString &path, const QString &scope);
    void stopLoader();
    void setRecord(std::shared_ptr<const clinical::PatientRecord> record, const QString &key);
    void startSync(const QString &patientId);
    void onSyncFinished();
    void updateLastSync();
    QString phaseText(const QString &phase) const;

    std::unique_ptr<crypto::KeyStore> m_store;
    std::unique_ptr<cache::Cache> m_cache;
    QString m_cachePath;
    QString m_cacheScope;
    std::unique_ptr<QTemporaryDir> m_tempDir; // the ephemeral cache's folder
    std::unique_ptr<net::FhirClient> m_client;
    QString m_network;
    QPointer<sync::SyncEngine> m_engine;
    QString m_key;
    QString m_patientId; // of the open patient on m_network, when known
    std::shared_ptr<const clinical::PatientRecord> m_record;
    quint64 m_generation = 0;
    // Records are read and built here (RecordLoader), never on the GUI thread.
    QThread *m_worker = nullptr;
    RecordLoader *m_loader = nullptr;
    int m_pendingLoads = 0;
    bool m_shownDuringSync = false;
};

} // namespace renkei::ui
