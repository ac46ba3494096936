#include "clinical/labtablebuilder.h"

#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace renkei::clinical {

bool isAbnormalFlag(model::LabFlag flag)
{
    switch (flag) {
    case model::LabFlag::High:
    case model::LabFlag::Low:
    case model::LabFlag::CriticalHigh:
    case model::LabFlag::CriticalLow:
    case model::LabFlag::Abnormal:
        return true;
    case model::LabFlag::None:
    case model::LabFlag::Normal:
    case model::LabFlag::Other:
        return false;
    }
    return false;
}

const UnitInfo &UnitCache::info(const QString &unit)
{
    const auto it = m_index.constFind(unit);
    if (it != m_index.constEnd())
        return m_units[*it];
    m_units.push_back(unitInfo(unit));
    m_index.insert(unit, m_units.size() - 1);
    return m_units.back();
}

model::LabFlag flagFromRange(double value, const QString &comparator, double low, double high)
{
    const bool hasLow = !std::isnan(low);
    const bool hasHigh = !std::isnan(high);
    if (!hasLow && !hasHigh)
        return model::LabFlag::None;
    if (comparator.startsWith(u'<')) { // the true value is at most `value`
        if (hasLow && value <= low)
            return model::LabFlag::Low;
        return hasHigh && value <= high ? model::LabFlag::Normal : model::LabFlag::None;
    }
    if (comparator.startsWith(u'>')) { // at least `value`
        if (hasHigh && value >= high)
            return model::LabFlag::High;
        return !hasHigh && hasLow && value >= low ? model::LabFlag::Normal : model::LabFlag::None;
    }
    if (hasHigh && value > high)
        return model::LabFlag::High;
    if (hasLow && value < low)
        return model::LabFlag::Low;
    return model::LabFlag::Normal;
}

Evaluated evaluate(
    const model::LabResult &lab, const UnitInfo &own, const UnitInfo &rowUnit, UnitCache &units)
{
    Evaluated e;
    double lowOwn = std::nan("");
    double highOwn = std::nan("");
    if (lab.numericValue) {
        const int exponent = conversionExponent(own, rowUnit).value_or(0);
        e.value = scaleByPowerOfTen(*lab.numericValue, exponent);
        e.converted = own.key != rowUnit.key;
        const UnitInfo &rangeUnit = lab.range.unit.isEmpty() ? own : units.info(lab.range.unit);
        if (const std::optional<int> toOwn = conversionExponent(rangeUnit, own)) {
            if (lab.range.low)
                lowOwn = scaleByPowerOfTen(*lab.range.low, *toOwn);
            if (lab.range.high)
                highOwn = scaleByPowerOfTen(*lab.range.high, *toOwn);
        }
        e.low = std::isnan(lowOwn) ? lowOwn : scaleByPowerOfTen(lowOwn, exponent);
        e.high = std::isnan(highOwn) ? highOwn : scaleByPowerOfTen(highOwn, exponent);
    }
    if (lab.flag != model::LabFlag::None) {
        e.flag = lab.flag;
        e.source = FlagSource::Interpretation;
    } else if (lab.numericValue) {
        e.flag = flagFromRange(*lab.numericValue, lab.comparator, lowOwn, highOwn);
        e.source = e.flag == model::LabFlag::None ? FlagSource::None : FlagSource::Range;
    }
    return e;
}

LabTableBuilder::LabTableBuilder(
    std::shared_ptr<const PatientRecord> record, const LabTable::Options &options)
    : m_record(std::move(record))
    , m_options(options)
{
}

LabTable LabTableBuilder::build()
{
    LabTable table;
    table.m_record = m_record;
    table.m_mode = m_options.columns;
    if (!m_record)
        return table;
    collect();
    joinNamesToCodes();
    std::vector<Partition> parts = partitions();
    for (const Partition &part : parts)
        makeRow(part, table);
    orderRows(table, parts);
    makeColumns(table);
    makeCells(table, parts);
    for (int r = 0; r < table.rowCount(); ++r)
        table.m_rowByKey.insert(table.m_rows[size_t(r)].key, r);
    return table;
}

