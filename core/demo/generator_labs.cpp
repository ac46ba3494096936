#include "generator_parts.h"
#include "model/codes.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace renkei::demo::gen {
namespace {

constexpr QStringView kLocalLabSystem
    = u"http://jpfhir.jp/fhir/clins/CodeSystem/JP_CLINS_ObsLabResult_LocalCode_CS";
constexpr QStringView kInterpretationSystem
    = u"http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

// How one facility prints one test on one date.
struct Printed {
    const tables::LabTest *test;
    QStringView unit, ucum, jlac10, name;
    double factor = 1, offset = 0, low, high;
    int decimals;
};

Printed printed(const tables::LabTest &test, QStringView facility, QDate date, bool female)
{
    Printed result { &test, test.unit, test.ucum, test.jlac10, test.name, 1, 0,
        female ? test.lowF : test.low, female ? test.highF : test.high, test.decimals };
    const int yyyymmdd = date.year() * 10000 + date.month() * 100 + date.day();
    for (const tables::LabVariant &variant : tables::labVariants()) {
        if (variant.facility != facility || variant.test != test.key)
            continue;
        if (variant.untilYyyymmdd != 0 && yyyymmdd >= variant.untilYyyymmdd)
            continue;
        result.unit = variant.unit;
        result.ucum = variant.ucum;
        result.factor = variant.factor;
        result.offset = variant.offset;
        result.low = female ? variant.lowF : variant.low;
        result.high = female ? variant.highF : variant.high;
        result.decimals = variant.decimals;
        if (!variant.jlac10.isEmpty())
            result.jlac10 = variant.jlac10;
        if (!variant.name.isEmpty())
            result.name = variant.name;
    }
    return result;
}

QString localCode(const tables::Facility &facility, const tables::LabTest &test)
{
    const auto all = tables::labTests();
    const qsizetype index = &test - all.data();
    return facility.code10.right(4) + QString::asprintf("%06d", int(100 + index));
}

QJsonValue codeConcept(Context &context, const tables::Facility &facility, const Printed &p)
{
    return context.cached(u"labcode|" + facility.key + u'|' + p.jlac10 + p.name, [&] {
        return QJsonValue(json::codeable(
            QJsonArray { json::coding(kLocalLabSystem, localCode(facility, *p.test), p.name),
                json::coding(model::systems::kJlac10, p.jlac10, p.test->abbrev) },
            p.name));
    });
}

QJsonValue sharedPieces(Context &context, QStringView key, const std::function<QJsonValue()> &make)
{
    return context.cached(key.toString(), make);
}

QJsonObject interpretation(QStringView code)
{
    QStringView display = u"基準範囲内";
    if (code == u"H")
        display = u"高値";
    else if (code == u"L")
        display = u"低値";
    else if (code == u"A")
        display = u"異常";
    return json::codeable(kInterpretationSystem, code, display);
}

QJsonObject rangeQuantity(double value, const Printed &p)
{
    return json::quantity(value, p.decimals, p.unit, model::systems::kUcum, p.ucum);
}

QJsonObject referenceRange(const Printed &p)
{
    QJsonObject range { { u"low"_s, rangeQuantity(p.low, p) } };
    QString text = QString::number(p.low, 'f', p.decimals);
    if (!std::isnan(p.high)) {
        range.insert(u"high"_s, rangeQuantity(p.high, p));
        text += u'-' + QString::number(p.high, 'f', p.decimals);
    } else {
        text = text.prepend(u"≥"_s);
    }
    range.insert(u"text"_s, text);
    return range;
}

struct Result {
    QString id;
    tables::Panel panel;
};

} // namespace

LabModel::LabModel(Rng &rng, const PatientInfo &patient)
    : m_patient(patient)
{
    for (const tables::LabTest &test : tables::labTests())
        m_baseline.insert(test.key.toString(), rng.normal(test.mean, test.sd * 0.5));
}

void LabModel::setTrend(QStringView test, std::function<double(QDate)> trend)
{
    m_trends.insert(test.toString(), std::move(trend));
}

void LabModel::setUrinePositive(QStringView test, std::function<double(QDate)> probability)
{
    m_urine.insert(test.toString(), std::move(probability));
}

double LabModel::truth(const tables::LabTest &test, QDate date) const
{
    const auto trend = m_trends.constFind(test.key.toString());
    if (trend != m_trends.cend())
        return trend.value()(date);
    double value = m_baseline.value(test.key.toString());
    if (m_patient.female && test.lowF != test.low)
        value *= (test.lowF + test.highF) / (test.low + test.high);
    return value;
}

double LabModel::urinePositive(QStringView test, QDate date) const
{
    const auto it = m_urine.constFind(test.toString());
    return it == m_urine.cend() ? 0.04 : it.value()(date);
}

double LabModel::creatinineToEgfr(double cre, QDate date) const
{
    // 日本人のGFR推算式: 194 × Cr^-1.094 × age^-0.287 (× 0.739 for women).
    const double age = std::max(18, m_patient.ageAt(date));
    const double egfr = 194.0 * std::pow(cre, -1.094) * std::pow(age, -0.287);
    return m_patient.female ? egfr * 0.739 : egfr;
}

