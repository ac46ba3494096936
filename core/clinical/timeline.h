#pragma once

#include "clinical/patientrecord.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

// Everything on one time axis, one lane per facility (docs/clinical.md "Timeline"). Items are
// sorted by start; range queries are binary searches.
namespace renkei::clinical {

struct TimelineItem {
    enum class Kind { Encounter, Admission, Document, Prescription, Dispense, LabPanel };
    Kind kind = Kind::Encounter;
    qint64 start = kNoTime; // msecs since the epoch
    qint64 end = kNoTime; // ≥ start; equal for a point in time
    int lane = -1; // facility index (PatientRecord::facilities()); -1: unknown
    QString title; // what the source says: class/department, document title, drug
                   // names, panel names (no interface words: the UI adds those)
    int count = 1; // drugs in a prescription, results in a panel
    ResourceKind sourceKind = ResourceKind::Encounter;
    QList<int> sources; // indices of its values (of sourceKind) in the record
    QString sourceId; // the first value's provenance sourceId ("Encounter/12")
};

class Timeline {
public:
    Timeline() = default;
    static Timeline build(std::shared_ptr<const PatientRecord> record);

    int count() const { return int(m_items.size()); }
    const TimelineItem &item(int index) const { return m_items.at(size_t(index)); }
    // Items that overlap [from, to] (msecs, inclusive), in start order.
    std::vector<int> inRange(qint64 from, qint64 to) const;
    // Items dated after a time (the last view): the "since last viewed" part. Their indices are
    // count() - newCount(since) … count() - 1.
    int newCount(qint64 since) const;
    bool isNew(int index, qint64 since) const { return item(index).start > since; }
    // Facilities with at least one item, in facility order (lane = facility index).
    std::vector<int> lanes() const;
    qint64 firstTime() const;
    qint64 lastTime() const; // the latest end

    const PatientRecord *record() const { return m_record.get(); }

private:
    std::shared_ptr<const PatientRecord> m_record;
    std::vector<TimelineItem> m_items;
    std::vector<qint64> m_maxEnd; // running maximum of end, for range queries
};

} // namespace renkei::clinical
