#include "clinical/documents.h"
#include "clinical/patientrecord.h"
#include "demo/pdf.h"
#include "demorecordfixture.h"
#include "fhir/reader.h"
#include "languagemanager.h"
#include "support/testenvironment.h"
#include "views/docs/documentlistmodel.h"
#include "views/docs/documentreader.h"
#include "views/docs/documentsview.h"
#include "views/docs/findbar.h"
#include "views/docs/pdfattachmentview.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace renkei;
using renkei::model::ClinicalDocument;
using renkei::ui::DocumentListModel;
using renkei::ui::DocumentsView;
using renkei::ui::PdfAttachmentView;

namespace {

const QString kPatient = u"p-doc"_s;

model::DocumentSection section(const QString &code, const QString &title, const QString &html,
    const QList<model::DocumentSection> &children = {})
{
    model::DocumentSection s;
    s.code = code;
    s.codeSystem = u"http://jpfhir.jp/fhir/clins/CodeSystem/document-section"_s;
    s.title = title;
    s.narrativeHtml = html;
    s.narrative = html; // good enough for the fallback
    s.sections = children;
    return s;
}

ClinicalDocument document(ClinicalDocument::Kind kind, const QString &id, const QString &when,
    const QString &facility, const QString &facilityName)
{
    ClinicalDocument d;
    d.kind = kind;
    d.id = id;
    d.patient = kPatient;
    d.provenance.sourceId = u"Composition/"_s + id;
    d.title = kind == ClinicalDocument::Kind::DischargeSummary ? u"退院時サマリー"_s
                                                               : u"診療情報提供書"_s;
    d.date = model::PartialDateTime::parse(when);
    d.facility = model::FacilityRef { facility, facilityName };
    d.author = u"試験 医師"_s;
    return d;
}

QByteArray generatedPdf()
{
    return demo::pdf::render(demo::pdf::Document { u"Clinical course"_s,
        { u"Renkei synthetic attachment"_s, u"Creatinine stable, warfarin continued"_s,
            u"経過は良好です"_s },
        u"Test"_s, QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC) });
}

// Three documents of one synthetic patient: a discharge summary with nested and unknown
// sections and an inline PDF, a referral whose PDF is only on the server, an older referral.
std::shared_ptr<const clinical::PatientRecord> syntheticRecord()
{
    model::ResourceSet set;
    model::Patient patient;
    patient.id = kPatient;
    patient.kanjiName = u"試験 花子"_s;
    set.patients.append(patient);
    for (const auto &[code, name] : { std::pair { u"1311111111"_s, u"試験総合病院"_s },
             std::pair { u"1322222222"_s, u"試験内科医院"_s } }) {
        model::Facility f;
        f.id = code;
        f.name = name;
        f.code10 = code;
        set.facilities.append(f);
    }
    ClinicalDocument discharge = document(ClinicalDocument::Kind::DischargeSummary, u"d1"_s,
        u"2024-05-01T10:00:00+09:00"_s, u"1311111111"_s, u"試験総合病院"_s);
    discharge.event.start = model::PartialDateTime::parse(u"2024-04-20"_s);
    discharge.event.end = model::PartialDateTime::parse(u"2024-05-01"_s);
    discharge.sections
        = { section(u"300"_s, u"構造情報"_s, {},
                { section(u"312"_s, u"入院理由"_s,
                      u"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>心不全の"
                      "増悪</p></div>"_s),
                    section(u"333"_s, u"入院中経過"_s,
                        u"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>利尿薬で"
                        "<b>体重</b>が減少した。</p><img src=\"http://example.invalid/x.png\"/>"
                        "<script>alert(1)</script><p>退院可能と判断。</p></div>"_s) }),
              section(u"999"_s, u"未知の節"_s,
                  u"<div xmlns=\"http://www.w3.org/1999/xhtml\">独自の記載</div>"_s),
              section(u"424"_s, u"退院時方針"_s, u"<div>not <b>well formed</div>"_s) };
    discharge.attachments.append(
        model::Attachment { u"application/pdf"_s, u"経過.pdf"_s, {}, generatedPdf(), -1, u"ja"_s });
    ClinicalDocument referral = document(ClinicalDocument::Kind::Referral, u"r1"_s,
        u"2024-03-10T09:00:00+09:00"_s, u"1322222222"_s, u"試験内科医院"_s);
    referral.destination = u"試験総合病院 循環器内科"_s;
    referral.sections = { section(u"950"_s, u"紹介目的"_s,
        u"<div xmlns=\"http://www.w3.org/1999/xhtml\">精査をお願いします</div>"_s) };
    referral.attachments.append(model::Attachment {
        u"application/pdf"_s, u"紹介状.pdf"_s, u"Binary/b9"_s, {}, 1234, u"ja"_s });
    ClinicalDocument older = document(ClinicalDocument::Kind::Referral, u"r0"_s,
        u"2023-01-15T09:00:00+09:00"_s, u"1322222222"_s, u"試験内科医院"_s);
    older.sections = { section(u"950"_s, u"紹介目的"_s, u"<div>経過観察</div>"_s) };
    set.documents = { older, discharge, referral };
    clinical::RecordOptions options;
    options.patientId = kPatient;
    return clinical::PatientRecord::build(std::move(set), options);
}

