#include "labsview.h"

#include "clinical/medicationlist.h"
#include "emptystatewidget.h"
#include "frozentableview.h"
#include "labcelldelegate.h"
#include "labformat.h"
#include "labtablemodel.h"
#include "labtrendchart.h"
#include "util/logging.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ui {

namespace {

enum Page { EmptyPage = 0, BusyPage, TablePage };
enum Period { AllDates = 0, Months3, Year1, Years3, Years5, Custom };

// The first test row (not a panel header) of the model, -1 when none.
int firstTestRow(const LabTableModel *model)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (!model->isPanelRow(r))
            return r;
    }
    return -1;
}

} // namespace

LabsView::LabsView(QWidget *parent)
    : RecordView(parent)
    , m_model(new LabTableModel(this))
    , m_panel(new QComboBox)
    , m_abnormal(new QCheckBox)
    , m_periodLabel(new QLabel)
    , m_panelLabel(new QLabel)
    , m_period(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_tilde(new QLabel(u"〜"_s))
    , m_status(new QLabel)
    , m_pages(new QStackedWidget)
    , m_empty(new EmptyStateWidget)
    , m_busy(new QWidget)
    , m_busyLabel(new QLabel)
    , m_busyBar(new QProgressBar)
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_table(new FrozenTableView(LabTableModel::FixedColumnCount))
    , m_chart(new LabTrendChart)
    , m_busyDelay(new QTimer(this))
    , m_selectionDelay(new QTimer(this))
{
    // Filter bar.
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 6);
    bar->setSpacing(6);
    m_panelLabel->setBuddy(m_panel);
    m_panel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_panel->setMinimumContentsLength(10);
    m_periodLabel->setBuddy(m_period);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setDisplayFormat(u"yyyy/MM/dd"_s);
        edit->setCalendarPopup(true);
    }
    bar->addWidget(m_panelLabel);
    bar->addWidget(m_panel);
    bar->addSpacing(10);
    bar->addWidget(m_abnormal);
    bar->addSpacing(10);
    bar->addWidget(m_periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(m_tilde);
    bar->addWidget(m_to);
    bar->addStretch(1);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(m_status);

    // The table: dense rows, fixed sizes (no measuring of 100,000 cells), frozen name columns.
    m_table->setModel(m_model);
    auto *delegate = new LabCellDelegate(this);
    m_table->setItemDelegate(delegate);
    m_table->frozenView()->setItemDelegate(delegate);
    for (QTableView *view : { static_cast<QTableView *>(m_table), m_table->frozenView() }) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setWordWrap(false);
        view->setTextElideMode(Qt::ElideRight);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->hide();
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 7);
        view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
        view->horizontalHeader()->setFixedHeight(2 * fontMetrics().height() + 10);
        view->horizontalHeader()->setHighlightSections(false);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultSectionSize(
        fontMetrics().horizontalAdvance(u"0000.0 HH"_s) + 12);
    m_table->frozenView()->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->frozenView()->horizontalHeader()->setStretchLastSection(false);
    m_table->setCornerButtonEnabled(false);
    auto setFrozenWidths = [this] {
        const QFontMetrics fm = fontMetrics();
        m_table->setFrozenColumnWidth(
            LabTableModel::NameColumn, fm.horizontalAdvance(u"ＡＡＡＡＡＡＡＡＡＡＡＡ"_s) + 12);
        m_table->setFrozenColumnWidth(
            LabTableModel::UnitColumn, fm.horizontalAdvance(u"10^3/μL"_s) + 14);
        m_table->setFrozenColumnWidth(
            LabTableModel::RangeColumn, fm.horizontalAdvance(u"0000–0000 *"_s) + 12);
    };
    setFrozenWidths();
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, setFrozenWidths] {
        QTableView *frozen = m_table->frozenView();
        frozen->clearSpans();
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->isPanelRow(r))
                frozen->setSpan(r, 0, 1, LabTableModel::FixedColumnCount);
        }
        if (m_table->frozenWidth() == 0)
            setFrozenWidths();
        adaptToWidth();
    });

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_chart->setMinimumHeight(240);
    m_splitter->setSizes({ 620, 380 });
    m_splitter->setChildrenCollapsible(false);

    auto *busyLayout = new QVBoxLayout(m_busy);
    busyLayout->addStretch(1);
    m_busyLabel->setAlignment(Qt::AlignCenter);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(240);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addWidget(m_busyBar, 0, Qt::AlignHCenter);
    busyLayout->addStretch(2);

    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_busy);
    m_pages->addWidget(m_splitter);
    m_pages->setCurrentIndex(EmptyPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);

    // A build shorter than this shows no placeholder at all (no flicker).
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(150);
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        if (isBuilding()) {
            m_busyLabel->show();
            m_busyBar->show();
        }
    });
    m_selectionDelay->setSingleShot(true);
    m_selectionDelay->setInterval(0);
    connect(m_selectionDelay, &QTimer::timeout, this, &LabsView::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, m_selectionDelay,
        qOverload<>(&QTimer::start));
    connect(m_table, &QAbstractItemView::clicked, this, &LabsView::cellClicked);
    connect(m_table, &QAbstractItemView::activated, this, &LabsView::cellClicked);
    connect(
        m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &LabsView::headerClicked);
    connect(m_chart, &LabTrendChart::dateChosen, this, [this](QDate date) {
        m_workspaceDate = date;
        markWorkspaceDate(true);
        Q_EMIT workspaceDateChosen(date);
    });
    connect(&m_watcher, &QFutureWatcher<Built>::finished, this, &LabsView::buildFinished);

    connect(m_panel, &QComboBox::currentIndexChanged, this, &LabsView::applyFilterControls);
    connect(m_abnormal, &QCheckBox::toggled, this, &LabsView::applyFilterControls);
    connect(m_period, &QComboBox::currentIndexChanged, this, &LabsView::periodChanged);
    for (QDateEdit *edit : { m_from, m_to }) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_settingFilter)
                return;
            m_settingFilter = true;
            m_period->setCurrentIndex(Custom);
            m_settingFilter = false;
            applyFilterControls();
        });
    }

    retranslate();
    clear();
}

