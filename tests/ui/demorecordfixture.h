#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace renkei::clinical {
class PatientRecord;
}

// The demo network's generated charts as the viewer opens them: each patient's resources and the
// shared Organizations, read by the FHIR reader, built into a PatientRecord (synthetic data).
namespace renkei::test {

// The generator's "today" for these charts.
inline QDate demoToday()
{
    return QDate(2025, 6, 30);
}

struct DemoRecord {
    QString patientId;
    std::shared_ptr<const clinical::PatientRecord> record;
    // The Binary resources of the patient by reference ("Binary/bin12" → PDF bytes): what the
    // server would answer when the viewer downloads an attachment.
    QHash<QString, QByteArray> binaries;
};

// The `count` richest charts (most resources first) of the typical demo network; generated once
// per process.
QList<DemoRecord> demoRecords(int count);
// The richest chart of the large demo network (about 131,000 resources), for timings.
DemoRecord largeDemoRecord();

} // namespace renkei::test
