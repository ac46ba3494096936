#pragma once

#include "clinical/patientrecord.h"
#include "demo/dataset.h"

#include <QDate>
#include <QString>

#include <memory>

// Records for the labs view's tests (synthetic: no patient data).
namespace renkei::test {

// The generator's "today" in these tests (fixed, so the charts are the same every run).
inline const QDate kLabsToday(2025, 6, 30);

// The demo network's richest chart (most resources) of a generated network: that patient's
// resources and the shared Organizations, each read by the FHIR reader, as the viewer opens it.
std::shared_ptr<const clinical::PatientRecord> demoRichestRecord(
    demo::GeneratorOptions::Size size = demo::GeneratorOptions::Size::Typical);

// A small chart with known results, two facilities (さくら内科 1311111111, 市立総合病院
// 1322222222) and one medication:
//   Hb   (血算)   2024/01/15 14.0, 2024/05/01 14.2 (range 13.7–16.8, no flag)
//   Cre  (腎機能) 2024/03/01 10:00 0.95 N at さくら内科 (0.65–1.07); 2024/05/01 09:10 1.20 H
//                 and 15:00 1.45 H at 市立総合病院 (0.61–1.04)
//   K    (電解質) 2024/03/01 3.2 (→ L), 2024/05/01 5.6 (→ H), from the range 3.6–4.8
//   アムロジピン 2024/02/01 28 days, refilled 2024/02/29 and 2024/03/28 at さくら内科
std::shared_ptr<const clinical::PatientRecord> syntheticLabRecord();

} // namespace renkei::test
