#include "views/docs/documentsview.h"

#include "clinical/documents.h"
#include "emptystatewidget.h"
#include "views/docs/documentlistmodel.h"
#include "views/docs/documentreader.h"
#include "views/docs/findbar.h"
#include "views/docs/pdfattachmentview.h"
#include "views/meds/recordformat.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <cstdlib>

using namespace Qt::StringLiterals;
using renkei::model::ClinicalDocument;

namespace renkei::ui {

namespace {

bool isPdf(const model::Attachment &a)
{
    return a.contentType == u"application/pdf"_s;
}

// What the view may ask the network for: a reference on the server ("Binary/123") or an
// https address. Never a local file or another scheme a document could name.
bool isFetchable(const QString &address)
{
    if (address.isEmpty())
        return false;
    const QUrl url(address);
    return url.isValid() && (url.isRelative() || url.scheme() == u"https"_s);
}

} // namespace

DocumentsView::DocumentsView(QWidget *parent)
    : RecordView(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(EmptyStateWidget::Size::Compact, this))
    , m_kind(new QComboBox(this))
    , m_model(new DocumentListModel(this))
    , m_proxy(new DocumentKindFilter(this))
    , m_list(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_reader(new DocumentReader(this))
    , m_findBar(new FindBar(this))
{
    setObjectName(u"documentsView"_s);
    m_kind->setObjectName(u"documentKind"_s);
    for (int i = 0; i < 4; ++i)
        m_kind->addItem(QString(), i - 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_proxy->setKind(m_kind->itemData(index).toInt()); });

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DocumentListModel::SortRole);
    m_list->setObjectName(u"documentList"_s);
    m_list->setModel(m_proxy);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(DocumentListModel::DateColumn, Qt::DescendingOrder);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 12);
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(
        DocumentListModel::FacilityColumn, QHeaderView::Stretch);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->horizontalHeader()->setHighlightSections(false);
    m_list->setColumnWidth(DocumentListModel::DateColumn, 90);
    m_list->setColumnWidth(DocumentListModel::KindColumn, 108);
    m_list->setColumnWidth(DocumentListModel::TitleColumn, 130);
    m_list->setColumnWidth(DocumentListModel::AttachmentColumn, 56);
    m_list->hideColumn(DocumentListModel::TitleColumn);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const int entry
                = current.isValid() ? current.data(DocumentListModel::EntryRole).toInt() : -1;
            if (entry == m_entry)
                return;
            showEntry(entry);
            if (!m_selecting && entry >= 0) {
                const QDate date = current.data(DocumentListModel::DateRole).toDate();
                if (date.isValid())
                    Q_EMIT workspaceDateChosen(date);
            }
        });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this,
        [this] { m_list->scrollTo(m_list->currentIndex()); });

    m_tabs->setObjectName(u"documentTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_reader, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_findBar->isVisible())
            runFind();
    });

    m_findBar->hide();
    connect(m_findBar, &FindBar::textChanged, this, &DocumentsView::runFind);
    connect(m_findBar, &FindBar::nextRequested, this, [this] {
        if (auto *pdf = qobject_cast<PdfAttachmentView *>(m_tabs->currentWidget()))
            pdf->findNext();
        else
            m_reader->findNext();
        updateFindResult();
    });
    connect(m_findBar, &FindBar::previousRequested, this, [this] {
        if (auto *pdf = qobject_cast<PdfAttachmentView *>(m_tabs->currentWidget()))
            pdf->findPrevious();
        else
            m_reader->findPrevious();
        updateFindResult();
    });
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_reader->find(QString());
        for (int i = 0; i < pdfTabCount(); ++i)
            pdfTab(i)->find(QString());
        m_tabs->currentWidget()->setFocus();
    });
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        if (m_entry >= 0)
            m_findBar->activate();
    });

    // Layout: the list on the left, the reader (and its PDF tabs) with the find bar on the right.
    auto *listPane = new QWidget(this);
    listPane->setMinimumWidth(260); // date, type and a little of the facility, even in a pane
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(10, 10, 4, 10);
    listLayout->setSpacing(6);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_kind, 1);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_list, 1);

    auto *readerPane = new QWidget(this);
    auto *readerLayout = new QVBoxLayout(readerPane);
    readerLayout->setContentsMargins(4, 10, 10, 10);
    readerLayout->setSpacing(0);
    readerLayout->addWidget(m_tabs, 1);
    readerLayout->addWidget(m_findBar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"documentSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    splitter->addWidget(readerPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    retranslateUi();
}

