// renkei-cli audit verify|export, run as a user runs it: a real process, its exit status and
// its output, with the key from a passphrase file.
#include "auditfixture.h"
#include "crypto/passphrasekeystore.h"
#include "support/testenvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;

namespace {

using Run = renkei::test::ProcessRun;

Run runCli(const QStringList &args)
{
    return renkei::test::runProcess(QStringLiteral(RENKEI_CLI_PATH), args);
}

const QByteArray kPassphrase = "correct horse battery staple 42";

} // namespace

class TestAuditCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_log;
    QString m_passFile;

    std::unique_ptr<crypto::PassphraseKeyStore> keyStore()
    {
        auto store = crypto::PassphraseKeyStore::unlock(m_log + u".keyparams"_s,
            crypto::SecretBytes::copyOf(kPassphrase), crypto::ScryptParams { 1u << 10, 8, 1 });
        return store ? std::move(*store) : nullptr;
    }

    QStringList keyArgs() const
    {
        return { u"--log"_s, m_log, u"--passphrase-file"_s, m_passFile };
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_log = m_dir.filePath(
            u"audit-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_passFile = m_dir.filePath(u"passphrase.txt"_s);
        QFile f(m_passFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kPassphrase + '\n');
        f.close();
        auto keys = keyStore();
        QVERIFY(keys);
        auto log = audit::AuditLog::open(m_log, *keys, test::auditIdentity());
        QVERIFY(log && test::fillAuditLog(**log, 8));
    }

    void verifyIntact()
    {
        const Run r = runCli(QStringList { u"audit"_s, u"verify"_s } + keyArgs());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("INTACT"), r.out.constData());
        QVERIFY(r.out.contains("8 entries"));
    }

    void verifyNamesTheFirstBreak()
    {
        QVERIFY(test::rawSql(m_log, { u"DELETE FROM entries WHERE seq = 5"_s }));
        const Run r = runCli(QStringList { u"audit"_s, u"verify"_s } + keyArgs());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("BROKEN"), r.out.constData());
        QVERIFY2(r.out.contains("entry 5: deleted-entry"), r.out.constData());
    }

    void verifyWithTheWrongPassphrase()
    {
        QFile f(m_passFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not the passphrase\n");
        f.close();
        const Run r = runCli(QStringList { u"audit"_s, u"verify"_s } + keyArgs());
        QCOMPARE(r.exitCode, 1);
    }

    void usageErrors()
    {
        QCOMPARE(runCli({ u"audit"_s }).exitCode, 2);
        QCOMPARE(runCli({ u"audit"_s, u"frobnicate"_s }).exitCode, 2);
        QCOMPARE(runCli({ u"audit"_s, u"verify"_s, u"--no-such-option"_s }).exitCode, 2);
        QCOMPARE(runCli({ u"audit"_s, u"verify"_s, u"extra"_s }).exitCode, 2);
        QCOMPARE(
            runCli(QStringList { u"audit"_s, u"export"_s, u"--format"_s, u"xml"_s } + keyArgs())
                .exitCode,
            2);
        QCOMPARE(runCli({ u"audit"_s, u"verify"_s, u"--help"_s }).exitCode, 0);
    }

    void exportNdjson()
    {
        const QString out = m_dir.filePath(u"events.ndjson"_s);
        const Run r = runCli(QStringList { u"audit"_s, u"export"_s, u"--out"_s, out } + keyArgs());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(test::auditEventLines(f.readAll()), 8);
    }

    void exportBundleSince()
    {
        const Run future = runCli(QStringList { u"audit"_s, u"export"_s, u"--format"_s, u"bundle"_s,
                                      u"--since"_s, u"2999-01-01"_s }
            + keyArgs());
        QCOMPARE(future.exitCode, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(future.out);
        QCOMPARE(doc[u"resourceType"_s].toString(), u"Bundle"_s);
        QCOMPARE(doc[u"entry"_s].toArray().size(), 0);
        const Run past = runCli(
            QStringList { u"audit"_s, u"export"_s, u"--since"_s, u"2000-01-01"_s } + keyArgs());
        QCOMPARE(past.exitCode, 0);
        QCOMPARE(past.out.count('\n'), 8);
    }

    void exportOfABrokenLogWritesWhatItCanAndFails()
    {
        QVERIFY(test::rawSql(m_log, { u"DELETE FROM entries WHERE seq > 6"_s }));
        const Run r = runCli(QStringList { u"audit"_s, u"export"_s } + keyArgs());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.count('\n'), 6);
        QVERIFY2(r.err.contains("truncated-tail"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"
