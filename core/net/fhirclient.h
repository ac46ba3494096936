#pragma once

#include "net/fhirpaging.h"
#include "net/httpcall.h"

#include <QJsonObject>
#include <QUrlQuery>

// The FHIR R4 REST client (issue 4 §4): reads, searches with paging, $everything, the
// CapabilityStatement and Binary content, through one HttpTransport. Every call returns a
// handle: connect to finished(), call cancel() at any time; calls are children of `parent`
// (or deleted by the caller with deleteLater()).
namespace renkei::net {

class FhirClient {
public:
    FhirClient(HttpTransport &transport, const QUrl &baseUrl);

    HttpCall *read(const QString &type, const QString &id, QObject *parent = nullptr);
    HttpCall *capabilities(QObject *parent = nullptr);
    // The raw content (any content type): `Binary/{id}` without the FHIR Accept header.
    HttpCall *binary(const QString &id, QObject *parent = nullptr);
    FhirPaging *search(const QString &type, const QUrlQuery &params,
        const PagingOptions &options = {}, QObject *parent = nullptr);
    // Patient/{id}/$everything, with `_since` when `since` is valid.
    FhirPaging *everything(const QString &patientId, const QDateTime &since = {},
        const PagingOptions &options = {}, QObject *parent = nullptr);
    // A GET of a FHIR JSON resource by absolute URL (paging uses it).
    HttpCall *get(const QUrl &url, QObject *parent = nullptr);

    // The JSON object of a FHIR response; Kind::NotJson / NotFhir when it is not one.
    static Result<QJsonObject> parseResource(const HttpResponse &response);

    QUrl baseUrl() const { return m_base; }
    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;
    HttpTransport &transport() { return m_transport; }

private:
    HttpTransport &m_transport;
    QUrl m_base;
};

} // namespace renkei::net
