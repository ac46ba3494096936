#include "clinical/labtable.h"

#include "clinical/labtablebuilder.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace renkei::clinical {

bool LabCell::isAbnormal() const
{
    return isAbnormalFlag(flag);
}

LabTable LabTable::build(std::shared_ptr<const PatientRecord> record, const Options &options)
{
    LabTableBuilder builder(std::move(record), options);
    return builder.build();
}

int LabTable::columnAtOrBefore(QDate day) const
{
    if (!day.isValid())
        return -1;
    const qint64 end = japanDayStart(day.addDays(1));
    // Columns are newest first: the first one older than the day's end.
    const auto it = std::lower_bound(m_columns.cbegin(), m_columns.cend(), end,
        [](qint64 column, qint64 t) { return column >= t; });
    return it == m_columns.cend() ? -1 : int(it - m_columns.cbegin());
}

const LabCell *LabTable::cell(int row, int column) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const std::vector<LabCell> &cells = m_cells[size_t(row)];
    const auto it = std::lower_bound(cells.cbegin(), cells.cend(), column,
        [](const LabCell &c, int col) { return c.column < col; });
    return it != cells.cend() && it->column == column ? &*it : nullptr;
}

std::vector<int> LabTable::cellResults(int row, int column) const
{
    std::vector<int> out;
    const LabCell *c = cell(row, column);
    if (!c)
        return out;
    out.push_back(c->result);
    if (c->others > 0) {
        const auto more = m_more.value((quint64(quint32(row)) << 32) | quint32(column));
        out.insert(out.end(), more.cbegin(), more.cend());
    }
    return out;
}

QString LabTable::cellText(int row, int column) const
{
    const LabCell *c = cell(row, column);
    if (!c)
        return {};
    const model::LabResult &lab = result(c->result);
    if (std::isnan(c->value))
        return lab.textValue;
    if (!c->converted)
        return lab.valueText();
    const QString number = QString::number(c->value, 'g', 12);
    return lab.comparator.isEmpty() ? number : lab.comparator + u' ' + number;
}

const model::LabResult &LabTable::result(int index) const
{
    return m_record->resources().labs.at(index);
}

QStringList LabTable::panels() const
{
    QStringList out;
    for (const LabRow &r : m_rows) {
        if (out.isEmpty() || out.last() != r.panel) {
            if (!out.contains(r.panel))
                out.append(r.panel);
        }
    }
    return out;
}

LabSelection LabTable::select(const LabFilter &filter) const
{
    LabSelection selection;
    const qint64 low = filter.from.isValid() ? japanDayStart(filter.from) : kNoTime;
    const qint64 high = filter.to.isValid() ? japanDayStart(filter.to.addDays(1)) : kNoTime;
    auto columnIn = [&](int column) {
        const qint64 t = m_columns[size_t(column)];
        return (low == kNoTime || t >= low) && (high == kNoTime || t < high);
    };
    std::vector<char> used(m_columns.size(), 0);
    for (int r = 0; r < rowCount(); ++r) {
        if (!filter.panels.isEmpty() && !filter.panels.contains(m_rows[size_t(r)].panel))
            continue;
        bool any = false;
        bool abnormal = false;
        for (const LabCell &c : m_cells[size_t(r)]) {
            if (!columnIn(c.column))
                continue;
            any = true;
            abnormal = abnormal || c.isAbnormal();
        }
        if (!any || (filter.abnormalOnly && !abnormal))
            continue;
        selection.rows.push_back(r);
        for (const LabCell &c : m_cells[size_t(r)]) {
            if (columnIn(c.column) && (!filter.abnormalOnly || c.isAbnormal()))
                used[size_t(c.column)] = 1;
        }
    }
    for (int c = 0; c < columnCount(); ++c) {
        if (used[size_t(c)])
            selection.columns.push_back(c);
    }
    return selection;
}

TrendSeries LabTable::trend(int row, qint64 from, qint64 to) const
{
    TrendSeries series;
    if (row < 0 || row >= rowCount())
        return series;
    const LabRow &r = m_rows[size_t(row)];
    series.row = row;
    series.name = r.name;
    series.unit = r.unit;
    UnitCache units;
    for (const LabCell &c : m_cells[size_t(row)]) {
        for (const int index : cellResults(row, c.column)) {
            const qint64 t = m_record->timeOf(ResourceKind::Lab, index);
            if ((from != kNoTime && t < from) || (to != kNoTime && t > to))
                continue;
            const model::LabResult &lab = result(index);
            const Evaluated e = evaluate(lab, units.info(lab), m_rowUnits[size_t(row)], units);
            if (std::isnan(e.value))
                continue;
            series.points.push_back(TrendPoint { t, e.value, e.low, e.high,
                m_record->facilityOf(ResourceKind::Lab, index), index, e.flag });
        }
    }
    std::sort(series.points.begin(), series.points.end(),
        [](const TrendPoint &a, const TrendPoint &b) { return a.time < b.time; });
    return series;
}

} // namespace renkei::clinical
