#pragma once

#include "workspace/recordview.h"

#include <QHash>

#include <memory>

class QComboBox;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace renkei::clinical {
class Documents;
}

namespace renkei::ui {

class DocumentKindFilter;
class DocumentListModel;
class DocumentReader;
class EmptyStateWidget;
class FindBar;
class PdfAttachmentView;

// The documents view (issue 6 §5): discharge summaries and referral letters by date and
// facility (filter by type); the reader renders the chosen one's sections in order, and each
// PDF attachment opens in its own tab inside the app. Ctrl+F finds words in the text (or in the
// PDF shown). An attachment the record holds only by address is fetched on request: the view
// emits requestAttachment(id) and the owner answers provideAttachment() or attachmentFailed().
class DocumentsView : public RecordView {
    Q_OBJECT
public:
    explicit DocumentsView(QWidget *parent = nullptr);
    ~DocumentsView() override;

    QString viewId() const override;
    QString title() const override;
    void setRecord(std::shared_ptr<const clinical::PatientRecord> record) override;
    void setWorkspaceDate(QDate date) override;

    // The Documents entry shown, -1 for none.
    int currentEntry() const { return m_entry; }
    // Filter by model::ClinicalDocument::Kind (-1: every kind).
    void setKindFilter(int kind);
    // Opens the find bar and searches the tab shown (as Ctrl+F and typing would).
    void find(const QString &text);
    int pdfTabCount() const;
    PdfAttachmentView *pdfTab(int index) const;
    void showPdfTab(int index);

    // For tests.
    DocumentListModel *model() const { return m_model; }
    DocumentKindFilter *proxy() const { return m_proxy; }
    QTableView *list() const { return m_list; }
    DocumentReader *reader() const { return m_reader; }
    FindBar *findBar() const { return m_findBar; }

public Q_SLOTS:
    // The bytes of an attachment asked for (id: its address, e.g. "Binary/123"). Ignored unless
    // the open record has an attachment of that id.
    void provideAttachment(const QString &id, const QByteArray &bytes);
    void attachmentFailed(const QString &id, const QString &message);

Q_SIGNALS:
    void requestAttachment(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showEntry(int entry);
    void selectEntry(int entry);
    void clearTabs();
    void runFind();
    void updateFindResult();
    bool recordHasAttachment(const QString &id) const;

    std::shared_ptr<const clinical::PatientRecord> m_record;
    std::shared_ptr<const clinical::Documents> m_documents;
    QHash<QString, QByteArray> m_fetched; // attachments downloaded for this record
    int m_entry = -1;
    bool m_selecting = false; // a selection the view made itself: not the user's choice

    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    QComboBox *m_kind;
    DocumentListModel *m_model;
    DocumentKindFilter *m_proxy;
    QTableView *m_list;
    QTabWidget *m_tabs;
    DocumentReader *m_reader;
    FindBar *m_findBar;
};

} // namespace renkei::ui
