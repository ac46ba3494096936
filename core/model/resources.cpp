#include "model/resources.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::model {

QString Patient::displayName() const
{
    if (!kanjiName.isEmpty())
        return kanjiName;
    if (!otherName.isEmpty())
        return otherName;
    return kanaName;
}

QString LabResult::jlac10() const
{
    const Coding *c = code.findKind(CodeKind::Jlac10);
    return c ? c->code : QString();
}

QString LabResult::valueText() const
{
    if (numericValue) {
        const QString number = QString::number(*numericValue, 'g', 12);
        return comparator.isEmpty() ? number : comparator + u' ' + number;
    }
    return textValue;
}

const Coding *Medication::primaryCode() const
{
    for (const CodeKind kind : {CodeKind::Yj, CodeKind::GeneralName, CodeKind::Hot}) {
        if (const Coding *c = medication.findKind(kind))
            return c;
    }
    return medication.codings.isEmpty() ? nullptr : &medication.codings.first();
}

QString sexCode(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return u"male"_s;
    case Sex::Female:
        return u"female"_s;
    case Sex::Other:
        return u"other"_s;
    case Sex::Unknown:
        return u"unknown"_s;
    }
    return u"unknown"_s;
}

QString encounterClassCode(Encounter::Class c)
{
    switch (c) {
    case Encounter::Class::Outpatient:
        return u"outpatient"_s;
    case Encounter::Class::Inpatient:
        return u"inpatient"_s;
    case Encounter::Class::Emergency:
        return u"emergency"_s;
    case Encounter::Class::HomeHealth:
        return u"home-health"_s;
    case Encounter::Class::Virtual:
        return u"virtual"_s;
    case Encounter::Class::Other:
        return u"other"_s;
    case Encounter::Class::Unknown:
        return u"unknown"_s;
    }
    return u"unknown"_s;
}

QString labFlagCode(LabFlag flag)
{
    switch (flag) {
    case LabFlag::High:
        return u"H"_s;
    case LabFlag::Low:
        return u"L"_s;
    case LabFlag::CriticalHigh:
        return u"HH"_s;
    case LabFlag::CriticalLow:
        return u"LL"_s;
    case LabFlag::Normal:
        return u"N"_s;
    case LabFlag::Abnormal:
        return u"A"_s;
    case LabFlag::Other:
    case LabFlag::None:
        return {};
    }
    return {};
}

QString medicationKindCode(Medication::Kind k)
{
    switch (k) {
    case Medication::Kind::Order:
        return u"order"_s;
    case Medication::Kind::Dispense:
        return u"dispense"_s;
    case Medication::Kind::Statement:
        return u"statement"_s;
    }
    return u"order"_s;
}

QString documentKindCode(ClinicalDocument::Kind k)
{
    switch (k) {
    case ClinicalDocument::Kind::DischargeSummary:
        return u"discharge-summary"_s;
    case ClinicalDocument::Kind::Referral:
        return u"referral"_s;
    case ClinicalDocument::Kind::Other:
        return u"other"_s;
    }
    return u"other"_s;
}

} // namespace renkei::model