int rowOfEntry(const QAbstractItemModel *model, int entry)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(DocumentListModel::EntryRole).toInt() == entry)
            return r;
    }
    return -1;
}

} // namespace

class TestDocumentsView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelsPassTheTester();
    void listedNewestFirstAndFilteredByType();
    void sectionsRenderedInOrderWithTitles();
    void narrativeIsMadeSafe();
    void inlinePdfOpensInTheView();
    void pdfOnTheServerIsRequested();
    void findHighlightsInTheText();
    void findSearchesThePdf();
    void attachmentOutsideTheNetworkIsNotRequested();
    void jpClinsReferralExample();
    void workspaceDateSelectsTheNearest();
    void demoChartDocuments();
    void japaneseFirst();
    void noRecordLeavesNoPatientValue();

private:
    std::shared_ptr<const clinical::PatientRecord> m_record;
    std::unique_ptr<DocumentsView> m_view;
};

void TestDocumentsView::initTestCase()
{
    m_record = syntheticRecord();
    QVERIFY(m_record->complete());
    QCOMPARE(m_record->count(clinical::ResourceKind::Document), 3);
}

void TestDocumentsView::init()
{
    m_view = std::make_unique<DocumentsView>();
    m_view->resize(1200, 800);
    m_view->show();
}

void TestDocumentsView::cleanup()
{
    m_view.reset();
}

