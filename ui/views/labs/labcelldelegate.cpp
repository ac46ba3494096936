#include "labcelldelegate.h"

#include "labtablemodel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ui {

QColor LabCellDelegate::workspaceTint()
{
    return QColor(0xff, 0xf4, 0xc2);
}

QColor LabCellDelegate::panelTint()
{
    return QColor(0xee, 0xf1, 0xf4);
}

void LabCellDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool panelRow = index.data(LabTableModel::PanelRowRole).toBool();
    const bool workspace = index.data(LabTableModel::WorkspaceColumnRole).toBool();
    if (index.column() < LabTableModel::FixedColumnCount) {
        QStyleOptionViewItem opt = option;
        if (panelRow)
            opt.backgroundBrush = panelTint();
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString value = index.data(LabTableModel::ValueTextRole).toString();
    const QString flag = index.data(LabTableModel::FlagTextRole).toString();
    const int more = index.data(LabTableModel::MoreResultsRole).toInt();
    const bool selected = opt.state.testFlag(QStyle::State_Selected);

    // Background: the flag's tint, else the workspace column's or the panel band's; the style
    // draws the selection over it.
    QColor background;
    if (opt.backgroundBrush.style() != Qt::NoBrush)
        background = opt.backgroundBrush.color();
    else if (panelRow)
        background = panelTint();
    else if (workspace)
        background = workspaceTint();
    opt.text.clear();
    opt.backgroundBrush = background.isValid() ? QBrush(background) : QBrush();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (workspace && !panelRow) {
        // A thin frame on both sides of the workspace column, visible even over flag tints.
        painter->save();
        painter->setPen(QPen(QColor(0xe0, 0xa8, 0x00), 1));
        painter->drawLine(opt.rect.topLeft(), opt.rect.bottomLeft());
        painter->drawLine(opt.rect.topRight(), opt.rect.bottomRight());
        painter->restore();
    }
    if (panelRow || value.isEmpty())
        return;

    painter->save();
    const QRect area = opt.rect.adjusted(3, 0, -3, 0);
    QFont flagFont = opt.font;
    flagFont.setBold(true);
    const QFontMetrics flagMetrics(flagFont);
    const int slot = flagMetrics.horizontalAdvance(u"HH"_s) + 2;
    const QColor normal = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QVariant foreground = index.data(Qt::ForegroundRole);
    const QColor flagColour
        = selected || !foreground.isValid() ? normal : foreground.value<QBrush>().color();

    painter->setFont(opt.font);
    painter->setPen(flag.isEmpty() ? normal : flagColour);
    const QRect valueRect(area.left(), area.top(), area.width() - slot, area.height());
    painter->drawText(valueRect, Qt::AlignRight | Qt::AlignVCenter,
        opt.fontMetrics.elidedText(value, Qt::ElideLeft, valueRect.width()));
    if (!flag.isEmpty()) {
        painter->setFont(flagFont);
        painter->setPen(flagColour);
        painter->drawText(QRect(area.right() - slot + 2, area.top(), slot - 2, area.height()),
            Qt::AlignLeft | Qt::AlignVCenter, flag);
    }
    if (more > 0) {
        // A small corner triangle: more results that day (the tooltip lists them).
        const QRect r = opt.rect;
        const QPointF corner[3] = { QPointF(r.right() - 5, r.top() + 1),
            QPointF(r.right() + 1, r.top() + 1), QPointF(r.right() + 1, r.top() + 7) };
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? normal : QColor(0x78, 0x86, 0x94));
        painter->drawPolygon(corner, 3);
    }
    painter->restore();
}

} // namespace renkei::ui
