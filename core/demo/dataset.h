#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// The synthetic regional network's data, as the generator makes it and the server serves it.
// Shared contract between core/demo/generator* (makes it) and core/demo/server* (serves it).
namespace renkei::demo {

struct StoredResource {
    QString type;         // FHIR resourceType
    QString id;           // logical id, unique per type
    QString patientId;    // the Patient it belongs to (its logical id); empty for shared resources
    QDateTime lastUpdated; // meta.lastUpdated (UTC); the server bumps it on change
    QDate clinicalDate;    // the date `_sort=-date` orders by (effective, authored, period start…)
    QJsonObject json;      // the full resource, meta.lastUpdated set
};

struct DemoAccount {
    QString userId;
    QString password;
    QString role;        // "doctor", "pharmacist", "clerk"
    QString displayName; // e.g. 連携 太郎
    QStringList scopes;  // SMART scopes this account may be granted
};

struct Dataset {
    QList<StoredResource> resources; // patients, organizations, practitioners, clinical resources
    QList<DemoAccount> accounts;
    QString networkName; // e.g. 「はなみずき地域医療連携ネット（デモ）」
    QString regionalIdSystem; // the network's common patient id namespace (urn:oid:...)
};

struct GeneratorOptions {
    enum class Size { Typical, Large };
    Size size = Size::Typical;
    quint64 seed = 1;
    QDate today; // the generator's "now"; histories end here. Null means the current date.
};

// Deterministic: the same options give byte-identical JSON.
Dataset generate(const GeneratorOptions &options);

} // namespace renkei::demo
