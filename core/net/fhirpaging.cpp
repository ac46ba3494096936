#include "net/fhirpaging.h"

#include "net/fhirclient.h"
#include "net/neterror.h"
#include "util/logging.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace renkei::net {

namespace {

QString link(const QJsonObject &bundle, const QString &relation)
{
    const QJsonArray links = bundle.value(u"link"_s).toArray();
    for (const QJsonValue &l : links) {
        if (l.toObject().value(u"relation"_s).toString() == relation)
            return l.toObject().value(u"url"_s).toString();
    }
    return {};
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port() == b.port();
}

// A history entry that records a deletion, as a RawResource with `deleted` set.
std::optional<RawResource> deletionEntry(const QJsonObject &entry)
{
    const QJsonObject request = entry.value(u"request"_s).toObject();
    const QJsonObject response = entry.value(u"response"_s).toObject();
    if (request.value(u"method"_s).toString() != u"DELETE"_s
        && !response.value(u"status"_s).toString().startsWith(u"410"_s))
        return std::nullopt;
    // "Type/id", possibly with "/_history/<version>", possibly absolute.
    QStringList parts = QUrl(request.value(u"url"_s).toString()).path().split(u'/');
    const qsizetype history = parts.indexOf(u"_history"_s);
    if (history >= 0)
        parts = parts.mid(0, history);
    if (parts.size() < 2 || parts.at(parts.size() - 2).isEmpty() || parts.last().isEmpty())
        return std::nullopt;
    RawResource raw;
    raw.type = parts.at(parts.size() - 2);
    raw.id = parts.last();
    raw.lastUpdated
        = QDateTime::fromString(response.value(u"lastModified"_s).toString(), Qt::ISODateWithMs);
    raw.deleted = true;
    return raw;
}

} // namespace

FhirPaging::FhirPaging(
    FhirClient &client, const QUrl &first, PagingOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
    , m_origin(first)
{
    fetch(first);
}

FhirPaging::~FhirPaging()
{
    if (m_call)
        delete m_call.data();
}

void FhirPaging::fetch(const QUrl &url)
{
    m_current = url;
    m_seen.insert(url.adjusted(QUrl::NormalizePathSegments));
    m_call = m_client.get(url, this);
    connect(m_call, &HttpCall::finished, this, &FhirPaging::onPageFinished);
}

void FhirPaging::onPageFinished()
{
    HttpCall *call = m_call;
    m_call = nullptr;
    if (!call)
        return;
    call->deleteLater();
    if (!call->result()) {
        finish(call->result().error());
        return;
    }
    auto page = parsePage(call->result()->body, m_current);
    if (!page) {
        finish(page.error());
        return;
    }
    const QUrl pageUrl = m_current;
    ++m_pages;
    const bool more = page->hasNext;
    const QUrl next = page->next;
    qCDebug(lcNet) << "page" << page->index << "entries" << page->raw.size() << "more" << more;
    // What ends the paging after this page (none: there is a next page to follow).
    std::optional<Result<void>> end;
    if (!more)
        end = Result<void> {};
    else if (!sameOrigin(next, m_origin))
        end = netError(Error::Kind::Invalid,
            u"the server's next link points to another host, scheme or port"_s, u"next-foreign"_s,
            redactedUrl(pageUrl));
    else if (m_seen.contains(next.adjusted(QUrl::NormalizePathSegments)))
        end = netError(Error::Kind::Invalid, u"the server's next links go round in a loop"_s,
            u"next-loop"_s, redactedUrl(pageUrl));
    else if (m_pages >= m_options.maxPages)
        end = netError(Error::Kind::Invalid, u"more pages than this client follows"_s,
            u"too-many-pages"_s, redactedUrl(pageUrl));
    // The next page is asked for before this one is handed over, so that it downloads while
    // the receiver works on this one (the sync engine stores it); a cancel from the slot
    // cancels that request too.
    if (!end)
        fetch(next);
    Q_EMIT pageReady(*page);
    if (isFinished())
        return; // cancelled from a slot
    if (end)
        finish(std::move(*end));
}

Result<FhirPage> FhirPaging::parsePage(const QByteArray &body, const QUrl &url) const
{
    HttpResponse response;
    response.body = body;
    response.url = url;
    auto object = FhirClient::parseResource(response);
    if (!object)
        return object.error();
    const QJsonObject &bundle = *object;
    if (bundle.value(u"resourceType"_s).toString() != u"Bundle"_s)
        return netError(Error::Kind::NotFhir, u"a search answered something else than a Bundle"_s,
            u"not-bundle"_s, redactedUrl(url));
    FhirPage page;
    page.index = m_pages;
    page.url = url;
    page.bundleLastUpdated = QDateTime::fromString(
        bundle.value(u"meta"_s).toObject().value(u"lastUpdated"_s).toString(), Qt::ISODateWithMs);
    if (bundle.contains(u"total"_s))
        page.total = bundle.value(u"total"_s).toInteger();
    page.next = QUrl(link(bundle, u"next"_s));
    page.hasNext = !page.next.isEmpty();
    const QJsonArray entries = bundle.value(u"entry"_s).toArray();
    page.raw.reserve(entries.size());
    for (const QJsonValue &v : entries) {
        const QJsonObject entry = v.toObject();
        const QJsonObject resource = entry.value(u"resource"_s).toObject();
        if (resource.isEmpty()) {
            if (auto deletion = deletionEntry(entry))
                page.raw.append(std::move(*deletion));
            continue;
        }
        RawResource raw;
        raw.type = resource.value(u"resourceType"_s).toString();
        raw.id = resource.value(u"id"_s).toString();
        const QJsonObject meta = resource.value(u"meta"_s).toObject();
        raw.lastUpdated
            = QDateTime::fromString(meta.value(u"lastUpdated"_s).toString(), Qt::ISODateWithMs);
        raw.versionId = meta.value(u"versionId"_s).toString();
        raw.searchMode = entry.value(u"search"_s).toObject().value(u"mode"_s).toString();
        raw.json = QJsonDocument(resource).toJson(QJsonDocument::Compact);
        page.raw.append(std::move(raw));
    }
    if (m_options.parse) {
        auto parsed = fhir::readResource(bundle, redactedUrl(url), m_options.read);
        if (!parsed)
            return parsed.error();
        page.parsed = std::move(*parsed);
    }
    return page;
}

void FhirPaging::cancel()
{
    if (isFinished())
        return;
    if (m_call) {
        HttpCall *call = m_call;
        m_call = nullptr;
        call->disconnect(this);
        call->cancel();
        call->deleteLater();
    }
    finish(netError(Error::Kind::Cancelled, u"cancelled"_s, u"cancelled"_s));
}

void FhirPaging::finish(Result<void> result)
{
    if (isFinished())
        return;
    m_result = std::move(result);
    Q_EMIT finished();
}

} // namespace renkei::net
