#include "commandline.h"

#include <QTest>

using namespace Qt::StringLiterals;
using renkei::ui::GuiOptions;

class TestGuiCommandLine : public QObject {
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void helpNamesTheProgramAndOptions();
};

void TestGuiCommandLine::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("version");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("screenshot");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("error");

    const QString app = u"renkei"_s;
    QTest::newRow("nothing") << QStringList { app } << false << false << QString() << QString()
                             << false;
    QTest::newRow("--version") << QStringList { app, u"--version"_s } << true << false << QString()
                               << QString() << false;
    QTest::newRow("-v") << QStringList { app, u"-v"_s } << true << false << QString() << QString()
                        << false;
    QTest::newRow("--demo") << QStringList { app, u"--demo"_s } << false << true << QString()
                            << QString() << false;
    QTest::newRow("--screenshot") << QStringList { app, u"--screenshot"_s, u"/tmp/a.png"_s }
                                  << false << false << u"/tmp/a.png"_s << QString() << false;
    QTest::newRow("--screenshot=") << QStringList { app, u"--screenshot=/tmp/b.png"_s } << false
                                   << false << u"/tmp/b.png"_s << QString() << false;
    QTest::newRow("--lang en") << QStringList { app, u"--lang"_s, u"en"_s } << false << false
                               << QString() << u"en"_s << false;
    QTest::newRow("--lang ja_JP") << QStringList { app, u"--lang=ja_JP"_s } << false << false
                                  << QString() << u"ja"_s << false;
    QTest::newRow("all") << QStringList { app, u"--demo"_s, u"--lang"_s, u"ja"_s, u"--screenshot"_s,
        u"s.png"_s } << false
                         << true << u"s.png"_s << u"ja"_s << false;
    QTest::newRow("--lang fr") << QStringList { app, u"--lang"_s, u"fr"_s } << false << false
                               << QString() << QString() << true;
    QTest::newRow("--lang missing")
        << QStringList { app, u"--lang"_s } << false << false << QString() << QString() << true;
    QTest::newRow("--screenshot missing") << QStringList { app, u"--screenshot"_s } << false
                                          << false << QString() << QString() << true;
    QTest::newRow("unknown option") << QStringList { app, u"--frobnicate"_s } << false << false
                                    << QString() << QString() << true;
    QTest::newRow("positional") << QStringList { app, u"patient-123"_s } << false << false
                                << QString() << QString() << true;
}

void TestGuiCommandLine::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, version);
    QFETCH(bool, demo);
    QFETCH(QString, screenshot);
    QFETCH(QString, language);
    QFETCH(bool, error);

    const GuiOptions options = renkei::ui::parseGuiCommandLine(arguments);
    QCOMPARE(!options.error.isEmpty(), error);
    if (error)
        return;
    QCOMPARE(options.showVersion, version);
    QCOMPARE(options.demo, demo);
    QCOMPARE(options.screenshotPath, screenshot);
    QCOMPARE(options.language, language);
    QVERIFY(!options.showHelp);
}

void TestGuiCommandLine::helpNamesTheProgramAndOptions()
{
    const GuiOptions options = renkei::ui::parseGuiCommandLine({ u"/usr/bin/renkei"_s, u"-h"_s });
    QVERIFY(options.error.isEmpty());
    QVERIFY(options.showHelp);
    QVERIFY2(options.helpText.startsWith(u"Usage: "_s), qPrintable(options.helpText));
    QVERIFY(!options.helpText.contains(u"<executable_name>"_s));
    for (const QString &option : { u"--version"_s, u"--demo"_s, u"--screenshot"_s, u"--lang"_s })
        QVERIFY2(options.helpText.contains(option), qPrintable(option));
}

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "testguicommandline.moc"