void LabTableBuilder::collect()
{
    const QList<model::LabResult> &labs = m_record->resources().labs;
    m_items.reserve(size_t(labs.size()));
    QHash<QString, QString> nameKeys; // display → normalised (displays repeat)
    for (qsizetype i = 0; i < labs.size(); ++i) {
        const model::LabResult &lab = labs.at(i);
        if (lab.provenance.cancelled || lab.status == u"entered-in-error"_s
            || lab.status == u"cancelled"_s)
            continue;
        const qint64 time = m_record->timeOf(ResourceKind::Lab, i);
        if (time == kNoTime)
            continue; // no column can hold it (docs/clinical.md)
        const QString jlac = normalizedJlac10(lab.jlac10());
        QString key;
        if (jlac.isEmpty()) {
            const QString &display = lab.display.isEmpty() ? lab.code.text : lab.display;
            auto it = nameKeys.find(display);
            if (it == nameKeys.end())
                it = nameKeys.insert(display, normalizedName(display));
            key = u"name:"_s + *it;
        } else {
            key = u"jlac10:"_s + jlac;
        }
        auto git = m_groupOf.find(key);
        if (git == m_groupOf.end()) {
            git = m_groupOf.insert(key, int(m_groupKeys.size()));
            m_groupKeys.append(key);
            m_groupMatch.push_back(jlac.isEmpty() ? LabMatch::Name : LabMatch::Jlac10);
        }
        m_items.push_back(
            Item { int(i), time, *git, &m_units.info(lab), lab.numericValue.has_value() });
    }
}

// A result without JLAC10 joins a JLAC10 row when exactly one JLAC10 code is named that way.
void LabTableBuilder::joinNamesToCodes()
{
    const QList<model::LabResult> &labs = m_record->resources().labs;
    QHash<QString, QSet<int>> codesOfName;
    QSet<QPair<QString, int>> seen;
    for (const Item &item : m_items) {
        if (m_groupMatch[size_t(item.group)] == LabMatch::Name)
            continue;
        const model::LabResult &lab = labs.at(item.result);
        const QString &display = lab.display.isEmpty() ? lab.code.text : lab.display;
        if (seen.contains({ display, item.group }))
            continue;
        seen.insert({ display, item.group });
        codesOfName[normalizedName(display)].insert(item.group);
        if (!lab.code.text.isEmpty() && lab.code.text != display)
            codesOfName[normalizedName(lab.code.text)].insert(item.group);
    }
    QHash<int, int> moveTo;
    for (int g = 0; g < m_groupKeys.size(); ++g) {
        if (m_groupMatch[size_t(g)] != LabMatch::Name)
            continue;
        const auto codes = codesOfName.value(m_groupKeys.at(g).mid(5)); // after "name:"
        if (codes.size() != 1)
            continue;
        moveTo.insert(g, *codes.cbegin());
        m_groupMatch[size_t(*codes.cbegin())] = LabMatch::Jlac10AndName;
    }
    if (moveTo.isEmpty())
        return;
    for (Item &item : m_items)
        item.group = moveTo.value(item.group, item.group);
}

// One row per group and unit dimension; text results go to the group's largest row.
std::vector<LabTableBuilder::Partition> LabTableBuilder::partitions() const
{
    std::vector<std::vector<int>> byGroup(size_t(m_groupKeys.size()));
    for (size_t i = 0; i < m_items.size(); ++i)
        byGroup[size_t(m_items[i].group)].push_back(int(i));
    std::vector<Partition> parts;
    for (size_t g = 0; g < byGroup.size(); ++g) {
        const std::vector<int> &items = byGroup[g];
        if (items.empty())
            continue;
        const size_t first = parts.size();
        std::vector<int> texts;
        for (const int i : items) {
            const Item &item = m_items[size_t(i)];
            if (!item.numeric) {
                texts.push_back(i);
                continue;
            }
            size_t p = first;
            while (p < parts.size() && parts[p].dimension != item.unit->dimension)
                ++p;
            if (p == parts.size())
                parts.push_back(Partition { int(g), item.unit->dimension, {} });
            parts[p].items.push_back(i);
        }
        if (texts.empty())
            continue;
        if (parts.size() == first) {
            parts.push_back(
                Partition { int(g), m_items[size_t(texts.front())].unit->dimension, texts });
            continue;
        }
        size_t largest = first;
        for (size_t p = first; p < parts.size(); ++p) {
            if (parts[p].items.size() > parts[largest].items.size())
                largest = p;
        }
        parts[largest].items.insert(parts[largest].items.end(), texts.cbegin(), texts.cend());
    }
    return parts;
}