LabsView::~LabsView() = default;

QString LabsView::viewId() const
{
    return u"labs"_s;
}

QString LabsView::title() const
{
    return tr("Labs");
}

bool LabsView::isBuilding() const
{
    return m_record && !m_model->table();
}

void LabsView::setRecord(std::shared_ptr<const clinical::PatientRecord> record)
{
    const quint64 generation = ++m_generation;
    m_record = std::move(record);
    clear();
    if (!m_record) {
        m_pages->setCurrentIndex(EmptyPage);
        Q_EMIT recordShown();
        return;
    }
    m_busyLabel->hide();
    m_busyBar->hide();
    m_pages->setCurrentIndex(BusyPage);
    m_busyDelay->start();
    m_watcher.setFuture(QtConcurrent::run([record = m_record, generation] {
        QElapsedTimer timer;
        timer.start();
        Built built;
        built.labs = std::make_shared<const clinical::LabTable>(clinical::LabTable::build(record));
        built.medications = std::make_shared<const clinical::MedicationList>(
            clinical::MedicationList::build(record));
        built.ms = timer.elapsed();
        built.generation = generation;
        return built;
    }));
}

void LabsView::buildFinished()
{
    if (m_watcher.future().resultCount() == 0)
        return;
    const Built built = m_watcher.result();
    // A build for a record replaced (or closed) since is dropped.
    if (built.generation != m_generation || !m_record)
        return;
    m_lastBuildMs = built.ms;
    qCDebug(lcApp, "labs view: table %d × %d and medication episodes built in %lld ms",
        built.labs->rowCount(), built.labs->columnCount(), built.ms);
    present(built);
}

