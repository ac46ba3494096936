// verifyAuditLog(): every kind of tampering found at its place, the rest still readable, and no
// crash on whatever the file holds.
#include "audit/auditverifier.h"
#include "auditfixture.h"
#include "support/testenvironment.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using audit::BreakKind;

Q_DECLARE_METATYPE(audit::BreakKind)

namespace {

constexpr int kEntries = 10;

QString makeLog(const QTemporaryDir &dir, crypto::KeyStore &keys, int count = kEntries)
{
    const QString path = dir.filePath(u"audit.sqlite"_s);
    auto log = audit::AuditLog::open(path, keys, test::auditIdentity());
    if (!log || !test::fillAuditLog(**log, count))
        return {};
    return path;
}

qsizetype readableCount(const QString &path, crypto::KeyStore &keys)
{
    auto log = audit::AuditLog::openExisting(path, keys, true);
    if (!log)
        return -1;
    auto read = (*log)->read();
    return read ? read->records.size() : -1;
}

} // namespace

class TestAuditVerifier : public QObject {
    Q_OBJECT
private slots:
    void tampering_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<qint64>("flipPayloadOf"); // 0: none
        QTest::addColumn<qint64>("flipChainOf");
        QTest::addColumn<qint64>("seq");
        QTest::addColumn<BreakKind>("kind");
        QTest::addColumn<int>("readable");
        QTest::addColumn<int>("breaks"); // at most this many places reported

