#include "labsfixture.h"

#include "clinicalfixture.h"
#include "fhir/reader.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace renkei::test {

std::shared_ptr<const clinical::PatientRecord> demoRichestRecord(demo::GeneratorOptions::Size size)
{
    const demo::Dataset dataset = demo::generate(demo::GeneratorOptions { size, 7, kLabsToday });
    QHash<QString, int> counts;
    for (const demo::StoredResource &r : dataset.resources) {
        if (!r.patientId.isEmpty())
            ++counts[r.patientId];
    }
    QString patientId;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (patientId.isEmpty() || it.value() > counts.value(patientId)
            || (it.value() == counts.value(patientId) && it.key() < patientId))
            patientId = it.key();
    }
    model::ResourceSet set;
    for (const demo::StoredResource &r : dataset.resources) {
        if (r.patientId != patientId && r.id != patientId && r.type != u"Organization"_s)
            continue;
        if (r.type == u"Patient"_s && r.id != patientId)
            continue;
        if (const auto read = fhir::readResource(r.json, u"demo"_s))
            set.append(read->resources);
    }
    clinical::RecordOptions options;
    options.patientId = patientId;
    return clinical::PatientRecord::build(std::move(set), options);
}

std::shared_ptr<const clinical::PatientRecord> syntheticLabRecord()
{
    const QString clinic = u"1311111111"_s;
    const QString hospital = u"1322222222"_s;
    auto lab = [](const QString &jlac, const QString &name, double value, const QString &unit,
                   const QString &when, const QString &facility, double low, double high,
                   const QString &panel, const QString &flag = {}) {
        LabSpec s;
        s.jlac10 = jlac;
        s.name = name;
        s.value = value;
        s.unit = unit;
        s.when = when;
        s.facility = facility;
        s.low = low;
        s.high = high;
        s.panel = panel;
        s.flagCode = flag;
        return s;
    };
    const QString hb = u"2A030000001930101"_s;
    const QString cre = u"3C015000002327101"_s;
    const QString k = u"3H015000002327201"_s;
    const QList<LabSpec> specs {
        lab(hb, u"Hb"_s, 14.0, u"g/dL"_s, u"2024-01-15T09:00:00+09:00"_s, clinic, 13.7, 16.8,
            u"血算"_s),
        lab(hb, u"Hb"_s, 14.2, u"g/dL"_s, u"2024-05-01T09:10:00+09:00"_s, hospital, 13.7, 16.8,
            u"血算"_s),
        lab(cre, u"Cre"_s, 0.95, u"mg/dL"_s, u"2024-03-01T10:00:00+09:00"_s, clinic, 0.65, 1.07,
            u"腎機能"_s, u"N"_s),
        lab(cre, u"Cre"_s, 1.20, u"mg/dL"_s, u"2024-05-01T09:10:00+09:00"_s, hospital, 0.61, 1.04,
            u"腎機能"_s, u"H"_s),
        lab(cre, u"Cre"_s, 1.45, u"mg/dL"_s, u"2024-05-01T15:00:00+09:00"_s, hospital, 0.61, 1.04,
            u"腎機能"_s, u"H"_s),
        lab(k, u"K"_s, 3.2, u"mEq/L"_s, u"2024-03-01T10:00:00+09:00"_s, clinic, 3.6, 4.8,
            u"電解質"_s),
        lab(k, u"K"_s, 5.6, u"mEq/L"_s, u"2024-05-01T09:10:00+09:00"_s, hospital, 3.6, 4.8,
            u"電解質"_s),
    };
    model::ResourceSet set;
    set.patients.append(makePatient());
    int serial = 0;
    for (const LabSpec &spec : specs)
        set.labs.append(makeLab(spec, ++serial));
    for (const QString &start : { u"2024-02-01"_s, u"2024-02-29"_s, u"2024-03-28"_s }) {
        MedSpec med;
        med.yj = u"2171022F1020"_s;
        med.name = u"アムロジピン錠5mg"_s;
        med.facility = clinic;
        med.start = start;
        med.days = 28;
        med.status = u"completed"_s;
        set.medications.append(makeMed(med, ++serial));
    }
    set.facilities.append(makeFacility(clinic, u"さくら内科"_s));
    set.facilities.append(makeFacility(hospital, u"市立総合病院"_s));
    return clinical::PatientRecord::build(std::move(set));
}

} // namespace renkei::test
