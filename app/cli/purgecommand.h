#pragma once

#include "cachesession.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace renkei::cli {

// `renkei-cli purge [--days N]`: retention, by hand: forgets every patient not viewed (or, never
// viewed, not written) for N days (default 90), each an audited `purge`. Exit status: 0 done
// (also when nothing was due), 1 the purge or its audit failed, 2 bad usage, 3 the cache could
// not be opened (docs/cli.md).
class PurgeCommand {
    Q_DECLARE_TR_FUNCTIONS(PurgeCommand)
public:
    static constexpr int kDefaultDays = 90;
    static int run(const QStringList &arguments, const GlobalOptions &globals, QTextStream &out,
        QTextStream &err);
};

} // namespace renkei::cli