void TestDocumentsView::modelsPassTheTester()
{
    QAbstractItemModelTester tester(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(
        m_view->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->setRecord(m_record);
    m_view->setKindFilter(int(ClinicalDocument::Kind::Referral));
    m_view->setKindFilter(-1);
    m_view->setRecord(test::demoRecords(1).first().record);
    m_view->list()->sortByColumn(DocumentListModel::FacilityColumn, Qt::AscendingOrder);
    m_view->setRecord(nullptr);
}

void TestDocumentsView::listedNewestFirstAndFilteredByType()
{
    m_view->setRecord(m_record);
    const QAbstractItemModel *list = m_view->list()->model();
    QCOMPARE(list->rowCount(), 3);
    QStringList dates;
    for (int r = 0; r < list->rowCount(); ++r)
        dates.append(list->index(r, DocumentListModel::DateColumn).data().toString());
    QCOMPARE(dates, (QStringList { u"2024/05/01"_s, u"2024/03/10"_s, u"2023/01/15"_s }));
    QCOMPARE(
        list->index(0, DocumentListModel::FacilityColumn).data().toString(), u"試験総合病院"_s);
    QCOMPARE(
        list->index(1, DocumentListModel::FacilityColumn).data().toString(), u"試験内科医院"_s);
    QCOMPARE(list->index(0, DocumentListModel::KindColumn).data().toString(),
        DocumentListModel::kindText(int(ClinicalDocument::Kind::DischargeSummary)));
    // The newest is open.
    QCOMPARE(m_view->currentEntry(), 0);

    m_view->setKindFilter(int(ClinicalDocument::Kind::Referral));
    QCOMPARE(list->rowCount(), 2);
    for (int r = 0; r < list->rowCount(); ++r)
        QCOMPARE(list->index(r, 0).data(DocumentListModel::KindRole).toInt(),
            int(ClinicalDocument::Kind::Referral));
    m_view->setKindFilter(int(ClinicalDocument::Kind::DischargeSummary));
    QCOMPARE(list->rowCount(), 1);
}

void TestDocumentsView::sectionsRenderedInOrderWithTitles()
{
    m_view->setRecord(m_record);
    QCOMPARE(m_view->currentEntry(), 0);
    const QStringList expected { u"構造情報"_s, u"  入院理由"_s, u"  入院中経過"_s, u"未知の節"_s,
        u"退院時方針"_s };
    QCOMPARE(m_view->reader()->renderedSectionTitles(), expected);
    // In the text, in that order, each title followed by its narrative.
    const QString text = m_view->reader()->toPlainText();
    qsizetype at = 0;
    for (const QString &piece : { u"退院時サマリー"_s, u"2024/04/20〜2024/05/01"_s, u"構造情報"_s,
             u"入院理由"_s, u"心不全の増悪"_s, u"入院中経過"_s, u"体重が減少した。"_s,
             u"退院可能と判断。"_s, u"未知の節"_s, u"独自の記載"_s, u"退院時方針"_s }) {
        const qsizetype next = text.indexOf(piece, at);
        QVERIFY2(next >= at, qPrintable(piece));
        at = next + piece.size();
    }
    // The narrative's bold survives as bold.
    const QTextDocument *doc = m_view->reader()->document();
    const QTextCursor bold = doc->find(u"体重"_s);
    QVERIFY(!bold.isNull());
    QCOMPARE(bold.charFormat().fontWeight(), int(QFont::Bold));
}

void TestDocumentsView::narrativeIsMadeSafe()
{
    m_view->setRecord(m_record);
    const QString text = m_view->reader()->toPlainText();
    QVERIFY(!text.contains(u"alert"_s)); // the script is gone
    QVERIFY(text.contains(u"[image not shown]"_s));
    const QString html = m_view->reader()->toHtml();
    QVERIFY(!html.contains(u"example.invalid"_s));
    QVERIFY(!html.contains(u"<img"_s));
    // Not well formed: its words as plain text, and a note.
    QVERIFY(text.contains(u"not <b>well formed"_s) || text.contains(u"not well formed"_s));
    QVERIFY(text.contains(u"formatting could not be read"_s));
    // Nothing is ever loaded from outside.
    QVERIFY(
        !m_view->reader()
             ->loadResource(QTextDocument::ImageResource, QUrl(u"http://example.invalid/x.png"_s))
             .isValid());
}

void TestDocumentsView::inlinePdfOpensInTheView()
{
    m_view->setRecord(m_record);
    QCOMPARE(m_view->pdfTabCount(), 1);
    PdfAttachmentView *pdf = m_view->pdfTab(0);
    QCOMPARE(pdf->state(), PdfAttachmentView::State::Ready);
    QTRY_VERIFY(pdf->pageCount() > 0);
    QCOMPARE(pdf->document()->pageCount(), 1);
    m_view->showPdfTab(0);
    QVERIFY(pdf->isVisible());
    // Not a PDF: a clear message, no crash.
    PdfAttachmentView broken;
    QVERIFY(!broken.setData("%PDF-1.4 this is not a PDF"_ba));
    QCOMPARE(broken.state(), PdfAttachmentView::State::Failed);
    QCOMPARE(broken.pageCount(), 0);
}

void TestDocumentsView::pdfOnTheServerIsRequested()
{
    m_view->setRecord(m_record);
    QSignalSpy requested(m_view.get(), &DocumentsView::requestAttachment);
    m_view->setWorkspaceDate(QDate(2024, 3, 10));
    QCOMPARE(m_view->currentEntry(), 1);
    QCOMPARE(m_view->pdfTabCount(), 1);
    PdfAttachmentView *pdf = m_view->pdfTab(0);
    QCOMPARE(pdf->state(), PdfAttachmentView::State::NeedsDownload);
    Q_EMIT pdf->downloadRequested(); // the button
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), u"Binary/b9"_s);
    QCOMPARE(pdf->state(), PdfAttachmentView::State::Downloading);

    // A failure goes back to the download state with the reason; a retry succeeds.
    m_view->attachmentFailed(u"Binary/b9"_s, u"The server did not answer."_s);
    QCOMPARE(pdf->state(), PdfAttachmentView::State::Failed);
    // An answer for an attachment that is not in this record is ignored.
    m_view->provideAttachment(u"Binary/other"_s, generatedPdf());
    QCOMPARE(pdf->state(), PdfAttachmentView::State::Failed);
    m_view->provideAttachment(u"Binary/b9"_s, generatedPdf());
    QCOMPARE(pdf->state(), PdfAttachmentView::State::Ready);
    QVERIFY(pdf->pageCount() > 0);
    // Downloaded once: reopening the document opens it at once.
    m_view->setWorkspaceDate(QDate(2024, 5, 1));
    m_view->setWorkspaceDate(QDate(2024, 3, 10));
    QCOMPARE(m_view->pdfTab(0)->state(), PdfAttachmentView::State::Ready);
}

