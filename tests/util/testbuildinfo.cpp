#include "util/buildinfo.h"

#include <QTest>

#include <renkei/version.h>

using namespace Qt::StringLiterals;

class TestBuildInfo : public QObject {
    Q_OBJECT
private slots:
    void fieldsComeFromTheBuildAndTheRuntime();
    void versionTextNamesEverything();
    void versionTextWithoutBuildType();
};

void TestBuildInfo::fieldsComeFromTheBuildAndTheRuntime()
{
    const renkei::BuildInfo info = renkei::buildInfo();
    QCOMPARE(info.version, QString::fromLatin1(renkei::version::kVersion));
    QVERIFY(!info.version.isEmpty());
    QCOMPARE(info.buildId, QString::fromLatin1(renkei::version::kBuildId));
    QVERIFY(!info.buildId.isEmpty());
    QCOMPARE(info.buildType, QString::fromLatin1(renkei::version::kBuildType));
    QCOMPARE(info.qtVersion, QString::fromLatin1(qVersion()));
    QCOMPARE(info.qtBuildVersion, QString::fromLatin1(QT_VERSION_STR));
    QVERIFY2(info.openSslVersion.startsWith(u"OpenSSL 3."_s), qPrintable(info.openSslVersion));
    QVERIFY2(
        info.openSslBuildVersion.startsWith(u"OpenSSL 3."_s), qPrintable(info.openSslBuildVersion));
}

void TestBuildInfo::versionTextNamesEverything()
{
    renkei::BuildInfo info;
    info.version = u"1.2.3"_s;
    info.buildId = u"abc1234"_s;
    info.buildType = u"Release"_s;
    info.qtVersion = u"6.4.2"_s;
    info.openSslVersion = u"OpenSSL 3.0.15 3 Sep 2024"_s;
    QCOMPARE(info.versionText(),
        u"Renkei Viewer 1.2.3 (build abc1234, Release)\nQt 6.4.2\nOpenSSL 3.0.15 3 Sep 2024"_s);

    info.qtBuildVersion = u"6.4.0"_s;
    info.openSslBuildVersion = u"OpenSSL 3.0.11 19 Sep 2023"_s;
    QCOMPARE(info.versionText(),
        u"Renkei Viewer 1.2.3 (build abc1234, Release)\nQt 6.4.2 (built with 6.4.0)\n"
        "OpenSSL 3.0.15 3 Sep 2024 (built with OpenSSL 3.0.11 19 Sep 2023)"_s);

    const QString real = renkei::buildInfo().versionText();
    QVERIFY(real.startsWith(u"Renkei Viewer "_s));
    QVERIFY(real.contains(QString::fromLatin1(qVersion())));
    QVERIFY(real.contains(u"(built with %1)"_s.arg(QString::fromLatin1(QT_VERSION_STR))));
    QVERIFY(real.contains(u"OpenSSL"_s));
    QVERIFY(real.contains(u"(built with OpenSSL 3."_s));
}

void TestBuildInfo::versionTextWithoutBuildType()
{
    renkei::BuildInfo info;
    info.version = u"1.0"_s;
    info.buildId = u"unknown"_s;
    QVERIFY(info.versionText().startsWith(u"Renkei Viewer 1.0 (build unknown, unspecified)\n"_s));
}

QTEST_GUILESS_MAIN(TestBuildInfo)
#include "testbuildinfo.moc"
