// The demo network's CapabilityStatement (FhirApi::capabilityStatement): what it really serves.
#include "demo/fhirapi.h"
#include "demo/search.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace renkei::demo {

namespace {

QString paramType(const QString &name)
{
    if (name == u"_lastUpdated"_s || name == u"birthdate"_s || name == u"date"_s)
        return u"date"_s;
    if (name == u"name"_s)
        return u"string"_s;
    if (name == u"patient"_s || name == u"subject"_s)
        return u"reference"_s;
    return u"token"_s;
}

} // namespace

HttpResponse FhirApi::capabilityStatement(const QString &base) const
{
    QJsonArray resources;
    for (const QString &type : knownTypes()) {
        QJsonObject r { { u"type"_s, type } };
        QJsonArray interactions { QJsonObject { { u"code"_s, u"read"_s } } };
        if (type != u"Binary"_s) {
            interactions.append(QJsonObject { { u"code"_s, u"search-type"_s } });
            interactions.append(QJsonObject { { u"code"_s, u"history-type"_s } });
        }
        r.insert(u"interaction"_s, interactions);
        if (type != u"Binary"_s) {
            QJsonArray params;
            for (const QString &p : supportedSearchParameters(type))
                params.append(QJsonObject { { u"name"_s, p }, { u"type"_s, paramType(p) } });
            r.insert(u"searchParam"_s, params);
        }
        const QStringList includes = supportedIncludes(type);
        if (!includes.isEmpty())
            r.insert(u"searchInclude"_s, QJsonArray::fromStringList(includes));
        if (type == u"Patient"_s && m_offerEverything)
            r.insert(u"operation"_s,
                QJsonArray { QJsonObject { { u"name"_s, u"everything"_s },
                    { u"definition"_s,
                        u"http://hl7.org/fhir/OperationDefinition/Patient-everything"_s } } });
        resources.append(r);
    }
    if (m_acceptAuditEvents)
        resources.append(QJsonObject { { u"type"_s, u"AuditEvent"_s },
            { u"interaction"_s, QJsonArray { QJsonObject { { u"code"_s, u"create"_s } } } } });
    const QJsonObject oauthUris {
        { u"url"_s, u"http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris"_s },
        { u"extension"_s,
            QJsonArray { QJsonObject { { u"url"_s, u"authorize"_s },
                             { u"valueUri"_s, QString(base + u"/authorize"_s) } },
                QJsonObject {
                    { u"url"_s, u"token"_s }, { u"valueUri"_s, QString(base + u"/token"_s) } },
                QJsonObject {
                    { u"url"_s, u"revoke"_s }, { u"valueUri"_s, QString(base + u"/revoke"_s) } } } }
    };
    const QJsonObject security { { u"extension"_s, QJsonArray { oauthUris } },
        { u"service"_s,
            QJsonArray { QJsonObject { { u"coding"_s,
                QJsonArray { QJsonObject {
                    { u"system"_s,
                        u"http://terminology.hl7.org/CodeSystem/restful-security-service"_s },
                    { u"code"_s, u"SMART-on-FHIR"_s } } } } } } },
        { u"description"_s,
            u"OAuth 2.0 (SMART App Launch): authorization code with PKCE S256, refresh tokens "
            u"that rotate, client credentials. Scopes limit the readable resource types."_s } };
    QJsonObject rest { { u"mode"_s, u"server"_s }, { u"security"_s, security },
        { u"resource"_s, resources },
        { u"searchParam"_s,
            QJsonArray { QJsonObject { { u"name"_s, u"_count"_s }, { u"type"_s, u"number"_s } },
                QJsonObject { { u"name"_s, u"_sort"_s }, { u"type"_s, u"string"_s } },
                QJsonObject { { u"name"_s, u"_lastUpdated"_s }, { u"type"_s, u"date"_s } } } } };
    if (m_offerEverything)
        rest.insert(u"operation"_s,
            QJsonArray { QJsonObject { { u"name"_s, u"everything"_s },
                { u"definition"_s,
                    u"http://hl7.org/fhir/OperationDefinition/Patient-everything"_s } } });
    QJsonObject cs { { u"resourceType"_s, u"CapabilityStatement"_s }, { u"status"_s, u"active"_s },
        { u"date"_s, u"2026-01-01"_s }, { u"kind"_s, u"instance"_s },
        { u"software"_s, QJsonObject { { u"name"_s, m_softwareName } } },
        { u"implementation"_s,
            QJsonObject { { u"description"_s, m_softwareName }, { u"url"_s, base } } },
        { u"fhirVersion"_s, u"4.0.1"_s },
        { u"format"_s, QJsonArray { u"application/fhir+json"_s, u"json"_s } },
        { u"rest"_s, QJsonArray { rest } } };
    if (m_policy)
        cs.insert(u"extension"_s, QJsonArray { net::policyExtension(*m_policy) });
    return HttpResponse::json(200, QJsonDocument(cs).toJson(QJsonDocument::Compact));
}

} // namespace renkei::demo
