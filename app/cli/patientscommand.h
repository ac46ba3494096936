#pragma once

#include "cachesession.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace renkei::cli {

// `renkei-cli patients [--json]`: the cached patients, most recently viewed first. Exit status:
// 0 listed, 1 the cache could not be read, 2 bad usage, 3 the cache could not be opened.
class PatientsCommand {
    Q_DECLARE_TR_FUNCTIONS(PatientsCommand)
public:
    static int run(const QStringList &arguments, const GlobalOptions &globals, QTextStream &out,
        QTextStream &err);
};

} // namespace renkei::cli
