// Allergies (ADT^A60 IAM, ADT^A08 AL1) and problems (PPR^ZD1 PRB).
#include "ssmix2/mapcommon.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::ssmix2::detail {

namespace {

// HL7 table 0127 allergen type → FHIR AllergyIntolerance.category.
QString allergyCategory(const QString &type)
{
    if (type == u"DA")
        return u"medication"_s;
    if (type == u"FA")
        return u"food"_s;
    if (type == u"EA" || type == u"LA" || type == u"PA" || type == u"AA")
        return u"environment"_s;
    return {};
}

// HL7 table 0128 allergy severity.
QString allergySeverity(const QString &code)
{
    if (code == u"SV")
        return u"severe"_s;
    if (code == u"MO")
        return u"moderate"_s;
    if (code == u"MI")
        return u"mild"_s;
    return {};
}

// The parts where IAM and AL1 differ.
struct AllergyLayout {
    int onset;
    int onsetText; // 0: none
    int recorded; // 0: none
    int action; // 0: none
};

model::Allergy allergyFrom(
    const Segment &s, int segment, const AllergyLayout &layout, const Header &header)
{
    model::Allergy a;
    a.provenance = header.provenance(segment);
    a.id = header.sourceId(segment);
    a.patient = header.context().patientId;
    a.code = codeable(s.field(3).repetition(0));
    a.display = a.code.displayText();
    a.type = u"allergy"_s;
    a.category = allergyCategory(s.text(2));
    a.severity = allergySeverity(s.text(4));
    for (const Repetition &r : s.field(5).repetitions()) {
        if (const QString v = r.value().trimmed(); !v.isEmpty())
            a.reactions.append(v);
    }
    a.onset = hl7Time(s.text(layout.onset));
    if (layout.onsetText > 0)
        a.note = s.text(layout.onsetText).trimmed();
    if (layout.recorded > 0)
        a.recorded = hl7Time(s.text(layout.recorded));
    a.clinicalStatus = header.context().cancelled ? u"inactive"_s : u"active"_s;
    a.facility = header.facility();
    return a;
}

bool looksSuspected(const QString &text)
{
    return text.contains(u"疑"_s);
}

} // namespace

void mapAllergies(const Message &message, const Header &header, MapResult &out)
{
    const QList<Segment> &segments = message.segments();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments.at(i);
        if (s.name() == u"IAM") {
            // IAM-6 action code (table 0323): D deletes an allergy: nothing to show.
            if (s.text(6) == u"D") {
                out.notes.append(u"an IAM segment deletes an allergy; not shown"_s);
                continue;
            }
            out.resources.allergies.append(allergyFrom(s, int(i + 1), { 11, 12, 13, 6 }, header));
        } else if (s.name() == u"AL1") {
            out.resources.allergies.append(allergyFrom(s, int(i + 1), { 6, 0, 0, 0 }, header));
        }
    }
}

// PRB (SS-MIX2 PPR^ZD1): PRB-3 disease code (MDCDX2), PRB-7 established (診断日), PRB-9 resolved,
// PRB-10 ICD-10 in its first triplet, PRB-14 outcome (table 0241: R recovered), PRB-16 onset,
// PRB-17 onset text, PRB-18 ranking (1 = 主病名, JHSD0007). 疑い: the guideline carries it in the
// disease name modifiers (ZPR, MEDIS 修飾語 "の疑い"); this reader marks a condition suspected
// when PRB-13 (confirmation status) or PRB-19 (certainty) says 疑い or P (provisional), or the
// name itself ends in 疑い. Uncertain: the exact JHSD tables were not available here.
void mapProblems(const Message &message, const Header &header, MapResult &out)
{
    const QList<Segment> &segments = message.segments();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &prb = segments.at(i);
        if (prb.name() != u"PRB")
            continue;
        if (prb.text(1) == u"DE") {
            out.notes.append(u"a PRB segment deletes a problem; not shown"_s);
            continue;
        }
        const int number = int(i + 1);
        model::Condition c;
        c.provenance = header.provenance(number);
        c.id = header.sourceId(number);
        c.patient = header.context().patientId;
        c.code = codeable(prb.field(3).repetition(0));
        const Repetition icd = prb.field(10).repetition(0);
        if (icd.component(3).value().toUpper().startsWith(u"I10")) {
            const QString code = icd.component(1).value();
            if (!code.isEmpty())
                c.code.codings.append({ systemFor(icd.component(3).value(), code), code,
                    icd.component(2).value(), {} });
        }
        if (c.code.isEmpty())
            c.code.text = prb.text(17); // the disease as written, when it has no code
        c.display = c.code.displayText();
        c.recorded = hl7Time(prb.text(7));
        c.abatement = hl7Time(prb.text(9));
        c.onset = hl7Time(prb.text(16));
        const QString outcome = prb.text(14);
        c.clinicalStatus = outcome == u"R" ? u"resolved"_s
            : !c.abatement.isNull()        ? u"inactive"_s
                                           : u"active"_s;
        if (const QString outcomeText = prb.text(14, 2); !outcomeText.isEmpty())
            c.note = u"転帰: "_s + outcomeText;
        c.primary = prb.text(18) == u"1";
        const QString confirmation = prb.text(13) + u' ' + prb.text(13, 2);
        const QString certainty = prb.text(19) + u' ' + prb.text(19, 2);
        c.suspected = looksSuspected(confirmation) || looksSuspected(certainty)
            || prb.text(13) == u"P" || c.display.endsWith(u"疑い"_s);
        c.verificationStatus = c.suspected ? u"provisional"_s : u"confirmed"_s;
        if (header.context().cancelled)
            c.verificationStatus = u"entered-in-error"_s;
        c.category = u"problem-list-item"_s;
        c.facility = header.facility();
        out.resources.conditions.append(c);
    }
}

} // namespace renkei::ssmix2::detail
