#include "workspace/workspacepane.h"

#include "workspace/recordview.h"
#include "workspace/viewregistry.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace renkei::ui {

WorkspacePane::WorkspacePane(const ViewRegistry &registry, int number, QWidget *parent)
    : QFrame(parent)
    , m_registry(registry)
    , m_number(number)
{
    setObjectName(u"workspacePane%1"_s.arg(number));
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    // The splitter may make a pane narrower than its view would like (it scrolls or elides).
    setMinimumWidth(280);

    auto *header = new QWidget(this);
    header->setObjectName(u"workspacePaneHeader"_s);
    header->setAutoFillBackground(true);
    header->setBackgroundRole(QPalette::Window);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(8, 3, 10, 3);
    m_viewButton = new QToolButton(header);
    m_viewButton->setObjectName(u"paneViewButton"_s);
    m_viewButton->setPopupMode(QToolButton::InstantPopup);
    m_viewButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_viewButton->setAutoRaise(true);
    QFont bold = m_viewButton->font();
    bold.setWeight(QFont::DemiBold);
    m_viewButton->setFont(bold);
    m_menu = new QMenu(m_viewButton);
    m_viewButton->setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &WorkspacePane::fillMenu);
    m_dateLabel = new QLabel(header);
    m_dateLabel->setObjectName(u"paneDateLabel"_s);
    m_dateLabel->setForegroundRole(QPalette::PlaceholderText);
    headerLayout->addWidget(m_viewButton);
    headerLayout->addStretch(1);
    headerLayout->addWidget(m_dateLabel);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Midlight);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addWidget(header);
    m_layout->addWidget(rule);
    retranslateUi();
}

WorkspacePane::~WorkspacePane() = default;

bool WorkspacePane::setView(const QString &id)
{
    if (m_view && m_view->viewId() == id)
        return true;
    RecordView *view = m_registry.create(id, this);
    if (!view)
        return false;
    if (m_view) {
        m_layout->removeWidget(m_view);
        m_view->deleteLater();
        m_view->hide();
    }
    m_view = view;
    m_layout->addWidget(m_view, 1);
    connect(m_view, &RecordView::workspaceDateChosen, this, [this](QDate date) {
        m_date = date;
        retranslateUi();
        Q_EMIT dateChosen(date);
    });
    m_view->setRecord(m_record);
    if (m_record && m_date.isValid())
        m_view->setWorkspaceDate(m_date);
    retranslateUi();
    Q_EMIT viewChanged(id);
    return true;
}

QString WorkspacePane::viewId() const
{
    return m_view ? m_view->viewId() : QString();
}

void WorkspacePane::setRecord(std::shared_ptr<const clinical::PatientRecord> record)
{
    m_record = std::move(record);
    m_date = {};
    if (m_view)
        m_view->setRecord(m_record);
    retranslateUi();
}

void WorkspacePane::setWorkspaceDate(QDate date)
{
    m_date = date;
    if (m_view && m_record)
        m_view->setWorkspaceDate(date);
    retranslateUi();
}

void WorkspacePane::fillMenu()
{
    m_menu->clear();
    for (const QString &id : m_registry.ids()) {
        QAction *action = m_menu->addAction(m_registry.title(id));
        action->setCheckable(true);
        action->setChecked(id == viewId());
        connect(action, &QAction::triggered, this, [this, id] { setView(id); });
    }
}

void WorkspacePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void WorkspacePane::retranslateUi()
{
    const QString title = m_view ? m_view->title() : QString();
    m_viewButton->setText(title);
    m_viewButton->setToolTip(tr("Choose what pane %1 shows").arg(m_number));
    m_viewButton->setAccessibleName(tr("Pane %1: %2").arg(m_number).arg(title));
    m_dateLabel->setText(
        m_record && m_date.isValid() ? m_date.toString(u"yyyy/MM/dd"_s) : QString());
    m_dateLabel->setToolTip(tr("The workspace date every pane follows"));
}

} // namespace renkei::ui
