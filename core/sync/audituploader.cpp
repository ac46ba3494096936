#include "sync/audituploader.h"

#include "audit/auditfhir.h"
#include "util/logging.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace renkei::sync {

AuditUploader::AuditUploader(net::FhirClient &fhir, audit::AuditLog &log, QObject *parent)
    : QObject(parent)
    , m_fhir(fhir)
    , m_log(log)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &AuditUploader::start);
}

bool AuditUploader::acceptsAuditEvents(const QJsonObject &capabilityStatement)
{
    for (const QJsonValue &rest : capabilityStatement.value(u"rest"_s).toArray()) {
        if (rest[u"mode"_s].toString(u"server"_s) != u"server"_s)
            continue;
        for (const QJsonValue &resource : rest[u"resource"_s].toArray()) {
            if (resource[u"type"_s].toString() != u"AuditEvent"_s)
                continue;
            for (const QJsonValue &interaction : resource[u"interaction"_s].toArray()) {
                if (interaction[u"code"_s].toString() == u"create"_s)
                    return true;
            }
        }
    }
    return false;
}

void AuditUploader::start()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_retry.stop();
    m_running = true;
    m_again = false;
    m_report = {};
    m_queue.clear();
    m_call = m_fhir.capabilities(this);
    connect(m_call, &net::HttpCall::finished, this, &AuditUploader::onCapabilities);
}

void AuditUploader::onCapabilities()
{
    net::HttpCall *call = m_call;
    m_call = nullptr;
    call->deleteLater();
    if (!call->result())
        return finish(call->result().error());
    auto capability = net::FhirClient::parseResource(*call->result());
    if (!capability)
        return finish(capability.error());
    m_report.accepted = acceptsAuditEvents(*capability);
    auto pending = m_log.pendingUpload();
    if (!pending)
        return finish(pending.error());
    if (!pending->unreadable.isEmpty())
        qCWarning(lcSync)
            << pending->unreadable.size()
            << "audit entries do not authenticate and are not sent (see audit verify)";
    m_queue = pending->records.mid(0, m_batchLimit);
    m_report.pending = pending->records.size();
    if (!m_report.accepted) {
        qCInfo(lcSync) << "the network does not accept AuditEvent; entries stay local";
        return finish(m_report);
    }
    sendNext();
}

void AuditUploader::sendNext()
{
    if (m_queue.isEmpty())
        return finish(m_report);
    net::HttpRequestSpec spec;
    spec.method = "POST";
    spec.url = m_fhir.urlFor(u"AuditEvent"_s);
    spec.contentType = "application/fhir+json";
    spec.body
        = QJsonDocument(audit::toAuditEvent(m_queue.constFirst())).toJson(QJsonDocument::Compact);
    // A create must not repeat: a lost answer would leave a duplicate on the server.
    spec.retry = false;
    m_call = m_fhir.transport().send(spec, this);
    connect(m_call, &net::HttpCall::finished, this, &AuditUploader::onPosted);
}

void AuditUploader::onPosted()
{
    net::HttpCall *call = m_call;
    m_call = nullptr;
    call->deleteLater();
    if (!call->result())
        return finish(call->result().error());
    const qint64 seq = m_queue.takeFirst().seq;
    if (auto r = m_log.markUploaded(seq); !r)
        return finish(r.error());
    ++m_report.sent;
    --m_report.pending;
    sendNext();
}

void AuditUploader::finish(Result<AuditUploadReport> result)
{
    m_running = false;
    m_queue.clear();
    if (!result) {
        qCWarning(lcSync) << "audit upload stopped:" << result.error().describe();
        if (m_retryDelayMs > 0)
            m_retry.start(m_retryDelayMs);
    } else if (result->sent > 0) {
        qCInfo(lcSync) << "audit upload:" << result->sent << "entries sent," << result->pending
                       << "pending";
    }
    m_last = std::move(result);
    Q_EMIT finished();
    if (m_again && !m_running && (m_last || m_retryDelayMs <= 0))
        start();
}

} // namespace renkei::sync
