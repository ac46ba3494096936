#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace renkei::cli {

// `renkei-cli audit verify|export` (docs/cli.md, docs/audit.md). Exit status: verify 0 intact,
// 1 broken (the first broken place named) or unreadable, 2 bad usage; export 0 written, 1 the
// log could not be read or its chain is broken (what could be read is still written), 2 bad
// usage.
class AuditCommand {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace renkei::cli
