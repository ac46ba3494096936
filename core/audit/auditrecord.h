#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace renkei::audit {

// What the user did (STANDARDS.md §4: who operated on which patient's information, and how).
enum class Action {
    SignIn,
    SignOut,
    Search,
    Open,
    Sync,
    Print,
    Export,
    EmergencyView, // break-the-glass: `reason` says why
    Purge,
    Forget,
    Wipe,
    FailedUnlock,
    SettingsChange,
};
enum class Outcome { Success, Failure };

QString actionName(Action action); // "sign-in", "emergency-view", ...
std::optional<Action> actionFromName(const QString &name);

// Free-form parts of an entry. Never a patient's name or id: patients are named by their opaque
// key only (the key the cache uses; the network side maps it back).
struct AuditDetails {
    QStringList sections; // what was printed or exported
    QString target; // the printer or the file
    QString reason; // the emergency-view reason, or why an action failed
    Outcome outcome = Outcome::Success;
    QString message; // a short outcome description (an error kind), optional
};

// One entry, as read back. `time` is the workstation's clock (UTC); `serverOffsetMs`, when
// known, is how far the network's clock (its HTTP `Date` header) was ahead of ours when the
// entry was written, so trustedTime() = time + offset.
struct AuditRecord {
    qint64 seq = 0;
    QDateTime time;
    std::optional<qint64> serverOffsetMs;
    QString user; // the account id on the network
    QString network;
    QString workstation;
    Action action = Action::Open;
    QString patientKey; // opaque; empty when the action concerns no patient
    AuditDetails details;

    QDateTime trustedTime() const;
};

// The sealed payload's clear form (compact JSON, `seq` inside so that a payload moved to
// another row is recognised).
QByteArray encodePayload(const AuditRecord &record);
Result<AuditRecord> decodePayload(const QByteArray &json);

} // namespace renkei::audit
