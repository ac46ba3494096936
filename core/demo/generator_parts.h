#pragma once

#include "generator_context.h"
#include "tables.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// The parts of generate(), one file each: the network (organizations, staff), patients,
// encounters/conditions/allergies, lab draws, prescriptions, documents, and the histories that
// tie them into years of care.
namespace renkei::demo::gen {

// --- generator_network.cpp
void addNetwork(Context &context);
QString organizationId(QStringView facilityKey);
QString practitionerId(QStringView staffKey);
QString practitionerName(QStringView staffKey);

// --- generator_patients.cpp
struct PatientSpec {
    bool female = false;
    QDate birthDate;
    QStringList facilities; // where the patient has a local id
};
PatientInfo addPatient(Context &context, Rng &rng, const PatientSpec &spec);

// --- generator_clinical.cpp
struct Visit {
    QString facility;
    QString staff;
    When start;
    QDate end; // inpatient: discharge date; else the same day
    QStringView actClass = u"AMB"; // AMB, IMP, EMER
    QString reason; // diagnosis key, may be empty
};
QString addEncounter(Context &context, const PatientInfo &patient, const Visit &visit);
QString addCondition(Context &context, const PatientInfo &patient, QStringView diagnosisKey,
    const QString &facility, QDate onset, bool resolved = false);
QString addAllergy(Context &context, const PatientInfo &patient, QStringView allergyKey,
    const QString &facility, QDate recorded);

// --- generator_labs.cpp
// The "true" value of a test for this patient on a date (before noise and facility units).
using LabTruth = std::function<double(const tables::LabTest &test, QDate date)>;

class LabModel {
public:
    LabModel(Rng &rng, const PatientInfo &patient);
    // Overrides one test with a trend (the noise is still added).
    void setTrend(QStringView test, std::function<double(QDate)> trend);
    // Probability of a positive urine dipstick on a date.
    void setUrinePositive(QStringView test, std::function<double(QDate)> probability);
    double truth(const tables::LabTest &test, QDate date) const;
    double urinePositive(QStringView test, QDate date) const;
    double creatinineToEgfr(double cre, QDate date) const;

private:
    const PatientInfo &m_patient;
    QHash<QString, double> m_baseline;
    QHash<QString, std::function<double(QDate)>> m_trends;
    QHash<QString, std::function<double(QDate)>> m_urine;
};

struct Draw {
    QString facility;
    QString staff;
    QString encounterId;
    When when;
    QList<tables::Panel> panels;
    QStringList onlyTests; // when not empty: only these tests of the panels
};
// Adds one blood/urine draw: an Observation per test and a DiagnosticReport per panel.
// Returns the Observation ids.
QStringList addDraw(Context &context, Rng &rng, const PatientInfo &patient, const LabModel &model,
    const Draw &draw);

// --- generator_meds.cpp
struct Prescription {
    QString facility;
    QString staff;
    QString encounterId;
    When authored;
    QStringList drugs; // Drug keys, one Rp each
    int days = 28;
    QString pharmacy; // facility key of the dispensing pharmacy; empty: no dispense
    QStringView category = u"OHP"; // MERIT-9 category: OHP 外来, IHP 入院, DCG 退院
};
// One MedicationRequest per drug (+ a MedicationDispense each when a pharmacy is given).
// Returns the MedicationRequest ids.
QStringList addPrescription(
    Context &context, Rng &rng, const PatientInfo &patient, const Prescription &prescription);

// --- generator_documents.cpp
struct DocumentSpec {
    DocumentSpec(
        bool discharge_, QString facility_, QString staff_, QString encounterId_, When date_)
        : discharge(discharge_)
        , facility(std::move(facility_))
        , staff(std::move(staff_))
        , encounterId(std::move(encounterId_))
        , date(date_)
    {
    }

    bool discharge = false; // else a referral letter
    QString facility; // author's facility (custodian)
    QString staff; // author
    QString toFacility; // referral: the receiving facility
    QString toStaff;
    QString encounterId;
    When date; // the document's date
    QDate admitted; // discharge: event.period
    QStringList conditionIds; // diagnoses (Condition ids)
    QStringList medicationIds;
    QStringList observationIds;
    QString complaint, history, course, purpose; // narrative (plain text)
    bool withPdf = false;
};
QString addDocument(Context &context, const PatientInfo &patient, const DocumentSpec &spec);

// --- generator_histories.cpp
void addTypicalPatients(Context &context);
void addLargePatient(Context &context);

} // namespace renkei::demo::gen