        const QStringList none;
        QTest::newRow("edited payload byte") << none << qint64(4) << qint64(0) << qint64(4)
                                             << BreakKind::EditedEntry << kEntries - 1 << 1;
        QTest::newRow("edited chain value") << none << qint64(0) << qint64(6) << qint64(6)
                                            << BreakKind::EditedEntry << kEntries << 1;
        QTest::newRow("deleted entry")
            << QStringList { u"DELETE FROM entries WHERE seq = 4"_s } << qint64(0) << qint64(0)
            << qint64(4) << BreakKind::DeletedEntry << kEntries - 1 << 1;
        QTest::newRow("deleted first entry")
            << QStringList { u"DELETE FROM entries WHERE seq = 1"_s } << qint64(0) << qint64(0)
            << qint64(1) << BreakKind::DeletedEntry << kEntries - 1 << 1;
        QTest::newRow("swapped entries")
            << QStringList { u"UPDATE entries SET seq = -1 WHERE seq = 4"_s,
                   u"UPDATE entries SET seq = 4 WHERE seq = 5"_s,
                   u"UPDATE entries SET seq = 5 WHERE seq = -1"_s }
            << qint64(0) << qint64(0) << qint64(4) << BreakKind::Reordered << kEntries - 2 << 2;
        QTest::newRow("deleted and renumbered")
            << QStringList { u"DELETE FROM entries WHERE seq = 3"_s,
                   u"UPDATE entries SET seq = -seq WHERE seq > 3"_s,
                   u"UPDATE entries SET seq = -seq - 1 WHERE seq < 0"_s }
            << qint64(0) << qint64(0) << qint64(3) << BreakKind::Reordered << 2 << 10;
        QTest::newRow("forged entry inserted in the middle")
            << QStringList { u"UPDATE entries SET seq = -seq WHERE seq >= 4"_s,
                   u"UPDATE entries SET seq = -seq + 1 WHERE seq < 0"_s,
                   u"INSERT INTO entries VALUES (4, randomblob(120), randomblob(32))"_s }
            << qint64(0) << qint64(0) << qint64(4) << BreakKind::Inserted << 3 << 10;
        QTest::newRow("forged entry appended")
            << QStringList { u"INSERT INTO entries VALUES (11, randomblob(120), randomblob(32))"_s }
            << qint64(0) << qint64(0) << qint64(11) << BreakKind::Inserted << kEntries << 1;
        QTest::newRow("entry replayed at the end")
            << QStringList { u"INSERT INTO entries SELECT 11, payload, chain FROM entries WHERE seq = 2"_s }
            << qint64(0) << qint64(0) << qint64(11) << BreakKind::Inserted << kEntries << 1;
        QTest::newRow("truncated tail")
            << QStringList { u"DELETE FROM entries WHERE seq > 7"_s } << qint64(0) << qint64(0)
            << qint64(8) << BreakKind::TruncatedTail << 7 << 1;
        QTest::newRow("truncated tail, clear head rewritten")
            << QStringList { u"DELETE FROM entries WHERE seq > 7"_s,
                   u"UPDATE meta SET value = '7' WHERE key = 'head_seq'"_s }
            << qint64(0) << qint64(0) << qint64(8) << BreakKind::TruncatedTail << 7 << 2;
        QTest::newRow("every entry deleted")
            << QStringList { u"DELETE FROM entries"_s } << qint64(0) << qint64(0) << qint64(1)
            << BreakKind::TruncatedTail << 0 << 1;
        QTest::newRow("anchor deleted")
            << QStringList { u"DELETE FROM meta WHERE key = 'anchor'"_s } << qint64(0) << qint64(0)
            << qint64(0) << BreakKind::AnchorTampered << kEntries << 1;
    }

    void tampering()
    {
        QFETCH(QStringList, sql);
        QFETCH(qint64, flipPayloadOf);
        QFETCH(qint64, flipChainOf);
        QFETCH(qint64, seq);
        QFETCH(BreakKind, kind);
        QFETCH(int, readable);
        QFETCH(int, breaks);

        QTemporaryDir dir;
        crypto::MemoryKeyStore keys;
        const QString path = makeLog(dir, keys);
        QVERIFY(!path.isEmpty());
        QVERIFY(audit::verifyAuditLog(path, keys).intact());

        const auto flip = [](QByteArray &b) { b[b.size() / 2] = char(b[b.size() / 2] ^ 0x01); };
        if (!sql.isEmpty())
            QVERIFY(test::rawSql(path, sql));
        if (flipPayloadOf)
            QVERIFY(test::editEntryBlob(path, flipPayloadOf, u"payload"_s, flip));
        if (flipChainOf)
            QVERIFY(test::editEntryBlob(path, flipChainOf, u"chain"_s, flip));

        const audit::VerifyReport report = audit::verifyAuditLog(path, keys);
        QVERIFY(!report.intact());
        QCOMPARE(report.breaks.first().seq, seq);
        QCOMPARE(report.breaks.first().kind, kind);
        QCOMPARE(readableCount(path, keys), readable);
        QVERIFY2(report.breaks.size() <= breaks, qPrintable(QString::number(report.breaks.size())));
    }

    void appendingAfterATruncationKeepsTheGapVisible()
    {
        QTemporaryDir dir;
        crypto::MemoryKeyStore keys;
        const QString path = makeLog(dir, keys);
        QVERIFY(test::rawSql(path, { u"DELETE FROM entries WHERE seq > 7"_s }));
        {
            auto log = audit::AuditLog::open(path, keys, test::auditIdentity());
            QVERIFY(log);
            QCOMPARE((*log)->append(audit::Action::SignIn).value(), kEntries + 1);
        }
        const audit::VerifyReport report = audit::verifyAuditLog(path, keys);
        QCOMPARE(report.breaks.size(), 1);
        QCOMPARE(report.breaks.first().seq, 8);
        QCOMPARE(report.breaks.first().kind, BreakKind::DeletedEntry);
        QCOMPARE(report.firstBreakText(), u"entry 8: deleted-entry"_s);
    }

    void wrongKey()
    {
        QTemporaryDir dir;
        crypto::MemoryKeyStore keys;
        const QString path = makeLog(dir, keys);
        crypto::MemoryKeyStore other;
        const audit::VerifyReport report = audit::verifyAuditLog(path, other);
        QCOMPARE(report.breaks.size(), 1);
        QCOMPARE(report.breaks.first().kind, BreakKind::WrongKey);
        QCOMPARE(report.entriesChecked, 0);
        QCOMPARE(report.firstBreakText(), u"wrong-key"_s);
    }

    void changedHeaderReadsAsAWrongKey()
    {
        QTemporaryDir dir;
        crypto::MemoryKeyStore keys;
        const QString path = makeLog(dir, keys);
        QVERIFY(
            test::rawSql(path, { u"UPDATE meta SET value = 'other-net' WHERE key = 'network'"_s }));
        const audit::VerifyReport report = audit::verifyAuditLog(path, keys);
        QCOMPARE(report.breaks.size(), 1);
        QCOMPARE(report.breaks.first().kind, BreakKind::WrongKey);
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<BreakKind>("kind");
        QByteArray random(64 * 1024, '\0');
        for (qsizetype i = 0; i < random.size(); ++i)
            random[i] = char((i * 2654435761u) >> 13);
        QTest::newRow("random bytes") << random << BreakKind::NotAnAuditLog;
        QTest::newRow("text") << QByteArray("not a database\n") << BreakKind::NotAnAuditLog;
        QTest::newRow("empty") << QByteArray() << BreakKind::NotAnAuditLog;
    }

    void damagedFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(BreakKind, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"foreign.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        crypto::MemoryKeyStore keys;
        const audit::VerifyReport report = audit::verifyAuditLog(path, keys);
        QCOMPARE(report.breaks.size(), 1);
        QCOMPARE(report.breaks.first().kind, kind);
        QVERIFY(!report.detail.isEmpty());
    }

    void foreignSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.sqlite"_s);
        QVERIFY(test::rawSql(path, { u"CREATE TABLE t (x)"_s, u"INSERT INTO t VALUES (1)"_s }));
        crypto::MemoryKeyStore keys;
        const audit::VerifyReport report = audit::verifyAuditLog(path, keys);
        QCOMPARE(report.breaks.first().kind, BreakKind::NotAnAuditLog);
        QVERIFY(!audit::AuditLog::openExisting(path, keys, true));
    }

    void truncatedFile_data()
    {
        QTest::addColumn<double>("keep");
        QTest::newRow("90%") << 0.9;
        QTest::newRow("60%") << 0.6;
        QTest::newRow("first page only") << 0.0;
    }

    void truncatedFile()
    {
        QFETCH(double, keep);
        QTemporaryDir dir;
        crypto::MemoryKeyStore keys;
        const QString path = makeLog(dir, keys, 120);
        QVERIFY(!path.isEmpty());
        QFile f(path);
        const qint64 size = keep > 0 ? qint64(double(f.size()) * keep) : 4096;
        QVERIFY(f.resize(size));
        const audit::VerifyReport report = audit::verifyAuditLog(path, keys); // no crash
        QVERIFY(!report.intact());
        QVERIFY(report.entriesChecked <= 120);
        auto log = audit::AuditLog::openExisting(path, keys, true);
        if (log)
            (void)(*log)->read(); // whatever it returns, it returns
    }
};

QTEST_GUILESS_MAIN(TestAuditVerifier)
#include "tst_auditverifier.moc"
