// ADT messages: the patient (ADT^A08) and visits / admissions / discharges (A04, A14, A01, A03).
#include "ssmix2/mapcommon.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::ssmix2::detail {

namespace {

model::Sex sexFromCode(const QString &code)
{
    if (code == u"M")
        return model::Sex::Male;
    if (code == u"F")
        return model::Sex::Female;
    if (code == u"O" || code == u"A")
        return model::Sex::Other;
    return model::Sex::Unknown;
}

// XAD: SS-MIX2 writes the whole address as text in XAD-8 (other geographic designation), the
// postcode in XAD-5. Prefers the home address (XAD-7 H).
QString addressText(const Field &xad)
{
    QString best;
    for (const Repetition &r : xad.repetitions()) {
        QString text = r.component(8).value().trimmed();
        if (text.isEmpty()) {
            QStringList parts;
            for (int c : { 4, 3, 1, 2 }) {
                if (const QString v = r.component(c).value().trimmed(); !v.isEmpty())
                    parts.append(v);
            }
            text = parts.join(QString());
        }
        if (text.isEmpty())
            continue;
        if (r.component(7).value() == u"H")
            return text;
        if (best.isEmpty())
            best = text;
    }
    return best;
}

// XTN: the number is in XTN-12 (unformatted) in SS-MIX2, XTN-1 in older senders.
QString phoneText(const Field &xtn)
{
    for (const Repetition &r : xtn.repetitions()) {
        QString v = r.component(12).value().trimmed();
        if (v.isEmpty())
            v = r.component(1).value().trimmed();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

QString locationText(const Repetition &pl)
{
    QStringList parts;
    for (int c = 1; c <= 3; ++c) {
        if (const QString v = pl.component(c).value().trimmed(); !v.isEmpty())
            parts.append(v);
    }
    return parts.join(u'/');
}

} // namespace

model::Patient patientFromPid(const Segment &pid, const Header &header)
{
    model::Patient p;
    p.provenance = header.provenance(0);
    p.id = header.context().patientId;
    // PID-5 repeats the name; XPN-8 (name representation) says which is which: I ideographic
    // (kanji), P phonetic (kana), A alphabetic.
    for (const Repetition &r : pid.field(5).repetitions()) {
        const QString name = personName(r, 1);
        if (name.isEmpty())
            continue;
        const QString representation = r.component(8).value();
        if (representation == u"I" && p.kanjiName.isEmpty())
            p.kanjiName = name;
        else if (representation == u"P" && p.kanaName.isEmpty())
            p.kanaName = name;
        else if (p.otherName.isEmpty() && representation != u"I" && representation != u"P")
            p.otherName = name;
    }
    p.birthDate = hl7Time(pid.text(7)).date();
    p.sex = sexFromCode(pid.text(8));
    p.address = addressText(pid.field(11));
    p.phone = phoneText(pid.field(13));
    p.deceased = pid.text(30) == u"Y";
    // The storage's id is the facility's patient id (PID-3 is checked against it by the storage
    // reader); its system is urn:oid:1.2.392.100495.20.3.51.1 + the facility's 10-digit code.
    QString type = pid.field(3).component(5).value();
    p.identifiers.append(
        model::Identifier { header.patientIdSystem(), p.id, type.isEmpty() ? u"MR"_s : type });
    return p;
}

void mapPatient(const Message &message, const Header &header, MapResult &out)
{
    out.resources.patients.append(patientFromPid(message.segment(u"PID"), header));
    // ADT-00 also carries body measurements and blood type (OBX) and allergies (AL1).
    const QList<Segment> &segments = message.segments();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (segments.at(i).name() != u"OBX")
            continue;
        model::LabResult lab = labFromObx(segments.at(i), int(i + 1), header);
        const QString jlac = lab.jlac10();
        lab.category = jlac.startsWith(u"9N") ? u"vital-signs"_s : u"exam"_s;
        out.resources.labs.append(lab);
    }
    mapAllergies(message, header, out);
    if (!message.segments(u"IN1").isEmpty())
        out.notes.append(u"insurance (IN1) is not mapped"_s);
}

void mapEncounter(const Message &message, const Header &header, MapResult &out)
{
    const Segment pv1 = message.segment(u"PV1");
    const Segment evn = message.segment(u"EVN");
    const QString trigger = message.triggerEvent();
    model::Encounter e;
    e.provenance = header.provenance(0);
    e.id = header.sourceId(0);
    e.patient = header.context().patientId;
    const QString patientClass = pv1.text(2);
    const bool inpatient = patientClass == u"I" || (patientClass.isEmpty() && trigger != u"A04");
    if (patientClass == u"E") {
        e.encounterClass = model::Encounter::Class::Emergency;
        e.classCode = u"EMER"_s;
    } else if (inpatient) {
        e.encounterClass = model::Encounter::Class::Inpatient;
        e.classCode = u"IMP"_s;
    } else {
        e.encounterClass = model::Encounter::Class::Outpatient;
        e.classCode = u"AMB"_s;
    }
    // PV1-44 admit date/time, PV1-45 discharge date/time; EVN-6 (event occurred) as a fallback.
    e.period.start = hl7Time(pv1.text(44));
    e.period.end = hl7Time(pv1.text(45));
    const model::PartialDateTime occurred = hl7Time(evn.text(6));
    if (trigger == u"A03") {
        e.status = u"finished"_s;
        if (e.period.end.isNull())
            e.period.end = occurred;
    } else {
        if (e.period.start.isNull())
            e.period.start = occurred;
        e.status = trigger == u"A14" ? u"planned"_s
            : trigger == u"A01"      ? u"in-progress"_s
                                     : u"finished"_s;
    }
    if (header.context().cancelled)
        e.status = u"cancelled"_s;
    e.department = pv1.text(10);
    e.location = locationText(pv1.field(3).repetition(0));
    e.facility = header.facility();
    out.resources.encounters.append(e);
}

} // namespace renkei::ssmix2::detail
