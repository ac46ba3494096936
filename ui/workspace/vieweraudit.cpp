#include "workspace/vieweraudit.h"

#include "cache/cache.h"
#include "net/networkpolicy.h"
#include "net/networkprofile.h"
#include "net/profilesecrets.h"
#include "sync/audituploader.h"
#include "uilogging.h"
#include "workspace/patientopener.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace renkei::ui {

ViewerAudit::ViewerAudit(PatientOpener &opener, QObject *parent)
    : QObject(parent)
    , m_opener(opener)
{
    m_purgeTimer.setInterval(kPurgeIntervalMs);
    connect(&m_purgeTimer, &QTimer::timeout, this, &ViewerAudit::purgeNow);
    connect(&m_opener, &PatientOpener::recordChanged, this, &ViewerAudit::onRecordChanged);
    connect(&m_opener, &PatientOpener::syncRunningChanged, this, &ViewerAudit::onSyncRunning);
}

ViewerAudit::~ViewerAudit()
{
    delete m_uploader; // before the log it reads
}

int ViewerAudit::retentionDays(const net::NetworkProfile &profile)
{
    // The network's policy: the profile's own, made stricter by what the network published
    // (the same rule as renkei-cli purge and the print actions; docs/network.md "Policy").
    const auto settings = net::openViewerSettings();
    return net::effectivePolicy(*settings, profile.id).purgeDays();
}

QDateTime ViewerAudit::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

void ViewerAudit::append(
    audit::Action action, const QString &patientKey, const audit::AuditDetails &details)
{
    if (!m_log)
        return;
    if (auto r = m_log->append(action, patientKey, details); !r)
        qCWarning(lcUi) << "audit entry not written:" << audit::actionName(action)
                        << errorKindName(r.error().kind);
}

void ViewerAudit::signedIn(const QString &network, const QString &account, int retentionDays)
{
    m_retentionDays = retentionDays > 0 ? retentionDays : kDefaultRetentionDays;
    cache::Cache *cache = m_opener.cache();
    crypto::KeyStore *keys = m_opener.keyStore();
    if (!m_log && cache && keys) {
        const QString path = QFileInfo(cache->path()).dir().filePath(u"audit.sqlite"_s);
        auto log = audit::AuditLog::open(path, *keys,
            audit::AuditIdentity { network, account, QSysInfo::machineHostName() },
            m_clock ? audit::AuditLog::Clock(m_clock) : audit::AuditLog::Clock());
        if (log)
            m_log = std::move(*log);
        else
            qCWarning(lcUi) << "the audit log did not open:" << errorKindName(log.error().kind);
    }
    append(audit::Action::SignIn);
    if (cache) {
        purgeNow();
        m_purgeTimer.start();
    }
    upload();
}

void ViewerAudit::signedOut()
{
    m_purgeTimer.stop();
    append(audit::Action::SignOut);
    delete m_uploader;
    m_log.reset();
    m_openedKey.clear();
    m_syncKey.clear();
}

void ViewerAudit::searched(const QStringList &parameters)
{
    audit::AuditDetails details;
    details.message = parameters.join(u',');
    append(audit::Action::Search, {}, details);
}

int ViewerAudit::purgeNow()
{
    cache::Cache *cache = m_opener.cache();
    if (!cache)
        return 0;
    const QString open = m_opener.currentKey();
    auto purged = cache->purgeUnviewed(m_retentionDays, now());
    if (!purged) {
        qCWarning(lcUi) << "the retention purge failed:" << errorKindName(purged.error().kind);
        audit::AuditDetails details;
        details.outcome = audit::Outcome::Failure;
        details.message = errorKindName(purged.error().kind);
        append(audit::Action::Purge, {}, details);
        return 0;
    }
    if (*purged > 0) {
        audit::AuditDetails details;
        details.message = u"%1 patients not viewed for %2 days"_s.arg(*purged).arg(m_retentionDays);
        append(audit::Action::Purge, {}, details);
        qCInfo(lcUi) << "retention purge:" << *purged << "patients forgotten";
        Q_EMIT m_opener.cachedPatientsChanged();
    }
    return *purged;
}

void ViewerAudit::onRecordChanged()
{
    const QString key = m_opener.record() ? m_opener.currentKey() : QString();
    if (key.isEmpty()) {
        m_openedKey.clear();
        return;
    }
    // The record is rebuilt as a sync's pages land: one entry per opening, not per page.
    if (key == m_openedKey)
        return;
    m_openedKey = key;
    append(audit::Action::Open, key);
}

void ViewerAudit::onSyncRunning(bool running)
{
    if (running) {
        m_syncKey = m_opener.currentKey();
        return;
    }
    const QString key = m_syncKey.isEmpty() ? m_opener.currentKey() : m_syncKey;
    m_syncKey.clear();
    append(audit::Action::Sync, key);
    upload();
}

void ViewerAudit::upload()
{
    if (!m_log || !m_opener.client())
        return;
    if (m_uploader && m_uploaderClient != m_opener.client())
        delete m_uploader; // the network changed
    if (!m_uploader) {
        m_uploader = new sync::AuditUploader(*m_opener.client(), *m_log, this);
        m_uploaderClient = m_opener.client();
    }
    m_uploader->start();
}

} // namespace renkei::ui
