#include "demorecordfixture.h"

#include "clinical/patientrecord.h"
#include "demo/dataset.h"
#include "fhir/reader.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace renkei::test {

namespace {

QList<DemoRecord> recordsOf(const demo::Dataset &dataset, int count)
{
    QHash<QString, QList<const demo::StoredResource *>> byPatient;
    QList<const demo::StoredResource *> organizations;
    for (const demo::StoredResource &r : dataset.resources) {
        const QString owner = r.type == u"Patient"_s ? r.id : r.patientId;
        if (owner.isEmpty()) {
            if (r.type == u"Organization"_s)
                organizations.append(&r);
        } else {
            byPatient[owner].append(&r);
        }
    }
    QStringList ids = byPatient.keys();
    std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
        const auto na = byPatient.value(a).size();
        const auto nb = byPatient.value(b).size();
        return na != nb ? na > nb : a < b;
    });
    QList<DemoRecord> out;
    for (const QString &id : ids.mid(0, count)) {
        DemoRecord chart;
        chart.patientId = id;
        model::ResourceSet resources;
        QList<const demo::StoredResource *> all = byPatient.value(id) + organizations;
        for (const demo::StoredResource *r : std::as_const(all)) {
            if (r->type == u"Binary"_s) {
                chart.binaries.insert(u"Binary/"_s + r->id,
                    QByteArray::fromBase64(r->json.value(u"data"_s).toString().toLatin1()));
                continue;
            }
            const auto read = fhir::readResource(r->json, u"demo"_s);
            if (read)
                resources.append(read->resources);
        }
        clinical::RecordOptions options;
        options.patientId = id;
        chart.record = clinical::PatientRecord::build(std::move(resources), options);
        out.append(chart);
    }
    return out;
}

} // namespace

QList<DemoRecord> demoRecords(int count)
{
    static const demo::Dataset dataset = demo::generate(
        demo::GeneratorOptions { demo::GeneratorOptions::Size::Typical, 7, demoToday() });
    return recordsOf(dataset, count);
}

DemoRecord largeDemoRecord()
{
    const demo::Dataset dataset = demo::generate(
        demo::GeneratorOptions { demo::GeneratorOptions::Size::Large, 7, demoToday() });
    return recordsOf(dataset, 1).first();
}

} // namespace renkei::test
