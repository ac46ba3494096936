// The search panel and the opener against the demo server on loopback (real sockets): a network
// search, then opening a patient from the network (a sync into the encrypted cache, the record
// shown as pages land), the banner's progress, and a failing network said in words.
#include "../demo/demoserverfixture.h"
#include "clinical/patientrecord.h"
#include "net/httptransport.h"
#include "workspace/patientarea.h"
#include "workspace/patientbanner.h"
#include "workspace/patientopener.h"
#include "workspace/patientsearchpanel.h"
#include "workspace/workspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using renkei::ui::PatientArea;
using renkei::ui::PatientListEntry;
using renkei::ui::PatientOpener;
using renkei::ui::PatientSearchPanel;

namespace {

struct FixedToken : renkei::net::AccessTokenSource {
    QByteArray token;
    renkei::crypto::SecretBytes accessToken() const override
    {
        return renkei::crypto::SecretBytes::copyOf(token);
    }
    bool needsRefresh() const override { return false; }
    void refreshAccessToken(
        QObject *, std::function<void(const renkei::Result<void> &)> done) override
    {
        done(renkei::Error { renkei::Error::Kind::Auth, u"fixed token"_s });
    }
};

} // namespace

class TestPatientNetwork : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void searchThenOpenFromTheNetwork();
    void aRefusedTokenIsSaidInWords();

private:
    std::unique_ptr<renkei::demo::DemoServer> m_server;
    QUrl m_url;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<renkei::net::HttpTransport> m_transport;
    FixedToken m_token;
    std::unique_ptr<PatientOpener> m_opener;
    std::unique_ptr<PatientSearchPanel> m_panel;
    std::unique_ptr<PatientArea> m_area;
};

void TestPatientNetwork::initTestCase()
{
    QCoreApplication::setOrganizationName(u"RenkeiTest"_s);
    QCoreApplication::setApplicationName(u"TestPatientNetwork"_s);
    m_server = std::make_unique<renkei::demo::DemoServer>(renkei::test::smallDataset());
    auto url = m_server->start(0);
    QVERIFY(url.ok());
    m_url = *url;
}

void TestPatientNetwork::init()
{
    m_token.token = m_server->issueAccessToken(u"doctor1"_s).toUtf8();
    QVERIFY(!m_token.token.isEmpty());
    m_nam = std::make_unique<QNetworkAccessManager>();
    renkei::net::TransportOptions options;
    options.requestTimeoutMs = 5000;
    options.retry.maxAttempts = 1;
    m_transport
        = std::make_unique<renkei::net::HttpTransport>(*m_nam, renkei::net::TlsPolicy {}, options);
    m_transport->setTokenSource(&m_token);
    m_opener = std::make_unique<PatientOpener>();
    QVERIFY(m_opener->openEphemeralCache(u"renkei:demo-test:doctor1:cache"_s).ok());
    m_opener->setNetwork(m_transport.get(), m_url, u"demo-test"_s);
    m_panel = std::make_unique<PatientSearchPanel>(*m_opener);
    m_area = std::make_unique<PatientArea>(*m_opener);
}

void TestPatientNetwork::cleanup()
{
    m_area.reset();
    m_panel.reset();
    m_opener.reset();
    m_transport.reset();
    m_nam.reset();
}

void TestPatientNetwork::searchThenOpenFromTheNetwork()
{
    QVERIFY(m_panel->networkButton()->isVisibleTo(m_panel.get()));
    m_panel->queryEdit()->setText(u"やまだ"_s);
    m_panel->searchNetwork();
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->networkButton()->isEnabled(), 10000);
    QModelIndex found;
    const auto &entries = m_panel->model()->entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).source == PatientListEntry::Source::Network)
            found = m_panel->model()->index(i);
    }
    QVERIFY2(found.isValid(), "no network result");
    QString name = m_panel->model()->entry(found)->kanjiName;
    name.remove(u' ').remove(u'\u3000');
    QCOMPARE(name, u"山田太郎"_s);

    QSignalSpy syncing(m_opener.get(), &PatientOpener::syncRunningChanged);
    emit m_panel->listView()->activated(found);
    QVERIFY(m_opener->isSyncing());
    QTRY_VERIFY_WITH_TIMEOUT(!m_opener->isSyncing(), 30000);
    QCOMPARE(syncing.first().first().toBool(), true);
    QCOMPARE(syncing.last().first().toBool(), false);
    QTRY_VERIFY(m_area->showsPatient());
    QTRY_VERIFY(!m_opener->isLoading());
    const auto record = m_area->workspace()->record();
    QVERIFY(record);
    QCOMPARE(record->patient().id, u"p1"_s);
    // What is shown is the whole synced record, as a fresh read of the cache gives it.
    const auto fresh = m_opener->cache()->loadPatient(m_opener->currentKey());
    QVERIFY(fresh.ok());
    QVERIFY(fresh->rowsRead > renkei::test::kP1Observations);
    QCOMPARE(record->resources().count(), fresh->resources.count());
    QCOMPARE(record->resources().allergies.size(), 1);
    QVERIFY(m_area->banner()->allergyAlert());
    QVERIFY(m_area->banner()->syncButton()->isEnabled()); // may sync again
    auto *lastSync = m_area->findChild<QLabel *>(u"bannerLastSync"_s);
    QVERIFY(!lastSync->text().isEmpty());
    // Now cached: the offline list has them.
    m_panel->queryEdit()->setText(u"ヤマダ"_s);
    QTRY_VERIFY(
        std::any_of(m_panel->model()->entries().cbegin(), m_panel->model()->entries().cend(),
            [](const PatientListEntry &e) { return e.source == PatientListEntry::Source::Cache; }));
}

void TestPatientNetwork::aRefusedTokenIsSaidInWords()
{
    m_token.token = "not-a-token";
    m_panel->queryEdit()->setText(u"やまだ"_s);
    m_panel->searchNetwork();
    auto *status = m_panel->findChild<QLabel *>(u"patientSearchStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->networkButton()->isEnabled(), 10000);
    QVERIFY(status->text().startsWith(u"The network search failed"_s));
    QVERIFY(!status->text().contains(u"not-a-token"_s));
    // Opening from the network fails the same way: nothing is shown, the words say why.
    QSignalSpy problems(m_opener.get(), &PatientOpener::problem);
    m_opener->openFromNetwork(u"p1"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_opener->isSyncing(), 10000);
    QCOMPARE(problems.count(), 1);
    QVERIFY(!m_area->showsPatient());
}

QTEST_MAIN(TestPatientNetwork)
#include "testpatientnetwork.moc"
