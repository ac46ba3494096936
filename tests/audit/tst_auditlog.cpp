// The audit log: append and read back, the trusted clock, upload bookkeeping, and no clear
// patient data in its files.
#include "audit/auditverifier.h"
#include "auditfixture.h"
#include "support/testenvironment.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;

class TestAuditLog : public QObject {
    Q_OBJECT
private slots:
    void appendAndReadBack()
    {
        QTemporaryDir dir;
        crypto::MemoryKeyStore keys;
        const QString path = dir.filePath(u"audit.sqlite"_s);
        const QDateTime fixed(QDate(2026, 4, 1), QTime(9, 30), Qt::UTC);
        auto log = audit::AuditLog::open(path, keys, test::auditIdentity(), [&] { return fixed; });
        QVERIFY2(log, qPrintable(log ? QString() : log.error().describe()));
        QCOMPARE((*log)->append(audit::Action::SignIn).value(), 1);
        audit::AuditDetails print { { u"labs"_s, u"medications"_s }, u"printer-3F"_s, {},
            audit::Outcome::Success, {} };
        QCOMPARE((*log)->append(audit::Action::Print, u"pk-42"_s, print).value(), 2);
        audit::AuditDetails failed;
        failed.outcome = audit::Outcome::Failure;
        failed.message = u"io"_s;
        QCOMPARE((*log)->append(audit::Action::Export, u"pk-42"_s, failed).value(), 3);

        auto read = (*log)->read();
        QVERIFY(read);
        QCOMPARE(read->records.size(), 3);
        QVERIFY(read->unreadable.isEmpty());
        const audit::AuditRecord &r = read->records.at(1);
        QCOMPARE(r.seq, 2);
        QCOMPARE(r.action, audit::Action::Print);
        QCOMPARE(r.patientKey, u"pk-42"_s);
        QCOMPARE(r.user, u"dr.tanaka"_s);
        QCOMPARE(r.network, u"demo-net"_s);
        QCOMPARE(r.workstation, u"ws-01"_s);
        QCOMPARE(r.time, fixed);
        QCOMPARE(r.details.sections, (QStringList { u"labs"_s, u"medications"_s }));
        QCOMPARE(r.details.target, u"printer-3F"_s);
        QCOMPARE(read->records.at(2).details.outcome, audit::Outcome::Failure);
        QCOMPARE(read->records.at(2).details.message, u"io"_s);
        QCOMPARE((*log)->read(2)->records.size(), 1);
    }

    void reopenContinuesTheChain()
    {
        QTemporaryDir dir;
        crypto::MemoryKeyStore keys;
        const QString path = dir.filePath(u"audit.sqlite"_s);
        {
            auto log = audit::AuditLog::open(path, keys, test::auditIdentity());
            QVERIFY(log && test::fillAuditLog(**log, 5));
        }
        auto log = audit::AuditLog::open(path, keys, test::auditIdentity());
        QVERIFY(log);
        QCOMPARE((*log)->append(audit::Action::SignOut).value(), 6);
        log->reset();
        const audit::VerifyReport report = audit::verifyAuditLog(path, keys);
        QVERIFY2(report.intact(), qPrintable(report.firstBreakText()));
        QCOMPARE(report.entriesChecked, 6);
        QCOMPARE(report.headSeq, 6);
    }

