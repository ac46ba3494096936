#include "emptystatewidget.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

constexpr int kMaxTextWidth = 640;
constexpr int kIconSize = 72;

} // namespace

EmptyStateWidget::EmptyStateWidget(Size size, QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
{
    m_icon->setAlignment(Qt::AlignHCenter);
    m_icon->hide();
    m_title->setObjectName(u"emptyStateTitle"_s);
    m_hint->setObjectName(u"emptyStateHint"_s);
    for (QLabel *label : { m_title, m_hint }) {
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::NoTextInteraction);
    }

    // Sizes relative to the platform font, so that the user's font settings still rule; large
    // enough that kanji stay legible.
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * (size == Size::Compact ? 1.2 : 1.4));
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    QFont hintFont = font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.05);
    m_hint->setFont(hintFont);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    // Lines no longer than a comfortable reading width, however wide the area.
    auto *column = new QWidget(this);
    column->setMaximumWidth(kMaxTextWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(m_icon);
    columnLayout->addSpacing(4);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_hint);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    const int margin = size == Size::Compact ? 20 : 32;
    layout->setContentsMargins(margin, 24, margin, 24);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyStateWidget::setIcon(const QIcon &icon)
{
    if (icon.isNull()) {
        m_icon->clear();
        m_icon->hide();
        return;
    }
    // Faded, so that it sets the scene without competing with the words.
    const QPixmap source = icon.pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF());
    QPixmap faded(source.size());
    faded.setDevicePixelRatio(source.devicePixelRatio());
    faded.fill(Qt::transparent);
    QPainter painter(&faded);
    painter.setOpacity(0.35);
    painter.drawPixmap(0, 0, source);
    painter.end();
    m_icon->setPixmap(faded);
    m_icon->show();
}

void EmptyStateWidget::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyStateWidget::setHint(const QString &hint)
{
    m_hint->setText(hint);
}

QString EmptyStateWidget::title() const
{
    return m_title->text();
}

QString EmptyStateWidget::hint() const
{
    return m_hint->text();
}

} // namespace renkei::ui
