#include "views/meds/medicationsview.h"

#include "clinical/medicationlist.h"
#include "emptystatewidget.h"
#include "views/meds/allergybanner.h"
#include "views/meds/medicationmodel.h"
#include "views/meds/medicationtimeline.h"
#include "views/meds/recordformat.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <array>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

constexpr std::array<int, 4> kSpanYears { 1, 3, 5, 0 };

QString bannerStyle()
{
    return u"QLabel#%1 { background: %2; border-left: 4px solid %3; border-radius: 4px;"
           " padding: 6px 10px; color: %3; }"_s;
}

} // namespace

MedicationsView::MedicationsView(QWidget *parent)
    : RecordView(parent)
    , m_today(QDate::currentDate())
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(EmptyStateWidget::Size::Compact, this))
    , m_allergies(new AllergyBanner(this))
    , m_currentButton(new QPushButton(this))
    , m_historyButton(new QPushButton(this))
    , m_modeGroup(new QButtonGroup(this))
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_duplicates(new QLabel(this))
    , m_model(new MedicationTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tree(new QTreeView(this))
    , m_details(new QLabel(this))
    , m_timelineTitle(new QLabel(this))
    , m_spanGroup(new QButtonGroup(this))
    , m_timelineScroll(new QScrollArea(this))
    , m_timeline(new MedicationTimeline(this))
{
    setObjectName(u"medicationsView"_s);
    m_model->setAsOf(m_today);
    m_timeline->setToday(m_today);

    // The mode: the current list or the history, as two joined buttons.
    for (QPushButton *button : { m_currentButton, m_historyButton }) {
        button->setCheckable(true);
        button->setFocusPolicy(Qt::StrongFocus);
    }
    m_currentButton->setChecked(true);
    m_modeGroup->addButton(m_currentButton, 0);
    m_modeGroup->addButton(m_historyButton, 1);
    m_modeGroup->setExclusive(true);
    connect(m_modeGroup, &QButtonGroup::idClicked, this, [this](int id) { showHistory(id == 1); });

    m_summary->setObjectName(u"medicationSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_filter->setObjectName(u"medicationFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);

    m_duplicates->setObjectName(u"duplicateBanner"_s);
    m_duplicates->setWordWrap(true);
    m_duplicates->setTextFormat(Qt::RichText);
    m_duplicates->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_duplicates->setStyleSheet(bannerStyle().arg(m_duplicates->objectName(),
        format::warningBackground().name(), format::warningColour().name()));
    m_duplicates->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
    });

    m_tree->setObjectName(u"medicationTree"_s);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionsMovable(false);
    const std::array<int, MedicationTreeModel::ColumnCount> widths { 270, 56, 200, 64, 184, 90, 160,
        160, 120 };
    for (int c = 0; c < MedicationTreeModel::ColumnCount; ++c)
        m_tree->setColumnWidth(c, widths[size_t(c)]);
    connect(m_tree, &QTreeView::clicked, this, &MedicationsView::chooseLine);
    connect(m_tree, &QTreeView::activated, this, &MedicationsView::chooseLine);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const QModelIndex source = m_proxy->mapToSource(current);
            m_selectedLine = source.isValid()
                ? source.siblingAtColumn(0).data(MedicationTreeModel::LineRole).toInt()
                : -1;
            refreshDetails();
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MedicationsView::afterReset);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<const clinical::MedicationList>>::finished,
        this, &MedicationsView::buildFinished);

    m_details->setObjectName(u"medicationDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setContentsMargins(4, 2, 4, 2);

    // The timeline with its span buttons.
    m_timelineTitle->setObjectName(u"timelineTitle"_s);
    QFont titleFont = m_timelineTitle->font();
    titleFont.setBold(true);
    m_timelineTitle->setFont(titleFont);
    for (size_t i = 0; i < kSpanYears.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_spanGroup->addButton(button, int(i));
        m_spanButtons.append(button);
    }
    m_spanButtons.at(1)->setChecked(true);
    m_timeline->setYears(kSpanYears[1]);
    connect(m_spanGroup, &QButtonGroup::idClicked, this,
        [this](int id) { m_timeline->setYears(kSpanYears.at(size_t(id))); });
    connect(m_timeline, &MedicationTimeline::episodeClicked, this,
        [this](int, QDate start) { Q_EMIT workspaceDateChosen(start); });
    m_timelineScroll->setWidget(m_timeline);
    m_timelineScroll->setWidgetResizable(true);
    m_timelineScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timelineScroll->setFrameShape(QFrame::StyledPanel);

    // Layout: allergies, toolbar, duplicates, then the list and the timeline in a splitter.
    auto *content = new QWidget(this);
    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(0);
    toolbar->addWidget(m_currentButton);
    toolbar->addWidget(m_historyButton);
    toolbar->addSpacing(14);
    toolbar->addWidget(m_summary, 1);
    toolbar->addWidget(m_filter);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    listLayout->addWidget(m_tree, 1);
    listLayout->addWidget(m_details);

    auto *timelinePane = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelinePane);
    timelineLayout->setContentsMargins(0, 4, 0, 0);
    timelineLayout->setSpacing(4);
    auto *timelineBar = new QHBoxLayout;
    timelineBar->addWidget(m_timelineTitle);
    timelineBar->addStretch(1);
    for (QToolButton *button : std::as_const(m_spanButtons))
        timelineBar->addWidget(button);
    timelineLayout->addLayout(timelineBar);
    timelineLayout->addWidget(m_timelineScroll, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"medicationSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    splitter->addWidget(timelinePane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(10, 10, 10, 10);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(m_allergies);
    contentLayout->addLayout(toolbar);
    contentLayout->addWidget(m_duplicates);
    contentLayout->addWidget(splitter, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    retranslateUi();
}

MedicationsView::~MedicationsView() = default;

QString MedicationsView::viewId() const
{
    return u"meds"_s;
}

QString MedicationsView::title() const
{
    return tr("Medications");
}

void MedicationsView::setRecord(std::shared_ptr<const clinical::PatientRecord> record)
{
    m_record = std::move(record);
    // Whatever was shown goes at once; the watcher lets go of the last result (and its record).
    m_watcher.setFuture(QFuture<std::shared_ptr<const clinical::MedicationList>>());
    m_list.reset();
    m_selectedLine = -1;
    m_filter->clear();
    m_allergies->setRecord(m_record);
    m_model->setList(nullptr);
    m_timeline->setList(nullptr);
    m_stack->setCurrentIndex(m_record ? 1 : 0);
    refreshSummary();
    refreshDetails();
    if (!m_record) {
        Q_EMIT recordShown();
        return;
    }
    // The list of a large chart (thousands of prescriptions) is built off the GUI thread.
    m_summary->setText(tr("Reading the medications…"));
    m_watcher.setFuture(QtConcurrent::run([record = m_record] {
        return std::make_shared<const clinical::MedicationList>(
            clinical::MedicationList::build(record));
    }));
}

bool MedicationsView::isBuilding() const
{
    return m_record && !m_list;
}

void MedicationsView::buildFinished()
{
    // setRecord() replaces the watcher's future, so only the open record's list arrives here;
    // the check stays as a guard against another patient's list ever being shown.
    if (m_watcher.future().resultCount() == 0 || !m_record)
        return;
    const auto list = m_watcher.result();
    if (list->record() != m_record.get())
        return;
    m_list = list;
    m_model->setList(m_list);
    m_timeline->setList(m_list);
    refreshSummary();
    refreshDetails();
    Q_EMIT recordShown();
}

void MedicationsView::setWorkspaceDate(QDate date)
{
    m_workspaceDate = date;
    refreshAsOf();
}

void MedicationsView::setToday(QDate today)
{
    m_today = today;
    m_timeline->setToday(today);
    refreshAsOf();
}

QDate MedicationsView::asOf() const
{
    return m_workspaceDate.isValid() ? m_workspaceDate : m_today;
}

void MedicationsView::showHistory(bool history)
{
    (history ? m_historyButton : m_currentButton)->setChecked(true);
    m_model->setMode(
        history ? MedicationTreeModel::Mode::History : MedicationTreeModel::Mode::Current);
    refreshSummary();
}

void MedicationsView::refreshAsOf()
{
    m_model->setAsOf(asOf());
    m_timeline->setMarker(m_workspaceDate);
    refreshSummary();
    refreshDetails();
}

void MedicationsView::afterReset()
{
    // The current list is short: open. The history holds every refill: closed until asked.
    if (m_model->mode() == MedicationTreeModel::Mode::Current)
        m_tree->expandAll();
    if (m_selectedLine < 0)
        return;
    const QModelIndex source = m_model->indexOfLine(m_selectedLine);
    if (!source.isValid()) {
        m_selectedLine = -1;
        return;
    }
    const int keep = m_selectedLine;
    const QModelIndex index = m_proxy->mapFromSource(source);
    m_tree->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    m_selectedLine = keep;
}

void MedicationsView::chooseLine(const QModelIndex &proxyIndex)
{
    const QDate start
        = proxyIndex.siblingAtColumn(0).data(MedicationTreeModel::StartDateRole).toDate();
    if (start.isValid())
        Q_EMIT workspaceDateChosen(start);
}

void MedicationsView::refreshSummary()
{
    if (!m_list) {
        m_summary->clear();
        m_duplicates->clear();
        m_duplicates->hide();
        return;
    }
    const int groups = m_model->rowCount();
    const int lines = m_model->shownLineCount();
    if (m_model->mode() == MedicationTreeModel::Mode::Current) {
        m_summary->setText(lines == 0
                ? tr("No medication active on %1").arg(format::date(asOf()))
                : tr("Active on %1: %n drug(s)", nullptr, lines).arg(format::date(asOf()))
                    + tr(", %n ingredient(s)", nullptr, groups));
    } else {
        m_summary->setText(tr("History: %n prescription(s)", nullptr, m_list->lineCount())
            + tr(", %n ingredient(s)", nullptr, groups));
    }

    // The details line of every duplicate the list shows, naming both sources.
    const std::vector<int> duplicates = m_model->mode() == MedicationTreeModel::Mode::Current
        ? m_list->duplicatesAsOf(asOf())
        : std::vector<int>();
    if (duplicates.empty()) {
        m_duplicates->clear();
        m_duplicates->hide();
        return;
    }
    QStringList items;
    for (const int d : duplicates) {
        const clinical::MedicationDuplicate &dup = m_list->duplicates().at(size_t(d));
        const clinical::MedicationLine &a = m_list->line(dup.lineA);
        const clinical::MedicationLine &b = m_list->line(dup.lineB);
        auto source = [this](const clinical::MedicationLine &x, int facility) {
            return tr("<b>%1</b> %2 (%3)")
                .arg(format::facilityName(m_record.get(), facility).toHtmlEscaped(),
                    x.name.toHtmlEscaped(), format::period(x.start, x.openEnded ? QDate() : x.end));
        };
        items.append(tr("%1: %2 and %3 — %4")
                         .arg(m_list->groups().at(size_t(dup.group)).label.toHtmlEscaped(),
                             source(a, dup.facilityA), source(b, dup.facilityB),
                             MedicationTreeModel::ruleText(int(dup.rule)).toHtmlEscaped()));
    }
    m_duplicates->setText(u"<b>⚠ "_s
        + tr("Same ingredient prescribed by two facilities (%n)", nullptr, int(items.size()))
              .toHtmlEscaped()
        + u"</b><br>"_s + items.join(u"<br>"_s));
    m_duplicates->show();
}

void MedicationsView::refreshDetails()
{
    if (!m_list || m_selectedLine < 0) {
        m_details->clear();
        m_details->setVisible(false);
        return;
    }
    const QModelIndex index = m_model->indexOfLine(m_selectedLine);
    if (!index.isValid()) {
        m_details->clear();
        m_details->setVisible(false);
        return;
    }
    const clinical::MedicationLine &line = m_list->line(m_selectedLine);
    QStringList parts { line.name };
    if (!line.dose.isEmpty() || !line.usage.isEmpty())
        parts.append(QString(line.dose + u' ' + line.usage).trimmed());
    parts.append(index.data(Qt::ToolTipRole).toString().section(u'\n', 1));
    m_details->setText(parts.join(u"　"_s).replace(u'\n', u"　"_s));
    m_details->setVisible(true);
}

void MedicationsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    RecordView::changeEvent(event);
}

void MedicationsView::retranslateUi()
{
    m_empty->setTitle(tr("No patient open"));
    m_empty->setHint(tr("Open a patient to see the medications from every facility."));
    m_currentButton->setText(tr("Current"));
    m_currentButton->setToolTip(tr("Medications active on the workspace date (or today)"));
    m_historyButton->setText(tr("History"));
    m_historyButton->setToolTip(tr("Every prescription, newest first"));
    m_filter->setPlaceholderText(tr("Filter by drug, facility…"));
    m_filter->setAccessibleName(tr("Filter the medication list"));
    m_tree->setAccessibleName(tr("Medication list"));
    m_timelineTitle->setText(tr("Medication timeline"));
    m_timeline->setAccessibleName(tr("Medication timeline"));
    const std::array<const char *, 4> spans { QT_TR_NOOP("1 year"), QT_TR_NOOP("3 years"),
        QT_TR_NOOP("5 years"), QT_TR_NOOP("All") };
    for (qsizetype i = 0; i < m_spanButtons.size(); ++i)
        m_spanButtons.at(i)->setText(tr(spans[size_t(i)]));
    m_model->retranslate();
    refreshSummary();
    refreshDetails();
}

} // namespace renkei::ui