    void twoWritersOnOneFileKeepOneChain()
    {
        QTemporaryDir dir;
        crypto::MemoryKeyStore keys;
        const QString path = dir.filePath(u"audit.sqlite"_s);
        auto first = audit::AuditLog::open(path, keys, test::auditIdentity());
        auto second = audit::AuditLog::open(path, keys, test::auditIdentity());
        QVERIFY(first && second);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE((*first)->append(audit::Action::Open, u"pk-a"_s).value(), 2 * i + 1);
            QCOMPARE((*second)->append(audit::Action::Open, u"pk-b"_s).value(), 2 * i + 2);
        }
        const audit::VerifyReport report = audit::verifyAuditLog(path, keys);
        QVERIFY2(report.intact(), qPrintable(report.firstBreakText()));
        QCOMPARE(report.entriesIntact, 8);
    }

    void anotherAccountsLogIsRefused()
    {
        QTemporaryDir dir;
        crypto::MemoryKeyStore keys;
        const QString path = dir.filePath(u"audit.sqlite"_s);
        QVERIFY(audit::AuditLog::open(path, keys, test::auditIdentity()));
        audit::AuditIdentity other = test::auditIdentity();
        other.account = u"dr.suzuki"_s;
        auto log = audit::AuditLog::open(path, keys, other);
        QVERIFY(!log);
        QCOMPARE(log.error().code, u"other-account"_s);
        crypto::MemoryKeyStore otherKeys;
        auto wrong = audit::AuditLog::open(path, otherKeys, test::auditIdentity());
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, u"wrong-key"_s);
    }

    void trustedTimeOffsetIsRecordedAndUsed()
    {
        QTemporaryDir dir;
        crypto::MemoryKeyStore keys;
        const QString path = dir.filePath(u"audit.sqlite"_s);
        const QDateTime local(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
        {
            auto log
                = audit::AuditLog::open(path, keys, test::auditIdentity(), [&] { return local; });
            QVERIFY(log);
            QVERIFY(!(*log)->serverOffsetMs());
            QVERIFY((*log)->append(audit::Action::SignIn));
            // The server's Date header says 90 s later than our clock.
            (*log)->recordServerTime(local.addSecs(90), local);
            QCOMPARE((*log)->serverOffsetMs().value(), 90000);
            (*log)->recordServerTime(local.addSecs(-5), local); // the latest offset wins
            QVERIFY((*log)->append(audit::Action::Open, u"pk-1"_s));
        }
        auto log = audit::AuditLog::open(path, keys, test::auditIdentity(), [&] { return local; });
        QVERIFY(log);
        QCOMPARE((*log)->serverOffsetMs().value(), -5000); // remembered in the file
        const auto records = (*log)->read()->records;
        QVERIFY(!records.at(0).serverOffsetMs);
        QCOMPARE(records.at(0).trustedTime(), local);
        QCOMPARE(records.at(1).serverOffsetMs.value(), -5000);
        QCOMPARE(records.at(1).time, local);
        QCOMPARE(records.at(1).trustedTime(), local.addSecs(-5));
    }

    void uploadBookkeeping()
    {
        QTemporaryDir dir;
        crypto::MemoryKeyStore keys;
        auto log
            = audit::AuditLog::open(dir.filePath(u"audit.sqlite"_s), keys, test::auditIdentity());
        QVERIFY(log && test::fillAuditLog(**log, 4));
        QCOMPARE((*log)->pendingUpload()->records.size(), 4);
        QVERIFY((*log)->markUploaded(3));
        QCOMPARE((*log)->uploadedSeq(), 3);
        const auto pending = (*log)->pendingUpload()->records;
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().seq, 4);
        QVERIFY((*log)->markUploaded(2)); // never goes back
        QCOMPARE((*log)->uploadedSeq(), 3);
        QVERIFY(!(*log)->markUploaded(5)); // not written yet
    }

    void noClearPatientDataInTheFiles()
    {
        QTemporaryDir dir;
        crypto::MemoryKeyStore keys;
        const QString path = dir.filePath(u"audit.sqlite"_s);
        const QStringList secrets { u"pk-7f3a9c1e"_s, u"山田太郎"_s, u"ヤマダタロウ"_s,
            u"unconscious-arrival"_s, u"referral-yamada.pdf"_s, u"medications-section"_s };
        {
            auto log = audit::AuditLog::open(path, keys, test::auditIdentity());
            QVERIFY(log);
            audit::AuditDetails d { { secrets[5] }, secrets[4], secrets[3], audit::Outcome::Success,
                secrets[1] + secrets[2] };
            QVERIFY((*log)->append(audit::Action::EmergencyView, secrets[0], d));
            QVERIFY((*log)->append(audit::Action::Export, secrets[0], d));
        }
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QString &s : secrets) {
                QVERIFY2(!bytes.contains(s.toUtf8()), qPrintable(name + u": "_s + s));
                const QByteArray utf16(
                    reinterpret_cast<const char *>(s.utf16()), s.size() * qsizetype(2));
                QVERIFY2(!bytes.contains(utf16), qPrintable(name + u": "_s + s));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
