#include "audit/auditfhir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace renkei::audit {

namespace {

constexpr QStringView kDicom = u"http://dicom.nema.org/resources/ontology/DCM";
constexpr QStringView kRestful = u"http://hl7.org/fhir/restful-interaction";
constexpr QStringView kEventType = u"http://terminology.hl7.org/CodeSystem/audit-event-type";
constexpr QStringView kParticipation
    = u"http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
constexpr QStringView kActReason = u"http://terminology.hl7.org/CodeSystem/v3-ActReason";
constexpr QStringView kSourceType = u"http://terminology.hl7.org/CodeSystem/security-source-type";
constexpr QStringView kEntityType = u"http://terminology.hl7.org/CodeSystem/audit-entity-type";
constexpr QStringView kObjectRole = u"http://terminology.hl7.org/CodeSystem/object-role";

struct Code {
    QStringView system;
    QStringView code;
    QStringView display;
};

// The BALP-shaped classification of one action: AuditEvent.type, one standard subtype (besides
// our own action code) and AuditEvent.action.
struct Mapping {
    Code type;
    Code subtype;
    QStringView action;
};

const Code kUserAuth { kDicom, u"110114", u"User Authentication" };
const Code kPatientRecord { kDicom, u"110110", u"Patient Record" };
const Code kExport { kDicom, u"110106", u"Export" };
const Code kRest { kEventType, u"rest", u"Restful Operation" };
const Code kLogin { kDicom, u"110122", u"Login" };
const Code kLogout { kDicom, u"110123", u"Logout" };
const Code kRead { kRestful, u"read", u"read" };
const Code kSearch { kRestful, u"search-type", u"search-type" };
const Code kDelete { kRestful, u"delete", u"delete" };

Mapping mappingFor(Action action)
{
    switch (action) {
    case Action::SignIn:
    case Action::FailedUnlock:
        return { kUserAuth, kLogin, u"E" };
    case Action::SignOut:
        return { kUserAuth, kLogout, u"E" };
    case Action::Search:
        return { kRest, kSearch, u"E" };
    case Action::Open:
    case Action::EmergencyView:
        return { kPatientRecord, kRead, u"R" };
    case Action::Sync:
        return { kPatientRecord, kSearch, u"R" };
    case Action::Print:
    case Action::Export:
        return { kExport, {}, u"R" };
    case Action::Purge:
    case Action::Forget:
    case Action::Wipe:
        return { kPatientRecord, kDelete, u"D" };
    case Action::SettingsChange:
        return { Code { kDicom, u"110113", u"Security Alert" },
            Code { kDicom, u"110131", u"Software Configuration" }, u"U" };
    }
    return { kPatientRecord, kRead, u"R" };
}

QJsonObject coding(const Code &c)
{
    QJsonObject o { { u"system"_s, c.system.toString() }, { u"code"_s, c.code.toString() } };
    if (!c.display.isEmpty())
        o.insert(u"display"_s, c.display.toString());
    return o;
}

QJsonObject codeable(const Code &c)
{
    return QJsonObject { { u"coding"_s, QJsonArray { coding(c) } } };
}

QString instant(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject emergencyPurpose(const QString &reason)
{
    QJsonObject p = codeable(Code { kActReason, u"ETREAT", u"Emergency Treatment" });
    if (!reason.isEmpty())
        p.insert(u"text"_s, reason);
    return p;
}

QJsonArray agents(const AuditRecord &r)
{
    QJsonObject user {
        { u"type"_s, codeable(Code { kParticipation, u"IRCP", u"information recipient" }) },
        { u"who"_s,
            QJsonObject { { u"identifier"_s,
                QJsonObject {
                    { u"system"_s, QString(u"urn:renkei:network:"_s + r.network + u":account"_s) },
                    { u"value"_s, r.user } } } } },
        { u"requestor"_s, true },
    };
    if (r.action == Action::EmergencyView)
        user.insert(u"purposeOfUse"_s, QJsonArray { emergencyPurpose(r.details.reason) });
    const QJsonObject device {
        { u"type"_s, codeable(Code { kDicom, u"110153", u"Source Role ID" }) },
        { u"who"_s, QJsonObject { { u"display"_s, r.workstation } } },
        { u"requestor"_s, false },
        { u"network"_s, QJsonObject { { u"address"_s, r.workstation }, { u"type"_s, u"1"_s } } },
    };
    return QJsonArray { user, device };
}

QJsonArray entities(const AuditRecord &r)
{
    QJsonArray out;
    if (!r.patientKey.isEmpty()) {
        out.append(QJsonObject {
            { u"what"_s,
                QJsonObject { { u"identifier"_s,
                    QJsonObject { { u"system"_s, kPatientKeySystem.toString() },
                        { u"value"_s, r.patientKey } } } } },
            { u"type"_s, coding(Code { kEntityType, u"1", u"Person" }) },
            { u"role"_s, coding(Code { kObjectRole, u"1", u"Patient" }) },
        });
    }
    const AuditDetails &d = r.details;
    if (!d.target.isEmpty() || !d.sections.isEmpty()) {
        QJsonObject output {
            { u"type"_s, coding(Code { kEntityType, u"2", u"System Object" }) },
            { u"role"_s, coding(Code { kObjectRole, u"3", u"Report" }) },
        };
        if (!d.target.isEmpty())
            output.insert(u"description"_s, d.target);
        if (!d.sections.isEmpty())
            output.insert(u"detail"_s,
                QJsonArray { QJsonObject { { u"type"_s, u"sections"_s },
                    { u"valueString"_s, d.sections.join(u", "_s) } } });
        out.append(output);
    }
    return out;
}

QJsonArray extensions(const AuditRecord &r)
{
    QJsonArray out { QJsonObject {
        { u"url"_s, u"urn:renkei:audit:local-time"_s }, { u"valueInstant"_s, instant(r.time) } } };
    if (r.serverOffsetMs && qAbs(*r.serverOffsetMs) <= std::numeric_limits<qint32>::max())
        out.append(QJsonObject { { u"url"_s, u"urn:renkei:audit:server-offset-ms"_s },
            { u"valueInteger"_s, *r.serverOffsetMs } });
    out.append(QJsonObject {
        { u"url"_s, u"urn:renkei:audit:sequence"_s }, { u"valueInteger64"_s, r.seq } });
    return out;
}

} // namespace

QJsonObject toAuditEvent(const AuditRecord &r)
{
    const Mapping m = mappingFor(r.action);
    QJsonArray subtype;
    if (!m.subtype.code.isEmpty())
        subtype.append(coding(m.subtype));
    const QString name = actionName(r.action);
    subtype.append(coding(Code { kActionSystem, name, {} }));
    const bool failed = r.details.outcome == Outcome::Failure || r.action == Action::FailedUnlock;

    QJsonObject e {
        { u"resourceType"_s, u"AuditEvent"_s },
        { u"id"_s, QString(u"renkei-audit-"_s + QString::number(r.seq)) },
        { u"extension"_s, extensions(r) },
        { u"type"_s, coding(m.type) },
        { u"subtype"_s, subtype },
        { u"action"_s, m.action.toString() },
        { u"recorded"_s, instant(r.trustedTime()) },
        { u"outcome"_s, failed ? u"4"_s : u"0"_s },
        { u"agent"_s, agents(r) },
        { u"source"_s,
            QJsonObject { { u"site"_s, r.network },
                { u"observer"_s,
                    QJsonObject {
                        { u"display"_s, QString(u"Renkei Viewer ("_s + r.workstation + u')') } } },
                { u"type"_s,
                    QJsonArray { coding(Code { kSourceType, u"1",
                        u"End-user display device, diagnostic display" }) } } } },
    };
    const QString outcomeText = r.details.message.isEmpty() && r.action != Action::EmergencyView
        ? r.details.reason
        : r.details.message;
    if (!outcomeText.isEmpty())
        e.insert(u"outcomeDesc"_s, outcomeText);
    if (r.action == Action::EmergencyView)
        e.insert(u"purposeOfEvent"_s, QJsonArray { emergencyPurpose(r.details.reason) });
    const QJsonArray entity = entities(r);
    if (!entity.isEmpty())
        e.insert(u"entity"_s, entity);
    return e;
}

QByteArray toNdjson(const QList<AuditRecord> &records)
{
    QByteArray out;
    for (const AuditRecord &r : records) {
        out += QJsonDocument(toAuditEvent(r)).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

QJsonObject toBundle(const QList<AuditRecord> &records, const QDateTime &timestamp)
{
    static const QUuid kNamespace = QUuid::fromString(u"6b1f3c2e-6a0e-4d7a-9a43-5d1e2f0c7a11"_s);
    QJsonArray entries;
    for (const AuditRecord &r : records) {
        const QString name
            = r.network + u'|' + r.user + u'|' + r.workstation + u'|' + QString::number(r.seq);
        const QUuid id = QUuid::createUuidV5(kNamespace, name.toUtf8());
        entries.append(QJsonObject {
            { u"fullUrl"_s, QString(u"urn:uuid:"_s + id.toString(QUuid::WithoutBraces)) },
            { u"resource"_s, toAuditEvent(r) } });
    }
    return QJsonObject {
        { u"resourceType"_s, u"Bundle"_s },
        { u"type"_s, u"collection"_s },
        { u"timestamp"_s, instant(timestamp) },
        { u"entry"_s, entries },
    };
}

} // namespace renkei::audit
