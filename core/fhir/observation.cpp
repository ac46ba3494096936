#include "fhir/mappers.h"
#include "fhir/types.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::fhir::detail {

namespace {

model::LabFlag flagOf(const QString &code)
{
    static const QHash<QString, model::LabFlag> flags = {
        { u"H"_s, model::LabFlag::High },
        { u"HU"_s, model::LabFlag::High },
        { u">"_s, model::LabFlag::High },
        { u"HH"_s, model::LabFlag::CriticalHigh },
        { u"L"_s, model::LabFlag::Low },
        { u"LU"_s, model::LabFlag::Low },
        { u"<"_s, model::LabFlag::Low },
        { u"LL"_s, model::LabFlag::CriticalLow },
        { u"N"_s, model::LabFlag::Normal },
        { u"A"_s, model::LabFlag::Abnormal },
        { u"AA"_s, model::LabFlag::Abnormal },
    };
    if (code.isEmpty())
        return model::LabFlag::None;
    return flags.value(code.trimmed().toUpper(), model::LabFlag::Other);
}

QString numberText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 12) : QString();
}

QString quantityText(const Obj &q)
{
    const model::Quantity quantity = toQuantity(q);
    QString text = quantity.comparator + numberText(quantity.value);
    if (!quantity.unit.isEmpty())
        text += u' ' + quantity.unit;
    return text;
}

void readValue(const Obj &o, model::LabResult &lab)
{
    if (o.has(u"valueQuantity"_s)) {
        const model::Quantity q = toQuantity(o.obj(u"valueQuantity"_s));
        lab.numericValue = q.value;
        lab.comparator = q.comparator;
        lab.unit = q.unit;
        lab.unitCode = q.code;
        lab.unitSystem = q.system;
    } else if (o.has(u"valueString"_s)) {
        lab.textValue = o.str(u"valueString"_s);
    } else if (o.has(u"valueCodeableConcept"_s)) {
        lab.textValue = toConcept(o.obj(u"valueCodeableConcept"_s)).displayText();
    } else if (o.has(u"valueBoolean"_s)) {
        lab.textValue = o.boolean(u"valueBoolean"_s).value_or(false) ? u"true"_s : u"false"_s;
    } else if (o.has(u"valueInteger"_s)) {
        lab.textValue = numberText(o.num(u"valueInteger"_s));
    } else if (o.has(u"valueRatio"_s)) {
        const Obj ratio = o.obj(u"valueRatio"_s);
        lab.textValue = quantityText(ratio.obj(u"numerator"_s)) + u" / "_s
            + quantityText(ratio.obj(u"denominator"_s));
    } else if (o.has(u"valueRange"_s)) {
        const Obj range = o.obj(u"valueRange"_s);
        lab.textValue
            = quantityText(range.obj(u"low"_s)) + u" - "_s + quantityText(range.obj(u"high"_s));
    } else if (o.has(u"valueDateTime"_s)) {
        lab.textValue = toDateTime(o, u"valueDateTime"_s).toIso();
    } else if (o.has(u"dataAbsentReason"_s)) {
        lab.textValue = toConcept(o.obj(u"dataAbsentReason"_s)).displayText();
    }
}

model::ReferenceRange toRange(const Obj &r)
{
    model::ReferenceRange range;
    const model::Quantity low = toQuantity(r.obj(u"low"_s));
    const model::Quantity high = toQuantity(r.obj(u"high"_s));
    range.low = low.value;
    range.high = high.value;
    range.unit = low.unit.isEmpty() ? high.unit : low.unit;
    range.text = r.str(u"text"_s);
    range.type = toConcept(r.obj(u"type"_s)).displayText();
    return range;
}

QString specimenText(const Res &res, const Obj &reference)
{
    const Located specimen = res.resolve(reference);
    if (!specimen.isNull()) {
        const QString text = toConcept(specimen.obj().obj(u"type"_s)).displayText();
        if (!text.isEmpty())
            return text;
    }
    return reference.str(u"display"_s);
}