DocumentsView::~DocumentsView() = default;

QString DocumentsView::viewId() const
{
    return u"docs"_s;
}

QString DocumentsView::title() const
{
    return tr("Documents");
}

void DocumentsView::setRecord(std::shared_ptr<const clinical::PatientRecord> record)
{
    m_selecting = true;
    m_record = std::move(record);
    m_fetched.clear();
    m_entry = -1;
    clearTabs();
    m_reader->clearDocument();
    m_findBar->clearText();
    m_findBar->hide();
    m_documents = m_record
        ? std::make_shared<const clinical::Documents>(clinical::Documents::build(m_record))
        : nullptr;
    m_model->setDocuments(m_documents, m_record);
    m_stack->setCurrentIndex(m_record ? 1 : 0);
    retranslateUi(); // the counts in the filter
    if (m_documents && m_documents->count() > 0)
        selectEntry(0); // the newest
    else
        showEntry(-1);
    m_selecting = false;
}

void DocumentsView::setWorkspaceDate(QDate date)
{
    if (!m_documents || !date.isValid())
        return;
    // The document nearest to the date among those listed (the earlier one on a tie).
    int best = -1;
    qint64 bestDistance = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const QDate day = index.data(DocumentListModel::DateRole).toDate();
        if (!day.isValid())
            continue;
        const qint64 distance = std::llabs(day.daysTo(date));
        const int entry = index.data(DocumentListModel::EntryRole).toInt();
        if (best < 0 || distance < bestDistance || (distance == bestDistance && day <= date)) {
            best = entry;
            bestDistance = distance;
        }
    }
    if (best >= 0) {
        m_selecting = true;
        selectEntry(best);
        m_selecting = false;
    }
}

void DocumentsView::setKindFilter(int kind)
{
    const int index = m_kind->findData(kind);
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

void DocumentsView::selectEntry(int entry)
{
    const QModelIndex source = m_model->index(entry, 0);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid())
        return;
    m_list->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
}

void DocumentsView::clearTabs()
{
    while (m_tabs->count() > 1) {
        QWidget *tab = m_tabs->widget(1);
        m_tabs->removeTab(1);
        delete tab;
    }
    m_tabs->setTabText(0, tr("Text"));
}

void DocumentsView::showEntry(int entry)
{
    m_entry = entry;
    clearTabs();
    if (!m_documents || entry < 0 || entry >= m_documents->count()) {
        m_reader->clearDocument();
        m_tabs->tabBar()->setVisible(false);
        if (m_documents)
            m_reader->setPlainText(m_documents->count() == 0
                    ? tr("No discharge summary or referral letter has been shared for this "
                         "patient.")
                    : QString());
        return;
    }
    m_reader->showDocument(*m_documents, entry, m_record.get());
    const ClinicalDocument &doc = m_documents->document(entry);
    int number = 0;
    for (const model::Attachment &a : doc.attachments) {
        if (!isPdf(a))
            continue;
        ++number;
        auto *pdf = new PdfAttachmentView(m_tabs);
        const QString title = a.title.isEmpty() ? tr("Attachment %1").arg(number) : a.title;
        const QString id = a.url;
        m_tabs->addTab(pdf, tr("PDF: %1").arg(title));
        m_tabs->setTabToolTip(m_tabs->count() - 1, title);
        if (!a.data.isEmpty())
            pdf->setData(a.data);
        else if (m_fetched.contains(id))
            pdf->setData(m_fetched.value(id));
        else if (isFetchable(id))
            pdf->showDownload(title, a.byteCount());
        else if (!id.isEmpty())
            pdf->setFailed(
                tr("The attachment points outside the network (%1); it is not opened.").arg(id));
        else
            pdf->setFailed(tr("The attachment has neither content nor an address."));
        connect(pdf, &PdfAttachmentView::downloadRequested, this, [this, pdf, id] {
            pdf->setDownloading();
            Q_EMIT requestAttachment(id);
        });
        connect(pdf, &PdfAttachmentView::matchesChanged, this, [this, pdf] {
            if (m_tabs->currentWidget() == pdf)
                updateFindResult();
        });
        pdf->setProperty("attachmentId", id);
    }
    m_tabs->tabBar()->setVisible(m_tabs->count() > 1);
    m_tabs->setCurrentIndex(0);
    if (m_findBar->isVisible())
        runFind();
}

