// The patient summary and the printed views as PDF, read back with pdftotext (poppler-utils):
// the patient's name, the allergy, the medications and the footer on every page; the lab table
// keeps its header on each page. Synthetic demo data only.
#include "clinical/labtable.h"
#include "clinical/medicationlist.h"
#include "clinical/patientrecord.h"
#include "clinicalfixture.h"
#include "demorecordfixture.h"
#include "pageprinter.h"
#include "summarydocument.h"
#include "viewprint.h"

#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace renkei;
using namespace renkei::ui::print;

namespace {

PrintContext context()
{
    return PrintContext { u"田中 一郎"_s, u"晴れやか内科クリニック"_s,
        QDateTime(test::demoToday(), QTime(10, 5)) };
}

// pdftotext -layout: one string per page.
QStringList pdfPages(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, { u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s });
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(u'\f');
    while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// pdftotext may break a long cell; compare without white space.
QString squeezed(const QString &text)
{
    QString out = text;
    out.remove(QRegularExpression(u"\\s+"_s));
    return out;
}

// A synthetic chart with many tests (more rows than one A4 page holds), three dates each.
std::shared_ptr<const clinical::PatientRecord> manyTestsRecord(int tests)
{
    model::ResourceSet set;
    set.patients.append(test::makePatient());
    set.facilities.append(test::makeFacility(u"1311111111"_s, u"さくら内科"_s));
    int serial = 0;
    for (int t = 0; t < tests; ++t) {
        for (int d = 0; d < 3; ++d) {
            test::LabSpec spec;
            spec.name = u"試験項目%1"_s.arg(t, 3, 10, QChar(u'0'));
            spec.value = 10.0 + t + d;
            spec.unit = u"mg/dL"_s;
            spec.when = u"2025-0%1-10T09:00:00+09:00"_s.arg(d + 4);
            spec.low = 5;
            spec.high = 50;
            set.labs.append(test::makeLab(spec, ++serial));
        }
    }
    return clinical::PatientRecord::build(std::move(set));
}

int printToPdf(QTextDocument &doc, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    preparePrinter(printer, doc.metaInformation(QTextDocument::DocumentTitle));
    return PagePrinter::print(doc, printer, context());
}

} // namespace

