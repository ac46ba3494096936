// `renkei-cli sync` end to end: a client-credentials network profile (the demo's renkei-batch
// client) pointing at the demo server in this process; one patient, then a --patients file with
// one unknown patient (exit 1, the others synced).
#include "../cache/cachefixture.h"
#include "net/profilesecrets.h"
#include "net/profilestore.h"
#include "syncfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using namespace renkei::test;

class TestSyncCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void syncsOnePatientThenAList();
    void unknownNetworkIsAnError();
    void interruptStopsAndTheNextRunResumes();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments);
    SyncFixture m_f;
    QString m_secretFile;
    QString m_passphraseFile;
};

void TestSyncCli::initTestCase()
{
    QVERIFY(m_f.start());
    m_f.closeCache();
    net::NetworkProfile profile;
    profile.id = u"demo"_s;
    profile.displayName = u"Demo"_s;
    profile.fhirBaseUrl = m_f.server->url();
    profile.signInMethod = net::SignInMethod::ClientCredentials;
    profile.clientId = u"renkei-batch"_s;
    profile.scopes = { u"system/*.read"_s };
    // Where the child's openViewerSettings() reads (this process runs in QStandardPaths' test
    // mode, which moves its own settings elsewhere).
    QSettings settings(
        qEnvironmentVariable("XDG_CONFIG_HOME") + u"/Renkei/renkei.conf"_s, QSettings::IniFormat);
    net::ProfileStore store(settings);
    RENKEI_VERIFY_OK(store.save(profile));
    settings.sync();
    m_secretFile = m_f.dir.filePath(u"secret"_s);
    m_passphraseFile = m_f.dir.filePath(u"passphrase"_s);
    QFile secret(m_secretFile);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("renkei-batch-demo-secret\n");
    secret.close();
    QFile passphrase(m_passphraseFile);
    QVERIFY(passphrase.open(QIODevice::WriteOnly));
    passphrase.write("a cache passphrase for the test\n");
}

TestSyncCli::Run TestSyncCli::cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(RENKEI_CLI_PATH), arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    QElapsedTimer timer;
    timer.start();
    // The server lives in this thread: keep serving while the CLI runs.
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 120000)
        QTest::qWait(5);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestSyncCli::syncsOnePatientThenAList()
{
    const QString cacheDir = m_f.dir.filePath(u"cli-cache"_s);
    const QString first = pickPatient(100, 400);
    const QStringList common { u"--cache"_s, cacheDir, u"--passphrase-file"_s, m_passphraseFile,
        u"sync"_s, u"--network"_s, u"demo"_s, u"--client-secret-file"_s, m_secretFile };
    Run one = cli(common + QStringList { first });
    QVERIFY2(one.exitCode == 0, qPrintable(one.out + one.err));
    QVERIFY2(one.out.contains(u"SYNCED"_s), qPrintable(one.out));
    QVERIFY2(one.out.contains(u"1 of 1"_s), qPrintable(one.out));

    // Again: only the changes (none).
    Run again = cli(common + QStringList { first });
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QVERIFY2(again.out.contains(u" 0 written"_s), qPrintable(again.out));

    const QString list = m_f.dir.filePath(u"patients.txt"_s);
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString second = pickPatient(401, 1500);
    file.write(
        (u"# tomorrow's appointments\n"_s + second + u"\nno-such-patient\n\n"_s + first + u"\n"_s)
            .toUtf8());
    file.close();
    Run many = cli(common + QStringList { u"--patients"_s, list });
    QCOMPARE(many.exitCode, 1);
    QCOMPARE(many.out.count(u"SYNCED"_s), 2);
    QVERIFY2(many.out.contains(u"FAILED    no-such-patient"_s), qPrintable(many.out));
    QVERIFY2(many.out.contains(u"2 of 3"_s), qPrintable(many.out));

    // The cached patients are listed by the patients command.
    Run patients = cli({ u"--cache"_s, cacheDir, u"--passphrase-file"_s, m_passphraseFile,
        u"patients"_s, u"--json"_s });
    QCOMPARE(patients.exitCode, 0);
    QVERIFY2(
        patients.out.contains(first) && patients.out.contains(second), qPrintable(patients.out));
}

void TestSyncCli::unknownNetworkIsAnError()
{
    Run run = cli({ u"--cache"_s, m_f.dir.filePath(u"other"_s), u"--passphrase-file"_s,
        m_passphraseFile, u"sync"_s, u"--network"_s, u"nowhere"_s, u"p1"_s });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"nowhere"_s), qPrintable(run.err));
    Run usage = cli({ u"sync"_s, u"--network"_s, u"demo"_s });
    QCOMPARE(usage.exitCode, 2);
}

void TestSyncCli::interruptStopsAndTheNextRunResumes()
{
    const QString cacheDir = m_f.dir.filePath(u"interrupted"_s);
    const QString patient = pickPatient(401, 1500);
    const QStringList arguments { u"--cache"_s, cacheDir, u"--passphrase-file"_s, m_passphraseFile,
        u"sync"_s, u"--network"_s, u"demo"_s, u"--client-secret-file"_s, m_secretFile, patient };
    QVERIFY(m_f.server->addFault(u"delay:150"_s));
    int everythingPages = 0;
    QMetaObject::Connection counting = connect(m_f.server.get(), &demo::DemoServer::requestServed,
        this, [&](const QString &, const QString &path, int) {
            everythingPages += path.endsWith(u"$everything"_s) ? 1 : 0;
        });
    QProcess process;
    process.start(QStringLiteral(RENKEI_CLI_PATH), arguments);
    QVERIFY(process.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(
        everythingPages >= 1 || process.state() == QProcess::NotRunning, 60000);
    QCOMPARE(process.state(), QProcess::Running);
    process.terminate(); // SIGTERM, handled like Ctrl-C
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
    disconnect(counting);
    m_f.server->clearFaults();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(out.contains(u"FAILED"_s) && out.contains(u"cancelled"_s), qPrintable(out));
    QVERIFY2(err.contains(u"interrupted"_s), qPrintable(err));

    Run again = cli(arguments);
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QVERIFY2(again.out.contains(u"(resumed)"_s), qPrintable(again.out));
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
