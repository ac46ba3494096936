#pragma once

#include "audit/auditlog.h"
#include "net/fhirclient.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

// Sends the audit log's entries to the network (issue 5 §4, docs/audit.md "Sending to the
// network"): when the CapabilityStatement lists AuditEvent with the `create` interaction, every
// entry after the log's `uploaded_seq` is POSTed as a FHIR AuditEvent (IHE BALP shape), one at a
// time in seq order, and `uploaded_seq` moves past each one the server accepted. A failure stops
// the run (what was not accepted stays pending) and another run is tried `retryDelayMs` later.
// Everything is asynchronous: nothing here waits on the network.
namespace renkei::sync {

struct AuditUploadReport {
    bool accepted = false; // the network accepts AuditEvent create
    int sent = 0; // entries the server accepted in this run
    qint64 pending = 0; // entries still waiting after the run
};

class AuditUploader : public QObject {
    Q_OBJECT
public:
    // `fhir` and `log` must outlive the uploader.
    AuditUploader(net::FhirClient &fhir, audit::AuditLog &log, QObject *parent = nullptr);

    // Whether a CapabilityStatement lists AuditEvent with interaction `create`.
    static bool acceptsAuditEvents(const QJsonObject &capabilityStatement);

    // Starts a run unless one is running (then that run is repeated once it ends, so entries
    // appended meanwhile are sent too).
    void start();
    bool isRunning() const { return m_running; }
    // After a failed run, the next one starts by itself after this long; 0: never (default 5 min).
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }
    // Entries sent per run at most (the rest go in the next run).
    void setBatchLimit(int n) { m_batchLimit = n; }

    // The last run's outcome (valid after the first finished()).
    const Result<AuditUploadReport> &lastResult() const { return m_last; }

Q_SIGNALS:
    void finished();

private:
    void onCapabilities();
    void sendNext();
    void onPosted();
    void finish(Result<AuditUploadReport> result);

    net::FhirClient &m_fhir;
    audit::AuditLog &m_log;
    QPointer<net::HttpCall> m_call;
    QTimer m_retry;
    QList<audit::AuditRecord> m_queue;
    AuditUploadReport m_report;
    Result<AuditUploadReport> m_last = AuditUploadReport {};
    int m_retryDelayMs = 5 * 60 * 1000;
    int m_batchLimit = 500;
    bool m_running = false;
    bool m_again = false;
};

} // namespace renkei::sync
