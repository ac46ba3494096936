// `renkei --demo` end to end (the real binary, offscreen): the demo network starts, the demo
// doctor signs in by itself through the OAuth flow, and `--screenshot` waits for that sign-in.
#include "support/testenvironment.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDemoRun : public QObject {
    Q_OBJECT
private slots:
    void demoDoctorSignsInBeforeTheScreenshot();
};

void TestDemoRun::demoDoctorSignsInBeforeTheScreenshot()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toUtf8());
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    const QString shot = home.filePath(u"demo.png"_s);
    const auto run = renkei::test::runProcess(QStringLiteral(RENKEI_GUI_PATH),
        { u"--demo"_s, u"--lang"_s, u"ja"_s, u"--screenshot"_s, shot }, 120000);
    const QString log = QString::fromUtf8(run.err + run.out);
    QVERIFY2(run.exitCode == 0, qPrintable(log.right(2000)));
    // The order the log tells: the network listens, the sign-in page is filled in, the code is
    // exchanged, then the picture is taken.
    const qsizetype ready = log.indexOf(u"demo network ready"_s);
    const qsizetype page = log.indexOf(u"POST /authorize 302"_s);
    const qsizetype token = log.indexOf(u"POST /token 200"_s);
    const qsizetype signedIn = log.indexOf(u"signed in; scopes granted"_s);
    QVERIFY2(ready >= 0 && page > ready && token > page && signedIn > token,
        qPrintable(log.right(2000)));
    QVERIFY(!log.contains(u"demo sign-in failed"_s));
    QVERIFY(!log.contains(u"renkei-demo-doctor"_s)); // the demo password is not logged either
    QImage image;
    QVERIFY(image.load(shot));
    QVERIFY(image.width() >= 800);
}

QTEST_GUILESS_MAIN(TestDemoRun)
#include "testdemorun.moc"
