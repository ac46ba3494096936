#include "workspace/patientarea.h"

#include "appicon.h"
#include "clinical/patientrecord.h"
#include "emptystatewidget.h"
#include "workspace/patientbanner.h"
#include "workspace/patientopener.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace renkei::ui {

PatientArea::PatientArea(PatientOpener &opener, QWidget *parent)
    : QWidget(parent)
    , m_opener(opener)
{
    setObjectName(u"patientArea"_s);
    m_empty = new EmptyStateWidget(EmptyStateWidget::Size::Regular, this);
    m_empty->setObjectName(u"patientPlaceholder"_s);
    m_empty->setIcon(appIcon());

    m_patientPage = new QWidget(this);
    m_banner = new PatientBanner(m_patientPage);
    m_problem = new QLabel(m_patientPage);
    m_problem->setObjectName(u"patientProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(
        u"QLabel { background: #fff4e5; color: #7a4100; padding: 6px 18px; }"_s);
    m_problem->hide();
    m_workspace = new Workspace(ViewRegistry::builtin(), m_patientPage);
    auto *rule = new QFrame(m_patientPage);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);
    auto *page = new QVBoxLayout(m_patientPage);
    page->setContentsMargins(0, 0, 0, 0);
    page->setSpacing(0);
    page->addWidget(m_banner);
    page->addWidget(rule);
    page->addWidget(m_problem);
    page->addWidget(m_workspace, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_patientPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&m_opener, &PatientOpener::recordChanged, this,
        [this](std::shared_ptr<const clinical::PatientRecord> record) {
            const bool changed = !record || record != m_workspace->record();
            m_banner->setRecord(record);
            if (changed) {
                // A reload of the same patient during a sync keeps the date the user chose.
                const QDate date = m_workspace->workspaceDate();
                const bool samePatient = record && m_workspace->record()
                    && record->cacheKey() == m_workspace->record()->cacheKey();
                m_workspace->setRecord(record);
                if (samePatient && date.isValid())
                    m_workspace->setWorkspaceDate(date);
            }
            m_banner->setSyncAvailable(m_opener.canSync());
            if (!record)
                m_problem->hide();
            else if (!record->complete())
                showProblem(tr("Part of this record could not be opened; what is shown is "
                               "incomplete."));
            m_stack->setCurrentWidget(record ? m_patientPage : static_cast<QWidget *>(m_empty));
        });
    connect(&m_opener, &PatientOpener::syncRunningChanged, m_banner, [this](bool running) {
        m_banner->setSyncRunning(running);
        m_banner->setSyncAvailable(m_opener.canSync());
    });
    connect(&m_opener, &PatientOpener::syncProgress, m_banner, &PatientBanner::setSyncProgress);
    connect(&m_opener, &PatientOpener::lastSyncChanged, m_banner, &PatientBanner::setLastSync);
    connect(&m_opener, &PatientOpener::networkChanged, m_banner,
        [this] { m_banner->setSyncAvailable(m_opener.canSync()); });
    connect(&m_opener, &PatientOpener::problem, this, &PatientArea::showProblem);
    connect(m_banner, &PatientBanner::syncRequested, &m_opener, &PatientOpener::syncCurrent);
    connect(m_banner, &PatientBanner::syncCancelRequested, &m_opener, &PatientOpener::cancelSync);
    retranslateUi();
}

PatientArea::~PatientArea() = default;

bool PatientArea::showsPatient() const
{
    return m_stack->currentWidget() == m_patientPage;
}

void PatientArea::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(true);
    QTimer::singleShot(12000, m_problem, &QLabel::hide);
}

void PatientArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PatientArea::retranslateUi()
{
    m_empty->setTitle(tr("No patient selected"));
    m_empty->setHint(tr("Search for a patient and select them to see their timeline, lab "
                        "results, prescriptions and discharge summaries from every facility."));
}

} // namespace renkei::ui
