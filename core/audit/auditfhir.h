#pragma once

#include "audit/auditrecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace renkei::audit {

// FHIR R4 AuditEvent resources in the shape of the IHE Basic Audit Log Patterns (BALP); the
// mapping per action is in docs/audit.md. The patient is named by its opaque key only
// (`entity.what.identifier`, system kPatientKeySystem): the network side maps it.
inline constexpr QStringView kPatientKeySystem = u"urn:renkei:patient-key";
inline constexpr QStringView kActionSystem = u"urn:renkei:audit-action";

QJsonObject toAuditEvent(const AuditRecord &record);
// One AuditEvent per line (UTF-8, compact, each line ending in '\n').
QByteArray toNdjson(const QList<AuditRecord> &records);
// A Bundle of type `collection`.
QJsonObject toBundle(const QList<AuditRecord> &records, const QDateTime &timestamp);

} // namespace renkei::audit
