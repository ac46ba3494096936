#pragma once

#include "crypto/keystore.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace renkei::cache {
class Cache;
}
namespace renkei::clinical {
class PatientRecord;
}

namespace renkei::ui {

// Reads and builds patient records on a worker thread (PatientOpener moves it there): its own
// connection to the cache (one per thread, docs/cache.md), opened on first use with the key the
// window's cache was opened with, so that neither the decryption of thousands of rows nor the
// record's indexes ever hold up the window.
class RecordLoader : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        std::shared_ptr<const clinical::PatientRecord> record; // null on failure
        bool hasPatient = false; // the Patient row has arrived (a sync may still be early)
        qint64 rows = 0;
        qint64 readMs = 0;
        qint64 buildMs = 0;
    };
    using Done = std::function<void(Outcome)>;

    RecordLoader(QString path, crypto::SecretBytes key, QString scope);
    ~RecordLoader() override;

    // Call in the loader's thread (QMetaObject::invokeMethod); `done` runs there too.
    void load(const QString &key, const Done &done);

private:
    // The one key this loader knows: the window's cache key, handed over in memory.
    class FixedKeyStore final : public crypto::KeyStore {
    public:
        explicit FixedKeyStore(crypto::SecretBytes key)
            : m_key(std::move(key))
        {
        }
        Kind kind() const override { return Kind::Memory; }
        Result<crypto::SecretBytes> loadOrCreateKey(const QString &) override { return m_key; }
        Result<void> removeKey(const QString &) override { return {}; }

    private:
        crypto::SecretBytes m_key;
    };

    QString m_path;
    FixedKeyStore m_store;
    QString m_scope;
    std::unique_ptr<cache::Cache> m_cache;
};

} // namespace renkei::ui