int DocumentsView::pdfTabCount() const
{
    return m_tabs->count() - 1;
}

PdfAttachmentView *DocumentsView::pdfTab(int index) const
{
    return qobject_cast<PdfAttachmentView *>(m_tabs->widget(index + 1));
}

void DocumentsView::showPdfTab(int index)
{
    if (index >= 0 && index < pdfTabCount())
        m_tabs->setCurrentIndex(index + 1);
}

bool DocumentsView::recordHasAttachment(const QString &id) const
{
    if (!m_record || !isFetchable(id))
        return false;
    for (const ClinicalDocument &doc : m_record->resources().documents) {
        for (const model::Attachment &a : doc.attachments) {
            if (a.url == id)
                return true;
        }
    }
    return false;
}

void DocumentsView::provideAttachment(const QString &id, const QByteArray &bytes)
{
    if (!recordHasAttachment(id))
        return; // late answer for a record no longer open, or not ours: never shown
    m_fetched.insert(id, bytes);
    for (int i = 0; i < pdfTabCount(); ++i) {
        PdfAttachmentView *pdf = pdfTab(i);
        if (pdf->property("attachmentId").toString() == id)
            pdf->setData(bytes);
    }
    if (m_findBar->isVisible())
        runFind();
}

void DocumentsView::attachmentFailed(const QString &id, const QString &message)
{
    if (!recordHasAttachment(id))
        return;
    for (int i = 0; i < pdfTabCount(); ++i) {
        PdfAttachmentView *pdf = pdfTab(i);
        if (pdf->property("attachmentId").toString() == id)
            pdf->setFailed(message);
    }
}

void DocumentsView::find(const QString &text)
{
    m_findBar->activate();
    m_findBar->lineEdit()->setText(text);
    runFind();
}

void DocumentsView::runFind()
{
    const QString text = m_findBar->text();
    if (auto *pdf = qobject_cast<PdfAttachmentView *>(m_tabs->currentWidget())) {
        m_reader->find(QString());
        pdf->find(text);
    } else {
        m_reader->find(text);
    }
    updateFindResult();
}

void DocumentsView::updateFindResult()
{
    if (auto *pdf = qobject_cast<PdfAttachmentView *>(m_tabs->currentWidget())) {
        if (pdf->state() != PdfAttachmentView::State::Ready) {
            m_findBar->setUnavailable(tr("Open the attachment to search it."));
            return;
        }
        m_findBar->setResult(pdf->currentMatch(), pdf->matchCount(), pdf->currentMatchText());
        return;
    }
    m_findBar->setResult(m_reader->currentMatch(), m_reader->matchCount());
}

void DocumentsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    RecordView::changeEvent(event);
}

void DocumentsView::retranslateUi()
{
    m_empty->setTitle(tr("No patient open"));
    m_empty->setHint(tr("Open a patient to read the discharge summaries and referral letters "
                        "shared by every facility."));
    const auto countOf = [this](int kind) {
        if (!m_documents)
            return 0;
        return kind < 0 ? m_documents->count()
                        : int(m_documents->ofKind(ClinicalDocument::Kind(kind)).size());
    };
    for (int i = 0; i < m_kind->count(); ++i) {
        const int kind = m_kind->itemData(i).toInt();
        const QString name = kind < 0 ? tr("All documents") : DocumentListModel::kindText(kind);
        m_kind->setItemText(i, m_documents ? tr("%1 (%2)").arg(name).arg(countOf(kind)) : name);
    }
    m_kind->setAccessibleName(tr("Document type"));
    m_list->setAccessibleName(tr("Documents"));
    m_reader->setAccessibleName(tr("Document text"));
    m_tabs->setTabText(0, tr("Text"));
    m_model->retranslate();
    if (m_documents && m_entry >= 0 && m_entry < m_documents->count())
        m_reader->showDocument(*m_documents, m_entry, m_record.get());
}

} // namespace renkei::ui
