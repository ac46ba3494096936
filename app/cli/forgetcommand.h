#pragma once

#include "cachesession.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace renkei::cli {

// `renkei-cli forget PATIENT`: erases one patient from the cache at once (no question asked),
// an audited `forget`. Exit status: 0 erased, 1 not found, ambiguous, not erased or not audited,
// 2 bad usage, 3 the cache could not be opened (docs/cli.md).
class ForgetCommand {
    Q_DECLARE_TR_FUNCTIONS(ForgetCommand)
public:
    static int run(const QStringList &arguments, const GlobalOptions &globals, QTextStream &out,
        QTextStream &err);
};

} // namespace renkei::cli
