#pragma once

#include "model/resources.h"

#include <QList>

namespace renkei::model {

// A bag of clinical values, as read from one source (a file, a Bundle, a page of a sync).
struct ResourceSet {
    QList<Patient> patients;
    QList<Facility> facilities;
    QList<Encounter> encounters;
    QList<LabResult> labs;
    QList<Medication> medications;
    QList<ClinicalDocument> documents;
    QList<Condition> conditions;
    QList<Allergy> allergies;

    bool isEmpty() const { return count() == 0; }
    qsizetype count() const
    {
        return patients.size() + facilities.size() + encounters.size() + labs.size() +
               medications.size() + documents.size() + conditions.size() + allergies.size();
    }
    void append(ResourceSet other)
    {
        patients += std::move(other.patients);
        facilities += std::move(other.facilities);
        encounters += std::move(other.encounters);
        labs += std::move(other.labs);
        medications += std::move(other.medications);
        documents += std::move(other.documents);
        conditions += std::move(other.conditions);
        allergies += std::move(other.allergies);
    }
};

} // namespace renkei::model
