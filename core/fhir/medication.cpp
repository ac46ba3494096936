#include "fhir/mappers.h"
#include "fhir/types.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::fhir::detail {

namespace {

const QString kRpSystem = u"http://jpfhir.jp/fhir/core/mhlw/IdSystem/Medication-RPGroupNumber"_s;
const QString kRpOid = u"urn:oid:1.2.392.100495.20.3.81"_s;

// medication[x]: the concept, from medicationCodeableConcept or the referenced Medication.
bool readDrug(const Res &res, model::Medication &med)
{
    const Obj &o = res.obj;
    if (o.has(u"medicationCodeableConcept"_s)) {
        med.medication = toConcept(o.obj(u"medicationCodeableConcept"_s));
    } else if (o.has(u"medicationReference"_s)) {
        const Obj reference = o.obj(u"medicationReference"_s);
        const Located drug = res.resolve(reference);
        if (!drug.isNull())
            med.medication = toConcept(drug.obj().obj(u"code"_s));
        if (med.medication.isEmpty())
            med.medication.text = reference.str(u"display"_s);
    } else {
        if (o.issues())
            o.issues()->invalid(
                o.childPath(u"medication[x]"_s), u"missing required element 'medication[x]'"_s);
        return false;
    }
    med.name = med.medication.displayText();
    return true;
}

void readUsage(const Obj &timing, const Obj &dosage, model::Medication &med)
{
    const Obj code = timing.obj(u"code"_s);
    const model::CodeableConcept codeable = toConcept(code);
    const model::Coding *usage = codeable.findKind(model::CodeKind::JamiUsage);
    if (!usage && !codeable.codings.isEmpty())
        usage = &codeable.codings.first();
    if (usage) {
        med.usageCode = usage->code;
        med.usageCodeSystem = usage->system;
    }
    med.usageText = codeable.text.trimmed();
    if (med.usageText.isEmpty())
        med.usageText = dosage.str(u"text"_s).trimmed();
    if (med.usageText.isEmpty() && usage)
        med.usageText = usage->display;
}

void readDoseAndRate(const Obj &dosage, model::Medication &med)
{
    const QList<Obj> rates = dosage.objs(u"doseAndRate"_s);
    if (rates.isEmpty())
        return;
    const model::Quantity dose = toQuantity(rates.first().obj(u"doseQuantity"_s));
    med.dose = dose.value;
    med.doseUnit = dose.unit;
    const Obj ratio = rates.first().obj(u"rateRatio"_s);
    const Obj denominator = ratio.obj(u"denominator"_s);
    if (toDays(denominator) == 1) {
        const model::Quantity numerator = toQuantity(ratio.obj(u"numerator"_s));
        med.dailyDose = numerator.value;
        if (med.doseUnit.isEmpty())
            med.doseUnit = numerator.unit;
    }
}

// Start and days from one dosage; see medication's end rule in readDosage.
void readPeriod(const Obj &dosage, const Obj &timing, model::Medication &med)
{
    const Obj repeat = timing.obj(u"repeat"_s);
    if (const std::optional<int> days = toDays(repeat.obj(u"boundsDuration"_s)))
        med.days = days;
    else if (const std::optional<int> usage
        = toDays(dosage.extension(str16(ext::kUsageDuration)).obj(u"valueDuration"_s)))
        med.days = usage;
    const model::Period use
        = toPeriod(dosage.extension(str16(ext::kPeriodOfUse)).obj(u"valuePeriod"_s));
    const model::Period bounds = toPeriod(repeat.obj(u"boundsPeriod"_s));
    med.start = !use.start.isNull() ? use.start : bounds.start;
    med.end = !use.end.isNull() ? use.end : bounds.end;
    if (med.start.isNull()) {
        const QStringList texts = timing.strs(u"event"_s);
        if (!texts.isEmpty())
            med.start = model::PartialDateTime::parse(texts.first());
    }
}

// The first dosage gives the values; the usage texts of all are joined (不均等 per-day doses).
void readDosage(const QList<Obj> &dosages, model::Medication &med)
{
    QStringList usages;
    for (qsizetype i = 0; i < dosages.size(); ++i) {
        const Obj &dosage = dosages.at(i);
        const Obj timing = dosage.obj(u"timing"_s);
        model::Medication one;
        readUsage(timing, dosage, one);
        if (!one.usageText.isEmpty() && !usages.contains(one.usageText))
            usages.append(one.usageText);
        if (i != 0)
            continue;
        med.usageCode = one.usageCode;
        med.usageCodeSystem = one.usageCodeSystem;
        readDoseAndRate(dosage, med);
        readPeriod(dosage, timing, med);
        med.route = toConcept(dosage.obj(u"route"_s)).displayText();
        med.method = toConcept(dosage.obj(u"method"_s)).displayText();
        med.asNeeded = dosage.boolean(u"asNeededBoolean"_s).value_or(false);
        if (dosage.has(u"asNeededCodeableConcept"_s)) {
            med.asNeeded = true;
            med.asNeededCondition
                = toConcept(dosage.obj(u"asNeededCodeableConcept"_s)).displayText();
        }
    }
    med.usageText = usages.join(u" / "_s);
}

// A fixed-duration course ends on its last day: start + days - 1 (28 days from 07-12 end on
// 08-08). A given end always wins.
void deriveEnd(model::Medication &med)
{
    if (med.start.isNull() && !med.authored.isNull())
        med.start = model::PartialDateTime::fromDate(med.authored.date());
    if (!med.end.isNull() || med.start.isNull() || !med.days || *med.days < 1)
        return;
    if (med.start.precision() < model::PartialDateTime::Precision::Day)
        return;
    med.end = model::PartialDateTime::fromDate(med.start.date().addDays(*med.days - 1));
}

// MedicationRequest.category is a list; the other two have one CodeableConcept.
void readCommon(const Res &res, model::Medication &med)
{
    const Obj &o = res.obj;
    med.id = res.id.isEmpty() ? res.fullUrl : res.id;
    med.status = o.str(u"status"_s);
    if (med.kind == model::Medication::Kind::Order) {
        const QList<Obj> categories = o.objs(u"category"_s);
        if (!categories.isEmpty())
            med.category = toConcept(categories.first()).displayText();
    } else {
        med.category = toConcept(o.obj(u"category"_s)).displayText();
    }
    for (const Obj &identifier : o.objs(u"identifier"_s)) {
        const QString system = identifier.str(u"system"_s);
        if ((system == kRpSystem || system == kRpOid) && med.rpNumber.isEmpty())
            med.rpNumber = identifier.str(u"value"_s);
    }
    med.note = notesText(o.objs(u"note"_s));
}

void finish(const Res &res, model::Medication &med, const QList<Obj> &organizations)
{
    deriveEnd(med);
    med.facility = res.facility(organizations);
    med.provenance = res.provenance(med.facility);
    res.ctx.out.medications.append(std::move(med));
}

} // namespace