QStringList addDraw(
    Context &context, Rng &rng, const PatientInfo &patient, const LabModel &model, const Draw &draw)
{
    const tables::Facility *facility = tables::facility(draw.facility);
    const QString effective = json::jst(draw.when);
    const When issuedAt = draw.when.plusMinutes(rng.between(60, 240));
    const QString issued = json::jst(issuedAt);
    const QJsonObject subject = json::reference(u"Patient", patient.id);
    const QJsonObject encounter = json::reference(u"Encounter", draw.encounterId);
    const QJsonValue performer = sharedPieces(context, QString(u"performer|" + facility->key), [&] {
        return QJsonValue(QJsonArray {
            json::reference(u"Organization", organizationId(facility->key), facility->name) });
    });
    const QJsonValue extensions = sharedPieces(context, QString(u"ext|" + facility->key),
        [&] { return QJsonValue(QJsonArray { json::institutionExtension(facility->code10) }); });
    const QJsonValue category = sharedPieces(context, u"labcategory", [] {
        return QJsonValue(QJsonArray { json::codeable(QJsonArray {
            json::coding(u"http://jpfhir.jp/fhir/core/CodeSystem/JP_SimpleObservationCategory_CS",
                u"laboratory", u"検体検査"),
            json::coding(u"http://terminology.hl7.org/CodeSystem/observation-category",
                u"laboratory", u"Laboratory") }) });
    });

    double creatinine = -1;
    QList<Result> results;
    QStringList ids;
    for (const tables::LabTest &test : tables::labTests()) {
        if (!draw.panels.contains(test.panel))
            continue;
        if (!draw.onlyTests.isEmpty() && !draw.onlyTests.contains(test.key.toString()))
            continue;
        const Printed p = printed(test, draw.facility, draw.when.date, patient.female);
        QJsonObject obs { { u"extension"_s, extensions }, { u"status"_s, u"final"_s },
            { u"category"_s, category }, { u"code"_s, codeConcept(context, *facility, p) },
            { u"subject"_s, subject }, { u"encounter"_s, encounter },
            { u"effectiveDateTime"_s, effective }, { u"issued"_s, issued },
            { u"performer"_s, performer },
            { u"specimen"_s,
                QJsonObject {
                    { u"display"_s, tables::specimenName(test.specimen).toString() } } } };
        if (test.qualitative) {
            int grade = 0;
            if (rng.chance(model.urinePositive(test.key, draw.when.date)))
                grade = rng.between(1, 4);
            obs.insert(u"valueString"_s, tables::urineGrades()[grade].toString());
            obs.insert(
                u"interpretation"_s, QJsonArray { interpretation(grade == 0 ? u"N" : u"A") });
            obs.insert(u"referenceRange"_s,
                QJsonArray { QJsonObject { { u"text"_s, tables::urineGrades()[0].toString() } } });
        } else {
            double base = model.truth(test, draw.when.date) + rng.normal(0, test.sd * 0.3);
            if (test.key == u"cre")
                creatinine = json::rounded(std::max(0.3, base), 2);
            if (test.key == u"egfr" && creatinine > 0)
                base = model.creatinineToEgfr(creatinine, draw.when.date);
            base = std::max(base, test.mean * 0.02);
            const double value = json::rounded(base * p.factor + p.offset, p.decimals);
            QStringView flag = u"N";
            if (value < p.low)
                flag = u"L";
            else if (!std::isnan(p.high) && value > p.high)
                flag = u"H";
            obs.insert(u"valueQuantity"_s,
                json::quantity(value, p.decimals, p.unit, model::systems::kUcum, p.ucum));
            obs.insert(u"interpretation"_s, QJsonArray { interpretation(flag) });
            obs.insert(u"referenceRange"_s, QJsonArray { referenceRange(p) });
        }
        const QString id = context.nextId(u"obs");
        context.add(u"Observation", id, patient.id, issuedAt, obs,
            u"http://jpfhir.jp/fhir/core/StructureDefinition/JP_Observation_LabResult");
        context.dataset().resources.last().clinicalDate = draw.when.date;
        results.append(Result { id, test.panel });
        ids.append(id);
    }

    for (const tables::Panel panel : draw.panels) {
        QJsonArray refs;
        for (const Result &result : std::as_const(results)) {
            if (result.panel == panel)
                refs.append(json::reference(u"Observation", result.id));
        }
        if (refs.isEmpty())
            continue;
        QJsonObject report { { u"extension"_s, extensions }, { u"status"_s, u"final"_s },
            { u"category"_s,
                QJsonArray { json::codeable(
                    u"http://terminology.hl7.org/CodeSystem/v2-0074", u"LAB", u"Laboratory") } },
            { u"code"_s,
                json::codeable(model::systems::kLoinc, u"11502-2", u"Laboratory report",
                    tables::panelName(panel)) },
            { u"subject"_s, subject }, { u"encounter"_s, encounter },
            { u"effectiveDateTime"_s, effective }, { u"issued"_s, issued },
            { u"performer"_s, performer }, { u"result"_s, refs } };
        context.add(u"DiagnosticReport", context.nextId(u"dr"), patient.id, issuedAt, report,
            u"http://jpfhir.jp/fhir/core/StructureDefinition/JP_DiagnosticReport_LabResult");
        context.dataset().resources.last().clinicalDate = draw.when.date;
    }
    return ids;
}

} // namespace renkei::demo::gen
