#pragma once

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <QIcon>

#include <memory>
#include <vector>

namespace renkei::clinical {
class MedicationList;
}

namespace renkei::ui {

// The medication list as a tree: one top-level row per ingredient group (STANDARDS.md §1 "Same
// ingredient across facilities"), its prescriptions beneath. Two modes: the current list (lines
// active on the as-of date) and the whole history. A line that takes part in a cross-facility
// duplicate is flagged by an icon, a colour and words, and names both sources in its tooltip.
class MedicationTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Mode { Current, History };
    enum Column {
        NameColumn,
        DoseColumn,
        UsageColumn,
        DaysColumn,
        PeriodColumn,
        PrescriberColumn,
        FacilityColumn,
        PharmacyColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        LineRole = Qt::UserRole + 1, // int: the MedicationList line, -1 on a group row
        GroupRole, // int: the ingredient group
        StartDateRole, // QDate: the line's start (a group: its newest line's start)
        DuplicateRole, // bool: takes part in a cross-facility duplicate (as shown)
        DuplicateFacilitiesRole, // QStringList: the facility names of its duplicates
        DuplicateTextRole, // QString: the details line naming both sources
    };

    explicit MedicationTreeModel(QObject *parent = nullptr);
    ~MedicationTreeModel() override;

    // nullptr: empty (no patient).
    void setList(std::shared_ptr<const clinical::MedicationList> list);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setAsOf(QDate date);
    QDate asOf() const { return m_asOf; }

    // The words changed (a language switch): every row and header repaints.
    void retranslate();
    // The index of a line (column 0), invalid when it is not shown.
    QModelIndex indexOfLine(int line) const;
    // Lines shown (children of every group), for the summary.
    int shownLineCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Words shared with the view's details line.
    static QString ruleText(int rule);
    QString duplicateDetails(int line) const;

private:
    struct GroupRow {
        int group = -1;
        std::vector<int> lines;
        bool duplicate = false;
    };
    void rebuild();
    bool isShownDuplicate(int duplicate) const;
    std::vector<int> shownDuplicatesOfLine(int line) const;
    QVariant lineData(int line, int column, int role) const;
    QVariant groupData(const GroupRow &row, int column, int role) const;
    QString lineText(int line, int column) const;
    QString statusText(int line) const;
    QString sourceText(int line) const;
    QIcon facilityIcon(int facility) const;

    std::shared_ptr<const clinical::MedicationList> m_list;
    Mode m_mode = Mode::Current;
    QDate m_asOf;
    std::vector<GroupRow> m_rows;
    std::vector<int> m_activeDuplicates; // duplicatesAsOf(m_asOf), sorted
    mutable QHash<int, QIcon> m_facilityIcons;
    QIcon m_warningIcon;
};

} // namespace renkei::ui
