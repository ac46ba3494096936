#pragma once

#include "demo/dataset.h"
#include "util/result.h"

#include <QStringList>

// `renkei-cli serve-demo`: the demo regional network as a process of its own.
namespace renkei::demo {

struct ServeDemoOptions {
    quint16 port = 0; // 0: ephemeral
    bool tls = false;
    bool mutualTls = false;
    bool requireAuth = true;
    GeneratorOptions generator;
    QStringList faults; // fault specs (docs/demo-network.md)
    QString caOutPath; // with TLS: write the demo CA's PEM here
    int tokenLifetimeSeconds = 300;
};

// Reads the arguments that follow "serve-demo":
//   [--port N] [--tls] [--mtls] [--size typical|large] [--seed N] [--fault SPEC]...
//   [--ca-out FILE] [--token-lifetime SECONDS] [--no-auth]
Result<ServeDemoOptions> parseServeDemoArguments(const QStringList &arguments);
QString serveDemoUsage();

// Generates the dataset, starts the server, prints its URL, accounts and TOTP secret to stdout,
// and runs the event loop (a QCoreApplication must exist) until the process is stopped.
// Returns the process exit code (2 for bad arguments, 1 when the server cannot start).
int runServeDemo(const QStringList &arguments);

} // namespace renkei::demo
