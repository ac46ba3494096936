// File > Import SS-MIX2: the sample storage imported through the action's worker (off the GUI
// thread, into the window's encrypted cache with its key in memory) lists its patient in the
// search panel's cached list; cancelling stops after the patient being written; a missing
// folder and a folder that is not an SS-MIX2 storage end in a clear message; with no cache open
// the action says to sign in.
#include "ssmix2/ssmix2import.h"
#include "ssmix2/ssmix2importui.h"
#include "support/testenvironment.h"
#include "workspace/patientlistmodel.h"
#include "workspace/patientopener.h"
#include "workspace/patientsearchpanel.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace renkei;
using renkei::ui::PatientOpener;
using renkei::ui::PatientSearchPanel;
using renkei::ui::Ssmix2ImportUi;

class TestSsmix2ImportUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importListsThePatient();
    void cancelStops();
    void missingFolderMessage();
    void notAStorageMessage();
    void actionWithoutCacheAsksToSignIn();

private:
    QStringList cachedNames() const;
    bool runImport(const QList<net::Ssmix2Folder> &folders);

    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<PatientOpener> m_opener;
    std::unique_ptr<PatientSearchPanel> m_panel;
    Ssmix2ImportUi *m_ui = nullptr;
    QString m_message;
    bool m_error = false;
    int m_messages = 0;
};

void TestSsmix2ImportUi::initTestCase()
{
    QCoreApplication::setOrganizationName(u"RenkeiTest"_s);
    QCoreApplication::setApplicationName(u"TestSsmix2ImportUi"_s);
}

void TestSsmix2ImportUi::init()
{
    m_window = std::make_unique<QWidget>();
    m_opener = std::make_unique<PatientOpener>();
    QVERIFY(m_opener->openEphemeralCache(u"renkei:testnet:tester:cache"_s).ok());
    m_panel = std::make_unique<PatientSearchPanel>(*m_opener);
    m_ui = new Ssmix2ImportUi(*m_window, *m_opener);
    m_messages = 0;
    m_ui->setMessageSink([this](const QString &text, bool error) {
        m_message = text;
        m_error = error;
        ++m_messages;
    });
}

void TestSsmix2ImportUi::cleanup()
{
    m_window.reset(); // deletes the import UI (waits for a worker) first
    m_panel.reset();
    m_opener.reset();
}

QStringList TestSsmix2ImportUi::cachedNames() const
{
    QStringList names;
    for (const ui::PatientListEntry &e : m_panel->model()->entries()) {
        if (e.source == ui::PatientListEntry::Source::Cache)
            names.append(e.kanjiName);
    }
    return names;
}

bool TestSsmix2ImportUi::runImport(const QList<net::Ssmix2Folder> &folders)
{
    QSignalSpy done(m_ui, &Ssmix2ImportUi::importFinished);
    if (!m_ui->importFolders(u"testnet"_s, folders))
        return false;
    return done.wait(60000);
}

void TestSsmix2ImportUi::importListsThePatient()
{
    QVERIFY(cachedNames().isEmpty());
    QVERIFY(runImport({ { test::dataDir() + u"/ssmix2/sampleData"_s, {}, u"登呂病院"_s } }));
    QCOMPARE(m_messages, 1);
    QVERIFY2(!m_error, qPrintable(m_message));
    QVERIFY2(m_message.contains(u"Patients: 2"_s), qPrintable(m_message));
    QVERIFY2(m_message.contains(u"登呂病院"_s), qPrintable(m_message));
    QVERIFY2(m_message.contains(u"22 read of 22"_s) || m_message.contains(u"of 22"_s),
        qPrintable(m_message));
    QVERIFY(m_ui->action()->isEnabled());
    QVERIFY2(cachedNames().contains(u"患者 太郎"_s), qPrintable(cachedNames().join(u',')));
}

void TestSsmix2ImportUi::cancelStops()
{
    QSignalSpy done(m_ui, &Ssmix2ImportUi::importFinished);
    QVERIFY(m_ui->importFolders(
        u"testnet"_s, { { test::dataDir() + u"/ssmix2/sampleData"_s, {}, {} } }));
    QVERIFY(m_ui->running());
    QVERIFY(!m_ui->action()->isEnabled());
    // Cancel as the first patient is done, on the worker's own thread (as the dialog's Cancel
    // would between two patients).
    ui::Ssmix2Import *import = m_ui->running();
    connect(import, &ui::Ssmix2Import::progress, import, &ui::Ssmix2Import::cancel,
        Qt::DirectConnection);
    QVERIFY(done.wait(60000));
    QVERIFY2(m_message.contains(u"cancelled"_s), qPrintable(m_message));
    QVERIFY2(m_message.contains(u"Patients: 1"_s), qPrintable(m_message));
    QVERIFY(m_ui->action()->isEnabled());
}

void TestSsmix2ImportUi::missingFolderMessage()
{
    QTemporaryDir dir;
    QVERIFY(runImport({ { dir.filePath(u"gone"_s), u"1311234567"_s, {} } }));
    QVERIFY(m_error);
    QVERIFY2(m_message.contains(u"not found"_s), qPrintable(m_message));
    QVERIFY2(m_message.contains(u"share"_s), qPrintable(m_message));
    QVERIFY(cachedNames().isEmpty());
}

void TestSsmix2ImportUi::notAStorageMessage()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"readme.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not hl7");
    file.close();
    QVERIFY(runImport({ { dir.path(), {}, {} } }));
    QVERIFY(m_error);
    QVERIFY2(m_message.contains(u"No SS-MIX2 files"_s), qPrintable(m_message));
    // A file given as the folder.
    QVERIFY(runImport({ { file.fileName(), {}, {} } }));
    QVERIFY(m_error);
    QVERIFY2(m_message.contains(u"not a folder"_s), qPrintable(m_message));
}

void TestSsmix2ImportUi::actionWithoutCacheAsksToSignIn()
{
    m_opener->closeCache();
    m_ui->action()->trigger();
    QCOMPARE(m_messages, 1);
    QVERIFY(m_error);
    QVERIFY2(m_message.contains(u"Sign in"_s), qPrintable(m_message));
    QVERIFY(!m_ui->importFolders(u"testnet"_s, { { u"/x"_s, {}, {} } }));
    QVERIFY(!m_ui->running());
}

QTEST_MAIN(TestSsmix2ImportUi)
#include "tst_ssmix2importui.moc"
