#pragma once

#include "cache/cache.h"
#include "net/fhirclient.h"
#include "sync/synccapabilities.h"
#include "sync/syncstate.h"
#include "sync/synctypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

// Pulls one patient's record from a network into the encrypted cache (docs/sync.md, DESIGN.md
// "Sync"). A first sync runs the Recent phase (the last 90 days of labs, medications,
// documents and encounters, plus allergies, conditions and the Patient: the views fill in
// seconds), then History (Patient/$everything when the CapabilityStatement offers it, else
// per-type searches, a bounded number in parallel). Later syncs are incremental
// (`_lastUpdated=gt<server time of the last complete sync>`, or `_since` on $everything), then
// ask the types' histories for deletions. Every page is one cache transaction with the cursor,
// so a crash, a kill or a cut connection loses nothing and the next sync resumes there.
//
//   SyncEngine engine(client, cache, u"hanamizuki"_s);
//   connect(&engine, &SyncEngine::finished, ...);   // then engine.result()
//   engine.start(patientId);
//
// One engine syncs one patient once; it never logs a patient id or a URL with one.
namespace renkei::sync {

class SyncEngine : public QObject {
    Q_OBJECT
public:
    SyncEngine(net::FhirClient &client, cache::Cache &cache, QString networkId,
        SyncOptions options = {}, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Skips the CapabilityStatement request (a queue asks once for all its patients).
    void setCapabilities(const SyncCapabilities &capabilities) { m_caps = capabilities; }

    void start(const QString &patientId);
    // Stops at once; what is stored stays, and the next sync resumes. result() is Cancelled.
    void cancel();

    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_result.has_value(); }
    // Valid after finished(): a report, or a typed error (Network, Timeout, Http, Auth,
    // Forbidden, NotFound, NotJson/NotFhir, Full, Io, Corrupt, Cancelled...).
    const Result<SyncReport> &result() const { return *m_result; }
    const SyncProgress &progress() const { return m_progress; }

Q_SIGNALS:
    void phaseChanged(const QString &phase);
    // A page was stored (one transaction); `type` is "*" for a $everything page.
    void pageStored(const QString &phase, const QString &type, int resources);
    void progressChanged(const renkei::sync::SyncProgress &progress);
    void finished();

private:
    struct Stream {
        StreamState state;
        QPointer<net::FhirPaging> paging;
        bool restarted = false;
    };

    void fetchCapabilities();
    void begin();
    void planPhase(const QString &phase);
    void runPhase();
    void pump();
    void startStream(int index);
    void onPage(int index, const net::FhirPage &page);
    void onStreamFinished(int index);
    void finishPhase();
    void complete();
    void fail(Error error);
    void finish(Result<SyncReport> result);
    void stopStreams();
    QUrl searchUrl(const QString &type, QUrlQuery query) const;
    QString nextPhase(const QString &current) const;
    cache::SyncCursor cursor(const QString &resumeText) const;
    void noteReferences(const QByteArray &json);
    void updateProgress(const net::FhirPage &page, qint64 stored, const QString &type);
    QDateTime now() const;

    net::FhirClient &m_client;
    cache::Cache &m_cache;
    QString m_network;
    SyncOptions m_options;
    std::optional<SyncCapabilities> m_caps;
    QPointer<net::HttpCall> m_capsCall;
    QString m_patientId;
    cache::PatientRef m_ref;
    QDateTime m_previousMark; // lastServerTime of the stored cursor
    ResumeState m_state;
    QList<Stream> m_streams;
    QHash<QString, QDateTime> m_storedThisRun;
    QSet<QString> m_referenceSet; // m_state.references, for lookups // "Type/id" → lastUpdated
                                  // stored in this run
    SyncReport m_report;
    SyncProgress m_progress;
    QElapsedTimer m_timer;
    std::optional<Result<SyncReport>> m_result;
    bool m_running = false;
    bool m_patientSeen = false; // the Recent phase found the Patient
};

} // namespace renkei::sync
