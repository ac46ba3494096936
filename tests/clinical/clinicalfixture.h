#pragma once

#include "model/resourceset.h"

#include <QString>

#include <optional>

// Small builders of synthetic clinical values for the clinical tests (no patient data).
namespace renkei::test {

inline constexpr char16_t kPatientId[] = u"p1";

struct LabSpec {
    QString jlac10; // empty: no JLAC10 coding
    QString name;
    std::optional<double> value; // nullopt: a text result (`text`)
    QString unit;
    QString when; // FHIR dateTime, e.g. "2024-05-01T09:00:00+09:00"
    QString facility = QStringLiteral("1311111111");
    QString flagCode; // interpretation code ("H", "L", "N"), empty: none
    std::optional<double> low;
    std::optional<double> high;
    QString text;
    QString panel;
    QString comparator;
};
model::LabResult makeLab(const LabSpec &spec, int serial);

struct MedSpec {
    QString yj; // 12 characters, empty: none
    QString general; // 一般名処方マスタ code, empty: none
    QString hot9; // empty: none
    QString name;
    QString facility = QStringLiteral("1311111111");
    QString start; // date
    std::optional<int> days;
    QString status = QStringLiteral("active");
    model::Medication::Kind kind = model::Medication::Kind::Order;
    QString end; // given end date, empty: none
};
model::Medication makeMed(const MedSpec &spec, int serial);

model::Facility makeFacility(const QString &code, const QString &name);
model::Patient makePatient(const QString &id = QString::fromUtf16(kPatientId));

} // namespace renkei::test
