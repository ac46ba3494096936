#pragma once

#include "generator_parts.h"

// Years of routine care at one facility: visits at an interval, a lab draw at each, a full
// panel every n-th visit, and the prescriptions of the regimens active on the day.
namespace renkei::demo::gen {

struct Regimen {
    QDate from, to;
    QStringList drugs;
};

struct CareStream {
    CareStream(QString facility_, QString staff_, QString pharmacy_, QDate from_, QDate to_,
        int intervalDays_)
        : facility(std::move(facility_))
        , staff(std::move(staff_))
        , pharmacy(std::move(pharmacy_))
        , from(from_)
        , to(to_)
        , intervalDays(intervalDays_)
    {
    }

    QString facility, staff, pharmacy;
    QDate from, to;
    int intervalDays = 28;
    int weekdayMask = 0x3F; // Monday..Saturday allowed (bit 0 = Monday)
    QList<tables::Panel> panels; // each visit
    QStringList onlyTests; // restrict the each-visit draw
    int fullEvery = 0; // every n-th visit also draws fullPanels
    QList<tables::Panel> fullPanels;
    QList<Regimen> regimens;
    QString reason; // diagnosis key of the visits
};

struct StreamVisit {
    QString encounterId;
    When when;
    QStringList observationIds;
    QStringList medicationIds;
};

QList<StreamVisit> runStream(Context &context, Rng &rng, const PatientInfo &patient,
    const LabModel &model, const CareStream &stream);

// One visit with optional draw and prescription (used by the streams and by one-off events).
StreamVisit addVisit(Context &context, Rng &rng, const PatientInfo &patient, const LabModel &model,
    const CareStream &stream, const When &when, const QList<tables::Panel> &panels);

QList<tables::Panel> allPanels();
// A smooth step from `before` to `after`, half-done `halfLifeDays` after `at`.
double towards(QDate date, QDate at, double before, double after, double halfLifeDays);
// The creatinine that gives `egfr` for this patient on `date` (inverse of the Japanese formula).
double creatinineFor(const PatientInfo &patient, double egfr, QDate date);

} // namespace renkei::demo::gen
