#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace renkei::clinical {
class PatientRecord;
}

// What an emergency team needs first (救急時医療情報共有, issue 7 §3), from one record: plain
// lines the emergency view shows (and a test reads).
namespace renkei::ui::emergency {

struct EmergencyLine {
    QString text; // the fact ("ペニシリン — 発疹")
    QString detail; // where it comes from and when
    bool alert = false; // shown in red (a drug allergy, an abnormal value, a duplicate)
};

struct EmergencyFacts {
    QList<EmergencyLine> allergies; // allergies and contraindications (active)
    QList<EmergencyLine> medications; // current on `asOf`
    QList<EmergencyLine> diagnoses; // active problems, primary first, each name once
    QList<EmergencyLine> labs; // the latest value of key tests within 90 days, abnormal first
    QString dischargeTitle; // the last discharge summary: title, date, facility
    QList<EmergencyLine> dischargeDiagnoses; // its 退院時診断 section

    static EmergencyFacts build(
        const std::shared_ptr<const clinical::PatientRecord> &record, QDate asOf);
};

} // namespace renkei::ui::emergency
