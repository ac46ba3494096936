// Observation (lab results) and MedicationRequest / MedicationDispense / MedicationStatement.
#include "fhir/types.h"
#include "fhir/writer.h"
#include "fhir/writerparts.h"
#include "model/codes.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::fhir {

using namespace writing;

namespace {

const QString kInterpretation
    = u"http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"_s;
const QString kObservationCategory
    = u"http://terminology.hl7.org/CodeSystem/observation-category"_s;
const QString kJpObservationCategory
    = u"http://jpfhir.jp/fhir/core/CodeSystem/JP_SimpleObservationCategory_CS"_s;
const QString kRpSystem = u"http://jpfhir.jp/fhir/core/mhlw/IdSystem/Medication-RPGroupNumber"_s;
// The order an Observation answers (SS-MIX2: OBR-2, the placer order number).
const QString kOrderSystem = u"urn:renkei:fhir:identifier:order"_s;

QJsonObject category(const QString &code)
{
    QJsonArray codings;
    if (code == u"laboratory"_s) {
        codings.append(
            QJsonObject { { u"system"_s, kJpObservationCategory }, { u"code"_s, code } });
    }
    codings.append(QJsonObject { { u"system"_s, kObservationCategory }, { u"code"_s, code } });
    return QJsonObject { { u"coding"_s, codings } };
}

QJsonObject referenceRange(const model::ReferenceRange &r)
{
    QJsonObject o;
    // The unit rides on the bounds; a range with a unit and no bound keeps it on an empty low.
    const QJsonObject low = quantity(r.low, r.unit);
    if (!low.isEmpty() && (r.low || !r.high))
        o.insert(u"low"_s, low);
    if (r.high)
        o.insert(u"high"_s, quantity(r.high, r.unit));
    put(o, u"text"_s, r.text);
    if (!r.type.isEmpty())
        o.insert(u"type"_s, textConcept(r.type));
    return o;
}

// dosageInstruction / dosage: one Dosage, or none when the value says nothing of its use.
QJsonObject dosage(const model::Medication &m)
{
    QJsonObject d;
    QJsonObject timing;
    QJsonObject code;
    if (!m.usageCode.isEmpty()) {
        QJsonObject coding { { u"code"_s, m.usageCode } };
        put(coding, u"system"_s, m.usageCodeSystem);
        code.insert(u"coding"_s, QJsonArray { coding });
    }
    put(code, u"text"_s, m.usageText);
    if (!code.isEmpty())
        timing.insert(u"code"_s, code);
    if (m.days)
        timing.insert(u"repeat"_s, QJsonObject { { u"boundsDuration"_s, days(*m.days) } });
    if (!timing.isEmpty())
        d.insert(u"timing"_s, timing);
    if (!m.start.isNull() || !m.end.isNull()) {
        d.insert(u"extension"_s,
            QJsonArray { QJsonObject { { u"url"_s, QString::fromUtf16(detail::ext::kPeriodOfUse) },
                { u"valuePeriod"_s, period({ m.start, m.end }) } } });
    }
    if (!m.asNeededCondition.isEmpty())
        d.insert(u"asNeededCodeableConcept"_s, textConcept(m.asNeededCondition));
    else if (m.asNeeded)
        d.insert(u"asNeededBoolean"_s, true);
    if (!m.route.isEmpty())
        d.insert(u"route"_s, textConcept(m.route));
    if (!m.method.isEmpty())
        d.insert(u"method"_s, textConcept(m.method));
    QJsonObject rate;
    if (const QJsonObject dose = quantity(m.dose, m.doseUnit); !dose.isEmpty())
        rate.insert(u"doseQuantity"_s, dose);
    if (m.dailyDose) {
        // JP Core: the daily dose as a ratio per 1 day.
        rate.insert(u"rateRatio"_s,
            QJsonObject { { u"numerator"_s, quantity(m.dailyDose, m.doseUnit) },
                { u"denominator"_s, days(1) } });
    }
    if (!rate.isEmpty())
        d.insert(u"doseAndRate"_s, QJsonArray { rate });
    return d;
}

QString medicationType(model::Medication::Kind kind)
{
    switch (kind) {
    case model::Medication::Kind::Dispense:
        return u"MedicationDispense"_s;
    case model::Medication::Kind::Statement:
        return u"MedicationStatement"_s;
    case model::Medication::Kind::Order:
        break;
    }
    return u"MedicationRequest"_s;
}

} // namespace

