#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Where an unfinished sync stands, as the sync engine keeps it in SyncCursor.resumeUrl (sealed
// by the cache with the rest of the cursor, written in the same transaction as each page):
// the phase, the mode, the server-time mark so far, and for each search of the phase the URL of
// its first page and of the next page not yet stored.
namespace renkei::sync {

struct StreamState {
    QString type; // the resource type it searches, "*" for $everything
    QUrl first; // to start again when a page link has expired (410)
    QUrl next; // the next page not yet stored; empty: start from `first`
    bool done = false;
};

struct ResumeState {
    QString phase;
    bool incremental = false;
    bool everything = false; // the History/Changes phase uses $everything
    QDateTime since; // incremental: the previous complete sync's server time
    QDateTime cutoff; // first sync: the Recent phase's date=ge value
    QDateTime mark; // the earliest server snapshot time seen in this sync (the next `since`)
    QList<StreamState> streams;
    // Per-type mode: "Type/id" of what stored resources refer to, for the References phase.
    QStringList references;

    QString toText() const;
    // nullopt for an empty or unreadable text (a sync then starts over, which is always safe).
    static std::optional<ResumeState> fromText(const QString &text);
};

} // namespace renkei::sync
