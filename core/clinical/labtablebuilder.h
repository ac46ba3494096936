#pragma once

#include "clinical/labtable.h"

#include <deque>

// Internals of LabTable: how a table is built and how one result is read into a row's unit.
namespace renkei::clinical {

bool isAbnormalFlag(model::LabFlag flag);

// unitInfo() per distinct unit string (a 100,000-result chart has a few dozen).
class UnitCache {
public:
    const UnitInfo &info(const QString &unit);
    const UnitInfo &info(const model::LabResult &lab)
    {
        return info(lab.unit.isEmpty() ? lab.unitCode : lab.unit);
    }

private:
    QHash<QString, size_t> m_index;
    std::deque<UnitInfo> m_units; // stable addresses
};

// One result in a row's unit: value and range converted (exact powers of ten only), the flag
// from the result's interpretation, else from its own reference range.
struct Evaluated {
    double value = std::nan("");
    double low = std::nan("");
    double high = std::nan("");
    model::LabFlag flag = model::LabFlag::None;
    FlagSource source = FlagSource::None;
    bool converted = false;
};
Evaluated evaluate(
    const model::LabResult &lab, const UnitInfo &own, const UnitInfo &rowUnit, UnitCache &units);
// The flag a reference range gives a value (both in the same unit); None when it cannot say.
model::LabFlag flagFromRange(double value, const QString &comparator, double low, double high);

class LabTableBuilder {
public:
    LabTableBuilder(std::shared_ptr<const PatientRecord> record, const LabTable::Options &options);
    LabTable build();

private:
    struct Item {
        int result = -1;
        qint64 time = kNoTime;
        int group = -1;
        const UnitInfo *unit = nullptr;
        bool numeric = false;
    };
    struct Partition {
        int group = -1;
        QString dimension;
        std::vector<int> items; // indices into m_items
    };
    void collect();
    void joinNamesToCodes();
    std::vector<Partition> partitions() const;
    void makeRow(const Partition &partition, LabTable &table);
    void makeColumns(LabTable &table);
    void makeCells(LabTable &table, const std::vector<Partition> &parts);
    void orderRows(LabTable &table, std::vector<Partition> &parts);

    std::shared_ptr<const PatientRecord> m_record;
    LabTable::Options m_options;
    UnitCache m_units;
    std::vector<Item> m_items;
    // Groups: "jlac10:<code>" or "name:<normalised name>".
    QList<QString> m_groupKeys;
    QHash<QString, int> m_groupOf;
    std::vector<LabMatch> m_groupMatch;
    std::vector<qint64> m_columnKeyOfItem;
};

} // namespace renkei::clinical
