// The network's policy (core/net/networkpolicy.h): settings, the CapabilityStatement extension,
// the stricter of both, and profiles that keep their policy.
#include "net/networkpolicy.h"
#include "net/profilestore.h"

#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;
using net::NetworkPolicy;

class TestNetworkPolicy : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(u"s%1.ini"_s.arg(++m_run)), QSettings::IniFormat);
    }

    void defaultsAllowAndKeepNinetyDays()
    {
        const NetworkPolicy p = net::loadPolicy(*m_settings, u"nowhere"_s);
        QVERIFY(p.printAllowed);
        QVERIFY(p.exportAllowed);
        QCOMPARE(p.purgeDays(), 90);
        QCOMPARE(p.idleMinutes(10), 10);
    }

    void settingsRoundTripAndBadValuesFallBack()
    {
        NetworkPolicy p;
        p.printAllowed = false;
        p.expiryUnviewedDays = 360;
        p.cacheRetentionDays = 200;
        p.idleLockMinutes = 5;
        QVERIFY(net::savePolicy(*m_settings, u"hareyaka"_s, p));
        QCOMPARE(net::loadPolicy(*m_settings, u"hareyaka"_s), p);
        QCOMPARE(p.purgeDays(), 200); // the shorter limit
        QCOMPARE(p.idleMinutes(10), 5);
        QCOMPARE(p.idleMinutes(3), 3); // a workstation may be stricter

        m_settings->setValue(u"networks/hareyaka/policy/idleLockMinutes"_s, u"forever"_s);
        m_settings->setValue(u"networks/hareyaka/policy/expiryUnviewedDays"_s, -4);
        const NetworkPolicy read = net::loadPolicy(*m_settings, u"hareyaka"_s);
        QCOMPARE(read.idleLockMinutes, 0);
        QCOMPARE(read.expiryUnviewedDays, NetworkPolicy::kDefaultRetentionDays);
        p.idleLockMinutes = -1;
        QVERIFY(!net::savePolicy(*m_settings, u"hareyaka"_s, p));
    }

    void theCapabilityExtensionRoundTripsAndBadValuesAreRefused()
    {
        NetworkPolicy p;
        p.exportAllowed = false;
        p.expiryUnviewedDays = 360;
        p.idleLockMinutes = 15;
        QJsonObject cs { { u"resourceType"_s, u"CapabilityStatement"_s },
            { u"extension"_s, QJsonArray { net::policyExtension(p) } } };
        auto read = net::policyFromCapability(cs);
        QVERIFY(read);
        QVERIFY(read->has_value());
        QCOMPARE(**read, p);

        QVERIFY(!net::policyFromCapability(QJsonObject {})->has_value());

        QJsonObject ext = net::policyExtension(p);
        QJsonArray parts = ext[u"extension"_s].toArray();
        parts[0] = QJsonObject { { u"url"_s, u"print"_s }, { u"valueString"_s, u"no"_s } };
        ext[u"extension"_s] = parts;
        cs[u"extension"_s] = QJsonArray { ext };
        QVERIFY(!net::policyFromCapability(cs));
    }

    void theNetworksPolicyOnlyTightensTheProfiles()
    {
        NetworkPolicy local;
        local.idleLockMinutes = 5;
        local.expiryUnviewedDays = 400;
        QVERIFY(net::savePolicy(*m_settings, u"kanto"_s, local));
        NetworkPolicy server;
        server.printAllowed = false;
        server.idleLockMinutes = 15;
        server.expiryUnviewedDays = 360;
        net::rememberServerPolicy(*m_settings, u"kanto"_s, server);
        const NetworkPolicy effective = net::effectivePolicy(*m_settings, u"kanto"_s);
        QVERIFY(!effective.printAllowed);
        QVERIFY(effective.exportAllowed);
        QCOMPARE(effective.idleLockMinutes, 5);
        QCOMPARE(effective.expiryUnviewedDays, 360);

        // Saving the profile keeps both; forgetting the network's leaves the profile's.
        net::ProfileStore store(*m_settings);
        net::NetworkProfile profile;
        profile.id = u"kanto"_s;
        profile.displayName = u"関東ネット"_s;
        profile.fhirBaseUrl = QUrl(u"https://fhir.kanto.example.jp/r4"_s);
        profile.clientId = u"clinic-42"_s;
        profile.policy = local;
        QVERIFY(store.save(profile));
        QCOMPARE(store.load(u"kanto"_s)->policy, local);
        QVERIFY(!net::effectivePolicy(*m_settings, u"kanto"_s).printAllowed);
        net::rememberServerPolicy(*m_settings, u"kanto"_s, std::nullopt);
        QCOMPARE(net::effectivePolicy(*m_settings, u"kanto"_s), local);
        // A policy without a profile (the CLI's own cache) is not listed as a profile.
        QVERIFY(net::savePolicy(*m_settings, u"cli"_s, NetworkPolicy {}));
        QCOMPARE(store.list().size(), 1);
    }

private:
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_GUILESS_MAIN(TestNetworkPolicy)
#include "testnetworkpolicy.moc"
