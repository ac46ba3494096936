#pragma once

#include "demo/faults.h"
#include "demo/http.h"
#include "demo/oauth.h"
#include "demo/paging.h"
#include "demo/serverstore.h"
#include "net/networkpolicy.h"

#include <optional>

// The FHIR R4 REST surface of the demo network over a ResourceStore: the CapabilityStatement,
// read, type-level search with stable paging, type-level history, Patient/$everything, Binary.
// Authorization is decided before: every call here comes with the caller's AccessContext.
//
// Scopes: a read of a type the scopes do not cover is 403; a search on such a type is 403;
// $everything and _include leave such resources out silently.
namespace renkei::demo {

class FhirApi {
public:
    FhirApi(ResourceStore &store, Clock clock);

    void setSoftwareName(const QString &name) { m_softwareName = name; }
    // Whether Patient/$everything is offered (in the CapabilityStatement and served); tests of
    // clients that fall back to per-type searches turn it off.
    void setOfferEverything(bool offer) { m_offerEverything = offer; }
    bool offersEverything() const { return m_offerEverything; }
    // Whether `POST AuditEvent` (create) is accepted and listed in the CapabilityStatement;
    // accepted events are kept in memory (receivedAuditEvents()).
    void setAcceptAuditEvents(bool accept) { m_acceptAuditEvents = accept; }
    const QList<QByteArray> &receivedAuditEvents() const { return m_auditEvents; }
    // The network's policy published in the CapabilityStatement (docs/network.md "Policy");
    // nullopt publishes none. The demo network publishes 晴れやかネット's: 360 days unviewed.
    void setPolicy(std::optional<net::NetworkPolicy> policy) { m_policy = std::move(policy); }
    const std::optional<net::NetworkPolicy> &policy() const { return m_policy; }

    // `base` is the FHIR base URL without a trailing slash.
    HttpResponse handle(const HttpRequest &request, const AccessContext &access,
        const QString &base, const FaultPlan &faults);
    HttpResponse capabilityStatement(const QString &base) const;

    // Resource types this server serves (the dataset's, plus the searchable ones).
    QStringList knownTypes() const;

    static HttpResponse outcome(int status, const QString &code, const QString &diagnostics,
        const QString &severity = QStringLiteral("error"));
    static QByteArray outcomeJson(
        const QString &severity, const QString &code, const QString &diagnostics);

    SnapshotStore &snapshots() { return m_snapshots; }

private:
    HttpResponse read(const HttpRequest &request, const AccessContext &access, const QString &type,
        const QString &id);
    HttpResponse binary(const HttpRequest &request, int index);
    HttpResponse searchType(const HttpRequest &request, const AccessContext &access,
        const QString &type, const QString &base, const FaultPlan &faults);
    HttpResponse everything(const HttpRequest &request, const AccessContext &access,
        const QString &patientId, const QString &base, const FaultPlan &faults);
    HttpResponse history(const HttpRequest &request, const AccessContext &access,
        const QString &type, const QString &base, const FaultPlan &faults);
    HttpResponse nextPage(const HttpRequest &request, const AccessContext &access,
        const QString &base, const FaultPlan &faults);
    HttpResponse page(Snapshot &snapshot, int offset, int count, const AccessContext &access,
        const QString &base, const FaultPlan &faults);
    HttpResponse createAuditEvent(const HttpRequest &request, const QString &base);
    QString pageUrl(const QString &base, const Snapshot &snapshot, int offset, int count) const;

    ResourceStore &m_store;
    Clock m_clock;
    SnapshotStore m_snapshots;
    QString m_softwareName;
    bool m_offerEverything = true;
    bool m_acceptAuditEvents = true;
    QList<QByteArray> m_auditEvents; // compact JSON, as stored (with the id given)
    std::optional<net::NetworkPolicy> m_policy = demoPolicy();

    static net::NetworkPolicy demoPolicy()
    {
        net::NetworkPolicy p;
        p.expiryUnviewedDays = 360;
        p.idleLockMinutes = 15;
        return p;
    }
};

} // namespace renkei::demo
