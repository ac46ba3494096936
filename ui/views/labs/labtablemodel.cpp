#include "labtablemodel.h"

#include "labformat.h"

#include <QBrush>
#include <QFont>
#include <QHash>
#include <QPalette>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ui {

namespace {

// Ranges as compared for "do facilities differ": exact doubles would split 3.8 and 3.80000001
// from a unit conversion.
bool sameBound(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(a));
}

QString jlac10Text(const QString &code)
{
    if (code.size() != 17)
        return code;
    return code.left(5) + u' ' + code.mid(5, 4) + u' ' + code.mid(9, 3) + u' ' + code.mid(12, 3)
        + u' ' + code.mid(15, 2);
}

} // namespace

LabTableModel::LabTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LabTableModel::setTable(std::shared_ptr<const clinical::LabTable> table)
{
    beginResetModel();
    m_table = std::move(table);
    computeRanges();
    rebuild();
    endResetModel();
}

void LabTableModel::setFilter(const clinical::LabFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void LabTableModel::rebuild()
{
    m_lines.clear();
    m_columns.clear();
    m_rowOfTableRow.clear();
    m_panelNames.clear();
    m_testRows = 0;
    m_workspaceColumn = -1;
    if (!m_table)
        return;
    const clinical::LabSelection selection = m_table->select(m_filter);
    m_columns = selection.columns;
    m_rowOfTableRow.assign(size_t(m_table->rowCount()), -1);

    // Rows under their panel, panels in the order they first appear (the table's order).
    QHash<QString, int> panelOf;
    std::vector<std::vector<int>> rowsOfPanel;
    for (const int row : selection.rows) {
        const QString &panel = m_table->row(row).panel;
        auto it = panelOf.find(panel);
        if (it == panelOf.end()) {
            it = panelOf.insert(panel, int(m_panelNames.size()));
            m_panelNames.append(panel);
            rowsOfPanel.emplace_back();
        }
        rowsOfPanel[size_t(*it)].push_back(row);
    }
    m_lines.reserve(selection.rows.size() + rowsOfPanel.size());
    for (size_t p = 0; p < rowsOfPanel.size(); ++p) {
        m_lines.push_back(Line { -1, int(p) });
        for (const int row : rowsOfPanel[p]) {
            m_rowOfTableRow[size_t(row)] = int(m_lines.size());
            m_lines.push_back(Line { row, int(p) });
        }
    }
    m_testRows = int(selection.rows.size());
    if (m_workspaceDate.isValid())
        m_workspaceColumn = nearestColumn(m_workspaceDate);
}

void LabTableModel::computeRanges()
{
    m_ranges.clear();
    if (!m_table)
        return;
    m_ranges.resize(size_t(m_table->rowCount()));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        RowRange &out = m_ranges[size_t(r)];
        const QString &unit = m_table->row(r).unit;
        struct Seen {
            int facility;
            double low, high;
        };
        std::vector<Seen> seen;
        for (const clinical::LabCell &cell : m_table->rowCells(r)) { // newest first
            const bool numeric = !std::isnan(cell.low) || !std::isnan(cell.high);
            if (out.text.isEmpty()) {
                out.text = numeric ? labs::rangeText(cell.low, cell.high)
                                   : m_table->result(cell.result).range.text;
            }
            if (!numeric)
                continue;
            const auto known = std::find_if(seen.cbegin(), seen.cend(), [&](const Seen &s) {
                return s.facility == cell.facility && sameBound(s.low, cell.low)
                    && sameBound(s.high, cell.high);
            });
            if (known != seen.cend())
                continue;
            if (!seen.empty()
                && (!sameBound(seen.front().low, cell.low)
                    || !sameBound(seen.front().high, cell.high)))
                out.varies = true;
            seen.push_back(Seen { cell.facility, cell.low, cell.high });
            if (seen.size() <= 6) {
                out.byFacility.append(u"%1: %2 %3"_s.arg(
                    facilityName(cell.facility), labs::rangeText(cell.low, cell.high), unit));
            }
        }
    }
}

int LabTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int LabTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : FixedColumnCount + int(m_columns.size());
}

bool LabTableModel::isPanelRow(int row) const
{
    return row >= 0 && row < int(m_lines.size()) && m_lines[size_t(row)].tableRow < 0;
}

int LabTableModel::tableRow(int row) const
{
    return row >= 0 && row < int(m_lines.size()) ? m_lines[size_t(row)].tableRow : -1;
}

int LabTableModel::rowOfTableRow(int row) const
{
    return row >= 0 && row < int(m_rowOfTableRow.size()) ? m_rowOfTableRow[size_t(row)] : -1;
}

