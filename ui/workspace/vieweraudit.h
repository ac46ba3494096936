#pragma once

#include "audit/auditlog.h"
#include "net/clock.h"
#include "sync/audituploader.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace renkei::net {
struct NetworkProfile;
}

namespace renkei::ui {

class PatientOpener;

// The viewer's audit trail and retention (issue 5 §2 and §4, docs/audit.md, docs/cache.md):
// while signed in it keeps the audit log beside the window's cache (sealed with the cache's key
// store), appends sign-in, sign-out, search, open, sync and purge entries (patients by their
// opaque cache key only), sends pending entries to the network after sign-in and after each
// sync (sync::AuditUploader), and purges patients not viewed for retentionDays() at sign-in and
// hourly. Everything it does fails soft: a log that cannot be written is reported in the log
// category, never blocks viewing.
class ViewerAudit : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultRetentionDays = 90;
    static constexpr int kPurgeIntervalMs = 60 * 60 * 1000;

    ViewerAudit(PatientOpener &opener, QObject *parent = nullptr);
    ~ViewerAudit() override;

    // The days a patient not viewed stays in the cache on that network (default 90).
    static int retentionDays(const net::NetworkProfile &profile);

    // Call after the cache opened on sign-in (opens the log, writes sign-in, purges, uploads),
    // and before the cache closes on sign-out (writes sign-out, closes the log).
    void signedIn(const QString &network, const QString &account, int retentionDays);
    void signedOut();
    // A search on the network (`parameters`: the names of the search parameters only).
    void searched(const QStringList &parameters);

    // Forgets patients not viewed for retentionDays(); appends a purge entry when any went.
    int purgeNow();

    audit::AuditLog *log() const { return m_log.get(); }
    sync::AuditUploader *uploader() const { return m_uploader; }
    QTimer &purgeTimer() { return m_purgeTimer; }
    void setClock(net::Clock clock) { m_clock = std::move(clock); }

private:
    void append(audit::Action action, const QString &patientKey = {},
        const audit::AuditDetails &details = {});
    void onRecordChanged();
    void onSyncRunning(bool running);
    void upload();
    QDateTime now() const;

    PatientOpener &m_opener;
    std::unique_ptr<audit::AuditLog> m_log;
    QPointer<sync::AuditUploader> m_uploader;
    const void *m_uploaderClient = nullptr; // the FHIR client m_uploader was made for
    QTimer m_purgeTimer;
    net::Clock m_clock;
    QString m_openedKey; // the patient whose opening is already in the log
    QString m_syncKey; // the patient being synced
    int m_retentionDays = kDefaultRetentionDays;
};

} // namespace renkei::ui
