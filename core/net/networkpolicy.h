#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

class QSettings;

// What a regional network allows its workstations to do with the data it shares (issue 7 §4):
// printing, exporting, how long the cache may keep a patient, and the idle lock. Set by the
// administrator in the network profile (QSettings group "networks/<id>/policy") and, when the
// network publishes one, read from its CapabilityStatement (extension kPolicyExtensionUrl); the
// stricter of both wins. See docs/network.md "Policy".
namespace renkei::net {

inline constexpr auto kPolicyExtensionUrl
    = "https://renkei-viewer.example.jp/fhir/StructureDefinition/network-policy";

struct NetworkPolicy {
    static constexpr int kDefaultRetentionDays = 90;

    bool printAllowed = true;
    bool exportAllowed = true;
    // A patient not viewed (or, never viewed, not written) for this many days is purged
    // (`purge` and the application's retention); 晴れやかネット uses 360.
    int expiryUnviewedDays = kDefaultRetentionDays;
    // How long the cache may keep a patient at most, viewed or not (0: no limit beyond expiry).
    int cacheRetentionDays = 0;
    // The idle lock after this many minutes (0: the workstation's own setting).
    int idleLockMinutes = 0;

    bool operator==(const NetworkPolicy &other) const = default;

    // The days after which `purge` forgets an unviewed patient: the shorter of both limits.
    int purgeDays() const;
    // The idle lock: the workstation's minutes, lowered to the network's when it sets one.
    int idleMinutes(int workstationMinutes) const;
    // Each field at its stricter value.
    NetworkPolicy stricter(const NetworkPolicy &other) const;
};

// networks/<id>/policy in `settings` (defaults for what is not there; the profile itself need
// not exist: the CLI's own cache has network "cli").
NetworkPolicy loadPolicy(const QSettings &settings, const QString &networkId);
Result<void> savePolicy(QSettings &settings, const QString &networkId, const NetworkPolicy &policy);

// The policy the network published, as last read from its CapabilityStatement (kept under
// networks/<id>/policy/server/; nullopt: it published none, which forgets a stored one).
void rememberServerPolicy(
    QSettings &settings, const QString &networkId, const std::optional<NetworkPolicy> &policy);
std::optional<NetworkPolicy> serverPolicy(const QSettings &settings, const QString &networkId);
// What the client enforces: the profile's policy, made stricter by the network's when known.
NetworkPolicy effectivePolicy(const QSettings &settings, const QString &networkId);

// The policy a CapabilityStatement publishes (nullopt: none). Kind::Invalid for an extension
// with a value of the wrong type or out of range: the caller then keeps the local policy.
Result<std::optional<NetworkPolicy>> policyFromCapability(const QJsonObject &capabilityStatement);
// The extension a server puts in its CapabilityStatement (the demo network does).
QJsonObject policyExtension(const NetworkPolicy &policy);

} // namespace renkei::net
