// Idle detection: input anywhere in the application is activity; the limit is judged by the
// Clock seam (moved by the test), and idle() comes once per idle spell.
#include "idlewatcher.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using renkei::ui::IdleWatcher;

namespace renkei::test {
// A clock the test moves.
struct TestClock {
    std::shared_ptr<QDateTime> now
        = std::make_shared<QDateTime>(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
    net::Clock clock() const
    {
        return [p = now] { return *p; };
    }
    void advance(qint64 seconds) { *now = now->addSecs(seconds); }
};
} // namespace renkei::test

class TestIdleWatcher : public QObject {
    Q_OBJECT
private slots:
    void idleAfterTheLimitOnce();
    void inputAnywhereIsActivity();
    void timerChecksOnItsOwn();
    void minutesFromSettings();
};

void TestIdleWatcher::idleAfterTheLimitOnce()
{
    renkei::test::TestClock clock;
    IdleWatcher watcher(clock.clock());
    watcher.setTimeoutSeconds(600);
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    watcher.checkNow();
    clock.advance(599);
    watcher.checkNow();
    QCOMPARE(idle.count(), 0);
    clock.advance(1);
    watcher.checkNow();
    QCOMPARE(idle.count(), 1);
    clock.advance(3600);
    watcher.checkNow();
    QCOMPARE(idle.count(), 1); // once per spell
    watcher.noteActivity();
    clock.advance(600);
    watcher.checkNow();
    QCOMPARE(idle.count(), 2);
}

void TestIdleWatcher::inputAnywhereIsActivity()
{
    renkei::test::TestClock clock;
    IdleWatcher watcher(clock.clock());
    watcher.setTimeoutSeconds(600);
    watcher.setCheckIntervalMs(3600 * 1000); // only checkNow() below
    watcher.start();
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    QLineEdit field;
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    clock.advance(500);
    QTest::keyClick(&field, Qt::Key_A);
    QCOMPARE(watcher.lastActivity(), *clock.now);
    clock.advance(500);
    watcher.checkNow();
    QCOMPARE(idle.count(), 0); // 500 s since the key press
    QTest::mouseClick(&field, Qt::LeftButton);
    clock.advance(599);
    watcher.checkNow();
    QCOMPARE(idle.count(), 0);
    clock.advance(1);
    watcher.checkNow();
    QCOMPARE(idle.count(), 1);
    // A stopped watcher no longer sees input.
    watcher.stop();
    const QDateTime before = watcher.lastActivity();
    clock.advance(10);
    QTest::keyClick(&field, Qt::Key_B);
    QCOMPARE(watcher.lastActivity(), before);
}

void TestIdleWatcher::timerChecksOnItsOwn()
{
    renkei::test::TestClock clock;
    IdleWatcher watcher(clock.clock());
    watcher.setTimeoutSeconds(60);
    watcher.setCheckIntervalMs(10);
    watcher.start();
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    QTest::qWait(50);
    QCOMPARE(idle.count(), 0);
    clock.advance(61);
    QVERIFY(idle.wait(2000));
}

void TestIdleWatcher::minutesFromSettings()
{
    QSettings settings(u"RenkeiTest"_s, u"TestIdleWatcher"_s);
    settings.clear();
    QCOMPARE(IdleWatcher::minutesFromSettings(settings), 10);
    settings.setValue(u"lock/idleMinutes"_s, 3);
    QCOMPARE(IdleWatcher::minutesFromSettings(settings), 3);
    settings.setValue(u"lock/idleMinutes"_s, 0);
    QCOMPARE(IdleWatcher::minutesFromSettings(settings), 10); // never "off"
    settings.setValue(u"lock/idleMinutes"_s, u"soon"_s);
    QCOMPARE(IdleWatcher::minutesFromSettings(settings), 10);
    settings.setValue(u"lock/idleMinutes"_s, 100000);
    QCOMPARE(IdleWatcher::minutesFromSettings(settings), IdleWatcher::kMaxMinutes);
    settings.clear();
}

QTEST_MAIN(TestIdleWatcher)
#include "testidlewatcher.moc"
