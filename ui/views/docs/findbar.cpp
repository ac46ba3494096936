#include "views/docs/findbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace renkei::ui {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"findBar"_s);
    m_edit->setObjectName(u"findText"_s);
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(220);
    m_edit->installEventFilter(this);
    m_count->setObjectName(u"findCount"_s);
    m_count->setMinimumWidth(70);
    m_detail->setObjectName(u"findDetail"_s);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setTextFormat(Qt::PlainText);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    for (QToolButton *b : { m_previous, m_next, m_close })
        b->setAutoRaise(true);
    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::textChanged);
    connect(m_next, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_edit);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(m_detail, 1);
    layout->addWidget(m_close);
    retranslateUi();
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::clearText()
{
    m_edit->clear();
    setResult(-1, 0);
}

void FindBar::setResult(int current, int count, const QString &detail)
{
    if (m_edit->text().isEmpty())
        m_count->clear();
    else if (count < 0)
        m_count->setText(tr("Searching…"));
    else if (count == 0)
        m_count->setText(tr("No match"));
    else
        m_count->setText(tr("%1 / %2").arg(current + 1).arg(count));
    m_detail->setText(detail);
    // No match: the field says so by colour too, next to the words.
    QPalette pal = m_edit->palette();
    pal.setColor(QPalette::Base,
        !m_edit->text().isEmpty() && count == 0 ? QColor(0xfd, 0xec, 0xea)
                                                : palette().color(QPalette::Base));
    m_edit->setPalette(pal);
}

void FindBar::setUnavailable(const QString &why)
{
    m_count->clear();
    m_detail->setText(why);
    QPalette pal = m_edit->palette();
    pal.setColor(QPalette::Base, palette().color(QPalette::Base));
    m_edit->setPalette(pal);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter
            || key->key() == Qt::Key_F3) {
            if (key->modifiers() & Qt::ShiftModifier)
                Q_EMIT previousRequested();
            else
                Q_EMIT nextRequested();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FindBar::retranslateUi()
{
    m_edit->setPlaceholderText(tr("Find in the document"));
    m_edit->setAccessibleName(tr("Find in the document"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAccessibleName(tr("Next match"));
    m_close->setToolTip(tr("Close (Esc)"));
    m_close->setAccessibleName(tr("Close the find bar"));
}

} // namespace renkei::ui