int LabTableModel::tableColumn(int column) const
{
    const int c = column - FixedColumnCount;
    return c >= 0 && c < int(m_columns.size()) ? m_columns[size_t(c)] : -1;
}

QDate LabTableModel::columnDate(int column) const
{
    const int c = tableColumn(column);
    return c < 0 ? QDate() : m_table->columnDate(c);
}

int LabTableModel::nearestColumn(QDate day) const
{
    if (!day.isValid() || m_columns.empty())
        return -1;
    // Shown columns are newest first: find the first one on or before the day.
    const auto first = std::partition_point(m_columns.cbegin(), m_columns.cend(),
        [&](int column) { return m_table->columnDate(column) > day; });
    int best = -1;
    qint64 bestDistance = 0;
    auto consider = [&](std::vector<int>::const_iterator it) {
        const qint64 distance = std::abs(m_table->columnDate(*it).daysTo(day));
        if (best < 0 || distance < bestDistance) {
            best = int(it - m_columns.cbegin());
            bestDistance = distance;
        }
    };
    if (first != m_columns.cbegin())
        consider(first - 1); // the newer neighbour wins a tie
    if (first != m_columns.cend())
        consider(first);
    return best < 0 ? -1 : FixedColumnCount + best;
}

int LabTableModel::setWorkspaceDate(QDate date)
{
    m_workspaceDate = date;
    const int old = m_workspaceColumn;
    m_workspaceColumn = nearestColumn(date);
    if (old == m_workspaceColumn || m_lines.empty())
        return m_workspaceColumn;
    const int last = int(m_lines.size()) - 1;
    for (const int column : { old, m_workspaceColumn }) {
        if (column < 0)
            continue;
        Q_EMIT dataChanged(index(0, column), index(last, column));
        Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
    }
    return m_workspaceColumn;
}

Qt::ItemFlags LabTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (isPanelRow(index.row()))
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant LabTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_table || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Line &line = m_lines[size_t(index.row())];
    if (role == PanelRowRole)
        return line.tableRow < 0;
    if (role == TableRowRole)
        return line.tableRow;
    if (index.column() < FixedColumnCount)
        return fixedData(line, index.column(), role);
    return cellData(line, index.column(), role);
}

