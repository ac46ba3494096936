// Print and export under the network's policy, their audit entries, and the emergency view's
// break-the-glass access (reason required, audited, banner while it lasts). Dialogs are answered
// through the seams; synthetic demo data only.
#include "audit/auditlog.h"
#include "clinical/patientrecord.h"
#include "crypto/keystore.h"
#include "demorecordfixture.h"
#include "emergency/breakglassdialog.h"
#include "emergency/emergencyaccess.h"
#include "emergency/emergencyview.h"
#include "printactions.h"
#include "summarydocument.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace renkei;
using namespace renkei::ui;

class TestPrintActions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_record = test::demoRecords(1).first().record;
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_window = std::make_unique<QMainWindow>();
        m_print = new QAction(u"Print"_s, m_window.get());
        m_export = new QAction(u"Export"_s, m_window.get());
        m_actions = std::make_unique<print::PrintActions>(*m_print, *m_export);
        auto log = audit::AuditLog::open(m_dir.filePath(u"audit-%1.sqlite"_s.arg(++m_run)), m_keys,
            audit::AuditIdentity { u"demo"_s, u"doctor"_s, u"ws-1"_s });
        QVERIFY2(log, qPrintable(log ? QString() : log.error().describe()));
        m_log = std::move(*log);
        m_actions->setAuditLog(m_log.get());
        m_actions->setPrinter(u"田中 一郎"_s, u"さくら内科"_s);
    }

    void cleanup()
    {
        m_actions.reset();
        m_window.reset();
        m_log.reset();
    }

    void actionsNeedAPatient()
    {
        QVERIFY(!m_print->isEnabled());
        QVERIFY(!m_export->isEnabled());
        m_actions->setRecord(m_record);
        QVERIFY(m_print->isEnabled());
        QVERIFY(m_export->isEnabled());
    }

    void aForbiddingPolicyDisablesTheActionsAndSaysWhy()
    {
        m_actions->setRecord(m_record);
        net::NetworkPolicy policy;
        policy.printAllowed = false;
        policy.exportAllowed = false;
        m_actions->setPolicy(policy, u"晴れやかネット"_s);
        QVERIFY(!m_print->isEnabled());
        QVERIFY(!m_export->isEnabled());
        QVERIFY(m_print->toolTip().contains(u"晴れやかネット"_s));
        QVERIFY(m_print->toolTip().contains(u"policy"_s));
        QVERIFY(m_export->toolTip().contains(u"policy"_s));
        // Triggered anyway (a shortcut, a script): nothing is printed or written.
        bool asked = false;
        m_actions->setOptionsPrompt([&](QWidget *, bool) {
            asked = true;
            return std::optional<print::SummaryOptions>(print::SummaryOptions {});
        });
        QVERIFY(!m_actions->printSummary(nullptr));
        QVERIFY(!m_actions->exportSummary(nullptr));
        QVERIFY(!asked);
        QVERIFY(m_log->read()->records.isEmpty());
    }

    void exportWritesThePdfAndAuditsSectionsAndFile()
    {
        m_actions->setRecord(m_record);
        print::SummaryOptions options;
        options.sections = { print::Section::Allergies, print::Section::Medications };
        m_actions->setOptionsPrompt([&](QWidget *, bool forExport) {
            return forExport ? std::optional(options) : std::nullopt;
        });
        const QString path = m_dir.filePath(u"export-summary"_s); // ".pdf" is added
        m_actions->setFilePrompt([&](QWidget *) { return path; });
        QVERIFY(m_actions->exportSummary(nullptr));
        QVERIFY(QFile::exists(path + u".pdf"_s));
        const auto records = m_log->read()->records;
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().action, audit::Action::Export);
        QCOMPARE(records.first().patientKey, m_record->cacheKey());
        QCOMPARE(
            records.first().details.sections, (QStringList { u"allergies"_s, u"medications"_s }));
        QCOMPARE(records.first().details.target, path + u".pdf"_s);
        QCOMPARE(records.first().user, u"doctor"_s);
    }

    void printGoesThroughThePreviewAndIsAudited()
    {
        m_actions->setRecord(m_record);
        m_actions->setOptionsPrompt(
            [](QWidget *, bool) { return std::optional(print::SummaryOptions {}); });
        const QString out = m_dir.filePath(u"printed.pdf"_s);
        int painted = 0;
        // The preview: the user picks a (PDF) printer and presses Print.
        m_actions->setPreviewPrompt(
            [&](QWidget *, QPrinter &printer, const std::function<void(QPrinter *)> &paint) {
                printer.setOutputFormat(QPrinter::PdfFormat);
                printer.setOutputFileName(out);
                paint(&printer);
                ++painted;
                return true;
            });
        QVERIFY(m_actions->printSummary(nullptr));
        QCOMPARE(painted, 1);
        QVERIFY(QFileInfo(out).size() > 1000);
        auto records = m_log->read()->records;
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().action, audit::Action::Print);
        QCOMPARE(records.first().details.sections.size(), print::allSections().size());
        QCOMPARE(records.first().details.target, out);

        // Cancelled in the preview: not printed, not audited.
        m_actions->setPreviewPrompt([](QWidget *, QPrinter &, const auto &) { return false; });
        QVERIFY(!m_actions->printSummary(nullptr));
        QCOMPARE(m_log->read()->records.size(), 1);
    }

    void theEmergencyViewAsksForAReasonAndAuditsIt()
    {
        QAction action(m_window.get());
        emergency::EmergencyAccess access(action, *m_window);
        access.setAuditLog(m_log.get());
        QVERIFY(!action.isEnabled());
        access.setRecord(m_record);
        QVERIFY(action.isEnabled());

        int asked = 0;
        access.setReasonPrompt([&](QWidget *, const QString &) {
            ++asked;
            return std::optional<QString>(); // cancelled
        });
        QVERIFY(!access.open());
        QCOMPARE(asked, 1);
        QVERIFY(!access.isActive());
        QVERIFY(m_log->read()->records.isEmpty());

        access.setReasonPrompt([&](QWidget *, const QString &) {
            ++asked;
            return std::optional<QString>(u"意識障害で搬送、本人の同意が得られない"_s);
        });
        action.trigger();
        QCOMPARE(asked, 2);
        QVERIFY(access.isActive());
        const auto records = m_log->read()->records;
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().action, audit::Action::EmergencyView);
        QCOMPARE(records.first().details.reason, u"意識障害で搬送、本人の同意が得られない"_s);
        QCOMPARE(records.first().patientKey, m_record->cacheKey());

        emergency::EmergencyView *view = access.view();
        QVERIFY(view->banner()->isVisibleTo(view));
        QVERIFY(view->banner()->text().contains(u"意識障害で搬送"_s));
        // One screen: allergies, medications, diagnoses, labs, discharge diagnoses.
        for (int a : m_record->activeAllergies())
            QVERIFY(view->cardText(u"allergiesCard"_s)
                        .contains(m_record->resources().allergies.at(a).display.toHtmlEscaped()));
        // The demo chart's newest data is older than today: its current medications show.
        const QString meds = view->cardText(u"medicationsCard"_s);
        QVERIFY2(!meds.contains(u"No current medication"_s), qPrintable(meds));
        QVERIFY(!view->cardText(u"diagnosesCard"_s).isEmpty());
        QVERIFY(!view->cardText(u"dischargeCard"_s).isEmpty());
        if (qEnvironmentVariableIsSet("RENKEI_GRAB"))
            access.window()->grab().save(qEnvironmentVariable("RENKEI_GRAB"));

        // Ending the access (or another patient) clears the view and its banner.
        QTest::mouseClick(view->endButton(), Qt::LeftButton);
        QVERIFY(!access.isActive());
        QVERIFY(view->cardText(u"allergiesCard"_s).isEmpty());
        QVERIFY(!view->banner()->isVisibleTo(view));
    }

    void theBreakGlassDialogNeedsAReason()
    {
        emergency::BreakGlassDialog dialog(u"岡田 豊"_s);
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.reasonList()->setCurrentIndex(dialog.reasonList()->count() - 1); // Other
        QVERIFY(!ok->isEnabled());
        dialog.reasonText()->setPlainText(u"   "_s);
        QVERIFY(!ok->isEnabled());
        dialog.reasonText()->setPlainText(u"家族の依頼"_s);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.reason(), u"家族の依頼"_s);
        dialog.reasonList()->setCurrentIndex(1);
        QVERIFY(dialog.reason().startsWith(dialog.reasonList()->itemText(1)));
        QVERIFY(dialog.reason().endsWith(u"家族の依頼"_s));
    }

private:
    std::shared_ptr<const clinical::PatientRecord> m_record;
    QTemporaryDir m_dir;
    crypto::MemoryKeyStore m_keys;
    int m_run = 0;
    std::unique_ptr<QMainWindow> m_window;
    QAction *m_print = nullptr;
    QAction *m_export = nullptr;
    std::unique_ptr<print::PrintActions> m_actions;
    std::unique_ptr<audit::AuditLog> m_log;
};

QTEST_MAIN(TestPrintActions)
#include "tst_printactions.moc"