void TestDocumentsView::findHighlightsInTheText()
{
    m_view->setRecord(m_record);
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->reader()->setFocus();
    QTest::keyClick(m_view->reader(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_view->findBar()->isVisible());
    m_view->findBar()->lineEdit()->setText(u"退院"_s); // as an input method commits it
    ui::DocumentReader *reader = m_view->reader();
    // The title "退院時サマリー", "退院可能", "退院時方針" (the kind is in English here).
    QCOMPARE(reader->matchCount(), 3);
    QCOMPARE(reader->currentMatch(), 0);
    QCOMPARE(reader->extraSelections().size(), 3);
    for (const QTextEdit::ExtraSelection &s : reader->extraSelections())
        QCOMPARE(s.cursor.selectedText(), u"退院"_s);
    QTest::keyClick(m_view->findBar()->lineEdit(), Qt::Key_Return);
    QCOMPARE(reader->currentMatch(), 1);
    QTest::keyClick(m_view->findBar()->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(reader->currentMatch(), 0);
    QCOMPARE(reader->find(u"存在しない語"_s), 0);
    QTest::keyClick(m_view->findBar()->lineEdit(), Qt::Key_Escape);
    QVERIFY(!m_view->findBar()->isVisible());
    QVERIFY(reader->extraSelections().isEmpty());
}

void TestDocumentsView::findSearchesThePdf()
{
    m_view->setRecord(m_record);
    m_view->showPdfTab(0);
    m_view->find(u"warfarin"_s);
    PdfAttachmentView *pdf = m_view->pdfTab(0);
    QTRY_COMPARE(pdf->matchCount(), 1);
    QTRY_COMPARE(pdf->currentMatch(), 0);
    QVERIFY(pdf->currentMatchText().contains(u"warfarin"_s));
    m_view->find(u"nothing-like-this"_s);
    QTest::qWait(300);
    QCOMPARE(pdf->matchCount(), 0);
}

void TestDocumentsView::attachmentOutsideTheNetworkIsNotRequested()
{
    model::ResourceSet set = m_record->resources();
    for (model::ClinicalDocument &d : set.documents) {
        for (model::Attachment &a : d.attachments) {
            if (!a.url.isEmpty())
                a.url = u"file:///etc/passwd"_s;
        }
    }
    clinical::RecordOptions options;
    options.patientId = kPatient;
    const auto record = clinical::PatientRecord::build(std::move(set), options);
    m_view->setRecord(record);
    QSignalSpy requested(m_view.get(), &DocumentsView::requestAttachment);
    m_view->setWorkspaceDate(QDate(2024, 3, 10));
    QCOMPARE(m_view->pdfTabCount(), 1);
    QCOMPARE(m_view->pdfTab(0)->state(), PdfAttachmentView::State::Failed);
    m_view->provideAttachment(u"file:///etc/passwd"_s, generatedPdf());
    QCOMPARE(m_view->pdfTab(0)->state(), PdfAttachmentView::State::Failed);
    QCOMPARE(requested.count(), 0);
}

// The JP-CLINS referral example (tests/data/jp-clins): its sections in the Composition's order,
// its PDF named by a file:/// address (not opened).
void TestDocumentsView::jpClinsReferralExample()
{
    const QString path
        = test::dataDir() + u"/jp-clins/Bundle-Bundle-CLINS-Referral-Example-01.json"_s;
    const auto read = fhir::readFile(path);
    QVERIFY(read);
    const auto record = clinical::PatientRecord::build(read->resources);
    m_view->setRecord(record);
    QVERIFY(m_view->currentEntry() >= 0);
    const QStringList expected { u"紹介元情報"_s, u"紹介先情報"_s, u"構造情報"_s, u"  紹介目的"_s,
        u"  傷病名・主訴"_s, u"  現病歴"_s, u"  既往歴"_s, u"  アレルギー・不耐性反応"_s,
        u"  家族歴"_s, u"  身体所見"_s, u"  感染症情報"_s, u"  臨床経過"_s };
    QCOMPARE(m_view->reader()->renderedSectionTitles(), expected);
    // Each section's narrative is in the text.
    const auto documents = clinical::Documents::build(record);
    const QString text = m_view->reader()->toPlainText();
    int narratives = 0;
    for (const clinical::SectionRef &ref : documents.sections(m_view->currentEntry())) {
        const QString words = ref.section->narrative.simplified().left(12);
        if (words.isEmpty())
            continue;
        ++narratives;
        QVERIFY2(text.simplified().contains(words), qPrintable(words));
    }
    QVERIFY(narratives >= 10);
    for (int t = 0; t < m_view->pdfTabCount(); ++t)
        QVERIFY(m_view->pdfTab(t)->state() != PdfAttachmentView::State::NeedsDownload);
}

void TestDocumentsView::workspaceDateSelectsTheNearest()
{
    m_view->setRecord(m_record);
    QSignalSpy chosen(m_view.get(), &DocumentsView::workspaceDateChosen);
    m_view->setWorkspaceDate(QDate(2024, 3, 1)); // 9 days before the referral
    QCOMPARE(m_view->currentEntry(), 1);
    m_view->setWorkspaceDate(QDate(2024, 4, 25)); // 6 days before the discharge
    QCOMPARE(m_view->currentEntry(), 0);
    m_view->setWorkspaceDate(QDate(2020, 1, 1));
    QCOMPARE(m_view->currentEntry(), 2);
    QCOMPARE(chosen.count(), 0); // never echoed
    // The user's choice is the workspace date's.
    QTableView *list = m_view->list();
    const int row = rowOfEntry(list->model(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
        list->visualRect(list->model()->index(row, 0)).center());
    QCOMPARE(m_view->currentEntry(), 1);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toDate(), QDate(2024, 3, 10));
}

void TestDocumentsView::demoChartDocuments()
{
    const test::DemoRecord chart = test::demoRecords(1).first();
    m_view->setRecord(chart.record);
    const auto documents = clinical::Documents::build(chart.record);
    QCOMPARE(m_view->list()->model()->rowCount(), documents.count());
    QVERIFY(documents.count() > 0);
    for (int e = 0; e < documents.count(); ++e) {
        m_view->setWorkspaceDate(clinical::japanDate(documents.entry(e).time));
        QCOMPARE(m_view->reader()->renderedSectionTitles().size(),
            int(documents.sections(m_view->currentEntry()).size()));
        // The demo's PDFs are on the server: asking for one gets its bytes.
        for (int t = 0; t < m_view->pdfTabCount(); ++t) {
            PdfAttachmentView *pdf = m_view->pdfTab(t);
            if (pdf->state() != PdfAttachmentView::State::NeedsDownload)
                continue;
            QSignalSpy requested(m_view.get(), &DocumentsView::requestAttachment);
            Q_EMIT pdf->downloadRequested();
            QCOMPARE(requested.count(), 1);
            const QString id = requested.at(0).at(0).toString();
            QVERIFY(chart.binaries.contains(id));
            m_view->provideAttachment(id, chart.binaries.value(id));
            QCOMPARE(pdf->state(), PdfAttachmentView::State::Ready);
            QVERIFY(pdf->pageCount() > 0);
        }
    }
}

void TestDocumentsView::japaneseFirst()
{
    m_view->setRecord(m_record);
    ui::LanguageManager languages;
    QVERIFY(languages.setLanguage(u"ja"_s));
    QCOMPARE(m_view->title(), u"文書"_s);
    const QAbstractItemModel *list = m_view->list()->model();
    QCOMPARE(list->headerData(DocumentListModel::DateColumn, Qt::Horizontal).toString(), u"日付"_s);
    QCOMPARE(list->index(1, DocumentListModel::KindColumn).data().toString(), u"診療情報提供書"_s);
    // The open document is rendered again in Japanese.
    QTRY_VERIFY(m_view->reader()->toPlainText().contains(u"入院期間"_s));
    QVERIFY(languages.setLanguage(u"en"_s));
    QTRY_VERIFY(m_view->reader()->toPlainText().contains(u"Admission"_s));
}

void TestDocumentsView::noRecordLeavesNoPatientValue()
{
    m_view->setRecord(m_record);
    m_view->find(u"退院"_s);
    m_view->setRecord(nullptr);
    QApplication::processEvents();
    const QStringList values { u"試験総合病院"_s, u"試験内科医院"_s, u"心不全"_s, u"退院時方針"_s,
        u"試験 医師"_s, u"精査"_s, u"経過.pdf"_s, u"紹介状.pdf"_s, u"2024/05/01"_s };
    for (const QLabel *label : m_view->findChildren<QLabel *>()) {
        for (const QString &value : values)
            QVERIFY2(!label->text().contains(value), qPrintable(value));
    }
    for (const QLineEdit *edit : m_view->findChildren<QLineEdit *>())
        QVERIFY(edit->text().isEmpty());
    QVERIFY(m_view->reader()->toPlainText().isEmpty());
    QCOMPARE(m_view->model()->rowCount(), 0);
    QCOMPARE(m_view->list()->model()->rowCount(), 0);
    QCOMPARE(m_view->pdfTabCount(), 0);
    QCOMPARE(m_view->currentEntry(), -1);
    QVERIFY(m_view->findChildren<QPdfDocument *>().isEmpty());
}

QTEST_MAIN(TestDocumentsView)
#include "tst_documentsview.moc"