void LabsView::present(const Built &built)
{
    m_busyDelay->stop();
    m_medications = built.medications;
    m_settingFilter = true;
    m_model->setFilter({});
    m_model->setTable(built.labs);
    m_chart->setSources(built.labs, built.medications);
    m_abnormal->setChecked(false);
    m_period->setCurrentIndex(AllDates);
    fillPanels();
    showTableExtent();
    m_settingFilter = false;
    applyFilterControls();
    if (built.labs->rowCount() == 0) {
        m_empty->setTitle(tr("No lab results"));
        m_empty->setHint(tr("No facility has shared lab results for this patient."));
        m_pages->setCurrentIndex(EmptyPage);
    } else {
        m_pages->setCurrentIndex(TablePage);
        m_table->horizontalScrollBar()->setValue(0);
        m_table->verticalScrollBar()->setValue(0);
        // The chart opens on the test most often out of range (a chart is worth more than a
        // blank area; any click replaces it).
        const int row = m_model->rowOfTableRow(defaultChartRow(*built.labs));
        if (row >= 0) {
            m_table->selectionModel()->select(m_model->index(row, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            selectionChanged();
        }
        markWorkspaceDate(true);
    }
    Q_EMIT recordShown();
}

int LabsView::defaultChartRow(const clinical::LabTable &table)
{
    int best = -1;
    for (int r = 0; r < table.rowCount(); ++r) {
        const clinical::LabRow &row = table.row(r);
        if (!row.numeric || row.resultCount < 2)
            continue;
        if (best < 0 || row.abnormalCount > table.row(best).abnormalCount
            || (row.abnormalCount == table.row(best).abnormalCount
                && row.resultCount > table.row(best).resultCount))
            best = r;
    }
    return best;
}

void LabsView::clear()
{
    // The watcher keeps the last result (and through it the record): let it go.
    m_watcher.setFuture(QFuture<Built>());
    m_busyDelay->stop();
    m_medications.reset();
    m_settingFilter = true;
    m_model->setTable(nullptr);
    m_chart->setSources(nullptr, nullptr);
    m_panel->clear();
    m_panel->addItem(tr("All panels"));
    m_abnormal->setChecked(false);
    m_period->setCurrentIndex(AllDates);
    m_from->setDate(QDate::currentDate());
    m_to->setDate(QDate::currentDate());
    m_settingFilter = false;
    m_empty->setTitle(tr("No patient open"));
    m_empty->setHint(tr("Open a patient to see their lab results over time."));
    updateStatus();
}

void LabsView::fillPanels()
{
    m_panel->clear();
    m_panel->addItem(tr("All panels"));
    if (const clinical::LabTable *table = m_model->table())
        m_panel->addItems(table->panels());
}

clinical::LabFilter LabsView::filter() const
{
    return m_model->filter();
}

void LabsView::setFilter(const clinical::LabFilter &filter)
{
    m_settingFilter = true;
    const int panel = filter.panels.size() == 1 ? m_panel->findText(filter.panels.first()) : 0;
    m_panel->setCurrentIndex(std::max(0, panel));
    m_abnormal->setChecked(filter.abnormalOnly);
    const bool dated = filter.from.isValid() || filter.to.isValid();
    m_period->setCurrentIndex(dated ? Custom : AllDates);
    showTableExtent();
    if (filter.from.isValid())
        m_from->setDate(filter.from);
    else if (dated)
        m_from->setDate(m_from->minimumDate());
    if (filter.to.isValid())
        m_to->setDate(filter.to);
    else if (dated)
        m_to->setDate(std::max(m_to->date(), QDate::currentDate()));
    m_settingFilter = false;
    applyFilterControls();
}

void LabsView::periodChanged()
{
    adaptToWidth();
    if (m_settingFilter)
        return;
    const QDate today = QDate::currentDate();
    QDate from;
    switch (m_period->currentIndex()) {
    case Months3:
        from = today.addMonths(-3);
        break;
    case Year1:
        from = today.addYears(-1);
        break;
    case Years3:
        from = today.addYears(-3);
        break;
    case Years5:
        from = today.addYears(-5);
        break;
    default:
        break;
    }
    m_settingFilter = true;
    if (from.isValid()) {
        m_from->setDate(from);
        m_to->setDate(today);
    } else if (m_period->currentIndex() == AllDates) {
        showTableExtent();
    }
    m_settingFilter = false;
    applyFilterControls();
}

void LabsView::showTableExtent()
{
    // "All dates" shows the oldest and the newest result's days.
    const clinical::LabTable *table = m_model->table();
    if (!table || table->columnCount() == 0)
        return;
    const bool setting = m_settingFilter;
    m_settingFilter = true;
    m_from->setDate(table->columnDate(table->columnCount() - 1));
    m_to->setDate(table->columnDate(0));
    m_settingFilter = setting;
}

void LabsView::applyFilterControls()
{
    if (m_settingFilter)
        return;
    clinical::LabFilter filter;
    if (m_panel->currentIndex() > 0)
        filter.panels = QStringList { m_panel->currentText() };
    filter.abnormalOnly = m_abnormal->isChecked();
    const int period = m_period->currentIndex();
    if (period != AllDates) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    m_from->setEnabled(m_model->table() != nullptr);
    m_to->setEnabled(m_model->table() != nullptr);

    // The selected tests stay selected when still shown.
    const std::vector<int> selected = selectedTableRows();
    m_model->setFilter(filter);
    m_chart->setDateRange(filter.from, filter.to);
    QItemSelection keep;
    for (const int tableRow : selected) {
        const int row = m_model->rowOfTableRow(tableRow);
        if (row >= 0)
            keep.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    if (!keep.isEmpty())
        m_table->selectionModel()->select(keep, QItemSelectionModel::ClearAndSelect);
    selectionChanged();
    markWorkspaceDate(true);
    updateStatus();
}

void LabsView::updateStatus()
{
    const clinical::LabTable *table = m_model->table();
    if (!table) {
        m_status->clear();
        return;
    }
    m_status->setText(tr("%1 of %2 tests · %3 of %4 dates")
                          .arg(m_model->testRowCount())
                          .arg(table->rowCount())
                          .arg(m_model->dateColumnCount())
                          .arg(table->columnCount()));
}

std::vector<int> LabsView::selectedTableRows() const
{
    std::vector<int> rows;
    const QItemSelection selection = m_table->selectionModel()->selection();
    std::vector<int> modelRows;
    for (const QItemSelectionRange &range : selection) {
        for (int r = range.top(); r <= range.bottom(); ++r)
            modelRows.push_back(r);
    }
    std::sort(modelRows.begin(), modelRows.end());
    modelRows.erase(std::unique(modelRows.begin(), modelRows.end()), modelRows.end());
    for (const int r : modelRows) {
        const int tableRow = m_model->tableRow(r);
        if (tableRow >= 0)
            rows.push_back(tableRow);
    }
    return rows;
}

void LabsView::selectionChanged()
{
    m_chart->setRows(selectedTableRows());
}

void LabsView::cellClicked(const QModelIndex &index)
{
    if (!index.isValid() || m_model->isPanelRow(index.row()))
        return;
    const QDate date = m_model->columnDate(index.column());
    if (date.isValid())
        chooseDate(date);
}

void LabsView::headerClicked(int section)
{
    const QDate date = m_model->columnDate(section);
    if (date.isValid())
        chooseDate(date);
}

void LabsView::chooseDate(QDate date)
{
    m_workspaceDate = date;
    markWorkspaceDate(false);
    Q_EMIT workspaceDateChosen(date);
}

void LabsView::setWorkspaceDate(QDate date)
{
    m_workspaceDate = date;
    markWorkspaceDate(true);
}

void LabsView::markWorkspaceDate(bool scroll)
{
    m_chart->setWorkspaceDate(m_workspaceDate);
    const int column = m_model->setWorkspaceDate(m_workspaceDate);
    if (column < 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    int row = current.isValid() && !m_model->isPanelRow(current.row()) ? current.row()
                                                                       : firstTestRow(m_model);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, column);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    if (scroll) {
        m_scrolledByHand = false;
        // Bring the column to the middle of the dates; keep the rows where they are.
        const int y = m_table->verticalScrollBar()->value();
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
        m_table->verticalScrollBar()->setValue(y);
    }
}

void LabsView::retranslate()
{
    m_panelLabel->setText(tr("&Panel:"));
    m_abnormal->setText(tr("&Abnormal only"));
    m_abnormal->setToolTip(tr("Show only tests with a value outside its reference range in the "
                              "period"));
    m_periodLabel->setText(tr("Perio&d:"));
    const QStringList periods { tr("All dates"), tr("Last 3 months"), tr("Last year"),
        tr("Last 3 years"), tr("Last 5 years"), tr("Custom") };
    m_settingFilter = true;
    const int period = m_period->currentIndex();
    m_period->clear();
    m_period->addItems(periods);
    m_period->setCurrentIndex(std::max(0, period));
    if (m_panel->count() > 0)
        m_panel->setItemText(0, tr("All panels"));
    m_settingFilter = false;
    m_panel->setAccessibleName(tr("Panel"));
    m_period->setAccessibleName(tr("Period"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_table->setAccessibleName(tr("Cumulative lab results"));
    m_busyLabel->setText(tr("Arranging the lab results…"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, LabTableModel::FixedColumnCount - 1);
    if (!m_record) {
        m_empty->setTitle(tr("No patient open"));
        m_empty->setHint(tr("Open a patient to see their lab results over time."));
    }
    updateStatus();
}

void LabsView::resizeEvent(QResizeEvent *event)
{
    RecordView::resizeEvent(event);
    adaptToWidth();
    // Until the user scrolls, the workspace date stays in the middle of the dates.
    if (!m_scrolledByHand && m_model->workspaceColumn() >= 0)
        QTimer::singleShot(0, this, [this] {
            if (!m_scrolledByHand)
                markWorkspaceDate(true);
        });
}

void LabsView::adaptToWidth()
{
    // A narrow pane (side by side) keeps what reads the table: the filters shrink to their
    // combos, and the frozen part to the test's name (unit and range are in its tooltip).
    const int w = width();
    const bool compact = w < 760;
    m_panelLabel->setVisible(!compact);
    m_periodLabel->setVisible(!compact);
    const bool custom = m_period->currentIndex() == Custom;
    for (QWidget *widget : { static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to),
             static_cast<QWidget *>(m_tilde) })
        widget->setVisible(!compact || custom);
    m_status->setVisible(w >= 900);
    m_panel->setMinimumContentsLength(compact ? 5 : 10);
    const bool narrow = w < 620;
    for (const int column : { int(LabTableModel::UnitColumn), int(LabTableModel::RangeColumn) }) {
        m_table->frozenView()->setColumnHidden(column, narrow);
        m_table->setColumnHidden(column, narrow);
    }
    if (narrow != m_narrow) { // the user's own width stays until the pane changes size class
        m_narrow = narrow;
        m_table->setFrozenColumnWidth(LabTableModel::NameColumn,
            fontMetrics().horizontalAdvance(
                narrow ? u"ＡＡＡＡＡＡＡＡ"_s : u"ＡＡＡＡＡＡＡＡＡＡＡＡ"_s)
                + 12);
    }
}

void LabsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    RecordView::changeEvent(event);
}

} // namespace renkei::ui
