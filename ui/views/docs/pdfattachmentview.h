#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QWidget>

class QLabel;
class QPdfDocument;
class QPdfSearchModel;
class QPdfView;
class QPushButton;
class QStackedWidget;

namespace renkei::ui {

// One PDF attachment inside the app (Qt PDF): the bytes are read from memory through a QBuffer,
// never written to a file. When the record holds only the attachment's address (a Binary on the
// server), it shows a "download" state whose button asks for the bytes (downloadRequested); the
// owner answers with setData() or setFailed(). Find uses QPdfSearchModel: Qt 6.4's QPdfView
// cannot paint search highlights, so a match is shown by going to its page and naming it
// ("page 2: … context …").
class PdfAttachmentView : public QWidget {
    Q_OBJECT
public:
    enum class State { Empty, NeedsDownload, Downloading, Ready, Failed };

    explicit PdfAttachmentView(QWidget *parent = nullptr);
    ~PdfAttachmentView() override;

    // What is shown: the title and size for the download state.
    void showDownload(const QString &title, qint64 size);
    void setDownloading();
    // Opens the bytes (a copy is kept as long as shown). False when they are not a PDF.
    bool setData(const QByteArray &bytes);
    void setFailed(const QString &message);
    void clear();

    State state() const { return m_state; }
    int pageCount() const;
    QPdfDocument *document() const { return m_document; }
    QPdfView *pdfView() const { return m_view; }

    // Search: the number of matches found so far (the model searches page by page).
    void find(const QString &text);
    int matchCount() const;
    void findNext();
    void findPrevious();
    int currentMatch() const { return m_current; }
    QString currentMatchText() const;

Q_SIGNALS:
    void downloadRequested();
    void matchesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void goToMatch();

    State m_state = State::Empty;
    QByteArray m_bytes;
    QBuffer m_buffer;
    QPdfDocument *m_document;
    QPdfSearchModel *m_search;
    QStackedWidget *m_stack;
    QWidget *m_downloadPage;
    QLabel *m_downloadTitle;
    QLabel *m_downloadHint;
    QPushButton *m_downloadButton;
    QPdfView *m_view;
    QLabel *m_message;
    QString m_title;
    qint64 m_size = -1;
    int m_current = -1;
};

} // namespace renkei::ui
