// The AuditEvent uploader against the real demo server: entries arrive once, a server error
// leaves them pending (and a later run sends them), a network without AuditEvent gets nothing.
#include "../audit/auditfixture.h"
#include "sync/audituploader.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace renkei;
using namespace Qt::Literals::StringLiterals;

class TestAuditUploader : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<audit::AuditLog> openLog(test::SyncFixture &f)
    {
        auto log = audit::AuditLog::open(
            f.dir.filePath(u"audit.sqlite"_s), f.keys, test::auditIdentity());
        if (!log) {
            qWarning() << log.error().describe();
            return nullptr;
        }
        return std::move(*log);
    }

    static bool run(sync::AuditUploader &uploader)
    {
        QSignalSpy done(&uploader, &sync::AuditUploader::finished);
        uploader.start();
        return done.wait(20000) && done.size() == 1;
    }

    // The action codes of the received AuditEvents, in arrival order.
    static QStringList receivedActions(const demo::DemoServer &server)
    {
        QStringList out;
        for (const QByteArray &json : server.receivedAuditEvents()) {
            const QJsonObject e = QJsonDocument::fromJson(json).object();
            out.append(e[u"subtype"_s].toArray().at(0)[u"code"_s].toString());
        }
        return out;
    }

private Q_SLOTS:
    void sendsEachEntryOnce()
    {
        test::SyncFixture f;
        QVERIFY(f.start());
        auto log = openLog(f);
        QVERIFY(log);
        QVERIFY(test::fillAuditLog(*log, 5));
        sync::AuditUploader uploader(*f.fhir, *log);
        QVERIFY(run(uploader));
        QVERIFY2(uploader.lastResult(),
            uploader.lastResult() ? "" : qPrintable(uploader.lastResult().error().describe()));
        QVERIFY(uploader.lastResult()->accepted);
        QCOMPARE(uploader.lastResult()->sent, 5);
        QCOMPARE(uploader.lastResult()->pending, 0);
        QCOMPARE(f.server->receivedAuditEvents().size(), 5);
        QCOMPARE(log->uploadedSeq(), 5);
        for (const QByteArray &json : f.server->receivedAuditEvents())
            QCOMPARE(QJsonDocument::fromJson(json)[u"resourceType"_s].toString(), u"AuditEvent"_s);

        // A second run sends nothing again; a new entry goes alone.
        QVERIFY(run(uploader));
        QCOMPARE(uploader.lastResult()->sent, 0);
        QCOMPARE(f.server->receivedAuditEvents().size(), 5);
        QVERIFY(log->append(audit::Action::Open, u"pk-new"_s));
        QVERIFY(run(uploader));
        QCOMPARE(uploader.lastResult()->sent, 1);
        QCOMPARE(f.server->receivedAuditEvents().size(), 6);
        const QByteArray last = f.server->receivedAuditEvents().constLast();
        QVERIFY(last.contains("pk-new"));
    }

    void serverErrorLeavesEntriesPending()
    {
        test::SyncFixture f;
        QVERIFY(f.start());
        auto log = openLog(f);
        QVERIFY(log);
        QVERIFY(test::fillAuditLog(*log, 4));
        // Two go in the first run; the next run's first POST fails with a 500 and the rest wait.
        sync::AuditUploader uploader(*f.fhir, *log);
        uploader.setRetryDelay(0);
        uploader.setBatchLimit(2);
        QVERIFY(run(uploader));
        QCOMPARE(uploader.lastResult()->sent, 2);
        demo::Fault fault;
        fault.pathPattern = u"AuditEvent"_s;
        fault.status = 500;
        fault.count = 1;
        f.server->addFault(fault);
        QVERIFY(run(uploader));
        QVERIFY(!uploader.lastResult());
        QCOMPARE(f.server->receivedAuditEvents().size(), 2);
        QCOMPARE(log->uploadedSeq(), 2);
        QCOMPARE(log->pendingUpload()->records.size(), 2);

        // Once the server is well again, the pending ones go, each once.
        uploader.setBatchLimit(500);
        QVERIFY(run(uploader));
        QVERIFY(uploader.lastResult());
        QCOMPARE(uploader.lastResult()->sent, 2);
        QCOMPARE(f.server->receivedAuditEvents().size(), 4);
        QCOMPARE(log->uploadedSeq(), 4);
        QCOMPARE(receivedActions(*f.server).size(), 4);
    }

    void failedRunRetriesLater()
    {
        test::SyncFixture f;
        QVERIFY(f.start());
        auto log = openLog(f);
        QVERIFY(log);
        QVERIFY(test::fillAuditLog(*log, 2));
        demo::Fault fault;
        fault.pathPattern = u"AuditEvent"_s;
        fault.status = 500;
        fault.count = 1;
        f.server->addFault(fault);
        sync::AuditUploader uploader(*f.fhir, *log);
        uploader.setRetryDelay(200);
        QSignalSpy done(&uploader, &sync::AuditUploader::finished);
        uploader.start();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 20000);
        QVERIFY(uploader.lastResult());
        QCOMPARE(f.server->receivedAuditEvents().size(), 2);
        QCOMPARE(log->uploadedSeq(), 2);
    }

    void networkWithoutAuditEventGetsNothing()
    {
        test::SyncFixture f;
        demo::DemoServerOptions options;
        options.acceptAuditEvents = false;
        QVERIFY(f.start(options));
        auto log = openLog(f);
        QVERIFY(log);
        QVERIFY(test::fillAuditLog(*log, 3));
        int posts = 0;
        connect(f.server.get(), &demo::DemoServer::requestServed, this,
            [&](const QString &method, const QString &, int) { posts += method == u"POST"_s; });
        sync::AuditUploader uploader(*f.fhir, *log);
        QVERIFY(run(uploader));
        QVERIFY(uploader.lastResult());
        QVERIFY(!uploader.lastResult()->accepted);
        QCOMPARE(uploader.lastResult()->sent, 0);
        QCOMPARE(uploader.lastResult()->pending, 3);
        QCOMPARE(posts, 0);
        QCOMPARE(log->uploadedSeq(), 0);
        QVERIFY(f.server->receivedAuditEvents().isEmpty());
    }

    void capabilityParsing()
    {
        const auto cap = [](const QString &json) {
            return sync::AuditUploader::acceptsAuditEvents(
                QJsonDocument::fromJson(json.toUtf8()).object());
        };
        QVERIFY(cap(uR"({"rest":[{"mode":"server","resource":[{"type":"AuditEvent",
            "interaction":[{"code":"create"}]}]}]})"_s));
        QVERIFY(!cap(uR"({"rest":[{"mode":"server","resource":[{"type":"AuditEvent",
            "interaction":[{"code":"read"}]}]}]})"_s));
        QVERIFY(!cap(uR"({"rest":[{"mode":"client","resource":[{"type":"AuditEvent",
            "interaction":[{"code":"create"}]}]}]})"_s));
        QVERIFY(!cap(u"{}"_s));
    }
};

QTEST_GUILESS_MAIN(TestAuditUploader)
#include "tst_audituploader.moc"
