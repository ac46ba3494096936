#pragma once

#include "demo/oauth.h"
#include "demo/serverstore.h"

#include <QDateTime>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

// FHIR search over the demo store: which resources match a type-level search, in what order,
// and what the request asked for that the server does not support (reported, not fatal).
namespace renkei::demo {

// A FHIR date/dateTime/instant parameter value as the half-open range it stands for, in UTC
// milliseconds since the epoch ("2024" is the whole year, "2024-05-01T10:00:00Z" one second).
struct DateRange {
    qint64 lo = 0;
    qint64 hi = 0;
};
std::optional<DateRange> parseFhirDateRange(const QString &text);

// A date parameter with its prefix (eq, ne, gt, ge, lt, le), or nullopt if malformed.
struct DateCondition {
    QString prefix;
    DateRange range;
    bool matches(qint64 valueMs) const;
};
std::optional<DateCondition> parseDateCondition(const QString &text);

// Search parameters every type understands, and the ones the server handles itself.
bool isResultParameter(const QString &name); // _count, _sort, _include, _format, _getpages...

// The types whose resources belong to one patient and can be searched by patient/subject.
const QStringList &patientCompartmentTypes();
// The search parameters supported for a type (for the CapabilityStatement).
QStringList supportedSearchParameters(const QString &type);
QStringList supportedIncludes(const QString &type);

struct SearchResult {
    int status = 200; // 400 when a parameter value is malformed
    QString error; // then: why (no patient data)
    QList<int> matches; // store indices, in result order
    QStringList warnings;
    QStringList includes; // accepted _include values
    int count = 50;
};

inline constexpr int kDefaultPageSize = 50;
inline constexpr int kMaxPageSize = 1000;

// Reads _count (default 50, at most 1000); false if the value is not a number.
bool readCount(const QUrlQuery &query, int *count, QStringList *warnings);

// Sorts `matches` by a _sort value (date, -date, _lastUpdated, -_lastUpdated, _id, -_id);
// unsupported keys are added to `warnings`. Ties keep store order.
void sortMatches(
    const ResourceStore &store, QList<int> &matches, const QString &sort, QStringList *warnings);

SearchResult search(const ResourceStore &store, const QString &type, const QUrlQuery &query,
    const ScopeSet &access);

} // namespace renkei::demo
