#pragma once

#include "demo/dataset.h"

#include <QHash>
#include <QStringList>

// Checks over a generated Dataset. Each returns the problems found (empty: fine), so a failing
// test names what is wrong rather than only that something is.
namespace renkei::demo::checks {

QStringList unresolvedReferences(const Dataset &dataset);
QStringList labInterpretations(const Dataset &dataset);
QStringList dispensesFollowOrders(const Dataset &dataset);
QStringList datesOrdered(const Dataset &dataset);
QStringList codeFormats(const Dataset &dataset);
QStringList documentShapes(const Dataset &dataset);

QHash<QString, int> resourcesPerPatient(const Dataset &dataset);
QSet<QString> distinctCodes(const Dataset &dataset, const QString &type, const QString &system);
// "patient: ingredient (facility A / facility B)" for each same-ingredient overlap (first 7
// characters of YJ) between two facilities within 28 days.
QStringList crossFacilityOverlaps(const Dataset &dataset);
// HbA1c means before and after the first metformin order, per patient that has one.
struct Trend {
    QString patientId;
    double before = 0, after = 0;
};
QList<Trend> hba1cAroundMetformin(const Dataset &dataset);

} // namespace renkei::demo::checks
