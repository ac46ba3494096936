#include "views/meds/medicationmodel.h"

#include "clinical/medicationlist.h"
#include "views/meds/recordformat.h"

#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;
using renkei::clinical::IngredientRule;
using renkei::clinical::MedicationDuplicate;
using renkei::clinical::MedicationLine;

namespace renkei::ui {

namespace {

// Top-level rows have internal id 0; a line row keeps its group row + 1.
constexpr quintptr kGroupId = 0;

} // namespace

MedicationTreeModel::MedicationTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_warningIcon(format::warningIcon(format::warningColour()))
{
}

MedicationTreeModel::~MedicationTreeModel() = default;

void MedicationTreeModel::setList(std::shared_ptr<const clinical::MedicationList> list)
{
    beginResetModel();
    m_list = std::move(list);
    m_facilityIcons.clear();
    rebuild();
    endResetModel();
}

void MedicationTreeModel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    beginResetModel();
    m_mode = mode;
    rebuild();
    endResetModel();
}

void MedicationTreeModel::setAsOf(QDate date)
{
    if (date == m_asOf)
        return;
    beginResetModel();
    m_asOf = date;
    rebuild();
    endResetModel();
}

void MedicationTreeModel::rebuild()
{
    m_rows.clear();
    m_activeDuplicates.clear();
    if (!m_list)
        return;
    m_activeDuplicates = m_list->duplicatesAsOf(m_asOf);
    std::sort(m_activeDuplicates.begin(), m_activeDuplicates.end());
    const auto &groups = m_list->groups();
    for (size_t g = 0; g < groups.size(); ++g) {
        GroupRow row;
        row.group = int(g);
        for (const int l : groups[g].lines) {
            const bool shown = m_mode == Mode::History ? true : m_list->isActive(l, m_asOf);
            if (shown)
                row.lines.push_back(l);
        }
        if (row.lines.empty())
            continue;
        // Newest first: the prescription in hand is the one the reader looks for.
        std::stable_sort(row.lines.begin(), row.lines.end(),
            [this](int a, int b) { return m_list->line(a).start > m_list->line(b).start; });
        row.duplicate = std::any_of(row.lines.cbegin(), row.lines.cend(),
            [this](int l) { return !shownDuplicatesOfLine(l).empty(); });
        m_rows.push_back(std::move(row));
    }
    // Current: duplicates first (what the pharmacist must see), then by name. History: the
    // most recently started ingredient first.
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const GroupRow &a, const GroupRow &b) {
        if (m_mode == Mode::Current) {
            if (a.duplicate != b.duplicate)
                return a.duplicate;
            return m_list->groups().at(size_t(a.group)).label
                < m_list->groups().at(size_t(b.group)).label;
        }
        return m_list->line(a.lines.front()).start > m_list->line(b.lines.front()).start;
    });
}

bool MedicationTreeModel::isShownDuplicate(int duplicate) const
{
    if (m_mode == Mode::History)
        return true;
    return std::binary_search(m_activeDuplicates.cbegin(), m_activeDuplicates.cend(), duplicate);
}

std::vector<int> MedicationTreeModel::shownDuplicatesOfLine(int line) const
{
    std::vector<int> out;
    if (!m_list)
        return out;
    for (const int d : m_list->duplicatesOfLine(line)) {
        if (isShownDuplicate(d))
            out.push_back(d);
    }
    return out;
}

void MedicationTreeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const QModelIndex group = index(int(r), 0);
        Q_EMIT dataChanged(group, group.siblingAtColumn(ColumnCount - 1));
        const int lines = int(m_rows[r].lines.size());
        Q_EMIT dataChanged(index(0, 0, group), index(lines - 1, ColumnCount - 1, group));
    }
}

QModelIndex MedicationTreeModel::indexOfLine(int line) const
{
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const auto &lines = m_rows[r].lines;
        const auto it = std::find(lines.cbegin(), lines.cend(), line);
        if (it != lines.cend())
            return createIndex(int(it - lines.cbegin()), 0, quintptr(r + 1));
    }
    return {};
}

int MedicationTreeModel::shownLineCount() const
{
    int count = 0;
    for (const GroupRow &row : m_rows)
        count += int(row.lines.size());
    return count;
}

