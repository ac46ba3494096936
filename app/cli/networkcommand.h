#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace renkei::cli {

// `renkei-cli network add|list|remove`: the regional network profiles of this workstation, for
// administrators (docs/cli.md). Profiles go to the viewer's settings; their secrets (the
// PKCS#12 password, the client secret) to the OS keychain or, with --passphrase-file, to the
// passphrase-sealed vault; never to the settings, never on the command line. Exit status: 0 done,
// 1 refused (invalid profile, unreadable file, wrong password, no keychain), 2 bad usage.
class NetworkCommand {
    Q_DECLARE_TR_FUNCTIONS(NetworkCommand)
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace renkei::cli
