#include "emptystatewidget.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace renkei::ui {

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
{
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
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    QFont hintFont = font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.05);
    m_hint->setFont(hintFont);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(10);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addStretch(3);
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
