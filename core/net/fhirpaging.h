#pragma once

#include "fhir/reader.h"
#include "util/result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <optional>

namespace renkei::net {

class FhirClient;
class HttpCall;

// One resource of a page as the server sent it (the sync engine keeps it, DESIGN.md "The cache
// keeps the source resource").
struct RawResource {
    QString type;
    QString id;
    QDateTime lastUpdated; // meta.lastUpdated, invalid when absent
    QString versionId; // meta.versionId, empty when absent
    QString searchMode; // "match", "include", "outcome" (empty when absent)
    QByteArray json; // compact JSON of entry.resource (empty for a deletion)
    // A history entry that records a deletion (request.method DELETE, or response.status 410):
    // type and id come from request.url, lastUpdated from response.lastModified.
    bool deleted = false;
};

struct FhirPage {
    int index = 0; // 0 for the first page
    QUrl url; // the page's own URL (resume a sync from here); may hold patient ids, never log
    QDateTime bundleLastUpdated; // Bundle.meta.lastUpdated: the next incremental sync's mark
    std::optional<qint64> total; // Bundle.total when given
    QList<RawResource> raw;
    fhir::ReadOutcome parsed; // the model values (when PagingOptions::parse)
    bool hasNext = false;
    QUrl next; // the `next` link (empty on the last page); may hold patient ids, never log
};

struct PagingOptions {
    int maxPages = 10000;
    bool parse = true;
    fhir::ReadOptions read;
};

// Follows a searchset's `next` links: one page at a time, pageReady() for each (in order), then
// finished() once. Refuses a `next` link seen before (a loop), to another scheme, host or port,
// and more than maxPages pages; each is Kind::Invalid with code "next-loop", "next-foreign",
// "too-many-pages".
class FhirPaging : public QObject {
    Q_OBJECT
public:
    FhirPaging(FhirClient &client, const QUrl &first, PagingOptions options, QObject *parent);
    ~FhirPaging() override;

    void cancel();
    bool isFinished() const { return m_result.has_value(); }
    const Result<void> &result() const { return *m_result; }
    int pageCount() const { return m_pages; }

Q_SIGNALS:
    void pageReady(const renkei::net::FhirPage &page);
    void finished();

private:
    void fetch(const QUrl &url);
    void onPageFinished();
    Result<FhirPage> parsePage(const QByteArray &body, const QUrl &url) const;
    void finish(Result<void> result);

    FhirClient &m_client;
    PagingOptions m_options;
    QUrl m_origin;
    QUrl m_current;
    QSet<QUrl> m_seen;
    QPointer<HttpCall> m_call;
    std::optional<Result<void>> m_result;
    int m_pages = 0;
};

} // namespace renkei::net