void LabTableBuilder::makeRow(const Partition &part, LabTable &table)
{
    const QList<model::LabResult> &labs = m_record->resources().labs;
    // The row's unit: the one most numeric values came in (ties: the newest's).
    struct Tally {
        int count = 0;
        qint64 newest = kNoTime;
        int newestItem = -1;
    };
    QHash<QString, Tally> units;
    QHash<QString, int> panels;
    int newest = -1;
    QSet<int> facilities;
    for (const int i : part.items) {
        const Item &item = m_items[size_t(i)];
        if (newest < 0 || item.time > m_items[size_t(newest)].time)
            newest = i;
        const model::LabResult &lab = labs.at(item.result);
        if (!lab.panel.isEmpty())
            ++panels[lab.panel];
        const int f = m_record->facilityOf(ResourceKind::Lab, item.result);
        if (f >= 0)
            facilities.insert(f);
        if (!item.numeric)
            continue;
        Tally &t = units[item.unit->key];
        ++t.count;
        if (t.newestItem < 0 || item.time > t.newest) {
            t.newest = item.time;
            t.newestItem = i;
        }
    }
    int unitItem = newest;
    int best = -1;
    qint64 bestTime = kNoTime;
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        if (it->count > best || (it->count == best && it->newest > bestTime)) {
            best = it->count;
            bestTime = it->newest;
            unitItem = it->newestItem;
        }
    }
    const model::LabResult &shown = labs.at(m_items[size_t(newest)].result);
    const model::LabResult &unitSource = labs.at(m_items[size_t(unitItem)].result);
    const UnitInfo &rowUnit = *m_items[size_t(unitItem)].unit;

    LabRow row;
    const QString &groupKey = m_groupKeys.at(part.group);
    row.match = m_groupMatch[size_t(part.group)];
    if (row.match != LabMatch::Name)
        row.jlac10 = groupKey.mid(7); // after "jlac10:"
    row.jlacClass = jlac10Class(row.jlac10);
    row.key = groupKey + u'|' + rowUnit.key;
    row.name = shown.display.isEmpty() ? shown.code.displayText() : shown.display;
    row.unit = unitSource.unit.isEmpty() ? unitSource.unitCode : unitSource.unit;
    row.specimen = shown.specimen;
    int most = 0;
    for (auto it = panels.cbegin(); it != panels.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < row.panel)) {
            most = it.value();
            row.panel = it.key();
        }
    }
    if (row.panel.isEmpty())
        row.panel = jlac10ClassName(row.jlacClass);
    row.resultCount = int(part.items.size());
    row.facilities = QList<int>(facilities.cbegin(), facilities.cend());
    std::sort(row.facilities.begin(), row.facilities.end());
    table.m_rows.push_back(row);
    table.m_rowUnits.push_back(rowUnit);
}

void LabTableBuilder::orderRows(LabTable &table, std::vector<Partition> &parts)
{
    // Within a panel: JLAC10 order (analyte, then the rest), then names; panels in the order of
    // their first JLAC10 code (一般 → 血液 → 生化学 → ...), panels without codes last.
    auto sortKey = [](const LabRow &r) {
        return r.jlac10.isEmpty() ? u"~"_s + normalizedName(r.name) : r.jlac10;
    };
    QHash<QString, QString> panelKey;
    for (const LabRow &r : table.m_rows) {
        const QString key = sortKey(r);
        auto it = panelKey.find(r.panel);
        if (it == panelKey.end())
            panelKey.insert(r.panel, key);
        else if (key < *it)
            *it = key;
    }
    std::vector<int> order(table.m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::vector<QString> keys;
    keys.reserve(table.m_rows.size());
    for (const LabRow &r : table.m_rows)
        keys.push_back(sortKey(r));
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const LabRow &ra = table.m_rows[size_t(a)];
        const LabRow &rb = table.m_rows[size_t(b)];
        const QString &pa = panelKey[ra.panel];
        const QString &pb = panelKey[rb.panel];
        if (pa != pb)
            return pa < pb;
        if (ra.panel != rb.panel)
            return ra.panel < rb.panel;
        if (keys[size_t(a)] != keys[size_t(b)])
            return keys[size_t(a)] < keys[size_t(b)];
        return ra.key < rb.key;
    });
    std::vector<LabRow> rows;
    std::vector<UnitInfo> units;
    std::vector<Partition> sortedParts;
    for (const int i : order) {
        rows.push_back(std::move(table.m_rows[size_t(i)]));
        units.push_back(std::move(table.m_rowUnits[size_t(i)]));
        sortedParts.push_back(std::move(parts[size_t(i)]));
    }
    table.m_rows = std::move(rows);
    table.m_rowUnits = std::move(units);
    parts = std::move(sortedParts);
    // A test on more than one row (units that cannot be converted) says so on each.
    QHash<int, int> rowsOfGroup;
    for (const Partition &p : parts)
        ++rowsOfGroup[p.group];
    for (size_t r = 0; r < parts.size(); ++r)
        table.m_rows[r].unitSplit = rowsOfGroup.value(parts[r].group) > 1;
}

