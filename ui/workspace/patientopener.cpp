#include "workspace/patientopener.h"

#include "clinical/patientrecord.h"
#include "crypto/keystore.h"
#include "net/fhirclient.h"
#include "signinerrors.h"
#include "sync/syncengine.h"
#include "uilogging.h"
#include "workspace/recordloader.h"

#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;

namespace renkei::ui {

PatientOpener::PatientOpener(QObject *parent)
    : QObject(parent)
{
}

PatientOpener::~PatientOpener()
{
    ++m_generation;
    if (m_engine)
        m_engine->cancel();
    delete m_engine.data();
    stopLoader();
    m_cache.reset();
}

Result<void> PatientOpener::openCache(
    const QString &path, std::unique_ptr<crypto::KeyStore> store, const QString &scope)
{
    closeCache();
    auto opened = cache::Cache::open(path, *store, scope);
    if (!opened)
        return opened.error();
    m_store = std::move(store);
    m_cache = std::move(opened.value());
    startLoader(path, scope);
    m_cachePath = path;
    m_cacheScope = scope;
    Q_EMIT cachedPatientsChanged();
    return {};
}

Result<void> PatientOpener::openEphemeralCache(const QString &scope)
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return Error { Error::Kind::Io, u"no temporary folder for the demo cache"_s };
    auto opened = openCache(
        dir->filePath(u"cache.sqlite"_s), std::make_unique<crypto::MemoryKeyStore>(), scope);
    if (opened)
        m_tempDir = std::move(dir);
    return opened;
}

void PatientOpener::closeCache()
{
    close();
    stopLoader();
    m_cache.reset();
    m_store.reset();
    m_tempDir.reset();
    Q_EMIT cachedPatientsChanged();
}

void PatientOpener::setNetwork(
    net::HttpTransport *transport, const QUrl &baseUrl, const QString &networkId)
{
    cancelSync();
    m_client.reset(transport ? new net::FhirClient(*transport, baseUrl) : nullptr);
    m_network = transport ? networkId : QString();
    Q_EMIT networkChanged();
}

bool PatientOpener::canSync() const
{
    return m_client && m_cache && !m_patientId.isEmpty();
}

void PatientOpener::openCached(const QString &key)
{
    if (!m_cache)
        return;
    cancelSync();
    ++m_generation;
    m_patientId.clear();
    if (auto patients = m_cache->findPatients({ key, false }); patients && !patients->isEmpty()) {
        const cache::CachedPatient &p = patients->first();
        if (p.network == m_network)
            m_patientId = p.patientId;
    }
    load(key, false);
}

void PatientOpener::openFromNetwork(const QString &patientId)
{
    if (!m_cache || !m_client)
        return;
    cancelSync();
    ++m_generation;
    const QString key = m_cache->patientKey({ m_network, patientId });
    m_patientId = patientId;
    // What the cache already has opens at once; the sync brings the rest.
    if (m_key != key) {
        m_key = key;
        m_record.reset();
        Q_EMIT recordChanged(nullptr);
    }
    m_shownDuringSync = false;
    load(key, true);
    startSync(patientId);
}

void PatientOpener::syncCurrent()
{
    if (canSync() && !m_engine)
        startSync(m_patientId);
}

void PatientOpener::startSync(const QString &patientId)
{
    m_engine = new sync::SyncEngine(*m_client, *m_cache, m_network, {}, this);
    connect(
        m_engine, &sync::SyncEngine::progressChanged, this, [this](const sync::SyncProgress &p) {
            Q_EMIT syncProgress(p.resources, p.expected, phaseText(p.phase));
        });
    connect(m_engine, &sync::SyncEngine::pageStored, this, [this] {
        // The first data on screen as soon as the patient's first page is stored.
        if (!m_record && !m_shownDuringSync) {
            m_shownDuringSync = true;
            load(m_key, true);
        }
    });
    connect(m_engine, &sync::SyncEngine::phaseChanged, this, [this](const QString &phase) {
        if (phase != sync::phase::Recent)
            load(m_key, true); // the recent data is complete: show it, the rest follows
    });
    connect(m_engine, &sync::SyncEngine::finished, this, &PatientOpener::onSyncFinished);
    Q_EMIT syncRunningChanged(true);
    m_engine->start(patientId);
}

void PatientOpener::onSyncFinished()
{
    sync::SyncEngine *engine = m_engine;
    if (!engine)
        return;
    const Result<sync::SyncReport> result = engine->result();
    m_engine = nullptr;
    engine->deleteLater();
    Q_EMIT syncRunningChanged(false);
    Q_EMIT cachedPatientsChanged();
    if (!result) {
        if (result.error().kind != Error::Kind::Cancelled) {
            const ErrorText text = SignInErrors::describe(result.error());
            Q_EMIT problem(tr("The sync stopped: %1 What arrived is kept.").arg(text.title));
        }
    }
    load(m_key, true);
}

