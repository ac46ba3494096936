#include "fhir/mappers.h"
#include "fhir/types.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::fhir::detail {

namespace {

model::Encounter::Class classOf(const QString &code)
{
    using C = model::Encounter::Class;
    static const QHash<QString, C> classes = {
        { u"AMB"_s, C::Outpatient },
        { u"IMP"_s, C::Inpatient },
        { u"ACUTE"_s, C::Inpatient },
        { u"NONAC"_s, C::Inpatient },
        { u"EMER"_s, C::Emergency },
        { u"HH"_s, C::HomeHealth },
        { u"VR"_s, C::Virtual },
    };
    if (code.isEmpty())
        return C::Unknown;
    return classes.value(code.toUpper(), C::Other);
}

// onset[x] / abatement[x]: a dateTime, or the start of a Period.
model::PartialDateTime choiceDate(const Obj &o, const QString &prefix)
{
    if (o.has(prefix + u"DateTime"_s))
        return toDateTime(o, prefix + u"DateTime"_s);
    if (o.has(prefix + u"Period"_s))
        return toPeriod(o.obj(prefix + u"Period"_s)).start;
    return {};
}

// A status CodeableConcept: its first code, else its text.
QString statusOf(const Obj &codeable)
{
    const QString code = firstCode(codeable);
    return code.isEmpty() ? codeable.str(u"text"_s) : code;
}

// What a Condition and an AllergyIntolerance share: identity, patient, code and statuses,
// recorded date, note and the facility (from the recorder or asserter).
template <typename T>
void readProblemLike(const Res &res, const QString &patientKey, T &value)
{
    const Obj &o = res.obj;
    value.id = res.id.isEmpty() ? res.fullUrl : res.id;
    value.patient = res.patientKey(o.obj(patientKey));
    value.code = toConcept(o.obj(u"code"_s));
    value.display = value.code.displayText();
    value.clinicalStatus = statusOf(o.obj(u"clinicalStatus"_s));
    value.verificationStatus = statusOf(o.obj(u"verificationStatus"_s));
    value.onset = choiceDate(o, u"onset"_s);
    value.recorded = toDateTime(o, u"recordedDate"_s);
    value.note = notesText(o.objs(u"note"_s));
    value.facility = res.facility({ o.obj(u"recorder"_s), o.obj(u"asserter"_s) });
    value.provenance = res.provenance(value.facility);
}

QString firstConceptText(const QList<Obj> &concepts)
{
    return concepts.isEmpty() ? QString() : toConcept(concepts.first()).displayText();
}

} // namespace

void readEncounter(const Res &res)
{
    const Obj &o = res.obj;
    if (!o.require(u"status"_s) | !o.require(u"class"_s))
        return;
    model::Encounter e;
    e.id = res.id.isEmpty() ? res.fullUrl : res.id;
    e.patient = res.patientKey(o.obj(u"subject"_s));
    e.classCode = o.obj(u"class"_s).str(u"code"_s);
    e.encounterClass = classOf(e.classCode);
    e.status = o.str(u"status"_s);
    e.period = toPeriod(o.obj(u"period"_s));
    const Obj provider = o.obj(u"serviceProvider"_s);
    e.facility = res.facility({ provider });
    e.department = res.department();
    if (e.department.isEmpty()) {
        const Located org = res.resolve(provider);
        if (!org.isNull()) {
            const Res orgRes(res.ctx, org.obj(), org.fullUrl);
            e.department = orgRes.department();
        }
    }
    e.reason = conceptsText(o.objs(u"reasonCode"_s));
    for (const Obj &location : o.objs(u"location"_s)) {
        e.location = res.nameOf(location.obj(u"location"_s));
        if (!e.location.isEmpty())
            break;
    }
    e.provenance = res.provenance(e.facility);
    res.ctx.out.encounters.append(std::move(e));
}

void readCondition(const Res &res)
{
    const Obj &o = res.obj;
    if (!o.require(u"subject"_s))
        return;
    model::Condition c;
    readProblemLike(res, u"subject"_s, c);
    c.suspected
        = c.verificationStatus == u"unconfirmed"_s || c.verificationStatus == u"provisional"_s;
    c.category = firstConceptText(o.objs(u"category"_s));
    c.severity = toConcept(o.obj(u"severity"_s)).displayText();
    c.abatement = choiceDate(o, u"abatement"_s);
    const QString diagnosisType
        = firstCode(o.extension(str16(ext::kDiagnosisType)).obj(u"valueCodeableConcept"_s));
    c.primary = diagnosisType == u"principal"_s || diagnosisType == u"primary"_s;
    res.ctx.out.conditions.append(std::move(c));
}

void readAllergy(const Res &res)
{
    const Obj &o = res.obj;
    if (!o.require(u"patient"_s))
        return;
    model::Allergy a;
    readProblemLike(res, u"patient"_s, a);
    a.type = o.str(u"type"_s);
    a.category = o.strs(u"category"_s).join(u',');
    a.criticality = o.str(u"criticality"_s);
    for (const Obj &reaction : o.objs(u"reaction"_s)) {
        for (const Obj &manifestation : reaction.objs(u"manifestation"_s)) {
            const QString text = toConcept(manifestation).displayText();
            if (!text.isEmpty())
                a.reactions.append(text);
        }
        if (a.severity.isEmpty())
            a.severity = reaction.str(u"severity"_s);
    }
    res.ctx.out.allergies.append(std::move(a));
}

} // namespace renkei::fhir::detail
