// Prescription and injection orders (RDE^O11, OMP-01/02) and administration records (RAS^O17,
// OMP-11/12).
#include "ssmix2/mapcommon.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::ssmix2::detail {

namespace {

// One order item: an RXE (or RXA) with the segments that follow it up to the next item.
struct Item {
    Segment orc;
    Segment main; // RXE or RXA
    int mainNumber = 0;
    Segment tq1;
    Segment rxr;
    QList<Segment> rxcs;
    QList<int> rxcNumbers;
};

QList<Item> groupItems(const Message &message, QStringView mainName)
{
    QList<Item> items;
    Segment orc;
    const QList<Segment> &segments = message.segments();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments.at(i);
        const QString name = s.name();
        if (name == u"ORC") {
            orc = s;
            // Items before a new ORC are closed: mark them so a later RXR does not reach back.
            for (Item &item : items) {
                if (!item.rxr.isValid())
                    item.rxr = Segment({ u"RXR"_s }, message.delimiters());
            }
        } else if (name == mainName) {
            items.append(Item { orc, s, int(i + 1), {}, {}, {}, {} });
        } else if (items.isEmpty()) {
            continue;
        } else if (name == u"TQ1" && !items.last().tq1.isValid()) {
            items.last().tq1 = s;
        } else if (name == u"RXR") {
            // RAS^O17 writes one RXR after all the RXA of an order: it applies to each of them.
            for (qsizetype k = items.size() - 1; k >= 0 && !items.at(k).rxr.isValid(); --k)
                items[k].rxr = s;
        } else if (name == u"RXC") {
            items.last().rxcs.append(s);
            items.last().rxcNumbers.append(int(i + 1));
        }
    }
    return items;
}

// ORC-1 order control → a FHIR MedicationRequest status.
QString orderStatus(const QString &control)
{
    if (control == u"CA" || control == u"OC" || control == u"CR")
        return u"cancelled"_s;
    if (control == u"DC" || control == u"OD")
        return u"stopped"_s;
    return u"active"_s;
}

// RXA-20 completion status (table 0322) → what a MedicationStatement / Administration says.
QString administrationStatus(const QString &code)
{
    if (code == u"CP")
        return u"completed"_s;
    if (code == u"RE")
        return u"not-taken"_s;
    if (code == u"NA")
        return u"not-done"_s;
    if (code == u"PA")
        return u"completed"_s; // partially administered: given, in part
    return code.toLower();
}

// The parts every medication value shares: who, where, from which ORC and RXR.
model::Medication base(const Item &item, int number, const Header &header)
{
    model::Medication m;
    m.provenance = header.provenance(number);
    m.id = header.sourceId(number);
    m.patient = header.context().patientId;
    m.prescriber = personName(item.orc.field(12).repetition(0));
    m.authored = hl7Time(item.orc.text(9));
    m.rpNumber = item.orc.text(4);
    m.facility = header.facility(item.orc.text(21));
    m.route = item.rxr.text(1, 2);
    if (m.route.isEmpty())
        m.route = item.rxr.text(1, 1);
    m.method = item.rxr.text(4, 2);
    if (m.method.isEmpty())
        m.method = item.rxr.text(3, 2); // the device (点滴ポンプ) says how
    return m;
}

void setDrug(model::Medication &m, const Repetition &cwe)
{
    m.medication = codeable(cwe);
    m.name = cwe.component(2).value();
    if (m.name.isEmpty())
        m.name = m.medication.displayText();
}

// The FHIR reader's rule (reader.h), so that a value reads the same from SS-MIX2 and from the
// FHIR the cache keeps of it: no start means the authored date; a fixed-duration course ends on
// its last day, start + days - 1.
void deriveDates(model::Medication &m)
{
    if (m.start.isNull() && !m.authored.isNull())
        m.start = model::PartialDateTime::fromDate(m.authored.date());
    if (!m.end.isNull() || m.start.isNull() || !m.days || *m.days < 1
        || m.start.precision() < model::PartialDateTime::Precision::Day)
        return;
    m.end = model::PartialDateTime::fromDate(m.start.date().addDays(*m.days - 1));
}

// TQ1: TQ1-3.1 the JAMI usage code as code&text&system, TQ1-6 the duration (5^d), TQ1-7 start,
// TQ1-8 end, TQ1-9 priority (PRN), TQ1-10 condition text.
void applyTiming(model::Medication &m, const Segment &tq1)
{
    const model::CodeableConcept usage = codeableFromSubComponents(tq1.field(3).component(1));
    if (!usage.codings.isEmpty()) {
        m.usageCode = usage.codings.first().code;
        m.usageCodeSystem = usage.codings.first().system;
    }
    m.usageText = usage.displayText();
    if (m.usageText == m.usageCode)
        m.usageText = tq1.text(11); // TQ1-11 text instruction when the code has no text
    const std::optional<double> duration = number(tq1.text(6, 1));
    const QString unit = tq1.text(6, 2).toLower();
    if (duration && *duration >= 0 && *duration < 100000) {
        if (unit == u"d" || unit == u"day" || unit.isEmpty())
            m.days = int(*duration);
        else if (unit == u"wk" || unit == u"w")
            m.days = int(*duration) * 7;
    }
    m.start = hl7Time(tq1.text(7));
    m.end = hl7Time(tq1.text(8));
    deriveDates(m);
    // 頓用: priority PRN, a condition, or a JAMI usage code of 基本用法区分 2 (内服頓用).
    m.asNeeded = tq1.text(9) == u"PRN" || !tq1.text(10).isEmpty()
        || (m.usageCode.size() == 16 && m.usageCode.startsWith(u'2'))
        || m.usageText.contains(u"頓用"_s);
    m.asNeededCondition = tq1.text(10);
}

