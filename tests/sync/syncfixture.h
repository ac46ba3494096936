#pragma once

#include "cache/cache.h"
#include "crypto/keystore.h"
#include "demo/server.h"
#include "net/fhirclient.h"
#include "net/httptransport.h"
#include "sync/syncengine.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <functional>
#include <memory>

// The sync tests' world: the real demo server on a loopback port (the typical generated
// network), a transport with short timeouts and a fixed bearer token, and an encrypted cache in
// a temporary folder.
namespace renkei::test {

inline const QString kSyncNetwork = QStringLiteral("hanamizuki-demo");

// The typical demo network (seed 7, histories ending 2025-06-01), generated once per process.
const demo::Dataset &syncDataset();
inline const QDate kDatasetToday = QDate(2025, 6, 1);

// A patient of the dataset with between `min` and `max` resources of their own (the one with the
// most such resources), or an empty string.
QString pickPatient(int minResources, int maxResources);

struct StaticToken : net::AccessTokenSource {
    QByteArray token;
    crypto::SecretBytes accessToken() const override { return crypto::SecretBytes::copyOf(token); }
    bool needsRefresh() const override { return false; }
    void refreshAccessToken(QObject *, std::function<void(const Result<void> &)> done) override;
};

struct SyncFixture {
    SyncFixture();
    ~SyncFixture();

    bool start(demo::DemoServerOptions options = {});
    bool openCache();
    void closeCache();
    static net::TransportOptions fastOptions();
    sync::SyncOptions syncOptions() const; // the dataset's "today", small pages

    // Runs one sync to its end (or `timeoutMs`); `setup` may connect to the engine first.
    Result<sync::SyncReport> sync(const QString &patientId, const sync::SyncOptions &options,
        const std::function<void(sync::SyncEngine &)> &setup = {}, int timeoutMs = 120000);
    Result<sync::SyncReport> sync(const QString &patientId)
    {
        return sync(patientId, syncOptions());
    }

    // The cache's resource rows of a patient by type (read with a raw SQLite connection).
    QHash<QString, int> cachedCounts(const QString &patientId);
    // What the server holds for a patient, by type: its compartment and the Patient, plus (for
    // $everything) the shared resources they refer to; deleted resources excluded.
    QHash<QString, int> expectedCounts(const QString &patientId, bool withShared) const;
    // A digest of every resource row of the cache (changes when any row is written).
    QByteArray resourceRowsDigest();
    QString cachePath() const { return dir.filePath(QStringLiteral("cache.sqlite")); }

    std::unique_ptr<demo::DemoServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<net::HttpTransport> transport;
    std::unique_ptr<net::FhirClient> fhir;
    StaticToken token;
    QTemporaryDir dir;
    crypto::MemoryKeyStore keys;
    std::unique_ptr<cache::Cache> cache;
    net::TransportOptions transportOptions = fastOptions();
};

QString countsText(const QHash<QString, int> &counts);

} // namespace renkei::test