void readMedicationRequest(const Res &res)
{
    const Obj &o = res.obj;
    model::Medication med;
    med.kind = model::Medication::Kind::Order;
    const bool required = o.require(u"status"_s) & o.require(u"intent"_s) & o.require(u"subject"_s);
    if (!readDrug(res, med) || !required)
        return;
    readCommon(res, med);
    med.patient = res.patientKey(o.obj(u"subject"_s));
    med.authored = toDateTime(o, u"authoredOn"_s);
    readDosage(o.objs(u"dosageInstruction"_s), med);
    const Obj dispense = o.obj(u"dispenseRequest"_s);
    if (!med.days)
        med.days = toDays(dispense.obj(u"expectedSupplyDuration"_s));
    const model::Quantity total = toQuantity(dispense.obj(u"quantity"_s));
    med.total = total.value;
    med.totalUnit = total.unit;
    const Obj requester = o.obj(u"requester"_s);
    med.prescriber = res.nameOf(requester);
    finish(res, med, { requester, o.obj(u"performer"_s) });
}

void readMedicationDispense(const Res &res)
{
    const Obj &o = res.obj;
    model::Medication med;
    med.kind = model::Medication::Kind::Dispense;
    const bool required = o.require(u"status"_s);
    if (!readDrug(res, med) || !required)
        return;
    readCommon(res, med);
    med.patient = res.patientKey(o.obj(u"subject"_s));
    med.authored = toDateTime(o, u"whenPrepared"_s);
    med.handedOver = toDateTime(o, u"whenHandedOver"_s);
    readDosage(o.objs(u"dosageInstruction"_s), med);
    if (const std::optional<int> supply = toDays(o.obj(u"daysSupply"_s)))
        med.days = supply;
    const model::Quantity total = toQuantity(o.obj(u"quantity"_s));
    med.total = total.value;
    med.totalUnit = total.unit;
    if (med.start.isNull())
        med.start = !med.handedOver.isNull() ? med.handedOver : med.authored;
    QList<Obj> organizations;
    for (const Obj &performer : o.objs(u"performer"_s)) {
        organizations.append(performer.obj(u"actor"_s));
        if (med.prescriber.isEmpty())
            med.prescriber = res.nameOf(performer.obj(u"actor"_s));
    }
    organizations.append(o.obj(u"location"_s));
    finish(res, med, organizations);
}

void readMedicationStatement(const Res &res)
{
    const Obj &o = res.obj;
    model::Medication med;
    med.kind = model::Medication::Kind::Statement;
    const bool required = o.require(u"status"_s) & o.require(u"subject"_s);
    if (!readDrug(res, med) || !required)
        return;
    readCommon(res, med);
    med.patient = res.patientKey(o.obj(u"subject"_s));
    med.authored = toDateTime(o, u"dateAsserted"_s);
    readDosage(o.objs(u"dosage"_s), med);
    const model::Period effective = o.has(u"effectivePeriod"_s)
        ? toPeriod(o.obj(u"effectivePeriod"_s))
        : model::Period { toDateTime(o, u"effectiveDateTime"_s), {} };
    if (med.start.isNull())
        med.start = effective.start;
    if (med.end.isNull())
        med.end = effective.end;
    const Obj source = o.obj(u"informationSource"_s);
    med.prescriber = res.nameOf(source);
    finish(res, med, { source });
}

} // namespace renkei::fhir::detail
