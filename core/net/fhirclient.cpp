#include "net/fhirclient.h"

#include "net/neterror.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace renkei::net {

namespace {

const QList<QByteArray> kJsonTypes = { "application/fhir+json", "application/json" };

} // namespace

FhirClient::FhirClient(HttpTransport &transport, const QUrl &baseUrl)
    : m_transport(transport)
    , m_base(baseUrl)
{
    QString path = m_base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    m_base.setPath(path);
}

QUrl FhirClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + u'/' + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

HttpCall *FhirClient::get(const QUrl &url, QObject *parent)
{
    HttpRequestSpec spec;
    spec.url = url;
    spec.expectedContentTypes = kJsonTypes;
    return m_transport.send(spec, parent);
}

HttpCall *FhirClient::read(const QString &type, const QString &id, QObject *parent)
{
    return get(urlFor(type + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id))), parent);
}

HttpCall *FhirClient::capabilities(QObject *parent)
{
    return get(urlFor(u"metadata"_s), parent);
}

HttpCall *FhirClient::binary(const QString &id, QObject *parent)
{
    HttpRequestSpec spec;
    spec.url = urlFor(u"Binary/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)));
    spec.accept = "*/*";
    return m_transport.send(spec, parent);
}

FhirPaging *FhirClient::search(
    const QString &type, const QUrlQuery &params, const PagingOptions &options, QObject *parent)
{
    return new FhirPaging(*this, urlFor(type, params), options, parent);
}

FhirPaging *FhirClient::everything(
    const QString &patientId, const QDateTime &since, const PagingOptions &options, QObject *parent)
{
    QUrlQuery query;
    if (since.isValid())
        query.addQueryItem(u"_since"_s, since.toUTC().toString(Qt::ISODateWithMs));
    const QString path = u"Patient/"_s + QString::fromLatin1(QUrl::toPercentEncoding(patientId))
        + u"/$everything"_s;
    return new FhirPaging(*this, urlFor(path, query), options, parent);
}

Result<QJsonObject> FhirClient::parseResource(const HttpResponse &response)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return netError(Error::Kind::NotJson, u"the response is not a JSON object"_s,
            u"malformed"_s, redactedUrl(response.url));
    const QJsonObject object = doc.object();
    if (!object.value(u"resourceType"_s).isString())
        return netError(Error::Kind::NotFhir, u"the response is not a FHIR resource"_s,
            u"not-fhir"_s, redactedUrl(response.url));
    return object;
}

} // namespace renkei::net