void PatientOpener::cancelSync()
{
    if (!m_engine)
        return;
    sync::SyncEngine *engine = m_engine;
    m_engine = nullptr;
    disconnect(engine, nullptr, this, nullptr);
    engine->cancel();
    engine->deleteLater();
    Q_EMIT syncRunningChanged(false);
}

void PatientOpener::close()
{
    cancelSync();
    ++m_generation;
    m_key.clear();
    m_patientId.clear();
    if (m_record) {
        m_record.reset();
        Q_EMIT recordChanged(nullptr);
    }
}

void PatientOpener::reopen()
{
    if (!m_key.isEmpty() && !m_record)
        load(m_key, false);
}

void PatientOpener::startLoader(const QString &path, const QString &scope)
{
    stopLoader();
    // The key the cache just opened with, handed to the loader's own connection in memory.
    auto key = m_store->loadOrCreateKey(scope);
    if (!key) {
        qCWarning(lcUi) << "no key for the record reader:" << errorKindName(key.error().kind);
        return;
    }
    m_worker = new QThread(this);
    m_worker->setObjectName(QStringLiteral("renkei-records"));
    m_loader = new RecordLoader(path, std::move(key.value()), scope);
    m_loader->moveToThread(m_worker);
    connect(m_worker, &QThread::finished, m_loader, &QObject::deleteLater);
    m_worker->start();
}

void PatientOpener::stopLoader()
{
    if (!m_worker)
        return;
    m_worker->quit();
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_loader = nullptr; // deleted in its thread when it finished
    if (m_pendingLoads > 0) {
        m_pendingLoads = 0;
        Q_EMIT loadingChanged(false);
    }
}

// Reads the patient's rows and builds the record on the loader's thread; the result comes back
// here and is shown only if it is still the patient asked for. `quiet`: a patient still arriving
// by sync (no Patient row yet is not a problem).
void PatientOpener::load(const QString &key, bool quiet)
{
    if (!m_cache || !m_loader || key.isEmpty())
        return;
    m_key = key;
    const quint64 generation = m_generation;
    if (m_pendingLoads++ == 0)
        Q_EMIT loadingChanged(true);
    RecordLoader *loader = m_loader;
    QMetaObject::invokeMethod(loader, [this, loader, key, quiet, generation] {
        loader->load(key, [this, key, quiet, generation](RecordLoader::Outcome outcome) {
            // Back to the window's thread; dropped if the opener is gone by then.
            QMetaObject::invokeMethod(this, [this, key, quiet, generation, outcome] {
                if (m_pendingLoads > 0 && --m_pendingLoads == 0)
                    Q_EMIT loadingChanged(false);
                if (generation != m_generation)
                    return; // another patient was asked for meanwhile
                if (!outcome.record) {
                    if (!quiet)
                        Q_EMIT problem(
                            tr("This patient's record could not be opened from the cache."));
                    return;
                }
                if (!outcome.hasPatient && quiet)
                    return; // the Patient has not arrived yet
                qCDebug(lcUi) << "record opened:" << outcome.rows << "rows, read" << outcome.readMs
                              << "ms, built" << outcome.buildMs << "ms";
                setRecord(outcome.record, key);
            });
        });
    });
}

void PatientOpener::setRecord(
    std::shared_ptr<const clinical::PatientRecord> record, const QString &key)
{
    const bool first = m_key != key || !m_record;
    m_key = key;
    m_record = std::move(record);
    if (first) {
        // Counts from now for the retention rules; the record keeps the previous view time, so
        // the timeline can mark what is new since then.
        if (auto touched = m_cache->touchPatient(key); !touched)
            qCWarning(lcUi) << "the view time was not recorded:"
                            << errorKindName(touched.error().kind);
    }
    Q_EMIT recordChanged(m_record);
    updateLastSync();
}

void PatientOpener::updateLastSync()
{
    if (!m_cache || m_patientId.isEmpty()) {
        Q_EMIT lastSyncChanged({});
        return;
    }
    auto state = m_cache->syncState({ m_network, m_patientId });
    Q_EMIT lastSyncChanged(
        state && state->has_value() ? state->value().lastServerTime : QDateTime());
}

QString PatientOpener::phaseText(const QString &phase) const
{
    if (phase == sync::phase::Recent)
        return tr("Recent data");
    if (phase == sync::phase::History)
        return tr("Earlier history");
    if (phase == sync::phase::Changes)
        return tr("Changes");
    if (phase == sync::phase::References)
        return tr("Facilities and documents");
    if (phase == sync::phase::Deletions)
        return tr("Removals");
    return tr("Syncing");
}

} // namespace renkei::ui
