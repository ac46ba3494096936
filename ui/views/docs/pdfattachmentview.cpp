#include "views/docs/pdfattachmentview.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfSearchModel>
#include <QPdfView>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

enum Page { DownloadPage, ViewPage, MessagePage };

} // namespace

PdfAttachmentView::PdfAttachmentView(QWidget *parent)
    : QWidget(parent)
    , m_document(new QPdfDocument(this))
    , m_search(new QPdfSearchModel(this))
    , m_stack(new QStackedWidget(this))
    , m_downloadPage(new QWidget(this))
    , m_downloadTitle(new QLabel(this))
    , m_downloadHint(new QLabel(this))
    , m_downloadButton(new QPushButton(this))
    , m_view(new QPdfView(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"pdfAttachmentView"_s);
    m_search->setDocument(m_document);
    connect(m_search, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_current < 0 && matchCount() > 0) {
            m_current = 0;
            goToMatch();
        }
        Q_EMIT matchesChanged();
    });
    connect(m_search, &QAbstractItemModel::modelReset, this, &PdfAttachmentView::matchesChanged);

    m_view->setObjectName(u"pdfView"_s);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setPageSpacing(12);
    m_view->setDocumentMargins(QMargins(16, 16, 16, 16));
    m_view->setBackgroundRole(QPalette::Dark);

    QFont titleFont = m_downloadTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_downloadTitle->setFont(titleFont);
    m_downloadTitle->setObjectName(u"pdfDownloadTitle"_s);
    m_downloadHint->setObjectName(u"pdfDownloadHint"_s);
    for (QLabel *label : { m_downloadTitle, m_downloadHint, m_message }) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_downloadHint->setForegroundRole(QPalette::PlaceholderText);
    m_downloadButton->setObjectName(u"pdfDownloadButton"_s);
    connect(m_downloadButton, &QPushButton::clicked, this, &PdfAttachmentView::downloadRequested);
    auto *downloadLayout = new QVBoxLayout(m_downloadPage);
    downloadLayout->addStretch(2);
    downloadLayout->addWidget(m_downloadTitle);
    downloadLayout->addWidget(m_downloadHint);
    downloadLayout->addSpacing(10);
    downloadLayout->addWidget(m_downloadButton, 0, Qt::AlignHCenter);
    downloadLayout->addStretch(3);

    m_message->setObjectName(u"pdfMessage"_s);
    m_stack->insertWidget(DownloadPage, m_downloadPage);
    m_stack->insertWidget(ViewPage, m_view);
    m_stack->insertWidget(MessagePage, m_message);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    retranslateUi();
    clear();
}

PdfAttachmentView::~PdfAttachmentView()
{
    m_search->setDocument(nullptr);
    m_view->setDocument(nullptr);
    m_document->close();
}

int PdfAttachmentView::pageCount() const
{
    return m_state == State::Ready ? m_document->pageCount() : 0;
}

void PdfAttachmentView::clear()
{
    m_search->setSearchString(QString());
    m_document->close();
    m_buffer.close();
    m_buffer.setData(QByteArray());
    m_bytes.clear();
    m_title.clear();
    m_size = -1;
    m_current = -1;
    m_state = State::Empty;
    m_message->clear();
    m_stack->setCurrentIndex(MessagePage);
    retranslateUi();
}

void PdfAttachmentView::showDownload(const QString &title, qint64 size)
{
    clear();
    m_title = title;
    m_size = size;
    m_state = State::NeedsDownload;
    m_downloadButton->setEnabled(true);
    m_stack->setCurrentIndex(DownloadPage);
    retranslateUi();
}

void PdfAttachmentView::setDownloading()
{
    if (m_state != State::NeedsDownload && m_state != State::Failed)
        return;
    m_state = State::Downloading;
    m_downloadButton->setEnabled(false);
    m_stack->setCurrentIndex(DownloadPage);
    retranslateUi();
}

bool PdfAttachmentView::setData(const QByteArray &bytes)
{
    const QString title = m_title;
    clear();
    m_title = title;
    m_bytes = bytes;
    m_buffer.setData(m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer);
    if (m_document->status() == QPdfDocument::Status::Error || m_document->pageCount() <= 0) {
        m_document->close();
        m_buffer.close();
        m_bytes.clear();
        setFailed(tr("The attachment is not a PDF this viewer can open."));
        return false;
    }
    m_state = State::Ready;
    m_stack->setCurrentIndex(ViewPage);
    m_view->pageNavigator()->jump(0, QPointF(), 0);
    return true;
}

void PdfAttachmentView::setFailed(const QString &message)
{
    const bool canRetry = m_state == State::Downloading || m_state == State::NeedsDownload;
    m_state = State::Failed;
    if (canRetry) {
        // Back to the download state with the reason: the user may try again.
        m_downloadButton->setEnabled(true);
        m_stack->setCurrentIndex(DownloadPage);
        retranslateUi();
        m_downloadHint->setText(message);
        return;
    }
    m_message->setText(message);
    m_stack->setCurrentIndex(MessagePage);
}

void PdfAttachmentView::find(const QString &text)
{
    m_current = -1;
    m_search->setSearchString(m_state == State::Ready ? text : QString());
    Q_EMIT matchesChanged();
}

int PdfAttachmentView::matchCount() const
{
    return m_search->rowCount(QModelIndex());
}

void PdfAttachmentView::findNext()
{
    if (matchCount() == 0)
        return;
    m_current = (m_current + 1) % matchCount();
    goToMatch();
    Q_EMIT matchesChanged();
}

void PdfAttachmentView::findPrevious()
{
    if (matchCount() == 0)
        return;
    m_current = (m_current + matchCount() - 1) % matchCount();
    goToMatch();
    Q_EMIT matchesChanged();
}

QString PdfAttachmentView::currentMatchText() const
{
    if (m_current < 0 || m_current >= matchCount())
        return {};
    const QModelIndex index = m_search->index(m_current, 0);
    const int page = index.data(int(QPdfSearchModel::Role::Page)).toInt();
    auto oneLine = [](QString text) { return text.replace(u'\n', u' ').replace(u'\r', u' '); };
    const QString before
        = oneLine(index.data(int(QPdfSearchModel::Role::ContextBefore)).toString());
    const QString after = oneLine(index.data(int(QPdfSearchModel::Role::ContextAfter)).toString());
    return tr("Page %1: …%2【%3】%4…")
        .arg(page + 1)
        .arg(before.right(20), m_search->searchString(), after.left(20));
}

void PdfAttachmentView::goToMatch()
{
    if (m_current < 0 || m_current >= matchCount())
        return;
    const QPdfLink link = m_search->resultAtIndex(m_current);
    m_view->pageNavigator()->jump(link.page(), link.location(), 0);
}

void PdfAttachmentView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PdfAttachmentView::retranslateUi()
{
    m_view->setAccessibleName(tr("PDF attachment"));
    m_downloadTitle->setText(m_title.isEmpty() ? tr("PDF attachment") : m_title);
    QString hint = tr("This attachment is kept on the network's server and is not in the "
                      "local record yet.");
    if (m_size > 0)
        hint += u' ' + tr("Size: %1.").arg(QLocale().formattedDataSize(m_size, 1));
    m_downloadHint->setText(hint);
    m_downloadButton->setText(
        m_state == State::Downloading ? tr("Downloading…") : tr("&Download and open"));
    if (m_state == State::Empty)
        m_message->setText(tr("No attachment selected."));
}

} // namespace renkei::ui
