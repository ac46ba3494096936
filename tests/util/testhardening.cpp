#include "util/hardening.h"

#include <QTest>

#if defined(__linux__)
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

class TestHardening : public QObject {
    Q_OBJECT
private slots:
    void coreDumpsAreOff();
};

void TestHardening::coreDumpsAreOff()
{
    QVERIFY(renkei::hardening::disableCoreDumps());
#if defined(__linux__)
    struct rlimit limit = {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(limit.rlim_max, rlim_t(0));
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#endif
    // Calling it again is harmless.
    QVERIFY(renkei::hardening::disableCoreDumps());
}

QTEST_GUILESS_MAIN(TestHardening)
#include "testhardening.moc"