QVariant LabTableModel::fixedData(const Line &line, int column, int role) const
{
    if (line.tableRow < 0) {
        switch (role) {
        case Qt::DisplayRole:
            return column == NameColumn ? m_panelNames.at(line.panel) : QVariant();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }
    const clinical::LabRow &row = m_table->row(line.tableRow);
    const RowRange &range = m_ranges[size_t(line.tableRow)];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return row.name;
        case UnitColumn:
            return row.unit;
        case RangeColumn:
            return range.varies ? range.text + u" *"_s : range.text;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return rowToolTip(line.tableRow);
    case Qt::TextAlignmentRole:
        return column == RangeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant LabTableModel::cellData(const Line &line, int column, int role) const
{
    const int tableCol = m_columns[size_t(column - FixedColumnCount)];
    if (role == DateRole)
        return m_table->columnDate(tableCol);
    if (role == WorkspaceColumnRole)
        return column == m_workspaceColumn;
    if (line.tableRow < 0)
        return {};
    const clinical::LabCell *cell = m_table->cell(line.tableRow, tableCol);
    if (!cell) {
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole: {
        const QString value = m_table->cellText(line.tableRow, tableCol);
        const QString flag = labs::flagLetter(cell->flag);
        return flag.isEmpty() ? value : value + u' ' + flag;
    }
    case ValueTextRole:
        return m_table->cellText(line.tableRow, tableCol);
    case FlagTextRole:
        return labs::flagLetter(cell->flag);
    case FlagRole:
        return int(cell->flag);
    case MoreResultsRole:
        return cell->others;
    case ConvertedRole:
        return cell->converted;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        const QColor colour = labs::flagTextColour(labs::flagTone(cell->flag));
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
    }
    case Qt::BackgroundRole: {
        const QColor colour
            = labs::flagBackgroundColour(labs::flagTone(cell->flag), labs::isCritical(cell->flag));
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
    }
    case Qt::FontRole: {
        if (!labs::isCritical(cell->flag))
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
        return cellToolTip(line.tableRow, tableCol);
    default:
        return {};
    }
}

QVariant LabTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (section < FixedColumnCount) {
        if (role == Qt::DisplayRole) {
            switch (section) {
            case NameColumn:
                return tr("Test");
            case UnitColumn:
                return tr("Unit");
            case RangeColumn:
                return tr("Reference");
            default:
                return {};
            }
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return {};
    }
    const QDate date = columnDate(section);
    switch (role) {
    case Qt::DisplayRole:
        // Two lines keep the columns narrow: the year above, month/day below.
        return date.toString(u"yyyy/\nMM/dd"_s);
    case Qt::ToolTipRole:
        return labs::dateText(date);
    case DateRole:
        return date;
    case WorkspaceColumnRole:
        return section == m_workspaceColumn;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case Qt::FontRole: {
        if (section != m_workspaceColumn)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

QString LabTableModel::facilityName(int facility) const
{
    const clinical::PatientRecord *record = m_table ? m_table->record() : nullptr;
    if (!record || facility < 0 || facility >= record->facilities().size())
        return tr("Unknown facility");
    return record->facilities().at(facility).name;
}

QString LabTableModel::cellToolTip(int tableRow, int tableColumn) const
{
    const clinical::LabRow &row = m_table->row(tableRow);
    const clinical::PatientRecord *record = m_table->record();
    QStringList lines;
    const std::vector<int> results = m_table->cellResults(tableRow, tableColumn);
    const clinical::LabCell *cell = m_table->cell(tableRow, tableColumn);
    for (size_t i = 0; i < results.size(); ++i) {
        const int index = results[i];
        const model::LabResult &lab = m_table->result(index);
        const qint64 time = record->timeOf(clinical::ResourceKind::Lab, index);
        const bool withTime
            = lab.effective.isNull() ? lab.issued.hasTime() : lab.effective.hasTime();
        const int facility = record->facilityOf(clinical::ResourceKind::Lab, index);
        if (i > 0)
            lines.append(QString());
        lines.append(labs::instantText(time, withTime) + u"  "_s + facilityName(facility));
        // The first is the cell's own result (converted values and range in the row's unit);
        // the others are shown as their source gave them.
        if (i == 0 && cell) {
            QString value = m_table->cellText(tableRow, tableColumn);
            if (!row.unit.isEmpty() && !std::isnan(cell->value))
                value += u' ' + row.unit;
            const QString flag = labs::flagLetter(cell->flag);
            lines.append(flag.isEmpty() ? value : value + u"  "_s + flag);
            const QString range = labs::rangeText(cell->low, cell->high);
            if (!range.isEmpty())
                lines.append(tr("Reference range: %1 %2").arg(range, row.unit).trimmed());
            else if (!lab.range.text.isEmpty())
                lines.append(tr("Reference range: %1").arg(lab.range.text));
            if (cell->converted) {
                lines.append(
                    tr("Converted from %1 %2")
                        .arg(lab.valueText(), lab.unit.isEmpty() ? lab.unitCode : lab.unit));
            }
        } else {
            QString value = lab.valueText();
            const QString unit = lab.unit.isEmpty() ? lab.unitCode : lab.unit;
            if (!unit.isEmpty() && lab.numericValue)
                value += u' ' + unit;
            const QString flag = labs::flagLetter(lab.flag);
            lines.append(flag.isEmpty() ? value : value + u"  "_s + flag);
            const double low = lab.range.low.value_or(std::nan(""));
            const double high = lab.range.high.value_or(std::nan(""));
            const QString range = labs::rangeText(low, high);
            if (!range.isEmpty())
                lines.append(tr("Reference range: %1 %2").arg(range, unit).trimmed());
        }
    }
    if (results.size() > 1)
        lines.prepend(tr("%1 results on this day").arg(results.size()));
    return lines.join(u'\n');
}

QString LabTableModel::rowToolTip(int tableRow) const
{
    const clinical::LabRow &row = m_table->row(tableRow);
    const RowRange &range = m_ranges[size_t(tableRow)];
    QStringList lines { row.unit.isEmpty() ? row.name : u"%1 (%2)"_s.arg(row.name, row.unit) };
    if (!row.jlac10.isEmpty())
        lines.append(tr("JLAC10: %1").arg(jlac10Text(row.jlac10)));
    if (!row.specimen.isEmpty())
        lines.append(tr("Specimen: %1").arg(row.specimen));
    QStringList facilities;
    for (const int f : row.facilities)
        facilities.append(facilityName(f));
    lines.append(tr("%1 results from %2").arg(row.resultCount).arg(facilities.join(u"、"_s)));
    if (row.match == clinical::LabMatch::Jlac10AndName)
        lines.append(tr("Results without a JLAC10 code joined this row by their name."));
    if (row.unitSplit)
        lines.append(tr("Also reported in another unit that cannot be converted exactly: shown "
                        "on its own row."));
    if (row.hasConverted)
        lines.append(tr("Some values were converted exactly into %1.").arg(row.unit));
    if (!range.byFacility.isEmpty()) {
        lines.append(range.varies ? tr("Reference ranges (they differ):") : tr("Reference range:"));
        for (const QString &r : range.byFacility)
            lines.append(u"  "_s + r);
    }
    return lines.join(u'\n');
}

} // namespace renkei::ui