class TestSummaryDocument : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        m_records = test::demoRecords(3);
        QVERIFY(!m_records.isEmpty());
        QVERIFY(m_dir.isValid());
        // RENKEI_KEEP_PDF=1 keeps the PDFs for a look (pdftoppm -png).
        if (qEnvironmentVariableIsSet("RENKEI_KEEP_PDF")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs in %s", qPrintable(m_dir.path()));
        }
    }

    void summaryHoldsThePatientTheAllergyTheMedicationsAndAFooterOnEveryPage()
    {
        // The richest chart that has an active allergy.
        std::shared_ptr<const clinical::PatientRecord> record;
        for (const test::DemoRecord &r : std::as_const(m_records)) {
            if (r.record->hasActiveAllergy()) {
                record = r.record;
                break;
            }
        }
        QVERIFY2(record, "no demo chart with an allergy");
        const QString path = m_dir.filePath(u"summary.pdf"_s);
        const int pages = writeSummaryPdf(record, SummaryOptions {}, context(), path);
        QVERIFY(pages >= 1);
        const QStringList text = pdfPages(path);
        QCOMPARE(text.size(), pages);
        const QString all = squeezed(text.join(QString()));

        const model::Patient &patient = record->patient();
        QVERIFY2(all.contains(squeezed(patient.kanjiName)), qPrintable(patient.kanjiName));
        QVERIFY(all.contains(squeezed(patient.kanaName)));
        QVERIFY(all.contains(patient.birthDate.toString(u"yyyy/MM/dd"_s)));
        for (int a : record->activeAllergies()) {
            const QString allergy = record->resources().allergies.at(a).display;
            QVERIFY2(all.contains(squeezed(allergy)), qPrintable(allergy));
        }
        // Allergies come before the medications.
        const QString firstAllergy
            = squeezed(record->resources().allergies.at(record->activeAllergies().front()).display);
        const auto list = clinical::MedicationList::build(record);
        const std::vector<int> current = list.current(test::demoToday());
        QVERIFY(!current.empty());
        for (int l : current) // a long name wraps inside its cell: its first characters
            QVERIFY2(
                all.contains(squeezed(list.line(l).name).left(8)), qPrintable(list.line(l).name));
        QVERIFY(all.indexOf(firstAllergy) < all.indexOf(squeezed(list.line(current.front()).name)));

        for (int p = 0; p < pages; ++p) {
            const QString page = squeezed(text.at(p));
            QVERIFY2(page.contains(squeezed(PagePrinter::footerPage(p + 1, pages))),
                qPrintable(text.at(p).right(400)));
            QVERIFY(page.contains(squeezed(PagePrinter::footerLeft(context()))));
            QVERIFY(page.contains(squeezed(PagePrinter::confidentialityLine())));
        }
        // The CJK font is embedded (pdffonts lists it as emb yes).
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("FontFile2"));
        QVERIFY(bytes.contains("IPA"));
        // Nothing of the patient in the PDF's title.
        QVERIFY(!bytes.contains(patient.kanjiName.toUtf8()));
    }

    void chosenSectionsAndPeriodAreTheOnlyOnesPrinted()
    {
        const auto record = m_records.first().record;
        SummaryOptions options;
        options.sections = { Section::Allergies, Section::Medications };
        const QString html = SummaryDocument::html(record, options, context());
        QVERIFY(
            html.contains(SummaryDocument::tr("Allergies and contraindications").toHtmlEscaped()));
        QVERIFY(!html.contains(SummaryDocument::tr("Recent laboratory results").toHtmlEscaped()));
        QVERIFY(!html.contains(SummaryDocument::tr("Recent encounters").toHtmlEscaped()));

        options.sections = { Section::Documents };
        options.from = QDate(1990, 1, 1);
        options.to = QDate(1990, 12, 31);
        const QString empty = SummaryDocument::html(record, options, context());
        QVERIFY(empty.contains(SummaryDocument::tr("No document in this period.").toHtmlEscaped()));
    }

    void sectionNamesRoundTrip()
    {
        QCOMPARE(parseSections(u"labs,allergies"_s).value(),
            (QList<Section> { Section::Allergies, Section::Labs }));
        QString bad;
        QVERIFY(!parseSections(u"labs,xrays"_s, &bad));
        QCOMPARE(bad, u"xrays"_s);
        QCOMPARE(sectionNames(allSections()).join(u','),
            u"allergies,problems,medications,labs,encounters,documents"_s);
    }

    void aLongLabTableRepeatsItsHeaderOnEveryPage()
    {
        const auto table = clinical::LabTable::build(manyTestsRecord(120));
        clinical::LabSelection selection = table.select({});
        QCOMPARE(selection.rows.size(), size_t(120));
        if (selection.columns.size() > size_t(ViewPrint::kLabColumnsPerTable))
            selection.columns.resize(size_t(ViewPrint::kLabColumnsPerTable));
        auto doc = ViewPrint::labTable(table, selection);
        const QString path = m_dir.filePath(u"labs.pdf"_s);
        const int pages = printToPdf(*doc, path);
        QVERIFY2(pages >= 2, "the lab table should need more than one page");
        const QStringList text = pdfPages(path);
        QCOMPARE(text.size(), pages);
        const QString newest
            = table.columnDate(selection.columns.front()).toString(u"yyyy/MM/dd"_s);
        for (int p = 0; p < pages; ++p) {
            const QString page = squeezed(text.at(p));
            QVERIFY2(
                page.contains(squeezed(ViewPrint::tr("Test"))), qPrintable(text.at(p).left(300)));
            QVERIFY2(page.contains(newest), qPrintable(text.at(p).left(300)));
            QVERIFY(page.contains(squeezed(PagePrinter::footerPage(p + 1, pages))));
        }
        // Every row is printed once: its name appears somewhere.
        const QString all = squeezed(text.join(QString()));
        for (int r : selection.rows)
            QVERIFY2(all.contains(squeezed(table.row(r).name)), qPrintable(table.row(r).name));
    }

    void aBadOutputPathWritesNothingAndSaysSo()
    {
        const auto record = m_records.first().record;
        const QString path = m_dir.filePath(u"no/such/folder/summary.pdf"_s);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u".*"_s));
        QCOMPARE(writeSummaryPdf(record, SummaryOptions {}, context(), path), 0);
        QVERIFY(!QFile::exists(path));
    }

private:
    QList<test::DemoRecord> m_records;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSummaryDocument)
#include "tst_summarydocument.moc"
