#pragma once

#include "demo/dataset.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The demo server's copy of the dataset, indexed for reads and searches, and changeable (the
// server bumps meta.lastUpdated and meta.versionId when a resource changes).
namespace renkei::demo {

struct StoreEntry {
    StoredResource resource;
    QByteArray compactJson; // the resource as served
    int version = 1;
    // Patient search keys (Patient only): normalized names, identifiers, birth date, gender.
    QStringList nameKeys;
    QList<QPair<QString, QString>> identifiers; // system, value
    QDate birthDate;
    QString gender;
    // "Type/id" references found anywhere in the resource; computed on first use.
    mutable QStringList references;
    mutable bool referencesKnown = false;
    // Deleted (remove()): out of every index but kept as a tombstone for reads (410) and
    // history (a DELETE entry); meta.lastUpdated is the time of the deletion.
    bool deleted = false;
};

// Lower-case, NFKC (half-width kana become full width), no spaces of either width, hiragana
// folded to katakana: how names are compared.
QString normalizeNameKey(const QString &text);

class ResourceStore {
public:
    ResourceStore() = default;
    explicit ResourceStore(const Dataset &dataset) { load(dataset); }

    void load(const Dataset &dataset);

    int size() const { return static_cast<int>(m_entries.size()); }
    const StoreEntry &at(int index) const { return m_entries.at(index); }
    // The index of type/id, or -1.
    int find(const QString &type, const QString &id) const;
    // "Type/id" (relative reference) → index, or -1.
    int resolve(const QString &reference) const;
    const QList<int> &ofType(const QString &type) const;
    const QList<int> &ofPatient(const QString &patientId) const;
    QStringList types() const;
    const QStringList &references(int index) const;

    // Bumps meta.lastUpdated (strictly later than anything served so far) and meta.versionId.
    // Returns the new lastUpdated, or nullopt if there is no such resource.
    std::optional<QDateTime> touch(const QString &type, const QString &id, const QDateTime &now);
    // Adds or replaces a resource; lastUpdated as in touch(). Returns its index.
    int upsert(StoredResource resource, const QDateTime &now);
    // Deletes a resource: searches, reads and $everything no longer see it; a read answers 410
    // and the type's history lists a DELETE at the returned time (nullopt if there is none).
    std::optional<QDateTime> remove(const QString &type, const QString &id, const QDateTime &now);
    // The index of the tombstone of a deleted type/id, or -1.
    int findDeleted(const QString &type, const QString &id) const;
    // The resources of `type` (deleted ones included) changed at or after `since` (every one
    // when `since` is null), oldest change first: what a history of the type lists.
    QList<int> changedSince(const QString &type, const QDateTime &since) const;

    // A time no earlier than anything served so far: a snapshot's meta.lastUpdated, so that a
    // later change is always `_lastUpdated=gt` that time.
    QDateTime markServed(const QDateTime &now);

private:
    void index(int i);
    void refreshJson(StoreEntry &entry);
    QDateTime nextStamp(const QDateTime &now, const QDateTime &previous);

    QList<StoreEntry> m_entries;
    QHash<QString, QHash<QString, int>> m_byTypeId;
    QHash<QString, QList<int>> m_byType;
    QHash<QString, QList<int>> m_byPatient;
    QHash<QString, QHash<QString, int>> m_deleted; // type → id → tombstone index
    QDateTime m_highWater;
};

// A FHIR instant in the form the server writes (UTC, milliseconds).
QString fhirInstant(const QDateTime &t);

} // namespace renkei::demo
