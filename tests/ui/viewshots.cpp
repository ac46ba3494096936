// A developer's tool, not a test: renders the medication and document views of the demo's
// richest chart offscreen, in Japanese, to PNG files, so that their look can be checked by eye.
//   QT_QPA_PLATFORM=offscreen build/dev/tests/ui/renkei_viewshots /tmp
#include "appearance.h"
#include "clinical/medicationlist.h"
#include "clinical/patientrecord.h"
#include "demorecordfixture.h"
#include "fhir/reader.h"
#include "languagemanager.h"
#include "views/docs/documentlistmodel.h"
#include "views/docs/documentsview.h"
#include "views/docs/pdfattachmentview.h"
#include "views/meds/medicationsview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace renkei;

namespace {

void save(QWidget &widget, const QString &path)
{
    widget.show();
    // Let Qt PDF render its pages (in a thread) before the picture is taken.
    QEventLoop wait;
    QTimer::singleShot(600, &wait, &QEventLoop::quit);
    wait.exec();
    widget.grab().save(path);
    qInfo("%s", qPrintable(path));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ui::ensureReadableFont();
    ui::LanguageManager languages;
    languages.setLanguage(app.arguments().value(2, u"ja"_s));
    const QString dir = app.arguments().value(1, u"/tmp"_s);
    if (const QString file = qEnvironmentVariable("RENKEI_VIEWSHOTS_FILE"); !file.isEmpty()) {
        // A FHIR file (e.g. a JP-CLINS document Bundle) in the documents view.
        const auto read = fhir::readFile(file);
        if (!read)
            return 1;
        ui::DocumentsView docs;
        docs.resize(1400, 900);
        docs.setRecord(clinical::PatientRecord::build(read->resources));
        save(docs, QDir(dir).filePath(u"docs-file.png"_s));
        return 0;
    }
    if (qEnvironmentVariableIsSet("RENKEI_VIEWSHOTS_LARGE")) {
        // Timings on the large chart: how long each view takes to take a record.
        const test::DemoRecord large = test::largeDemoRecord();
        qInfo("large chart: %lld medications, %lld documents",
            qlonglong(large.record->resources().medications.size()),
            qlonglong(large.record->resources().documents.size()));
        ui::MedicationsView meds;
        ui::DocumentsView docs;
        meds.resize(1400, 900);
        docs.resize(1400, 900);
        meds.show();
        docs.show();
        QElapsedTimer timer;
        timer.start();
        meds.setRecord(large.record);
        QEventLoop built;
        QObject::connect(&meds, &ui::MedicationsView::recordShown, &built, &QEventLoop::quit);
        built.exec();
        const qint64 medsMs = timer.restart();
        meds.setWorkspaceDate(test::demoToday().addYears(-2));
        QApplication::processEvents();
        const qint64 dateMs = timer.restart();
        meds.showHistory(true);
        QApplication::processEvents();
        const qint64 historyMs = timer.restart();
        docs.setRecord(large.record);
        QApplication::processEvents();
        const qint64 docsMs = timer.restart();
        qInfo("medications setRecord %lld ms, workspace date %lld ms, history %lld ms; documents "
              "setRecord %lld ms",
            medsMs, dateMs, historyMs, docsMs);
        save(meds, QDir(dir).filePath(u"meds-large.png"_s));
        return 0;
    }
    const QList<test::DemoRecord> charts = test::demoRecords(3);

    ui::MedicationsView meds;
    meds.resize(1400, 900);
    meds.setToday(test::demoToday());
    meds.setRecord(charts.first().record);
    meds.setWorkspaceDate(QDate());
    save(meds, QDir(dir).filePath(u"meds-current.png"_s));
    meds.showHistory(true);
    save(meds, QDir(dir).filePath(u"meds-history.png"_s));
    meds.showHistory(false);
    // The first cross-facility duplicate of the chart, on its first day.
    const auto list = clinical::MedicationList::build(charts.first().record);
    if (!list.duplicates().empty()) {
        meds.setWorkspaceDate(list.duplicates().front().overlapStart);
        save(meds, QDir(dir).filePath(u"meds-duplicate.png"_s));
        meds.setWorkspaceDate(QDate());
    }
    for (int i = 1; i < charts.size(); ++i) {
        meds.setRecord(charts.at(i).record);
        save(meds, QDir(dir).filePath(u"meds-current-%1.png"_s.arg(i)));
    }
    meds.setRecord(nullptr);
    save(meds, QDir(dir).filePath(u"meds-empty.png"_s));

    ui::DocumentsView docs;
    docs.resize(1400, 900);
    const test::DemoRecord &chart = charts.first();
    QObject::connect(&docs, &ui::DocumentsView::requestAttachment, &docs,
        [&](const QString &id) { docs.provideAttachment(id, chart.binaries.value(id)); });
    docs.setRecord(chart.record);
    save(docs, QDir(dir).filePath(u"docs-text.png"_s));
    docs.find(app.arguments().value(3, u"HbA1c"_s));
    save(docs, QDir(dir).filePath(u"docs-find.png"_s));
    for (int i = 0; i < docs.model()->rowCount(); ++i) {
        docs.setWorkspaceDate(
            docs.model()->index(i, 0).data(ui::DocumentListModel::DateRole).toDate());
        if (docs.pdfTabCount() > 0)
            break;
    }
    if (docs.pdfTabCount() > 0) {
        docs.showPdfTab(0);
        save(docs, QDir(dir).filePath(u"docs-pdf-download.png"_s));
        Q_EMIT docs.pdfTab(0)->downloadRequested();
        QApplication::processEvents();
        save(docs, QDir(dir).filePath(u"docs-pdf.png"_s));
    }
    docs.setRecord(nullptr);
    save(docs, QDir(dir).filePath(u"docs-empty.png"_s));
    return 0;
}
