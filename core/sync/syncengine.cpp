#include "sync/syncengine.h"

#include "util/logging.h"

#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace renkei::sync {

namespace {

QString instant(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Error syncError(Error::Kind kind, const QString &message, const QString &code)
{
    return Error { kind, message, u"sync"_s, {}, code };
}

} // namespace

SyncEngine::SyncEngine(net::FhirClient &client, cache::Cache &cache, QString networkId,
    SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_network(std::move(networkId))
    , m_options(std::move(options))
{
    m_options.maxParallel = std::max(1, m_options.maxParallel);
    m_options.pageSize = std::clamp(m_options.pageSize, 1, 1000);
}

SyncEngine::~SyncEngine()
{
    stopStreams();
}

QDateTime SyncEngine::now() const
{
    return m_options.now ? m_options.now().toUTC() : QDateTime::currentDateTimeUtc();
}

void SyncEngine::start(const QString &patientId)
{
    if (m_running || isFinished())
        return;
    m_patientId = patientId;
    m_ref = cache::PatientRef { m_network, patientId };
    m_running = true;
    m_timer.start();
    // Always asynchronous, so that finished() comes after start() returns.
    QTimer::singleShot(0, this, [this] {
        if (!m_running)
            return;
        if (m_caps)
            begin();
        else
            fetchCapabilities();
    });
}

void SyncEngine::fetchCapabilities()
{
    m_capsCall = m_client.capabilities(this);
    connect(m_capsCall, &net::HttpCall::finished, this, [this] {
        net::HttpCall *call = m_capsCall;
        m_capsCall = nullptr;
        if (!call || isFinished())
            return;
        call->deleteLater();
        if (!call->result()) {
            fail(call->result().error());
            return;
        }
        auto json = net::FhirClient::parseResource(*call->result());
        if (!json) {
            fail(json.error());
            return;
        }
        SyncCapabilities caps = SyncCapabilities::fromJson(*json);
        // The server's clock (never ours): the fallback mark when a Bundle gives no time.
        const QByteArray date = call->result()->header("Date");
        if (!date.isEmpty())
            caps.serverTime = QDateTime::fromString(QString::fromLatin1(date), Qt::RFC2822Date);
        m_caps = std::move(caps);
        begin();
    });
}

void SyncEngine::begin()
{
    auto stored = m_cache.syncState(m_ref);
    if (!stored) {
        fail(stored.error());
        return;
    }
    std::optional<ResumeState> resume;
    if (*stored) {
        m_previousMark = (*stored)->lastServerTime;
        resume = ResumeState::fromText((*stored)->resumeUrl);
    }
    if (resume && resume->phase != phase::Complete) {
        m_state = *resume;
        m_report.resumed = true;
        m_report.incremental = m_state.incremental;
        m_report.usedEverything = m_state.everything;
        m_progress.phase = m_state.phase;
        m_referenceSet = QSet<QString>(m_state.references.cbegin(), m_state.references.cend());
        for (const StreamState &s : std::as_const(m_state.streams))
            m_streams.append(Stream { s, {}, false });
        qCInfo(lcSync) << "resuming a sync in phase" << m_state.phase << "with" << m_streams.size()
                       << "searches";
        Q_EMIT phaseChanged(m_state.phase);
        runPhase();
        return;
    }
    m_state = ResumeState {};
    m_state.incremental = m_previousMark.isValid();
    m_state.since = m_previousMark;
    m_state.cutoff = now().addDays(-m_options.recentDays);
    m_state.everything = m_caps->everything && m_options.preferEverything;
    m_report.incremental = m_state.incremental;
    m_report.usedEverything = m_state.everything;
    planPhase(m_state.incremental ? phase::Changes : phase::Recent);
    runPhase();
}

QUrl SyncEngine::searchUrl(const QString &type, QUrlQuery query) const
{
    for (const QString &include : m_caps->includes.value(type))
        query.addQueryItem(u"_include"_s, include);
    query.addQueryItem(u"_count"_s, QString::number(m_options.pageSize));
    return m_client.urlFor(type, query);
}

void SyncEngine::planPhase(const QString &name)
{
    m_state.phase = name;
    m_streams.clear();
    m_progress.phase = name;
    const QString patient = m_patientId;
    const QString everythingPath
        = u"Patient/"_s + QString::fromLatin1(QUrl::toPercentEncoding(patient)) + u"/$everything"_s;
    auto add = [this](const QString &type, const QUrl &url) {
        m_streams.append(Stream { StreamState { type, url, {}, false }, {}, false });
    };
    auto byPatient = [&](const QList<QPair<QString, QString>> &extra) {
        QUrlQuery q;
        q.addQueryItem(u"patient"_s, patient);
        for (const auto &[k, v] : extra)
            q.addQueryItem(k, v);
        return q;
    };
    // Types the Recent phase fetches whole (small, always current): History skips them.
    auto wholeInRecent = [this](const QString &type) {
        return !recentTypes().contains(type) || !m_caps->searchable(type, u"date"_s);
    };
    const QStringList types = m_caps->patientTypes();
    if (name == phase::Recent) {
        add(u"Patient"_s, searchUrl(u"Patient"_s, QUrlQuery { { u"_id"_s, patient } }));
        const QString cutoff = u"ge"_s + m_state.cutoff.date().toString(Qt::ISODate);
        for (const QString &type : types) {
            if (wholeInRecent(type)) {
                if (!recentTypes().contains(type))
                    add(type, searchUrl(type, byPatient({})));
            } else {
                add(type, searchUrl(type, byPatient({ { u"date"_s, cutoff } })));
            }
        }
    } else if (name == phase::History) {
        if (m_state.everything) {
            QUrlQuery q;
            q.addQueryItem(u"_count"_s, QString::number(m_options.pageSize));
            add(u"*"_s, m_client.urlFor(everythingPath, q));
        } else {
            for (const QString &type : types) {
                if (recentTypes().contains(type))
                    add(type, searchUrl(type, byPatient({})));
            }
        }
    } else if (name == phase::Changes) {
        if (m_state.everything) {
            QUrlQuery q;
            // _since is inclusive: one millisecond after the mark is "changed after it".
            q.addQueryItem(u"_since"_s, instant(m_state.since.addMSecs(1)));
            q.addQueryItem(u"_count"_s, QString::number(m_options.pageSize));
            add(u"*"_s, m_client.urlFor(everythingPath, q));
        } else {
            const QString gt = u"gt"_s + instant(m_state.since);
            QUrlQuery pq { { u"_id"_s, patient } };
            if (m_caps->searchable(u"Patient"_s, u"_lastUpdated"_s))
                pq.addQueryItem(u"_lastUpdated"_s, gt);
            add(u"Patient"_s, searchUrl(u"Patient"_s, pq));
            for (const QString &type : types) {
                const bool filtered = m_caps->searchable(type, u"_lastUpdated"_s);
                add(type,
                    searchUrl(type,
                        byPatient(filtered
                                ? QList<QPair<QString, QString>> { { u"_lastUpdated"_s, gt } }
                                : QList<QPair<QString, QString>> {})));
            }
        }
    } else if (name == phase::References) {
        // What no patient search brings: shared resources and document Bundles/Binaries,
        // asked for by _id, 50 at a time per type.
        QHash<QString, QStringList> byType;
        for (const QString &ref : std::as_const(m_state.references)) {
            const QString type = ref.section(u'/', 0, 0);
            if (!m_storedThisRun.contains(ref) && m_caps->searchable(type, u"_id"_s))
                byType[type].append(ref.section(u'/', 1));
        }
        QStringList refTypes = byType.keys();
        refTypes.sort();
        for (const QString &type : std::as_const(refTypes)) {
            const QStringList ids = byType.value(type);
            for (qsizetype i = 0; i < ids.size(); i += 50) {
                QUrlQuery q;
                q.addQueryItem(u"_id"_s, ids.mid(i, 50).join(u','));
                q.addQueryItem(u"_count"_s, QString::number(m_options.pageSize));
                add(type, m_client.urlFor(type, q));
            }
        }
    } else if (name == phase::Deletions) {
        QStringList historyTypes = types;
        historyTypes.prepend(u"Patient"_s);
        for (const QString &type : std::as_const(historyTypes)) {
            if (!m_caps->historyTypes.contains(type))
                continue;
            QUrlQuery q;
            q.addQueryItem(u"_since"_s, instant(m_state.since.addMSecs(1)));
            q.addQueryItem(u"_count"_s, QString::number(m_options.pageSize));
            add(type, m_client.urlFor(type + u"/_history"_s, q));
        }
    }
    m_state.streams.clear();
    for (const Stream &s : std::as_const(m_streams))
        m_state.streams.append(s.state);
    qCInfo(lcSync) << "phase" << name << "with" << m_streams.size() << "searches"
                   << (m_state.everything ? "($everything)" : "(per type)");
    Q_EMIT phaseChanged(name);
}

void SyncEngine::runPhase()
{
    bool allDone = true;
    for (const Stream &s : std::as_const(m_streams))
        allDone = allDone && s.state.done;
    if (allDone)
        finishPhase();
    else
        pump();
}

void SyncEngine::pump()
{
    int active = 0;
    for (const Stream &s : std::as_const(m_streams))
        active += s.paging ? 1 : 0;
    for (int i = 0; i < m_streams.size() && active < m_options.maxParallel; ++i) {
        if (!m_streams.at(i).state.done && !m_streams.at(i).paging) {
            startStream(i);
            ++active;
        }
    }
}

void SyncEngine::startStream(int index)
{
    Stream &s = m_streams[index];
    const QUrl url = s.state.next.isEmpty() ? s.state.first : s.state.next;
    net::PagingOptions options;
    options.parse = false; // the cache reads each resource once, as it stores it
    options.maxPages = 1000000;
    auto *paging = new net::FhirPaging(m_client, url, options, this);
    s.paging = paging;
    connect(paging, &net::FhirPaging::pageReady, this,
        [this, index](const net::FhirPage &page) { onPage(index, page); });
    connect(paging, &net::FhirPaging::finished, this, [this, index] { onStreamFinished(index); });
}

cache::SyncCursor SyncEngine::cursor(const QString &resumeText) const
{
    // lastServerTime stays the last COMPLETE sync's until this one completes.
    return cache::SyncCursor { m_previousMark, resumeText, m_state.phase };
}

void SyncEngine::onPage(int index, const net::FhirPage &page)
{
    if (isFinished())
        return;
    Stream &s = m_streams[index];
    if (page.bundleLastUpdated.isValid()
        && (!m_state.mark.isValid() || page.bundleLastUpdated.toUTC() < m_state.mark))
        m_state.mark = page.bundleLastUpdated.toUTC();
    const bool deletionsOnly = m_state.phase == phase::Deletions;
    QList<cache::RawResource> batch;
    batch.reserve(page.raw.size());
    for (const net::RawResource &raw : page.raw) {
        if (raw.searchMode == u"outcome"_s || raw.type == u"OperationOutcome"_s)
            continue;
        if (deletionsOnly != raw.deleted)
            continue; // a history's other entries are other patients' changes: not ours
        if (m_state.incremental && raw.lastUpdated.isValid() && raw.lastUpdated <= m_state.since)
            continue; // unchanged since the last sync (an _include or a reference): cached
        const QString key = raw.type + u'/' + raw.id;
        if (!raw.deleted && raw.lastUpdated.isValid()) {
            const auto seen = m_storedThisRun.constFind(key);
            if (seen != m_storedThisRun.cend() && *seen == raw.lastUpdated)
                continue; // stored a moment ago (the Recent phase)
        }
        if (raw.type == u"Patient"_s && raw.id == m_patientId)
            m_patientSeen = true;
        batch.append(toCacheResource(raw));
    }
    s.state.next = page.next;
    s.state.done = !page.hasNext;
    m_state.streams[index] = s.state;
    qint64 stored = 0;
    if (!batch.isEmpty()) {
        auto stats = m_cache.putPage(m_ref, batch, cursor(m_state.toText()));
        if (!stats) {
            fail(stats.error());
            return;
        }
        m_report.written += stats->written;
        m_report.skippedOlder += stats->skippedOlder;
        m_report.deleted += stats->deleted;
        m_report.rejected += stats->rejected;
        stored = stats->written + stats->deleted;
        const bool collect = !m_state.everything && m_state.phase != phase::References
            && m_state.phase != phase::Deletions;
        for (const cache::RawResource &r : std::as_const(batch)) {
            if (!r.deleted && r.lastUpdated.isValid())
                m_storedThisRun.insert(r.type + u'/' + r.id, r.lastUpdated);
            if (collect && !r.deleted)
                noteReferences(r.json);
            m_report.perType[r.type] += 1;
            m_progress.perType[r.type] += 1;
        }
        ++m_report.pages;
        Q_EMIT pageStored(m_state.phase, s.state.type, static_cast<int>(batch.size()));
        if (isFinished())
            return; // cancelled from a slot
    }
    updateProgress(page, stored, s.state.type);
}

void SyncEngine::updateProgress(const net::FhirPage &page, qint64 stored, const QString &)
{
    m_progress.resources += stored;
    for (const net::RawResource &r : page.raw) {
        m_progress.bytes += r.json.size();
        // Bundle.total counts the matches: _include and outcome entries come on top.
        if (r.searchMode.isEmpty() || r.searchMode == u"match"_s)
            ++m_progress.received;
    }
    m_report.bytes = m_progress.bytes;
    if (page.index == 0 && page.total)
        m_progress.expected = std::max<qint64>(m_progress.expected, 0) + *page.total;
    ++m_progress.pages;
    m_progress.elapsedMs = m_timer.elapsed();
    m_progress.etaMs = -1;
    if (m_progress.expected > m_progress.received && m_progress.received > 0)
        m_progress.etaMs = m_progress.elapsedMs * (m_progress.expected - m_progress.received)
            / m_progress.received;
    else if (m_progress.expected >= 0 && m_progress.received >= m_progress.expected)
        m_progress.etaMs = 0;
    Q_EMIT progressChanged(m_progress);
}

void SyncEngine::onStreamFinished(int index)
{
    Stream &s = m_streams[index];
    net::FhirPaging *paging = s.paging;
    s.paging = nullptr;
    if (!paging || isFinished())
        return;
    paging->deleteLater();
    if (!paging->result()) {
        const Error &error = paging->result().error();
        if (error.kind == Error::Kind::NotFound && error.code == u"http-410"_s
            && !s.state.next.isEmpty() && !s.restarted) {
            // The server forgot the search behind a page link (a snapshot expired while we
            // were stopped): search again from the first page; stored rows are upserted.
            qCInfo(lcSync) << "a page link expired; searching" << s.state.type << "again";
            s.restarted = true;
            s.state.next = QUrl();
            s.state.done = false;
            m_state.streams[index] = s.state;
            startStream(index);
            return;
        }
        if (error.kind == Error::Kind::Forbidden && s.state.type != u"*"_s
            && s.state.type != u"Patient"_s) {
            // The account's scopes leave this type out (a pharmacist and discharge
            // summaries): the rest of the record is still synced, as $everything would do.
            qCInfo(lcSync) << "not allowed to read" << s.state.type << "; skipped";
            if (!m_report.forbiddenTypes.contains(s.state.type))
                m_report.forbiddenTypes.append(s.state.type);
        } else {
            fail(error);
            return;
        }
    }
    s.state.done = true;
    m_state.streams[index] = s.state;
    runPhase();
}

QString SyncEngine::nextPhase(const QString &current) const
{
    if (current == phase::Recent)
        return phase::History;
    if ((current == phase::History || current == phase::Changes) && !m_state.everything)
        return phase::References;
    if ((current == phase::Changes || current == phase::References) && m_state.incremental
        && m_options.deletions)
        return phase::Deletions;
    return phase::Complete;
}

void SyncEngine::noteReferences(const QByteArray &json)
{
    for (const QString &ref : relativeReferences(json)) {
        const QString type = ref.section(u'/', 0, 0);
        // Patient-compartment types come from their own searches.
        if (type == u"Patient"_s || syncedTypes().contains(type) || m_referenceSet.contains(ref))
            continue;
        m_referenceSet.insert(ref);
        m_state.references.append(ref);
    }
}

void SyncEngine::finishPhase()
{
    if (m_state.phase == phase::Recent && !m_patientSeen && !m_report.resumed) {
        fail(syncError(
            Error::Kind::NotFound, u"the network has no such patient"_s, u"unknown-patient"_s));
        return;
    }
    const QString next = nextPhase(m_state.phase);
    if (next == phase::Complete) {
        complete();
        return;
    }
    planPhase(next);
    runPhase();
}

void SyncEngine::complete()
{
    QDateTime mark = m_state.mark;
    if (!mark.isValid() && m_caps && m_caps->serverTime.isValid())
        mark = m_caps->serverTime.toUTC();
    if (!mark.isValid())
        mark = m_previousMark; // nothing newer known: the next sync asks from the old mark
    m_state.phase = phase::Complete;
    m_progress.phase = phase::Complete;
    if (auto done = m_cache.setSyncState(m_ref, cache::SyncCursor { mark, {}, phase::Complete });
        !done) {
        fail(done.error());
        return;
    }
    m_report.serverTime = mark;
    Q_EMIT phaseChanged(phase::Complete);
    finish(m_report);
}

void SyncEngine::stopStreams()
{
    if (m_capsCall) {
        net::HttpCall *call = m_capsCall;
        m_capsCall = nullptr;
        call->disconnect(this);
        call->cancel();
        call->deleteLater();
    }
    for (Stream &s : m_streams) {
        if (net::FhirPaging *paging = s.paging) {
            s.paging = nullptr;
            paging->disconnect(this);
            paging->cancel();
            paging->deleteLater();
        }
    }
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    fail(syncError(Error::Kind::Cancelled, u"the sync was cancelled"_s, u"cancelled"_s));
}

void SyncEngine::fail(Error error)
{
    stopStreams();
    qCWarning(lcSync) << "sync stopped in phase" << m_state.phase << ":"
                      << errorKindName(error.kind) << error.code;
    finish(std::move(error));
}

void SyncEngine::finish(Result<SyncReport> result)
{
    if (isFinished())
        return;
    m_running = false;
    if (result) {
        result->elapsedMs = m_timer.elapsed();
        qCInfo(lcSync) << (result->incremental ? "incremental" : "first")
                       << "sync complete:" << result->written << "written," << result->deleted
                       << "deleted," << result->pages << "pages," << result->bytes << "bytes in"
                       << result->elapsedMs << "ms";
    }
    m_result = std::move(result);
    Q_EMIT finished();
}

} // namespace renkei::sync
