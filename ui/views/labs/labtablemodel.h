#pragma once

#include "clinical/labtable.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QStringList>

#include <memory>
#include <vector>

// The cumulative lab table (検査結果の時系列表) as an item model: one row per test, grouped
// under a header row per panel; three fixed columns (test, unit, reference range) that the view
// freezes, then one column per date, newest first. Every cell is read from clinical::LabTable on
// demand (no QVariant or item per cell), so 100,000 results scroll as smoothly as 100.
namespace renkei::ui {

class LabTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn = 0, UnitColumn, RangeColumn, FixedColumnCount };
    enum Role {
        FlagRole = Qt::UserRole + 1, // int(model::LabFlag) of the shown result
        ValueTextRole, // the value as shown, without the flag ("8.6", "< 0.1", "(2+)")
        FlagTextRole, // "H", "L", "HH", "LL", "A"; empty when normal or unflagged
        MoreResultsRole, // int: further results of this test on this day
        PanelRowRole, // bool: a panel's header row
        TableRowRole, // int: the LabTable row (-1 for a panel header)
        DateRole, // QDate of a date column (any row, and the horizontal header)
        WorkspaceColumnRole, // bool: the column of the workspace date
        ConvertedRole, // bool: the value was converted into the row's unit
    };

    explicit LabTableModel(QObject *parent = nullptr);

    // The table to show; nullptr empties the model (no patient value stays behind).
    void setTable(std::shared_ptr<const clinical::LabTable> table);
    const clinical::LabTable *table() const { return m_table.get(); }
    std::shared_ptr<const clinical::LabTable> sharedTable() const { return m_table; }

    void setFilter(const clinical::LabFilter &filter);
    const clinical::LabFilter &filter() const { return m_filter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    bool isPanelRow(int row) const;
    int tableRow(int row) const; // -1 for a panel header or out of range
    int rowOfTableRow(int tableRow) const; // -1 when filtered out
    int tableColumn(int column) const; // -1 for a fixed column or out of range
    QDate columnDate(int column) const; // invalid for a fixed column
    // The date column nearest to a day (ties: the newer), -1 when there is none.
    int nearestColumn(QDate day) const;
    int testRowCount() const { return m_testRows; }
    int dateColumnCount() const { return int(m_columns.size()); }
    int panelCount() const { return int(m_panelNames.size()); }

    // The workspace date marks its nearest column (kept through filter changes); returns that
    // column, -1 when none.
    int setWorkspaceDate(QDate date);
    QDate workspaceDate() const { return m_workspaceDate; }
    int workspaceColumn() const { return m_workspaceColumn; }

private:
    struct Line {
        int tableRow = -1; // -1: the header of panel `panel`
        int panel = -1;
    };
    // What the range column and its tooltip say for one LabTable row.
    struct RowRange {
        QString text; // the newest result's range (or its text form)
        QStringList byFacility; // "市立総合病院: 3.8–8.0" for each facility and range seen
        bool varies = false; // facilities (or times) gave different ranges
    };
    void rebuild();
    void computeRanges();
    QVariant cellData(const Line &line, int column, int role) const;
    QVariant fixedData(const Line &line, int column, int role) const;
    QString cellToolTip(int tableRow, int tableColumn) const;
    QString rowToolTip(int tableRow) const;
    QString facilityName(int facility) const;

    std::shared_ptr<const clinical::LabTable> m_table;
    clinical::LabFilter m_filter;
    std::vector<Line> m_lines;
    std::vector<int> m_columns; // model date column - FixedColumnCount → table column
    std::vector<int> m_rowOfTableRow; // LabTable row → model row (-1: hidden)
    std::vector<RowRange> m_ranges; // per LabTable row
    QStringList m_panelNames;
    int m_testRows = 0;
    QDate m_workspaceDate;
    int m_workspaceColumn = -1;
};

} // namespace renkei::ui
