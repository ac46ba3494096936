#include "audit/auditrecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace renkei::audit {

namespace {

const std::array<std::pair<Action, QStringView>, 13> kActionNames { {
    { Action::SignIn, u"sign-in" },
    { Action::SignOut, u"sign-out" },
    { Action::Search, u"search" },
    { Action::Open, u"open" },
    { Action::Sync, u"sync" },
    { Action::Print, u"print" },
    { Action::Export, u"export" },
    { Action::EmergencyView, u"emergency-view" },
    { Action::Purge, u"purge" },
    { Action::Forget, u"forget" },
    { Action::Wipe, u"wipe" },
    { Action::FailedUnlock, u"failed-unlock" },
    { Action::SettingsChange, u"settings-change" },
} };

Error payloadError(const QString &message)
{
    return Error { Error::Kind::Invalid, message, {}, {}, u"audit-payload"_s };
}

} // namespace

QString actionName(Action action)
{
    for (const auto &[value, name] : kActionNames) {
        if (value == action)
            return name.toString();
    }
    return u"open"_s;
}

std::optional<Action> actionFromName(const QString &name)
{
    for (const auto &[value, text] : kActionNames) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

QDateTime AuditRecord::trustedTime() const
{
    return serverOffsetMs ? time.addMSecs(*serverOffsetMs) : time;
}

QByteArray encodePayload(const AuditRecord &record)
{
    QJsonObject o;
    o.insert(u"seq"_s, record.seq);
    o.insert(u"time"_s, record.time.toUTC().toString(Qt::ISODateWithMs));
    if (record.serverOffsetMs)
        o.insert(u"offsetMs"_s, *record.serverOffsetMs);
    o.insert(u"user"_s, record.user);
    o.insert(u"network"_s, record.network);
    o.insert(u"workstation"_s, record.workstation);
    o.insert(u"action"_s, actionName(record.action));
    if (!record.patientKey.isEmpty())
        o.insert(u"patient"_s, record.patientKey);
    const AuditDetails &d = record.details;
    if (!d.sections.isEmpty())
        o.insert(u"sections"_s, QJsonArray::fromStringList(d.sections));
    if (!d.target.isEmpty())
        o.insert(u"target"_s, d.target);
    if (!d.reason.isEmpty())
        o.insert(u"reason"_s, d.reason);
    if (!d.message.isEmpty())
        o.insert(u"message"_s, d.message);
    o.insert(u"outcome"_s, d.outcome == Outcome::Success ? u"success"_s : u"failure"_s);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<AuditRecord> decodePayload(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return payloadError(u"the entry's payload is not a JSON object"_s);
    const QJsonObject o = doc.object();
    AuditRecord r;
    r.seq = o.value(u"seq"_s).toInteger(-1);
    r.time = QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs);
    const auto action = actionFromName(o.value(u"action"_s).toString());
    if (r.seq < 1 || !r.time.isValid() || !action)
        return payloadError(u"the entry's payload lacks its sequence number, time or action"_s);
    r.action = *action;
    if (o.contains(u"offsetMs"_s))
        r.serverOffsetMs = o.value(u"offsetMs"_s).toInteger();
    r.user = o.value(u"user"_s).toString();
    r.network = o.value(u"network"_s).toString();
    r.workstation = o.value(u"workstation"_s).toString();
    r.patientKey = o.value(u"patient"_s).toString();
    AuditDetails &d = r.details;
    for (const QJsonValue &s : o.value(u"sections"_s).toArray())
        d.sections.append(s.toString());
    d.target = o.value(u"target"_s).toString();
    d.reason = o.value(u"reason"_s).toString();
    d.message = o.value(u"message"_s).toString();
    d.outcome
        = o.value(u"outcome"_s).toString() == u"failure"_s ? Outcome::Failure : Outcome::Success;
    return r;
}

} // namespace renkei::audit
