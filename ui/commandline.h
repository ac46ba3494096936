#pragma once

#include <QString>
#include <QStringList>

namespace renkei::ui {

// What `renkei` was asked to do on its command line. Parsed before any QCoreApplication
// exists, so that --version and --help work on a machine without a display.
struct GuiOptions {
    bool showVersion = false;
    bool showHelp = false;
    bool demo = false; // start against the built-in demo network
    QString screenshotPath; // grab the window into this PNG once shown, then quit
    QString language; // "ja" or "en"; empty: the saved choice (ui/language)
    QString helpText; // filled in when showHelp
    QString error; // non-empty: the command line is wrong; print it and exit 2
};

// `arguments` as in QCoreApplication::arguments(), program name first.
GuiOptions parseGuiCommandLine(const QStringList &arguments);

// argv as QStrings, for use before a QCoreApplication exists.
QStringList argumentsFromArgv(int argc, char **argv);

} // namespace renkei::ui
