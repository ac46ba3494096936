#include "audit/auditverifier.h"

#include "audit/auditfile.h"
#include "audit/auditlogging.h"
#include "audit/auditrecord.h"

#include <QHash>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace renkei::audit {

QString breakKindName(BreakKind kind)
{
    switch (kind) {
    case BreakKind::EditedEntry:
        return u"edited-entry"_s;
    case BreakKind::DeletedEntry:
        return u"deleted-entry"_s;
    case BreakKind::Reordered:
        return u"reordered"_s;
    case BreakKind::Inserted:
        return u"inserted"_s;
    case BreakKind::TruncatedTail:
        return u"truncated-tail"_s;
    case BreakKind::AnchorTampered:
        return u"anchor-tampered"_s;
    case BreakKind::WrongKey:
        return u"wrong-key"_s;
    case BreakKind::NotAnAuditLog:
        return u"not-an-audit-log"_s;
    case BreakKind::Damaged:
        return u"damaged"_s;
    }
    return u"damaged"_s;
}

QString VerifyReport::firstBreakText() const
{
    if (breaks.isEmpty())
        return {};
    const ChainBreak &b = breaks.first();
    const QString kind = breakKindName(b.kind);
    return b.seq > 0 ? u"entry "_s + QString::number(b.seq) + u": "_s + kind : kind;
}

namespace {

// One pass over the rows, in seq order.
class ChainWalk {
public:
    ChainWalk(const AuditKeys &keys, VerifyReport &report, std::optional<AuditAnchor> anchor)
        : m_keys(keys)
        , m_report(report)
        , m_anchor(std::move(anchor))
        , m_previous { keys.genesis() }
    {
    }

    bool visit(const RawEntry &e)
    {
        ++m_report.entriesChecked;
        m_last = std::max(m_last, e.seq);
        if (e.seq < m_expected || (m_anchor && e.seq > m_anchor->seq)) {
            // A duplicate or non-positive seq cannot happen with an INTEGER PRIMARY KEY unless
            // rows were renumbered; anything past the sealed head was never written by us.
            add(e.seq, BreakKind::Inserted);
            return true;
        }
        if (e.seq > m_expected) {
            add(m_expected, BreakKind::DeletedEntry);
            m_previous.clear(); // the link cannot be checked across a gap
        }
        m_expected = e.seq + 1;
        auto clear = m_keys.openPayload(e.payload);
        auto record = clear ? decodePayload(*clear) : Result<AuditRecord>(clear.error());
        if (!record) {
            add(e.seq, BreakKind::EditedEntry);
            m_lastForged = e.seq;
            m_previous = { e.chain };
            return true;
        }
        if (record->seq != e.seq) {
            // An entry shifted up by one after an unreadable row: that row was inserted.
            if (m_lastForged == e.seq - 1 && record->seq == e.seq - 1 && !m_report.breaks.isEmpty()
                && m_report.breaks.last().seq == m_lastForged)
                m_report.breaks.last().kind = BreakKind::Inserted;
            add(e.seq, BreakKind::Reordered);
            if (m_displaced.size() < VerifyReport::kMaxBreaks)
                m_displaced.insert(record->seq, e.chain);
            m_previous = { e.chain };
            return true;
        }
        // The link may come from the row before, from what that row should have held (its
        // chain value was edited), or from the authentic entry seq - 1 found elsewhere (moved).
        QList<QByteArray> candidates = m_previous;
        if (const auto it = m_displaced.constFind(e.seq - 1); it != m_displaced.constEnd())
            candidates.append(*it);
        bool linked = candidates.isEmpty(); // after a gap: authentic is all we can ask
        for (const QByteArray &previous : std::as_const(candidates))
            linked = linked || m_keys.link(previous, e.seq, e.payload) == e.chain;
        if (linked) {
            ++m_report.entriesIntact;
            m_previous = { e.chain };
        } else {
            add(e.seq, BreakKind::EditedEntry);
            m_previous = { e.chain };
            if (!candidates.isEmpty())
                m_previous.append(m_keys.link(candidates.first(), e.seq, e.payload));
        }
        return true;
    }

    void finish()
    {
        if (!m_anchor)
            return;
        if (m_last < m_anchor->seq)
            add(m_last + 1, BreakKind::TruncatedTail);
    }

    qint64 lastSeq() const { return m_last; }
    void add(qint64 seq, BreakKind kind)
    {
        if (m_report.breaks.size() < VerifyReport::kMaxBreaks)
            m_report.breaks.append(ChainBreak { seq, kind });
    }

private:
    const AuditKeys &m_keys;
    VerifyReport &m_report;
    std::optional<AuditAnchor> m_anchor;
    QList<QByteArray> m_previous; // what the next entry may link from
    QHash<qint64, QByteArray> m_displaced; // authentic entries found at another seq
    qint64 m_expected = 1;
    qint64 m_last = 0;
    qint64 m_lastForged = -1;
};

std::optional<AuditAnchor> readAnchor(const AuditFile &file, VerifyReport &report)
{
    const AuditStore &s = *file.store;
    auto sealed = s.meta(metakey::anchor.toString());
    std::optional<AuditAnchor> anchor;
    if (sealed && *sealed) {
        if (auto opened = file.keys->openAnchor(**sealed))
            anchor = *opened;
    }
    if (!anchor) {
        report.breaks.append(ChainBreak { 0, BreakKind::AnchorTampered });
        return std::nullopt;
    }
    report.headSeq = anchor->seq;
    auto clearSeq = s.meta(metakey::headSeq.toString());
    auto clearChain = s.meta(metakey::headChain.toString());
    const bool clearMatches = clearSeq && *clearSeq && clearChain && *clearChain
        && (*clearSeq)->toLongLong() == anchor->seq
        && QByteArray::fromHex(**clearChain) == anchor->chain;
    if (!clearMatches)
        report.breaks.append(ChainBreak { anchor->seq, BreakKind::AnchorTampered });
    return anchor;
}

} // namespace

VerifyReport verifyAuditLog(const QString &path, crypto::KeyStore &keyStore)
{
    VerifyReport report;
    auto file = openAuditFile(path, keyStore, AuditStore::Mode::ReadOnly);
    if (!file) {
        const Error &e = file.error();
        BreakKind kind = BreakKind::NotAnAuditLog;
        if (e.code == u"wrong-key"_s)
            kind = BreakKind::WrongKey;
        else if (e.kind == Error::Kind::Io && e.code != u"audit-missing"_s)
            kind = BreakKind::Damaged;
        report.breaks.append(ChainBreak { 0, kind });
        report.detail = e.describe();
        return report;
    }
    AuditStore &store = *file->store;
    const bool snapshot = store.beginRead().ok();
    const std::optional<AuditAnchor> anchor = readAnchor(*file, report);
    ChainWalk walk(*file->keys, report, anchor);
    auto r = store.forEachEntry(0, [&](RawEntry &&e) { return walk.visit(e); });
    if (snapshot)
        store.rollback(); // nothing was written: just end the read transaction
    if (!r) {
        walk.add(walk.lastSeq() + 1, BreakKind::Damaged);
        report.detail = r.error().describe();
    } else {
        walk.finish();
    }
    // The first broken place first; whole-file problems (seq 0) before any entry.
    std::stable_sort(report.breaks.begin(), report.breaks.end(),
        [](const ChainBreak &a, const ChainBreak &b) { return a.seq < b.seq; });
    if (!report.intact())
        qCWarning(lcAudit) << "audit chain broken:" << report.firstBreakText() << "in"
                           << report.breaks.size() << "place(s)";
    return report;
}

} // namespace renkei::audit
