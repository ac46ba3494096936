#pragma once

#include "fhir/context.h"

// Internal to core/fhir: one function per resource type, each appending to res.ctx.out.
namespace renkei::fhir::detail {

void readPatient(const Res &res);
void readOrganization(const Res &res);

void readObservation(const Res &res, const Panel &panel = {});
void readDiagnosticReport(const Res &res);
// A DiagnosticReport's panel name and id, for each Observation it lists in `result`.
void collectPanels(const Res &report);

void readMedicationRequest(const Res &res);
void readMedicationDispense(const Res &res);
void readMedicationStatement(const Res &res);

void readEncounter(const Res &res);
void readCondition(const Res &res);
void readAllergy(const Res &res);

void readComposition(const Res &res);
void readDocumentReference(const Res &res);
// Notes the DocumentReferences and Binaries a Composition's sections show as attachments.
void collectAttachedDocuments(const Res &composition);
// The key an entry is known by in Context's sets: "Type/id", else its fullUrl.
QString entryKey(const Located &resource);

// The JP-CLINS rules for the profiles a resource claims (Kind::Profile problems).
void checkProfiles(const Res &res);

// Plain text of an XHTML narrative: tags removed, entities decoded, line breaks kept.
QString narrativeText(const QString &xhtml);

} // namespace renkei::fhir::detail