QString joinedTexts(const Field &field)
{
    QStringList texts;
    for (const Repetition &r : field.repetitions()) {
        const QString t = r.component(2).value();
        if (!t.isEmpty())
            texts.append(t);
    }
    return texts.join(u'・');
}

} // namespace

// RXE: RXE-2 drug, RXE-3 dose, RXE-5 dose unit (MR9P), RXE-7 instructions, RXE-10/11 total
// (dispense amount and unit), RXE-19 total daily dose (CQ, unit as sub-components), RXE-21
// 処方区分 (外来処方, 院内処方...). An injection writes its drugs in RXC (base and additives) under
// a placeholder RXE-2: then each RXC is a value, with the RXE's timing and route.
void mapPrescriptions(const Message &message, const Header &header, MapResult &out)
{
    for (const Item &item : groupItems(message, u"RXE")) {
        const Segment &rxe = item.main;
        if (rxe.field(2).isEmpty() && item.rxcs.isEmpty()) {
            out.notes.append(u"an RXE segment names no drug; skipped"_s);
            continue;
        }
        model::Medication m = base(item, item.mainNumber, header);
        m.kind = model::Medication::Kind::Order;
        m.status = header.context().cancelled ? u"cancelled"_s : orderStatus(item.orc.text(1));
        setDrug(m, rxe.field(2).repetition(0));
        m.dose = number(rxe.text(3));
        m.doseUnit = rxe.text(5, 2);
        if (m.doseUnit.isEmpty())
            m.doseUnit = rxe.text(5, 1);
        m.total = number(rxe.text(10));
        m.totalUnit = rxe.text(11, 2);
        m.dailyDose = number(rxe.text(19, 1));
        m.note = rxe.text(7, 2);
        m.category = joinedTexts(rxe.field(21));
        applyTiming(m, item.tq1);
        if (item.rxcs.isEmpty()) {
            out.resources.medications.append(m);
            continue;
        }
        for (qsizetype k = 0; k < item.rxcs.size(); ++k) {
            const Segment &rxc = item.rxcs.at(k);
            model::Medication part = m;
            part.provenance = header.provenance(item.rxcNumbers.at(k));
            part.id = header.sourceId(item.rxcNumbers.at(k));
            setDrug(part, rxc.field(2).repetition(0));
            part.dose = number(rxc.text(3));
            part.doseUnit = rxc.text(4, 2);
            part.total.reset();
            part.totalUnit.clear();
            part.dailyDose.reset();
            const QString role = rxc.text(1) == u"B" ? u"基剤"_s : u"添加剤"_s;
            part.note = m.note.isEmpty() ? role : QString(role + u" / "_s + m.note);
            out.resources.medications.append(part);
        }
    }
}

// RXA: RXA-3/4 start and end of administration, RXA-5 drug, RXA-6 amount, RXA-7 unit, RXA-9
// notes, RXA-10 who gave it, RXA-20 completion status.
void mapAdministrations(const Message &message, const Header &header, MapResult &out)
{
    for (const Item &item : groupItems(message, u"RXA")) {
        const Segment &rxa = item.main;
        if (rxa.field(5).isEmpty()) {
            out.notes.append(u"an RXA segment names no drug; skipped"_s);
            continue;
        }
        model::Medication m = base(item, item.mainNumber, header);
        m.kind = model::Medication::Kind::Statement;
        setDrug(m, rxa.field(5).repetition(0));
        m.dose = number(rxa.text(6));
        m.doseUnit = rxa.text(7, 2);
        if (m.doseUnit.isEmpty())
            m.doseUnit = rxa.text(7, 1);
        m.start = hl7Time(rxa.text(3));
        m.end = hl7Time(rxa.text(4));
        deriveDates(m);
        m.status = header.context().cancelled ? u"entered-in-error"_s
                                              : administrationStatus(rxa.text(20));
        m.note = rxa.text(9, 2);
        if (const QString by = personName(rxa.field(10).repetition(0)); !by.isEmpty())
            m.note = m.note.isEmpty() ? QString(u"実施者: "_s + by)
                                      : QString(m.note + u" / 実施者: "_s + by);
        out.resources.medications.append(m);
    }
}

} // namespace renkei::ssmix2::detail
