#pragma once

#include "clinical/labcodes.h"
#include "clinical/patientrecord.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <cmath>
#include <memory>
#include <vector>

// 検査結果の時系列表: the cumulative lab table (docs/clinical.md "LabTable"). Rows are tests (one
// row per test and unit, merged across facilities when the codes say so), columns are dates
// (newest first), cells hold the value in the row's unit with its flag. Built once per record;
// random access by (row, column) for item models, no QVariant per cell.
namespace renkei::clinical {

// Why results share a row.
enum class LabMatch {
    Jlac10, // the same 17-digit JLAC10 code
    Jlac10AndName, // a JLAC10 row that also took results with no JLAC10 but the same name
    Name, // no JLAC10: the same normalised name
};

enum class FlagSource { None, Interpretation, Range };

struct LabRow {
    QString key; // stable across rebuilds: "jlac10:<code>|<unit>" or "name:<name>|<unit>"
    QString name; // as the newest result names it
    QString jlac10; // empty for a name row
    QString jlacClass; // "3B" (jlac10ClassName gives its label)
    QString panel; // the panel most of its results came in, else the JLAC10 class label
    QString unit; // the row's unit as printed (empty: none); converted cells use it too
    QString specimen;
    LabMatch match = LabMatch::Jlac10;
    // The same test is also on another row because its unit could not be converted
    // (e.g. glucose in mg/dL and mmol/L): show the unit beside the name.
    bool unitSplit = false;
    bool hasConverted = false; // some values were converted into `unit`
    bool numeric = false; // at least one numeric value (a trend can be drawn)
    int resultCount = 0;
    int abnormalCount = 0;
    QList<int> facilities; // indices in PatientRecord::facilities()
};

struct LabCell {
    int column = -1;
    int result = -1; // the shown result: index in PatientRecord::resources().labs
    int others = 0; // more results in this cell (cellResults); the newest is shown
    double value = std::nan(""); // in the row's unit; NaN for a text result
    double low = std::nan(""); // that facility's reference range, in the row's unit
    double high = std::nan("");
    int facility = -1;
    model::LabFlag flag = model::LabFlag::None;
    FlagSource flagSource = FlagSource::None;
    bool converted = false; // value (and range) converted from the result's own unit
    bool isAbnormal() const;
};

struct LabFilter {
    QStringList panels; // empty: every panel
    bool abnormalOnly = false; // rows with an abnormal value within the dates
    QDate from, to; // inclusive; invalid: open
};

// A filtered view: indices into the table's rows and columns, in table order.
struct LabSelection {
    std::vector<int> rows;
    std::vector<int> columns;
};

struct TrendPoint {
    qint64 time = 0; // msecs since the epoch
    double value = 0; // in the row's unit
    double low = std::nan(""); // the band at this point (the facility's range)
    double high = std::nan("");
    int facility = -1;
    int result = -1;
    model::LabFlag flag = model::LabFlag::None;
};

struct TrendSeries {
    int row = -1;
    QString name;
    QString unit;
    std::vector<TrendPoint> points; // oldest first; text results are left out
};

class LabTable {
public:
    enum class ColumnMode {
        PerDay, // one column per Japan-time day (the 時系列表 convention); the default
        PerTimestamp // one column per collection time (to the minute)
    };
    struct Options {
        ColumnMode columns = ColumnMode::PerDay;
    };

    LabTable() = default;
    static LabTable build(std::shared_ptr<const PatientRecord> record, const Options &options);
    static LabTable build(std::shared_ptr<const PatientRecord> record)
    {
        return build(std::move(record), Options {});
    }

    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return int(m_columns.size()); }
    const LabRow &row(int row) const { return m_rows.at(size_t(row)); }
    int rowOfKey(const QString &key) const { return m_rowByKey.value(key, -1); }
    // Column 0 is the newest. The time is the column's day start (PerDay, Japan time) or the
    // collection minute (PerTimestamp).
    qint64 columnTime(int column) const { return m_columns.at(size_t(column)); }
    QDate columnDate(int column) const { return japanDate(columnTime(column)); }
    ColumnMode columnMode() const { return m_mode; }
    // The first column at or before a day (for "go to the workspace date"), -1 when none.
    int columnAtOrBefore(QDate day) const;

    // nullptr for an empty cell. O(log n) in the row's cells.
    const LabCell *cell(int row, int column) const;
    // Every result in a cell, newest first.
    std::vector<int> cellResults(int row, int column) const;
    // The cells of a row, in column order (newest first).
    const std::vector<LabCell> &rowCells(int row) const { return m_cells.at(size_t(row)); }
    // The value as shown: "8.6", "< 0.1", "(2+)"; in the row's unit.
    QString cellText(int row, int column) const;
    const model::LabResult &result(int index) const;

    // Panels in row order (each once).
    QStringList panels() const;
    LabSelection select(const LabFilter &filter) const;
    // Numeric values of a row within [from, to] (kNoTime: open), oldest first.
    TrendSeries trend(int row, qint64 from = kNoTime, qint64 to = kNoTime) const;

    const PatientRecord *record() const { return m_record.get(); }

private:
    std::shared_ptr<const PatientRecord> m_record;
    ColumnMode m_mode = ColumnMode::PerDay;
    std::vector<LabRow> m_rows;
    std::vector<std::vector<LabCell>> m_cells; // per row, by column
    std::vector<qint64> m_columns; // newest first
    QHash<QString, int> m_rowByKey;
    // Results hidden behind a cell's shown one: (row << 32 | column) → result indices.
    QHash<quint64, std::vector<int>> m_more;
    std::vector<UnitInfo> m_rowUnits;
    friend class LabTableBuilder;
};

} // namespace renkei::clinical