void effectiveOf(const Obj &o, model::PartialDateTime &effective)
{
    if (o.has(u"effectiveDateTime"_s))
        effective = toDateTime(o, u"effectiveDateTime"_s);
    else if (o.has(u"effectiveInstant"_s))
        effective = toDateTime(o, u"effectiveInstant"_s);
    else if (o.has(u"effectivePeriod"_s))
        effective = toPeriod(o.obj(u"effectivePeriod"_s)).start;
}

} // namespace

void readObservation(const Res &res, const Panel &given)
{
    const Obj &o = res.obj;
    if (!o.require(u"status"_s) | !o.require(u"code"_s))
        return;
    model::LabResult lab;
    lab.id = res.id.isEmpty() ? res.fullUrl : res.id;
    lab.patient = res.patientKey(o.obj(u"subject"_s));
    lab.code = toConcept(o.obj(u"code"_s));
    lab.display = lab.code.displayText();
    const QList<Obj> categories = o.objs(u"category"_s);
    if (!categories.isEmpty())
        lab.category = firstCode(categories.first());
    readValue(o, lab);
    const QList<Obj> ranges = o.objs(u"referenceRange"_s);
    if (!ranges.isEmpty())
        lab.range = toRange(ranges.first());
    const QList<Obj> interpretations = o.objs(u"interpretation"_s);
    if (!interpretations.isEmpty()) {
        lab.flagCode = firstCode(interpretations.first());
        lab.flag = flagOf(lab.flagCode);
    }
    lab.specimen = specimenText(res, o.obj(u"specimen"_s));
    effectiveOf(o, lab.effective);
    lab.issued = toDateTime(o, u"issued"_s);
    lab.status = o.str(u"status"_s);
    const QList<Obj> performers = o.objs(u"performer"_s);
    for (const Obj &performer : performers) {
        lab.performer = res.nameOf(performer);
        if (!lab.performer.isEmpty())
            break;
    }
    lab.note = notesText(o.objs(u"note"_s));
    const Panel panel = given.name.isEmpty() && given.id.isEmpty()
        ? res.ctx.panels.value(res.sourceId, res.ctx.panels.value(res.fullUrl))
        : given;
    lab.panel = panel.name;
    lab.panelId = panel.id;
    if (lab.panel.isEmpty() && lab.panelId.isEmpty()) {
        // No report lists it: the order it answers (basedOn), by name and order number.
        const QList<Obj> orders = o.objs(u"basedOn"_s);
        if (!orders.isEmpty()) {
            lab.panel = orders.first().str(u"display"_s);
            lab.panelId = orders.first().obj(u"identifier"_s).str(u"value"_s);
        }
    }
    lab.facility = res.facility(performers);
    if (lab.facility.isEmpty())
        lab.facility = panel.facility;
    lab.provenance = res.provenance(lab.facility);
    res.ctx.out.labs.append(std::move(lab));
}

void collectPanels(const Res &report)
{
    const Obj &o = report.obj;
    const Panel panel { toConcept(o.obj(u"code"_s)).displayText(), report.id,
        report.facility(o.objs(u"performer"_s)) };
    for (const Obj &result : o.objs(u"result"_s)) {
        const QString reference = result.str(u"reference"_s);
        if (reference.startsWith(u'#'))
            continue;
        const Located target = report.resolve(reference);
        if (target.isNull())
            continue;
        report.ctx.panels.insert(
            target.fullUrl.isEmpty() ? target.type() + u'/' + target.id() : target.fullUrl, panel);
        if (!target.id().isEmpty())
            report.ctx.panels.insert(target.type() + u'/' + target.id(), panel);
    }
}

void readDiagnosticReport(const Res &res)
{
    const Obj &o = res.obj;
    if (!o.require(u"status"_s) | !o.require(u"code"_s))
        return;
    const Panel panel { toConcept(o.obj(u"code"_s)).displayText(), res.id,
        res.facility(o.objs(u"performer"_s)) };
    for (const Located &c : res.contained()) {
        if (c.type() != u"Observation"_s)
            continue;
        const QString key = u"Observation/"_s + c.id();
        // Listed in the Bundle as well: read there, once.
        if (!c.id().isEmpty() && !res.ctx.index.find(key).isNull())
            continue;
        const Res observation(res.ctx, Obj(c.json, c.path, res.obj.issues()), QString(), &res);
        readObservation(observation, panel);
    }
}

} // namespace renkei::fhir::detail
