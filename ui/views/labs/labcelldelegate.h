#pragma once

#include <QStyledItemDelegate>

// Paints a date cell of the cumulative table: the value right-aligned with its flag letter in a
// slot of its own (so values line up whether flagged or not), the flag's colour on the letter and
// a tint behind the cell, a corner mark when the day holds more results, and the workspace
// date's column tinted. Everything else is QStyledItemDelegate's.
namespace renkei::ui {

class LabCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

    // The tint of the workspace date's column and of a panel header row.
    static QColor workspaceTint();
    static QColor panelTint();
};

} // namespace renkei::ui
