#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace renkei::cli {

// `renkei-cli inspect PATH... [--json]`. Exit status: 0 every file read, 1 some rejected,
// 2 bad usage (docs/cli.md).
class InspectCommand {
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace renkei::cli
