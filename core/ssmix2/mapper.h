#pragma once

#include "model/resources.h"
#include "model/resourceset.h"
#include "ssmix2/hl7message.h"

#include <QString>
#include <QStringList>

#include <optional>

// One HL7 v2.5 message of an SS-MIX2 storage → model values (DESIGN.md "One vocabulary").
// Dispatch is by MSH-9 (the message's own statement), not by the folder:
//   ADT^A08 (ADT-00) Patient (+ AL1 allergies, OBX body measurements)
//   ADT^A01/A03/A04/A14 (ADT-22/52/12/21) Encounter
//   ADT^A60 (ADT-61) Allergy from IAM
//   PPR^ZD1 (PPR-01) Condition from PRB
//   RDE^O11 (OMP-01/02) Medication kind Order, one per RXE (or per RXC for mixed injections)
//   RAS^O17 (OMP-11/12) Medication kind Statement, one per RXA: an administration record says
//       what was given, which FHIR calls MedicationAdministration; the model's nearest honest kind
//       is Statement ("the patient took / was given"), never Dispense (nothing was handed over)
//   OUL^R22 (OML-11) LabResult, one per OBX
// Anything else (OML^O33 orders, OMG/OMI imaging, ORU reports, OMD diet, ADT transfers, leave
// and physician changes) is skipped with a note.
namespace renkei::ssmix2 {

struct MapContext {
    QString sourceSystem; // the storage root
    QString fileName; // the value's sourceId is this, "#<segment number>" where one file
                      // yields several values (MSH is segment 1)
    QString patientId; // the storage's patient id (folder and file name); values carry it
    QString dataType;
    QString orderNumber;
    bool cancelled = false; // condition flag 0, kept (the reader hides them unless asked)
    // The facility's 10-digit code and name when the caller knows them (a configured storage);
    // otherwise the code comes from MSH-4, else MSH-6 (the first 10-digit HD component).
    QString facilityCode;
    QString facilityName;
};

struct MapResult {
    model::ResourceSet resources;
    // The PID of the message as a Patient, for patients that have no ADT-00 file.
    std::optional<model::Patient> pidPatient;
    QStringList notes; // what was not mapped, in English, no patient data
    bool mapped = false; // false: the message type is not one this reader maps
};

MapResult mapMessage(const Message &message, const MapContext &context);

} // namespace renkei::ssmix2
