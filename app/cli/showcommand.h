#pragma once

#include "cachesession.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace renkei::cli {

// `renkei-cli show PATIENT [--view labs|meds|docs|timeline] [--json]`: a cached patient's record
// (an audited `open`; the patient's last-viewed time is updated). Exit status: 0 shown, 1 not
// found, ambiguous, incomplete (quarantined rows, shown and named) or not audited (nothing
// shown), 2 bad usage, 3 the cache could not be opened (docs/cli.md).
class ShowCommand {
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)
public:
    static int run(const QStringList &arguments, const GlobalOptions &globals, QTextStream &out,
        QTextStream &err);
};

} // namespace renkei::cli
