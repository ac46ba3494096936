#include "inspect/modeljson.h"

#include <QJsonArray>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace renkei::inspect {

namespace {

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue date(QDate value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray codings(const model::CodeableConcept &cc)
{
    QJsonArray out;
    for (const model::Coding &c : cc.codings) {
        out.append(QJsonObject { { u"system"_s, model::canonicalSystem(c.system) },
            { u"code"_s, c.code }, { u"display"_s, text(c.display) } });
    }
    return out;
}

// The code a person or a program compares first: the cc's first coding.
void putCode(QJsonObject &o, const model::CodeableConcept &cc, const model::Coding *main)
{
    if (!main && !cc.codings.isEmpty())
        main = &cc.codings.first();
    o.insert(u"code"_s, main ? text(main->code) : QJsonValue(QJsonValue::Null));
    o.insert(u"system"_s, main ? text(model::canonicalSystem(main->system)) : QJsonValue());
    o.insert(u"codings"_s, codings(cc));
}

QString sourceKind(const model::Provenance &p)
{
    switch (p.source) {
    case model::Provenance::Source::Fhir:
        return u"fhir"_s;
    case model::Provenance::Source::Ssmix2:
        return u"ssmix2"_s;
    case model::Provenance::Source::Other:
        break;
    }
    return u"other"_s;
}

void putProvenance(QJsonObject &o, const model::Provenance &p, const model::FacilityRef &facility)
{
    o.insert(u"facility"_s, text(facility.key()));
    o.insert(u"facilityName"_s, text(facility.name));
    o.insert(u"source"_s, text(p.sourceId));
    o.insert(u"sourceKind"_s, sourceKind(p));
}

QJsonArray sectionsJson(const QList<model::DocumentSection> &sections)
{
    QJsonArray out;
    for (const model::DocumentSection &s : sections) {
        QJsonObject o { { u"code"_s, text(s.code) }, { u"title"_s, text(s.title) },
            { u"text"_s, text(s.narrative) } };
        if (!s.entries.isEmpty())
            o.insert(u"entries"_s, QJsonArray::fromStringList(s.entries));
        if (!s.sections.isEmpty())
            o.insert(u"sections"_s, sectionsJson(s.sections));
        out.append(o);
    }
    return out;
}

} // namespace

QJsonValue toJson(const model::PartialDateTime &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toIso());
}

QJsonObject toJson(const model::Patient &patient)
{
    QJsonArray identifiers;
    for (const model::Identifier &id : patient.identifiers) {
        identifiers.append(QJsonObject {
            { u"system"_s, model::canonicalSystem(id.system) }, { u"value"_s, id.value } });
    }
    QJsonObject o { { u"id"_s, text(patient.id) }, { u"kanjiName"_s, text(patient.kanjiName) },
        { u"kanaName"_s, text(patient.kanaName) }, { u"otherName"_s, text(patient.otherName) },
        { u"birthDate"_s, date(patient.birthDate) }, { u"sex"_s, model::sexCode(patient.sex) },
        { u"identifiers"_s, identifiers } };
    o.insert(u"source"_s, text(patient.provenance.sourceId));
    o.insert(u"sourceKind"_s, sourceKind(patient.provenance));
    return o;
}

QJsonObject toJson(const model::Facility &facility)
{
    return QJsonObject { { u"id"_s, text(facility.id) }, { u"name"_s, text(facility.name) },
        { u"code"_s, text(facility.code10) }, { u"department"_s, text(facility.department) },
        { u"source"_s, text(facility.provenance.sourceId) } };
}

QJsonObject toJson(const model::Encounter &encounter)
{
    QJsonObject o { { u"id"_s, text(encounter.id) }, { u"patient"_s, text(encounter.patient) },
        { u"class"_s, model::encounterClassCode(encounter.encounterClass) },
        { u"classCode"_s, text(encounter.classCode) }, { u"status"_s, text(encounter.status) },
        { u"start"_s, toJson(encounter.period.start) }, { u"end"_s, toJson(encounter.period.end) },
        { u"department"_s, text(encounter.department) } };
    putProvenance(o, encounter.provenance, encounter.facility);
    return o;
}