QModelIndex MedicationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_rows.size()) ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return {};
    const GroupRow &group = m_rows.at(size_t(parent.row()));
    if (row >= int(group.lines.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex MedicationTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int MedicationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    return int(m_rows.at(size_t(parent.row())).lines.size());
}

int MedicationTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant MedicationTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Drug");
    case DoseColumn:
        return tr("Dose");
    case UsageColumn:
        return tr("Usage");
    case DaysColumn:
        return tr("Days");
    case PeriodColumn:
        return tr("Period");
    case PrescriberColumn:
        return tr("Prescriber");
    case FacilityColumn:
        return tr("Prescribed at");
    case PharmacyColumn:
        return tr("Dispensed by");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QVariant MedicationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_list)
        return {};
    if (index.internalId() == kGroupId)
        return groupData(m_rows.at(size_t(index.row())), index.column(), role);
    const GroupRow &group = m_rows.at(size_t(index.internalId() - 1));
    return lineData(group.lines.at(size_t(index.row())), index.column(), role);
}

QVariant MedicationTreeModel::groupData(const GroupRow &row, int column, int role) const
{
    const clinical::IngredientGroup &group = m_list->groups().at(size_t(row.group));
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return group.label;
        if (column == StatusColumn && row.duplicate)
            return tr("Duplicate");
        if (column == PeriodColumn && m_mode == Mode::History) {
            QDate first = m_list->line(row.lines.back()).start;
            QDate last;
            bool open = false;
            for (const int l : row.lines) {
                const MedicationLine &line = m_list->line(l);
                first = std::min(first, line.start);
                open = open || line.openEnded;
                if (line.end.isValid() && (!last.isValid() || line.end > last))
                    last = line.end;
            }
            return format::period(first, open ? QDate() : last);
        }
        if (column == UsageColumn && m_mode == Mode::History)
            return tr("%n prescription(s)", nullptr, int(row.lines.size()));
        if (column == FacilityColumn) {
            // Every facility that prescribed it (as shown), so a second source stands out.
            QStringList names;
            for (const int l : row.lines) {
                const int f = m_list->line(l).facility;
                const QString name = f >= 0 ? format::facilityName(m_list->record(), f) : QString();
                if (!name.isEmpty() && !names.contains(name))
                    names.append(name);
            }
            return names.size() > 1 ? names.join(u"、"_s) : QString();
        }
        return {};
    case Qt::DecorationRole:
        return column == NameColumn && row.duplicate ? QVariant(m_warningIcon) : QVariant();
    case Qt::ForegroundRole:
        return row.duplicate ? QVariant(format::warningColour()) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole:
        return row.duplicate ? format::warningBackground() : QColor(0xee, 0xf2, 0xf7);
    case Qt::ToolTipRole:
        if (row.duplicate) {
            QStringList parts;
            for (const int l : row.lines) {
                const QString text = duplicateDetails(l);
                if (!text.isEmpty() && !parts.contains(text))
                    parts.append(text);
            }
            return parts.join(u"\n\n"_s);
        }
        return group.label;
    case LineRole:
        return -1;
    case GroupRole:
        return row.group;
    case StartDateRole:
        return m_list->line(row.lines.front()).start;
    case DuplicateRole:
        return row.duplicate;
    default:
        return {};
    }
}

QVariant MedicationTreeModel::lineData(int l, int column, int role) const
{
    const MedicationLine &line = m_list->line(l);
    const std::vector<int> duplicates = shownDuplicatesOfLine(l);
    const bool duplicate = !duplicates.empty();
    switch (role) {
    case Qt::DisplayRole:
        return lineText(l, column);
    case Qt::DecorationRole:
        if (column == NameColumn && duplicate)
            return m_warningIcon;
        if (column == FacilityColumn && line.facility >= 0)
            return facilityIcon(line.facility);
        if (column == PharmacyColumn && line.pharmacy >= 0)
            return facilityIcon(line.pharmacy);
        return {};
    case Qt::ForegroundRole:
        if (duplicate)
            return format::warningColour();
        if (line.excluded || (m_mode == Mode::History && !m_list->isActive(l, m_asOf)))
            return QColor(0x6b, 0x72, 0x80);
        return {};
    case Qt::FontRole:
        if (line.excluded) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if (duplicate && column == StatusColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = line.name + u'\n' + sourceText(l);
        const QString details = duplicateDetails(l);
        if (!details.isEmpty())
            tip += u"\n\n"_s + details;
        return tip;
    }
    case Qt::TextAlignmentRole:
        return column == DaysColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case LineRole:
        return l;
    case GroupRole:
        return line.group;
    case StartDateRole:
        return line.start;
    case DuplicateRole:
        return duplicate;
    case DuplicateFacilitiesRole: {
        QStringList names;
        for (const int d : duplicates) {
            const MedicationDuplicate &dup = m_list->duplicates().at(size_t(d));
            for (const int f : { dup.facilityA, dup.facilityB }) {
                const QString name = format::facilityName(m_list->record(), f);
                if (!names.contains(name))
                    names.append(name);
            }
        }
        return names;
    }
    case DuplicateTextRole:
        return duplicateDetails(l);
    default:
        return {};
    }
}

