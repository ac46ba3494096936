#include "workspace/recordloader.h"

#include "cache/cache.h"
#include "clinical/patientrecord.h"
#include "uilogging.h"

#include <QElapsedTimer>

namespace renkei::ui {

RecordLoader::RecordLoader(QString path, crypto::SecretBytes key, QString scope)
    : m_path(std::move(path))
    , m_store(std::move(key))
    , m_scope(std::move(scope))
{
}

RecordLoader::~RecordLoader() = default;

void RecordLoader::load(const QString &key, const Done &done)
{
    Outcome outcome;
    if (!m_cache) {
        auto opened = cache::Cache::open(m_path, m_store, m_scope);
        if (!opened) {
            qCWarning(lcUi) << "the record reader's cache did not open:"
                            << errorKindName(opened.error().kind);
            done(std::move(outcome));
            return;
        }
        m_cache = std::move(opened.value());
    }
    QElapsedTimer timer;
    timer.start();
    auto data = m_cache->loadPatient(key);
    if (!data) {
        // A patient whose sync has not stored the Patient yet is not in the cache: expected.
        if (data.error().code == QStringLiteral("unknown-patient"))
            qCDebug(lcUi) << "the patient is not in the cache yet";
        else
            qCWarning(lcUi) << "a record did not open:" << errorKindName(data.error().kind);
        done(std::move(outcome));
        return;
    }
    outcome.readMs = timer.restart();
    outcome.rows = data->rowsRead;
    outcome.hasPatient = !data->resources.patients.isEmpty();
    outcome.record = clinical::PatientRecord::fromCache(std::move(data.value()));
    outcome.buildMs = timer.elapsed();
    done(std::move(outcome));
}

} // namespace renkei::ui