QJsonObject toJson(const model::LabResult &lab)
{
    QJsonObject o { { u"id"_s, text(lab.id) }, { u"patient"_s, text(lab.patient) } };
    // The JLAC10 master's own system first, then a JP-CLINS JLAC10 subset, then the first code.
    const model::Coding *jlac = lab.code.find(QString::fromUtf16(model::systems::kJlac10));
    putCode(o, lab.code, jlac ? jlac : lab.code.findKind(model::CodeKind::Jlac10));
    o.insert(u"jlac10"_s, text(lab.jlac10()));
    o.insert(u"display"_s, text(lab.display));
    o.insert(u"value"_s, lab.numericValue ? QJsonValue(*lab.numericValue) : text(lab.textValue));
    o.insert(u"comparator"_s, text(lab.comparator));
    o.insert(u"unit"_s, text(lab.unit));
    o.insert(u"low"_s, number(lab.range.low));
    o.insert(u"high"_s, number(lab.range.high));
    o.insert(u"rangeText"_s, text(lab.range.text));
    o.insert(u"flag"_s, model::labFlagCode(lab.flag));
    o.insert(u"specimen"_s, text(lab.specimen));
    o.insert(u"effective"_s, toJson(lab.effective));
    o.insert(u"status"_s, text(lab.status));
    o.insert(u"panel"_s, text(lab.panel));
    putProvenance(o, lab.provenance, lab.facility);
    return o;
}

QJsonObject toJson(const model::Medication &m)
{
    QJsonObject o { { u"id"_s, text(m.id) }, { u"patient"_s, text(m.patient) },
        { u"kind"_s, model::medicationKindCode(m.kind) } };
    putCode(o, m.medication, m.primaryCode());
    o.insert(u"name"_s, text(m.name));
    o.insert(u"dose"_s, number(m.dose));
    o.insert(u"doseUnit"_s, text(m.doseUnit));
    o.insert(u"usage"_s, text(m.usageText));
    o.insert(u"usageCode"_s, text(m.usageCode));
    o.insert(u"days"_s, m.days ? QJsonValue(*m.days) : QJsonValue(QJsonValue::Null));
    o.insert(u"total"_s, number(m.total));
    o.insert(u"totalUnit"_s, text(m.totalUnit));
    o.insert(u"start"_s, toJson(m.start));
    o.insert(u"end"_s, toJson(m.end));
    o.insert(u"route"_s, text(m.route));
    o.insert(u"asNeeded"_s, m.asNeeded);
    o.insert(u"status"_s, text(m.status));
    o.insert(u"prescriber"_s, text(m.prescriber));
    putProvenance(o, m.provenance, m.facility);
    return o;
}

QJsonObject toJson(const model::ClinicalDocument &d)
{
    QJsonArray attachments;
    for (const model::Attachment &a : d.attachments) {
        attachments.append(QJsonObject { { u"contentType"_s, text(a.contentType) },
            { u"bytes"_s, a.byteCount() >= 0 ? QJsonValue(a.byteCount()) : QJsonValue() },
            { u"url"_s, text(a.url) }, { u"title"_s, text(a.title) } });
    }
    QJsonObject o { { u"id"_s, text(d.id) }, { u"patient"_s, text(d.patient) },
        { u"kind"_s, model::documentKindCode(d.kind) }, { u"title"_s, text(d.title) },
        { u"date"_s, toJson(d.date) }, { u"author"_s, text(d.author) },
        { u"status"_s, text(d.status) }, { u"sections"_s, sectionsJson(d.sections) },
        { u"attachments"_s, attachments } };
    putProvenance(o, d.provenance, d.facility);
    return o;
}

QJsonObject toJson(const model::Condition &c)
{
    QJsonObject o { { u"id"_s, text(c.id) }, { u"patient"_s, text(c.patient) } };
    putCode(o, c.code, nullptr);
    o.insert(u"display"_s, text(c.display));
    o.insert(u"clinicalStatus"_s, text(c.clinicalStatus));
    o.insert(u"verificationStatus"_s, text(c.verificationStatus));
    o.insert(u"onset"_s, toJson(c.onset));
    o.insert(u"recorded"_s, toJson(c.recorded));
    putProvenance(o, c.provenance, c.facility);
    return o;
}

QJsonObject toJson(const model::Allergy &a)
{
    QJsonObject o { { u"id"_s, text(a.id) }, { u"patient"_s, text(a.patient) } };
    putCode(o, a.code, nullptr);
    o.insert(u"display"_s, text(a.display));
    o.insert(u"category"_s, text(a.category));
    o.insert(u"criticality"_s, text(a.criticality));
    o.insert(u"clinicalStatus"_s, text(a.clinicalStatus));
    o.insert(u"reactions"_s, QJsonArray::fromStringList(a.reactions));
    o.insert(u"recorded"_s, toJson(a.recorded));
    putProvenance(o, a.provenance, a.facility);
    return o;
}

} // namespace renkei::inspect
