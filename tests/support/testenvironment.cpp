#include "support/testenvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdlib>

namespace renkei::test {

namespace {

// Every test process runs with its own empty HOME and XDG folders, so nothing a test writes
// (settings, caches, keychain files) touches the developer's real ones, and runs do not leak
// into each other. Runs before main(), so before QCoreApplication exists.
struct IsolatedHome {
    IsolatedHome();
    QTemporaryDir home;
};

IsolatedHome::IsolatedHome()
    : home(QDir::tempPath() + QStringLiteral("/renkei-test-home-XXXXXX"))
{
    if (!home.isValid())
        std::abort();
    const QByteArray path = QFile::encodeName(home.path());
    qputenv("HOME", path);
    qputenv("XDG_CONFIG_HOME", path + "/.config");
    qputenv("XDG_DATA_HOME", path + "/.local/share");
    qputenv("XDG_CACHE_HOME", path + "/.cache");
    qputenv("XDG_STATE_HOME", path + "/.local/state");
    QStandardPaths::setTestModeEnabled(true);
}

const IsolatedHome isolatedHome;

} // namespace

QString dataDir()
{
    return QStringLiteral(RENKEI_TEST_DATA_DIR);
}

ProcessRun runProcess(
    const QString &program, const QStringList &arguments, int timeoutMs, const QByteArray &input)
{
    QProcess p;
    p.start(program, arguments);
    if (p.waitForStarted(timeoutMs)) {
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
    }
    ProcessRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray readData(const QString &relativePath)
{
    QFile f(dataDir() + u'/' + relativePath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace renkei::test
