// `renkei --demo`: the demo network starts in the background and then answers real HTTP.
#include "demo/demonetwork.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace renkei::demo;

class TestDemoNetwork : public QObject {
    Q_OBJECT
private slots:
    void startsInTheBackgroundAndServesFhir()
    {
        DemoNetwork network;
        QSignalSpy ready(&network, &DemoNetwork::ready);
        QSignalSpy failed(&network, &DemoNetwork::failed);
        GeneratorOptions generator;
        generator.today = QDate(2026, 4, 1);
        network.start(generator);
        // The caller's event loop keeps running while the data is generated.
        QVERIFY(ready.isEmpty());
        QVERIFY(ready.wait(90000));
        QVERIFY(failed.isEmpty());
        const QUrl base = ready.at(0).at(0).toUrl();
        QCOMPARE(base.host(), u"127.0.0.1"_s);
        QVERIFY(base.port() > 0);
        QCOMPARE(network.url(), base);
        QVERIFY(network.server());

        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(base.toString() + u"/metadata"_s)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject capability = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(capability[u"resourceType"_s].toString(), u"CapabilityStatement"_s);
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestDemoNetwork)
#include "tst_demonetwork.moc"
