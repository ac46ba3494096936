#pragma once

#include "model/resourceset.h"

#include <QDataStream>

// The compact form of the clinical values (docs/cache.md "Compact form"): QDataStream operators
// for every model type, so that opening a cached record needs no JSON parsing or FHIR mapping.
// Declared in the model's namespace so that QList<T>'s operators find them. Bump
// kCompactVersion whenever a model type or the FHIR mapping changes: rows with another version
// are read again from their source JSON.
namespace renkei::model {

// 2: the FHIR reader reads Encounter.location and an Observation's basedOn (its order), and
// the SS-MIX2 source extension (fhir/writer.h).
inline constexpr quint16 kCompactVersion = 2;

QDataStream &operator<<(QDataStream &out, const ResourceSet &set);
QDataStream &operator>>(QDataStream &in, ResourceSet &set);

} // namespace renkei::model
