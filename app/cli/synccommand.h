#pragma once

#include "cachesession.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace renkei::cli {

// `renkei-cli sync --network NAME PATIENT` and `sync --network NAME --patients FILE`: pulls
// patients' records from a network (its profile in the viewer's settings) into the encrypted
// cache, resuming an unfinished sync and incremental after the first (docs/cli.md, docs/sync.md).
// Exit status: 0 every patient synced, 1 a patient failed (each named with the reason; the
// others still synced) or sign-in failed, 2 bad usage, 3 the cache could not be opened.
class SyncCommand {
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
public:
    static int run(const QStringList &arguments, const GlobalOptions &globals, QTextStream &out,
        QTextStream &err);
};

} // namespace renkei::cli
