// ViewerAudit: the viewer's audit entries (sign-in, search, open, sync, purge, sign-out) in a
// log that verifies, and the hourly retention purge driven by a mock clock.
#include "audit/auditverifier.h"
#include "fhir/writer.h"
#include "net/networkpolicy.h"
#include "net/profilesecrets.h"
#include "workspace/patientopener.h"
#include "workspace/vieweraudit.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace renkei;
using renkei::ui::PatientOpener;
using renkei::ui::ViewerAudit;

namespace {

const QString kNetwork = u"testnet"_s;

bool addPatient(cache::Cache &cache, const QString &id, const QString &name)
{
    model::Patient p;
    p.id = id;
    p.kanjiName = name;
    p.birthDate = QDate(1970, 3, 1);
    cache::RawResource r;
    if (!cache::RawResource::fromJson(
            QJsonDocument(fhir::writePatient(p)).toJson(QJsonDocument::Compact), &r))
        return false;
    return bool(cache.putPage({ kNetwork, id }, { r }, {}));
}

QList<audit::Action> actions(const audit::AuditLog &log)
{
    QList<audit::Action> out;
    const auto readout = log.read();
    for (const audit::AuditRecord &r : readout->records)
        out.append(r.action);
    return out;
}

} // namespace

class TestViewerAudit : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"RenkeiTest"_s);
        QCoreApplication::setApplicationName(u"TestViewerAudit"_s);
    }

    void init()
    {
        m_opener = std::make_unique<PatientOpener>();
        QVERIFY(m_opener->openEphemeralCache(u"renkei:testnet:tester:cache"_s).ok());
        QVERIFY(addPatient(*m_opener->cache(), u"p1"_s, u"山田 太郎"_s));
        QVERIFY(addPatient(*m_opener->cache(), u"p2"_s, u"山本 花子"_s));
        m_now = QDateTime::currentDateTimeUtc();
        m_audit = std::make_unique<ViewerAudit>(*m_opener);
        m_audit->setClock([this] { return m_now; });
    }

    void cleanup()
    {
        m_audit.reset();
        m_opener.reset();
    }

    void openAndSyncAppendTheirEntries()
    {
        m_audit->signedIn(kNetwork, u"tester"_s, 90);
        QVERIFY(m_audit->log());
        const QString key = m_opener->cache()->patientKey({ kNetwork, u"p1"_s });
        QSignalSpy shown(m_opener.get(), &PatientOpener::recordChanged);
        m_opener->openCached(key);
        QTRY_VERIFY(m_opener->record() != nullptr);
        // Page updates of the same patient are not new openings.
        Q_EMIT m_opener->recordChanged(m_opener->record());
        m_audit->searched({ u"name"_s, u"_count"_s });
        // What a sync looks like from here: running, then done (the engine's own tests cover it).
        Q_EMIT m_opener->syncRunningChanged(true);
        Q_EMIT m_opener->syncRunningChanged(false);
        m_opener->close();
        const QString path = m_audit->log()->path();
        m_audit->signedOut();
        QVERIFY(!m_audit->log());

        crypto::KeyStore &keys = *m_opener->keyStore();
        auto log = audit::AuditLog::openExisting(path, keys, true);
        QVERIFY(log);
        using A = audit::Action;
        QCOMPARE(actions(**log), (QList<A> { A::SignIn, A::Open, A::Search, A::Sync, A::SignOut }));
        const auto records = (*log)->read()->records;
        QCOMPARE(records.at(1).patientKey, key);
        QCOMPARE(records.at(3).patientKey, key);
        QCOMPARE(records.at(2).details.message, u"name,_count"_s);
        QCOMPARE(records.at(0).network, kNetwork);
        QCOMPARE(records.at(0).user, u"tester"_s);
        const audit::VerifyReport report = audit::verifyAuditLog(path, keys);
        QVERIFY2(report.intact(), qPrintable(report.firstBreakText()));
        QCOMPARE(report.entriesIntact, 5);
        // The patient's key is not in the file: entries are sealed.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(key.toUtf8()));
    }

    void purgeTimerForgetsUnviewedPatients()
    {
        m_now = QDateTime::currentDateTimeUtc().addDays(89);
        m_audit->signedIn(kNetwork, u"tester"_s, 90); // the purge at start: nothing is old enough
        QCOMPARE(m_opener->cache()->listPatients()->size(), 2);
        using A = audit::Action;
        QCOMPARE(actions(*m_audit->log()), QList<A> { A::SignIn });
        QVERIFY(m_audit->purgeTimer().isActive());
        QCOMPARE(m_audit->purgeTimer().interval(), ViewerAudit::kPurgeIntervalMs);

        // Two days later the hourly timer fires: both patients, never viewed, are forgotten.
        m_now = m_now.addDays(2);
        QSignalSpy changed(m_opener.get(), &PatientOpener::cachedPatientsChanged);
        m_audit->purgeTimer().setInterval(20);
        QTRY_VERIFY(changed.size() >= 1);
        QCOMPARE(m_opener->cache()->listPatients()->size(), 0);
        const auto records = m_audit->log()->read()->records;
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).action, A::Purge);
        QVERIFY(records.at(1).details.message.startsWith(u"2 patients"_s));
        // Nothing left to purge: no further entries.
        QTest::qWait(100);
        QCOMPARE(m_audit->log()->read()->records.size(), 2);
        QVERIFY(audit::verifyAuditLog(m_audit->log()->path(), *m_opener->keyStore()).intact());
    }

    void retentionDaysAreHonoured()
    {
        QCOMPARE(ViewerAudit::retentionDays({}), ViewerAudit::kDefaultRetentionDays);
        // The network's policy sets the days (晴れやかネット keeps 360), and a policy the network
        // published only makes them shorter.
        net::NetworkProfile profile;
        profile.id = u"hareyaka"_s;
        net::NetworkPolicy policy;
        policy.expiryUnviewedDays = 360;
        {
            const auto settings = net::openViewerSettings();
            QVERIFY(net::savePolicy(*settings, profile.id, policy));
        }
        QCOMPARE(ViewerAudit::retentionDays(profile), 360);
        net::NetworkPolicy published;
        published.expiryUnviewedDays = 180;
        {
            const auto settings = net::openViewerSettings();
            net::rememberServerPolicy(*settings, profile.id, published);
        }
        QCOMPARE(ViewerAudit::retentionDays(profile), 180);
        m_audit->signedIn(kNetwork, u"tester"_s, 30);
        m_now = QDateTime::currentDateTimeUtc().addDays(29);
        QCOMPARE(m_audit->purgeNow(), 0);
        QCOMPARE(m_opener->cache()->listPatients()->size(), 2);
        m_now = m_now.addDays(2);
        QCOMPARE(m_audit->purgeNow(), 2);
        QCOMPARE(m_opener->cache()->listPatients()->size(), 0);
    }

private:
    std::unique_ptr<PatientOpener> m_opener;
    std::unique_ptr<ViewerAudit> m_audit;
    QDateTime m_now;
};

QTEST_MAIN(TestViewerAudit)
#include "testvieweraudit.moc"
