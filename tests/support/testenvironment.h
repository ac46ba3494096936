#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace renkei::test {

// The folder with the test data shipped in the repo (tests/data).
QString dataDir();
// Reads a file under tests/data; fails the current test (QFAIL) through an empty result.
QByteArray readData(const QString &relativePath);

// A finished run of a program (a command-line end-to-end test).
struct ProcessRun {
    int exitCode = -1; // -1: did not finish in time; -2: crashed
    QByteArray out;
    QByteArray err;
};
// `input` is written to the program's standard input, which is then closed (a program that
// reads it sees the end instead of waiting forever).
ProcessRun runProcess(const QString &program, const QStringList &arguments, int timeoutMs = 60000,
    const QByteArray &input = {});

// Whether this test was built with AddressSanitizer + UndefinedBehaviorSanitizer (the asan
// preset). Tests of size and speed scale their heaviest inputs down there: the plain build runs
// them at full size, the sanitizer build runs the same code paths on less data.
constexpr bool sanitized()
{
#ifdef RENKEI_SANITIZED
    return true;
#else
    return false;
#endif
}
// `full` in a plain build, `full / divisor` under the sanitizers.
constexpr int scaledForSanitizers(int full, int divisor = 5)
{
    return sanitized() ? full / divisor : full;
}

} // namespace renkei::test
