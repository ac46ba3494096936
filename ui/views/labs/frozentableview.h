#pragma once

#include <QTableView>

// A table whose first columns stay put while the rest scrolls sideways (the test name, unit and
// range of the cumulative table while its dates scroll). A second QTableView over the same model
// and selection model covers the frozen columns (Qt's "Frozen Column" example); it is exactly as
// wide as those columns, so the columns after them are never laid out in it.
namespace renkei::ui {

class FrozenTableView : public QTableView {
    Q_OBJECT
public:
    explicit FrozenTableView(int frozenColumns, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void setSelectionModel(QItemSelectionModel *selectionModel) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

    QTableView *frozenView() const { return m_frozen; }
    int frozenColumns() const { return m_frozenColumns; }
    int frozenWidth() const;
    // Sets a frozen column's width in both views.
    void setFrozenColumnWidth(int column, int width);

protected:
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void updateGeometries() override;

private:
    void updateFrozenGeometry();

    QTableView *m_frozen;
    int m_frozenColumns;
    QList<int> m_savedWidths;
};

} // namespace renkei::ui
