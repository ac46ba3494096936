#include "frozentableview.h"

#include <QHeaderView>
#include <QScrollBar>

namespace renkei::ui {

FrozenTableView::FrozenTableView(int frozenColumns, QWidget *parent)
    : QTableView(parent)
    , m_frozen(new QTableView(this))
    , m_frozenColumns(frozenColumns)
{
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setHorizontalScrollMode(ScrollPerPixel);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    m_frozen->horizontalHeader()->setHighlightSections(false);
    viewport()->stackUnder(m_frozen);

    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);

    // One vertical position for both; the frozen part never scrolls sideways.
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
        &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
        &QAbstractSlider::setValue);
    connect(m_frozen->horizontalScrollBar(), &QAbstractSlider::valueChanged, this, [this](int v) {
        if (v != 0)
            m_frozen->horizontalScrollBar()->setValue(0);
    });
    // The frozen columns are resized in the frozen header (the main one's lie under it).
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionResized, this,
        [this](int column, int, int size) {
            if (column < m_frozenColumns) {
                horizontalHeader()->resizeSection(column, size);
                updateFrozenGeometry();
            }
        });
    // Row heights follow the main view's.
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
        [this](int row, int, int size) { m_frozen->setRowHeight(row, size); });
    m_frozen->show();
}

void FrozenTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    // A reset re-creates the header sections: the frozen columns keep their widths.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_savedWidths.clear();
        for (int c = 0; c < m_frozenColumns && c < this->model()->columnCount(); ++c)
            m_savedWidths.append(m_frozen->horizontalHeader()->sectionSize(c));
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        for (int c = 0; c < int(m_savedWidths.size()) && c < this->model()->columnCount(); ++c) {
            if (m_savedWidths.at(c) > 0)
                m_frozen->setColumnWidth(c, m_savedWidths.at(c));
        }
        updateFrozenGeometry();
    });
    updateFrozenGeometry();
}

void FrozenTableView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    QTableView::setSelectionModel(selectionModel);
    if (m_frozen->model() == selectionModel->model())
        m_frozen->setSelectionModel(selectionModel);
}

int FrozenTableView::frozenWidth() const
{
    int width = 0;
    for (int c = 0; c < m_frozenColumns; ++c)
        width += m_frozen->columnWidth(c);
    return width;
}

void FrozenTableView::setFrozenColumnWidth(int column, int width)
{
    m_frozen->setColumnWidth(column, width); // the main view follows (sectionResized)
    setColumnWidth(column, width);
    updateFrozenGeometry();
}

void FrozenTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
}

void FrozenTableView::updateGeometries()
{
    QTableView::updateGeometries();
    updateFrozenGeometry();
}

void FrozenTableView::updateFrozenGeometry()
{
    if (!m_frozen)
        return;
    // The main view's frozen columns (under the overlay) must be exactly as wide as the
    // overlay's, or the dates would start under it: a model reset sizes both afresh.
    for (int c = 0; c < m_frozenColumns && model() && c < model()->columnCount(); ++c) {
        if (isColumnHidden(c) != m_frozen->isColumnHidden(c))
            setColumnHidden(c, m_frozen->isColumnHidden(c));
        if (columnWidth(c) != m_frozen->columnWidth(c))
            setColumnWidth(c, m_frozen->columnWidth(c));
    }
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    const int left = (verticalHeader()->isVisible() ? verticalHeader()->width() : 0) + frameWidth();
    m_frozen->setGeometry(
        left, frameWidth(), frozenWidth(), viewport()->height() + horizontalHeader()->height());
}

QModelIndex FrozenTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    // The keyboard stays on the scrolling columns: the frozen ones lie under their own view.
    if (current.isValid() && current.column() < m_frozenColumns
        && model()->columnCount() > m_frozenColumns)
        current = model()->index(current.row(), m_frozenColumns);
    if (current.isValid() && current.column() >= m_frozenColumns) {
        const int hidden = frozenWidth() - visualRect(current).left();
        if (hidden > 0)
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - hidden);
    }
    return current;
}

void FrozenTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid())
        return;
    if (index.column() < m_frozenColumns) {
        // Only the rows move: keep the horizontal position.
        const int x = horizontalScrollBar()->value();
        QTableView::scrollTo(index, hint);
        horizontalScrollBar()->setValue(x);
        return;
    }
    QTableView::scrollTo(index, hint);
    // The base class counts the area under the frozen columns as visible.
    const QRect rect = visualRect(index);
    const int frozen = frozenWidth();
    if (hint == PositionAtCenter) {
        const int centre = frozen + (viewport()->width() - frozen) / 2;
        horizontalScrollBar()->setValue(
            horizontalScrollBar()->value() + rect.center().x() - centre);
    } else if (rect.left() < frozen) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - (frozen - rect.left()));
    }
}

} // namespace renkei::ui
