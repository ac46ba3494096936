// `renkei --demo` end to end (the real binary, offscreen): the demo network starts, the demo
// doctor signs in by itself through the OAuth flow, and `--screenshot` waits for that sign-in.
#include "support/testenvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDemoRun : public QObject {
    Q_OBJECT
private slots:
    void demoDoctorSignsInBeforeTheScreenshot();
    void screenshotFolderShowsEveryViewOfTheRichestPatient();
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

// `--demo --screenshot DIR`: the richest demo patient synced into the (encrypted, ephemeral)
// cache, then one picture per view and one side by side.
void TestDemoRun::screenshotFolderShowsEveryViewOfTheRichestPatient()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toUtf8());
    qputenv("QT_LOGGING_RULES", "");
    // The app's temporary files go where this test can look for them afterwards.
    QVERIFY(QDir(home.path()).mkpath(u"tmp"_s));
    qputenv("TMPDIR", home.filePath(u"tmp"_s).toUtf8());
    const QString dir = home.filePath(u"shots"_s);
    const auto run = renkei::test::runProcess(QStringLiteral(RENKEI_GUI_PATH),
        { u"--demo"_s, u"--lang"_s, u"ja"_s, u"--screenshot"_s, dir }, 170000);
    const QString log = QString::fromUtf8(run.err + run.out);
    QVERIFY2(run.exitCode == 0, qPrintable(log.right(2000)));
    for (const QString &name : { u"timeline"_s, u"side-by-side"_s }) {
        QImage image;
        QVERIFY2(image.load(dir + u'/' + name + u".png"_s), qPrintable(name));
        QCOMPARE(image.width(), 1600);
        // Not a blank window: many distinct colours (lanes, glyphs, text).
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 50, qPrintable(name));
    }
    // The demo's cache (encrypted, its key in memory) lived in a temporary folder, gone now.
    QDirIterator files(home.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        QVERIFY2(!file.contains(u"cache.sqlite"_s), qPrintable(file));
    }
}

QTEST_GUILESS_MAIN(TestDemoRun)
#include "testdemorun.moc"