QJsonObject writeLabResult(const model::LabResult &lab)
{
    const bool laboratory = lab.category.isEmpty() || lab.category == u"laboratory"_s;
    Builder b(u"Observation"_s, lab.id, lab.provenance,
        laboratory ? jpCoreProfile(u"JP_Observation_LabResult"_s) : QString());
    b.json.insert(u"status"_s, lab.status.isEmpty() ? u"unknown"_s : lab.status);
    if (!lab.category.isEmpty())
        b.json.insert(u"category"_s, QJsonArray { category(lab.category) });
    b.json.insert(u"code"_s,
        lab.code.isEmpty() && !lab.display.isEmpty() ? textConcept(lab.display)
                                                     : codeable(lab.code));
    b.json.insert(u"subject"_s, patientReference(lab.patient));
    if (!lab.panel.isEmpty() || !lab.panelId.isEmpty()) {
        QJsonObject order;
        if (!lab.panelId.isEmpty()) {
            order.insert(u"identifier"_s,
                QJsonObject { { u"system"_s, kOrderSystem }, { u"value"_s, lab.panelId } });
        }
        put(order, u"display"_s, lab.panel);
        b.json.insert(u"basedOn"_s, QJsonArray { order });
    }
    putDate(b.json, u"effectiveDateTime"_s, lab.effective);
    putDate(b.json, u"issued"_s, lab.issued);
    if (const QJsonObject performer = b.actor(lab.performer, lab.facility); !performer.isEmpty())
        b.json.insert(u"performer"_s, QJsonArray { performer });
    if (lab.numericValue || (lab.textValue.isEmpty() && !lab.unit.isEmpty())) {
        b.json.insert(u"valueQuantity"_s,
            quantity(lab.numericValue, lab.unit, lab.unitCode, lab.unitSystem, lab.comparator));
    } else if (!lab.textValue.isEmpty()) {
        b.json.insert(u"valueString"_s, lab.textValue);
    }
    if (!lab.flagCode.isEmpty())
        b.json.insert(u"interpretation"_s, QJsonArray { coded(kInterpretation, lab.flagCode) });
    if (!lab.note.isEmpty())
        b.json.insert(u"note"_s, notes(lab.note));
    if (!lab.specimen.isEmpty())
        b.json.insert(u"specimen"_s, QJsonObject { { u"display"_s, lab.specimen } });
    if (!lab.range.isEmpty() || !lab.range.unit.isEmpty() || !lab.range.type.isEmpty())
        b.json.insert(u"referenceRange"_s, QJsonArray { referenceRange(lab.range) });
    return b.finish();
}

QJsonObject writeMedication(const model::Medication &m)
{
    using Kind = model::Medication::Kind;
    const QString type = medicationType(m.kind);
    const QString profile = m.kind == Kind::Order ? jpCoreProfile(u"JP_MedicationRequest"_s)
        : m.kind == Kind::Dispense                ? jpCoreProfile(u"JP_MedicationDispense"_s)
                                                  : QString();
    Builder b(type, m.id, m.provenance, profile);
    if (!m.rpNumber.isEmpty()) {
        b.json.insert(u"identifier"_s,
            QJsonArray { QJsonObject { { u"system"_s, kRpSystem }, { u"value"_s, m.rpNumber } } });
    }
    b.json.insert(u"status"_s, m.status.isEmpty() ? u"unknown"_s : m.status);
    if (!m.category.isEmpty()) {
        const QJsonObject c = textConcept(m.category);
        b.json.insert(u"category"_s, m.kind == Kind::Order ? QJsonValue(QJsonArray { c }) : c);
    }
    model::CodeableConcept drug = m.medication;
    if (drug.isEmpty())
        drug.text = m.name;
    b.json.insert(u"medicationCodeableConcept"_s, codeable(drug));
    b.json.insert(u"subject"_s, patientReference(m.patient));
    const QJsonObject who = b.actor(m.prescriber, m.facility);
    const QJsonObject use = dosage(m);
    const QJsonObject total = quantity(m.total, m.totalUnit);
    switch (m.kind) {
    case Kind::Order: {
        b.json.insert(u"intent"_s, u"order"_s);
        putDate(b.json, u"authoredOn"_s, m.authored);
        if (!who.isEmpty())
            b.json.insert(u"requester"_s, who);
        if (!use.isEmpty())
            b.json.insert(u"dosageInstruction"_s, QJsonArray { use });
        if (!total.isEmpty())
            b.json.insert(u"dispenseRequest"_s, QJsonObject { { u"quantity"_s, total } });
        break;
    }
    case Kind::Dispense:
        if (!who.isEmpty())
            b.json.insert(u"performer"_s, QJsonArray { QJsonObject { { u"actor"_s, who } } });
        if (!total.isEmpty())
            b.json.insert(u"quantity"_s, total);
        putDate(b.json, u"whenPrepared"_s, m.authored);
        putDate(b.json, u"whenHandedOver"_s, m.handedOver);
        if (!use.isEmpty())
            b.json.insert(u"dosageInstruction"_s, QJsonArray { use });
        break;
    case Kind::Statement:
        // What was given when (SS-MIX2 RXA-3/4); the reader takes the dosage's period first.
        if (!m.start.isNull() || !m.end.isNull())
            b.json.insert(u"effectivePeriod"_s, period({ m.start, m.end }));
        putDate(b.json, u"dateAsserted"_s, m.authored);
        if (!who.isEmpty())
            b.json.insert(u"informationSource"_s, who);
        if (!use.isEmpty())
            b.json.insert(u"dosage"_s, QJsonArray { use });
        break;
    }
    if (!m.note.isEmpty())
        b.json.insert(u"note"_s, notes(m.note));
    return b.finish();
}

} // namespace renkei::fhir