void LabTableBuilder::makeColumns(LabTable &table)
{
    m_columnKeyOfItem.resize(m_items.size());
    for (size_t i = 0; i < m_items.size(); ++i) {
        const qint64 t = m_items[i].time;
        qint64 key = 0;
        if (m_options.columns == LabTable::ColumnMode::PerDay) {
            key = japanDayStart(QDate(1970, 1, 1).addDays(japanDayNumber(t)));
        } else {
            const qint64 minute = 60 * 1000;
            key = t >= 0 ? t - t % minute : t - ((t % minute) + minute) % minute;
        }
        m_columnKeyOfItem[i] = key;
    }
    std::vector<qint64> columns = m_columnKeyOfItem;
    std::sort(columns.begin(), columns.end(), std::greater<>());
    columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
    table.m_columns = std::move(columns);
}

void LabTableBuilder::makeCells(LabTable &table, const std::vector<Partition> &parts)
{
    const QList<model::LabResult> &labs = m_record->resources().labs;
    const std::vector<qint64> &columns = table.m_columns;
    auto columnOf = [&columns](qint64 key) {
        const auto it = std::lower_bound(
            columns.cbegin(), columns.cend(), key, [](qint64 c, qint64 k) { return c > k; });
        return int(it - columns.cbegin());
    };
    table.m_cells.resize(parts.size());
    for (size_t r = 0; r < parts.size(); ++r) {
        LabRow &row = table.m_rows[r];
        const UnitInfo &rowUnit = table.m_rowUnits[r];
        struct Placed {
            int column;
            int item;
        };
        std::vector<Placed> placed;
        placed.reserve(parts[r].items.size());
        for (const int i : parts[r].items)
            placed.push_back(Placed { columnOf(m_columnKeyOfItem[size_t(i)]), i });
        std::sort(placed.begin(), placed.end(), [this](const Placed &a, const Placed &b) {
            if (a.column != b.column)
                return a.column < b.column;
            const Item &ia = m_items[size_t(a.item)];
            const Item &ib = m_items[size_t(b.item)];
            return ia.time != ib.time ? ia.time > ib.time : ia.result > ib.result;
        });
        std::vector<LabCell> &cells = table.m_cells[r];
        for (const Placed &p : placed) {
            const Item &item = m_items[size_t(p.item)];
            const model::LabResult &lab = labs.at(item.result);
            const Evaluated e = evaluate(lab, *item.unit, rowUnit, m_units);
            row.numeric = row.numeric || !std::isnan(e.value);
            row.hasConverted = row.hasConverted || e.converted;
            if (isAbnormalFlag(e.flag))
                ++row.abnormalCount;
            if (!cells.empty() && cells.back().column == p.column) {
                ++cells.back().others;
                table.m_more[(quint64(r) << 32) | quint32(p.column)].push_back(item.result);
                continue;
            }
            LabCell c;
            c.column = p.column;
            c.result = item.result;
            c.value = e.value;
            c.low = e.low;
            c.high = e.high;
            c.facility = m_record->facilityOf(ResourceKind::Lab, item.result);
            c.flag = e.flag;
            c.flagSource = e.source;
            c.converted = e.converted;
            cells.push_back(c);
        }
    }
}

} // namespace renkei::clinical
