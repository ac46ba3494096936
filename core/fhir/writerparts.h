#pragma once

#include "model/resources.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Internal to core/fhir: what the writers of each resource type share.
namespace renkei::fhir::writing {

QString jpCoreProfile(const QString &name); // http://jpfhir.jp/fhir/core/StructureDefinition/<name>

void put(QJsonObject &o, const QString &key, const QString &value); // only when not empty
void putDate(QJsonObject &o, const QString &key, const model::PartialDateTime &value);
QJsonObject codeable(const model::CodeableConcept &cc);
QJsonObject textConcept(const QString &text);
QJsonObject coded(const QString &system, const QString &code);
QJsonObject period(const model::Period &p);
// A Quantity; empty when it has neither value nor unit.
QJsonObject quantity(const std::optional<double> &value, const QString &unit,
    const QString &code = {}, const QString &system = {}, const QString &comparator = {});
// A duration in days (UCUM "d"), as the reader's toDays reads it.
QJsonObject days(int count);
QJsonArray notes(const QString &text);
// subject / patient: "Patient/<id>"; a "system|value" key as a reference by identifier; an
// absolute or urn: reference as written.
QJsonObject patientReference(const QString &patient);

// One resource being written: its identity, meta, provenance extension and contained resources.
class Builder {
public:
    // `profile`: the JP Core profile the resource follows (claimed for values from SS-MIX2;
    // other values claim the profile their provenance names).
    Builder(const QString &type, const QString &id, const model::Provenance &provenance,
        const QString &profile);

    QJsonObject json;

    void extension(const QString &url, const QString &valueKey, const QJsonValue &value);
    // A reference to a contained Organization for the facility (added once), or empty.
    QJsonObject organization(const model::FacilityRef &facility);
    // Who acted, where: a PractitionerRole naming the person at the facility; the person alone
    // as a display; the facility alone as a PractitionerRole of the Organization. Empty when
    // both are empty.
    QJsonObject actor(const QString &person, const model::FacilityRef &facility);
    QJsonObject finish();

private:
    QJsonArray m_contained;
    QJsonArray m_extensions;
    int m_roles = 0;
};

} // namespace renkei::fhir::writing
