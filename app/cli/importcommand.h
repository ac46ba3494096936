#pragma once

#include "cachesession.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace renkei::cli {

// `renkei-cli import [--network NAME] PATH...`: FHIR files and SS-MIX2 storages (a root or one
// patient's folder; docs/ssmix2.md) into the encrypted cache. Exit status: 0 everything imported, 1
// some file or resource was not (each named), 2 bad usage, 3 the cache could not be opened
// (docs/cli.md).
class ImportCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    static int run(const QStringList &arguments, const GlobalOptions &globals, QTextStream &out,
        QTextStream &err);
};

} // namespace renkei::cli
