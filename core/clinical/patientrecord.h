#pragma once

#include "cache/cachetypes.h"
#include "clinical/clinicaltime.h"
#include "model/resourceset.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

// All of one patient, in memory (DESIGN.md data flow): what the cache or a reader gave, indexed
// by facility, type and date. Timeline, LabTable, MedicationList and Documents derive from it.
// Immutable once built and shared through std::shared_ptr<const PatientRecord>, so the derived
// views (and the UI's item models on top of them) can keep it alive. See docs/clinical.md.
namespace renkei::clinical {

// The value lists of a record, by the index used everywhere in this module.
enum class ResourceKind { Encounter, Lab, Medication, Document, Condition, Allergy };
inline constexpr int kResourceKindCount = 6;

// Lane colours: a facility's colour index is in [0, kFacilityColourCount).
inline constexpr int kFacilityColourCount = 12;

struct FacilityInfo {
    QString key; // the 10-digit code when known, else the name (FacilityRef::key)
    QString code; // 10-digit 医療機関コード, when known
    QString name; // from the Organization, else from the values' references
    // Stable across sessions and patients: derived from the key (a hash), moved to the next free
    // slot only when two facilities of this record would share one.
    int colourIndex = 0;
    int valueCount = 0; // clinical values from this facility
    bool dispenses = false; // it handed over medications (a pharmacy, for lanes and lists)
    QDate first, last; // dates of its first and last dated value
};

struct RecordOptions {
    // Whose record this is: values that name another patient are left out (and counted). Empty:
    // the cache's patient id, else the only Patient of the set, else nobody is left out.
    QString patientId;
    QDateTime lastViewed; // from the cache (null: never)
    QDateTime lastWritten; // from the cache: when its data last changed (null: unknown)
};

class PatientRecord {
public:
    static std::shared_ptr<const PatientRecord> build(
        model::ResourceSet resources, const RecordOptions &options = {});
    // From what the cache opened: its demographics, times and problems come along.
    static std::shared_ptr<const PatientRecord> fromCache(cache::PatientRecordData data);

    bool hasPatient() const { return m_patientIndex >= 0; }
    // The patient (an empty value when the set had none).
    const model::Patient &patient() const;
    const model::ResourceSet &resources() const { return m_resources; }

    // Rows that could not be opened and values left out: the record is then incomplete and the
    // UI must say so. `excludedCount` counts values of another patient (never shown).
    const QList<Error> &problems() const { return m_problems; }
    bool complete() const { return m_problems.isEmpty(); }
    int excludedCount() const { return m_excluded; }
    // Values read twice (a resource and its copy in a document Bundle, a document's index
    // entry) kept once; not a problem, just counted.
    int mergedCount() const { return m_merged; }

    // Facilities sharing data, ordered by name (then key); indices are stable for one record.
    const QList<FacilityInfo> &facilities() const { return m_facilities; }
    int sharingFacilityCount() const;
    int facilityIndex(const model::FacilityRef &ref) const; // -1 when unknown
    int facilityIndexByKey(const QString &key) const;
    // The facility of one value (-1: none given).
    int facilityOf(ResourceKind kind, qsizetype index) const;

    // The date index: the instant of each value (msecs, clinicaltime.h; kNoTime when undated)
    // and the values of a kind ordered by it (undated ones first, then oldest to newest).
    qint64 timeOf(ResourceKind kind, qsizetype index) const;
    const std::vector<int> &byDate(ResourceKind kind) const;
    // Values of a kind dated within [from, to] (Japan-time days, inclusive), oldest first.
    std::vector<int> inRange(ResourceKind kind, QDate from, QDate to) const;
    std::vector<int> ofFacility(ResourceKind kind, int facility) const;
    int count(ResourceKind kind) const;

    // Allergies that are not resolved, refuted or entered in error: any one → the red badge.
    const std::vector<int> &activeAllergies() const { return m_activeAllergies; }
    bool hasActiveAllergy() const { return !m_activeAllergies.empty(); }
    // Conditions whose clinical status is active (or unstated and not abated).
    const std::vector<int> &activeConditions() const { return m_activeConditions; }

    // Completed years on `date` (the birthday reached; 29 February counts on 1 March in other
    // years). nullopt without a birth date or for a date before it.
    std::optional<int> ageAt(QDate date) const;
    // When the data last changed: the cache's time, else the newest dated value.
    QDateTime lastUpdated() const;
    QDateTime lastViewed() const { return m_lastViewed; }
    QString cacheKey() const { return m_cacheKey; }
    // The newest dated value (msecs), kNoTime when nothing is dated.
    qint64 newestTime() const { return m_newest; }

private:
    struct KindIndex {
        std::vector<qint64> times;
        std::vector<int> facility;
        std::vector<int> sorted;
    };
    void mergeDuplicates();
    void index();
    void indexFacilities();
    void indexDates();
    void filterPatient(const QString &patientId);
    const KindIndex &kindIndex(ResourceKind kind) const
    {
        return m_index[static_cast<size_t>(kind)];
    }

    model::ResourceSet m_resources;
    int m_patientIndex = -1;
    QList<Error> m_problems;
    int m_excluded = 0;
    int m_merged = 0;
    QList<FacilityInfo> m_facilities;
    QHash<QString, int> m_facilityByKey;
    std::array<KindIndex, kResourceKindCount> m_index;
    std::vector<int> m_activeAllergies;
    std::vector<int> m_activeConditions;
    QDateTime m_lastViewed;
    QDateTime m_lastWritten;
    QString m_cacheKey;
    qint64 m_newest = kNoTime;
};

} // namespace renkei::clinical
