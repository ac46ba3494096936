#include "syncfixture.h"

#include "../cache/cachefixture.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace renkei::test {

const demo::Dataset &syncDataset()
{
    static const demo::Dataset dataset = demo::generate(
        demo::GeneratorOptions { demo::GeneratorOptions::Size::Typical, 7, kDatasetToday });
    return dataset;
}

QString pickPatient(int minResources, int maxResources)
{
    QHash<QString, int> counts;
    for (const demo::StoredResource &r : syncDataset().resources) {
        if (!r.patientId.isEmpty())
            ++counts[r.patientId];
    }
    QString best;
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() >= minResources && it.value() <= maxResources
            && (it.value() > bestCount || (it.value() == bestCount && it.key() < best))) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

void StaticToken::refreshAccessToken(QObject *, std::function<void(const Result<void> &)> done)
{
    done(Error { Error::Kind::Auth, u"static token"_s, {}, {}, u"static"_s });
}

SyncFixture::SyncFixture() = default;

SyncFixture::~SyncFixture()
{
    closeCache();
}

net::TransportOptions SyncFixture::fastOptions()
{
    net::TransportOptions o;
    o.requestTimeoutMs = 4000;
    o.stalledTimeoutMs = 2000;
    o.retry.baseDelayMs = 20;
    o.retry.maxDelayMs = 100;
    o.retry.maxAttempts = 2;
    return o;
}

sync::SyncOptions SyncFixture::syncOptions() const
{
    sync::SyncOptions o;
    o.pageSize = 100;
    o.now = [] { return QDateTime(kDatasetToday, QTime(9, 0), Qt::UTC); };
    return o;
}

bool SyncFixture::start(demo::DemoServerOptions options)
{
    server = std::make_unique<demo::DemoServer>(syncDataset());
    options.accessTokenLifetimeSeconds = 3600;
    auto url = server->start(0, options);
    if (!url) {
        qWarning() << url.error().describe();
        return false;
    }
    token.token = server->issueAccessToken(u"doctor"_s).toUtf8();
    nam = std::make_unique<QNetworkAccessManager>();
    transport = std::make_unique<net::HttpTransport>(*nam, net::TlsPolicy {}, transportOptions);
    transport->setTokenSource(&token);
    fhir = std::make_unique<net::FhirClient>(*transport, *url);
    return !token.token.isEmpty() && openCache();
}

bool SyncFixture::openCache()
{
    closeCache();
    cache = openCacheAt(cachePath(), keys, cache::Cache::keyScope(kSyncNetwork, u"test"_s));
    return cache != nullptr;
}

void SyncFixture::closeCache()
{
    cache.reset();
}

Result<sync::SyncReport> SyncFixture::sync(const QString &patientId,
    const sync::SyncOptions &options, const std::function<void(sync::SyncEngine &)> &setup,
    int timeoutMs)
{
    sync::SyncEngine engine(*fhir, *cache, kSyncNetwork, options);
    if (setup)
        setup(engine);
    QSignalSpy done(&engine, &sync::SyncEngine::finished);
    engine.start(patientId);
    if (!done.wait(timeoutMs) && done.isEmpty()) {
        engine.cancel();
        return Error { Error::Kind::Timeout, u"the test's wait ran out"_s };
    }
    return engine.result();
}

QHash<QString, int> SyncFixture::cachedCounts(const QString &patientId)
{
    QHash<QString, int> out;
    const QString key = cache->patientKey(cache::PatientRef { kSyncNetwork, patientId });
    RawConnection raw(cachePath());
    const auto rows = raw.rows(
        u"SELECT type, count(*) FROM resources WHERE pkey = '%1' GROUP BY type"_s.arg(key));
    for (const auto &row : rows)
        out.insert(row.at(0).toString(), row.at(1).toInt());
    return out;
}

QHash<QString, int> SyncFixture::expectedCounts(const QString &patientId, bool withShared) const
{
    const demo::ResourceStore &store = server->store();
    QHash<QString, int> out;
    QSet<int> shared;
    for (int i : store.ofPatient(patientId)) {
        ++out[store.at(i).resource.type];
        if (!withShared || store.at(i).resource.type == u"Patient"_s)
            continue; // $everything adds what the chart refers to
        for (const QString &ref : store.references(i)) {
            const int target = store.resolve(ref);
            if (target >= 0 && store.at(target).resource.patientId.isEmpty())
                shared.insert(target);
        }
    }
    for (int i : std::as_const(shared))
        ++out[store.at(i).resource.type];
    return out;
}

QByteArray SyncFixture::resourceRowsDigest()
{
    RawConnection raw(cachePath());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto rows
        = raw.rows(u"SELECT row_id, last_updated, body FROM resources ORDER BY row_id"_s);
    for (const auto &row : rows) {
        hash.addData(row.at(0).toByteArray());
        hash.addData(row.at(1).toByteArray());
        hash.addData(row.at(2).toByteArray());
    }
    return hash.result();
}

QString countsText(const QHash<QString, int> &counts)
{
    QStringList keys = counts.keys();
    keys.sort();
    QStringList parts;
    for (const QString &k : std::as_const(keys))
        parts.append(k + u'=' + QString::number(counts.value(k)));
    return parts.join(u' ');
}

} // namespace renkei::test
