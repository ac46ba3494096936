#pragma once

#include "crypto/keystore.h"

#include <QList>
#include <QString>

namespace renkei::audit {

// How a log's chain is broken. Detection holds against anyone without the key; someone who
// holds it can rewrite the whole log (docs/audit.md "Limits").
enum class BreakKind {
    EditedEntry, // the entry's payload or chain value was changed (or forged in its place)
    DeletedEntry, // a sequence number is missing (a gap)
    Reordered, // an authentic entry sits at the wrong place (swapped, moved, renumbered)
    Inserted, // an entry was added that the log never wrote
    TruncatedTail, // entries were cut off the end (the sealed anchor names a later head)
    AnchorTampered, // the sealed anchor or its clear copy was changed
    WrongKey, // the key does not open this log: nothing could be checked
    NotAnAuditLog, // a foreign file, or one too damaged to have a header
    Damaged, // the file could not be read to the end (a truncated or corrupt SQLite file)
};
QString breakKindName(BreakKind kind); // "edited-entry", "deleted-entry", ...

struct ChainBreak {
    qint64 seq = 0; // where the chain breaks (0: the file as a whole)
    BreakKind kind = BreakKind::EditedEntry;
};

struct VerifyReport {
    qint64 entriesChecked = 0; // rows looked at
    qint64 entriesIntact = 0; // rows that authenticate and link where they are
    qint64 headSeq = -1; // the sealed anchor's head, or -1 when it could not be read
    QList<ChainBreak> breaks; // in the order found; capped at kMaxBreaks
    QString detail; // the underlying error for WrongKey / NotAnAuditLog / Damaged

    static constexpr int kMaxBreaks = 1000;
    bool intact() const { return breaks.isEmpty(); }
    // "entry 17: deleted-entry" (or empty when intact)
    QString firstBreakText() const;
};

// Walks the chain of the log at `path`, read-only. Never fails and never crashes: whatever the
// file holds (a foreign file, random bytes, a truncated database) becomes a report.
VerifyReport verifyAuditLog(const QString &path, crypto::KeyStore &keyStore);

} // namespace renkei::audit
