#pragma once

#include "cachesession.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace renkei::cli {

// `renkei-cli export PATIENT --pdf OUT.pdf [--sections a,b] [--from D --to D] [--by NAME]
// [--facility NAME]`: the patient summary as PDF, for batch work (docs/cli.md). The document is
// the one the viewer prints (ui/print): this command links renkei_ui and runs a GUI application
// on the offscreen platform (no display needed). Exit status: 0 written, 1 not found or not
// written, 2 bad usage, 3 the cache could not be opened or the network's policy forbids export
// (nothing is written, the refusal is audited).
class ExportCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    static int run(const QStringList &arguments, const GlobalOptions &globals, QTextStream &out,
        QTextStream &err);
    // Whether `argv` runs this command (decided before the application object exists: this one
    // needs a QGuiApplication, the others a QCoreApplication).
    static bool isExport(int argc, char **argv);
};

} // namespace renkei::cli
