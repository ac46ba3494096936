#include "commandline.h"

#include "languagemanager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

// Parsed before translators are installed, so --help shows the source language (English); the
// words are still marked for translation.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static GuiOptions parse(const QStringList &arguments);
};

GuiOptions CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Renkei Viewer: a viewer for Japanese regional healthcare information-sharing "
           "networks."));
    const QCommandLineOption help({ u"h"_s, u"help"_s }, tr("Show this help and exit."));
    const QCommandLineOption version({ u"v"_s, u"version"_s },
        tr("Show the version, the build and the Qt and OpenSSL "
           "versions, and exit."));
    const QCommandLineOption demo(u"demo"_s,
        tr("Start against the built-in demo network (synthetic "
           "patients; nothing leaves this computer)."));
    const QCommandLineOption screenshot(u"screenshot"_s,
        tr("Once the window is shown, save it as a PNG image and quit."), tr("file"));
    const QCommandLineOption lang(
        u"lang"_s, tr("User interface language: ja or en."), tr("language"));
    parser.addOptions({ help, version, demo, screenshot, lang });

    GuiOptions options;
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.error = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return options;
    }
    options.showHelp = parser.isSet(help);
    if (options.showHelp) {
        // Without a QCoreApplication the parser cannot know the program's name.
        const QString program
            = arguments.isEmpty() ? u"renkei"_s : QFileInfo(arguments.first()).fileName();
        options.helpText = parser.helpText().replace(u"<executable_name>"_s, program);
    }
    options.showVersion = parser.isSet(version);
    options.demo = parser.isSet(demo);
    options.screenshotPath = parser.value(screenshot);
    if (parser.isSet(screenshot) && options.screenshotPath.isEmpty())
        options.error = tr("--screenshot needs a file name.");
    if (parser.isSet(lang)) {
        options.language = LanguageManager::normalize(parser.value(lang));
        if (options.language.isEmpty())
            options.error = tr("Unsupported language: %1 (use ja or en).").arg(parser.value(lang));
    }
    return options;
}

} // namespace

GuiOptions parseGuiCommandLine(const QStringList &arguments)
{
    return CommandLine::parse(arguments);
}

QStringList argumentsFromArgv(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace renkei::ui
