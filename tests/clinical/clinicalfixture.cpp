#include "clinicalfixture.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::test {

model::LabResult makeLab(const LabSpec &spec, int serial)
{
    model::LabResult lab;
    lab.id = u"obs-%1"_s.arg(serial);
    lab.provenance.sourceId = u"Observation/"_s + lab.id;
    lab.patient = QString::fromUtf16(kPatientId);
    if (!spec.jlac10.isEmpty())
        lab.code.codings.append(model::Coding {
            QString::fromUtf16(model::systems::kJlac10), spec.jlac10, spec.name, {} });
    lab.code.codings.append(
        model::Coding { u"urn:local:lab"_s, u"L%1"_s.arg(serial), spec.name, {} });
    lab.code.text = spec.name;
    lab.display = spec.name;
    lab.numericValue = spec.value;
    lab.comparator = spec.comparator;
    lab.textValue = spec.text;
    lab.unit = spec.unit;
    lab.range.low = spec.low;
    lab.range.high = spec.high;
    lab.flagCode = spec.flagCode;
    lab.flag = spec.flagCode == u"H"_s ? model::LabFlag::High
        : spec.flagCode == u"L"_s      ? model::LabFlag::Low
        : spec.flagCode == u"N"_s      ? model::LabFlag::Normal
        : spec.flagCode == u"A"_s      ? model::LabFlag::Abnormal
                                       : model::LabFlag::None;
    lab.effective = model::PartialDateTime::parse(spec.when);
    lab.status = u"final"_s;
    lab.panel = spec.panel;
    lab.facility.code = spec.facility;
    lab.category = u"laboratory"_s;
    return lab;
}

model::Medication makeMed(const MedSpec &spec, int serial)
{
    model::Medication m;
    m.kind = spec.kind;
    m.id = u"med-%1"_s.arg(serial);
    m.provenance.sourceId
        = (spec.kind == model::Medication::Kind::Dispense ? u"MedicationDispense/"_s
                                                          : u"MedicationRequest/"_s)
        + m.id;
    m.patient = QString::fromUtf16(kPatientId);
    if (!spec.yj.isEmpty())
        m.medication.codings.append(
            model::Coding { QString::fromUtf16(model::systems::kYj), spec.yj, spec.name, {} });
    if (!spec.hot9.isEmpty())
        m.medication.codings.append(
            model::Coding { QString::fromUtf16(model::systems::kHot9), spec.hot9, spec.name, {} });
    if (!spec.general.isEmpty())
        m.medication.codings.append(
            model::Coding { QString::fromUtf16(model::systems::kGeneralName), spec.general,
                u"【般】"_s + spec.name, {} });
    m.medication.text = spec.name;
    m.name = spec.name;
    m.dose = 1;
    m.doseUnit = u"錠"_s;
    m.usageText = u"内服・経口・１日１回朝食後"_s;
    m.days = spec.days;
    m.status = spec.status;
    const model::PartialDateTime start = model::PartialDateTime::parse(spec.start);
    m.start = start;
    if (spec.kind == model::Medication::Kind::Dispense)
        m.handedOver = start;
    else
        m.authored = start;
    if (!spec.end.isEmpty())
        m.end = model::PartialDateTime::parse(spec.end);
    else if (spec.days && spec.kind != model::Medication::Kind::Dispense)
        m.end = model::PartialDateTime::fromDate(start.date().addDays(*spec.days - 1));
    m.prescriber = u"医師 %1"_s.arg(serial);
    m.facility.code = spec.facility;
    return m;
}

model::Facility makeFacility(const QString &code, const QString &name)
{
    model::Facility f;
    f.id = u"org-"_s + code;
    f.name = name;
    f.code10 = code;
    return f;
}

model::Patient makePatient(const QString &id)
{
    model::Patient p;
    p.id = id;
    p.kanjiName = u"連携 試験"_s;
    p.kanaName = u"レンケイ シケン"_s;
    p.birthDate = QDate(1960, 4, 10);
    p.sex = model::Sex::Female;
    return p;
}

} // namespace renkei::test