QString MedicationTreeModel::lineText(int l, int column) const
{
    const MedicationLine &line = m_list->line(l);
    switch (column) {
    case NameColumn:
        return line.asNeeded ? tr("%1 (as needed)").arg(line.name) : line.name;
    case DoseColumn:
        return line.dose;
    case UsageColumn:
        return line.usage;
    case DaysColumn:
        return line.days ? tr("%n day(s)", nullptr, *line.days) : QString();
    case PeriodColumn:
        return format::period(line.start, line.openEnded ? QDate() : line.end);
    case PrescriberColumn:
        return line.prescriber;
    case FacilityColumn:
        return line.facility >= 0 ? format::facilityName(m_list->record(), line.facility)
                                  : QString();
    case PharmacyColumn:
        return line.pharmacy >= 0 ? format::facilityName(m_list->record(), line.pharmacy)
                                  : QString();
    case StatusColumn:
        return statusText(l);
    default:
        return {};
    }
}

QString MedicationTreeModel::statusText(int l) const
{
    const MedicationLine &line = m_list->line(l);
    QString status;
    if (line.excluded)
        status = tr("Cancelled");
    else if (line.stopped)
        status = tr("Stopped");
    else if (m_list->isActive(l, m_asOf))
        status = tr("Active");
    else if (m_asOf.isValid() && line.start > m_asOf)
        status = tr("Not started");
    else
        status = tr("Ended");
    if (!shownDuplicatesOfLine(l).empty())
        status = tr("Duplicate · %1").arg(status);
    return status;
}

QString MedicationTreeModel::sourceText(int l) const
{
    const MedicationLine &line = m_list->line(l);
    QStringList parts;
    parts.append(tr("Prescribed at: %1")
                     .arg(line.facility >= 0 ? format::facilityName(m_list->record(), line.facility)
                                             : tr("unknown")));
    if (!line.prescriber.isEmpty())
        parts.append(tr("Prescriber: %1").arg(line.prescriber));
    if (line.pharmacy >= 0)
        parts.append(
            tr("Dispensed by: %1").arg(format::facilityName(m_list->record(), line.pharmacy)));
    parts.append(
        tr("Period: %1").arg(format::period(line.start, line.openEnded ? QDate() : line.end)));
    return parts.join(u'\n');
}

QString MedicationTreeModel::ruleText(int rule)
{
    switch (IngredientRule(rule)) {
    case IngredientRule::Yj7:
        return tr("the first 7 characters of the YJ codes match");
    case IngredientRule::GeneralName:
        return tr("the generic-name codes match");
    case IngredientRule::HotProduct:
        return tr("the HOT codes name the same product");
    case IngredientRule::Name:
        return tr("the drug names match");
    }
    return {};
}

QString MedicationTreeModel::duplicateDetails(int l) const
{
    QStringList out;
    for (const int d : shownDuplicatesOfLine(l)) {
        const MedicationDuplicate &dup = m_list->duplicates().at(size_t(d));
        const MedicationLine &a = m_list->line(dup.lineA);
        const MedicationLine &b = m_list->line(dup.lineB);
        auto source = [this](const MedicationLine &x, int facility) {
            return tr("%1: %2 (%3)")
                .arg(format::facilityName(m_list->record(), facility), x.name,
                    format::period(x.start, x.openEnded ? QDate() : x.end));
        };
        out.append(
            tr("Same ingredient from two facilities (%1), overlapping %2:\n• %3\n• %4")
                .arg(ruleText(int(dup.rule)), format::period(dup.overlapStart, dup.overlapEnd),
                    source(a, dup.facilityA), source(b, dup.facilityB)));
    }
    return out.join(u"\n\n"_s);
}

QIcon MedicationTreeModel::facilityIcon(int facility) const
{
    const auto it = m_facilityIcons.constFind(facility);
    if (it != m_facilityIcons.cend())
        return *it;
    const auto &facilities = m_list->record()->facilities();
    const QIcon icon = format::colourChip(format::facilityColour(
        facility < facilities.size() ? facilities.at(facility).colourIndex : -1));
    m_facilityIcons.insert(facility, icon);
    return icon;
}

} // namespace renkei::ui
