// renkei: the desktop viewer. Command line and wiring only (STYLE.md §1).
#include "appearance.h"
#include "appicon.h"
#include "commandline.h"
#include "demo/demonetwork.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "util/buildinfo.h"
#include "util/hardening.h"
#include "util/logging.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
#ifdef NDEBUG
    if (!renkei::hardening::disableCoreDumps())
        std::fputs("renkei: warning: could not disable core dumps\n", stderr);
#endif

    // --version and --help before QApplication, which needs a display (or QT_QPA_PLATFORM).
    const renkei::ui::GuiOptions options
        = renkei::ui::parseGuiCommandLine(renkei::ui::argumentsFromArgv(argc, argv));
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "renkei: %s\n", qPrintable(options.error));
        return 2;
    }
    if (options.showHelp) {
        std::fputs(qPrintable(options.helpText), stdout);
        return 0;
    }
    if (options.showVersion) {
        std::printf("%s\n", qPrintable(renkei::buildInfo().versionText()));
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Renkei"_s);
    QApplication::setApplicationName(u"renkei"_s);
    QApplication::setApplicationVersion(renkei::buildInfo().version);
    QApplication::setWindowIcon(renkei::ui::appIcon());
    renkei::ui::ensureReadableFont();

    renkei::ui::LanguageManager languages;
    const QString language = options.language.isEmpty()
        ? renkei::ui::LanguageManager::savedLanguage(QSettings())
        : options.language;
    if (!languages.setLanguage(language))
        languages.setLanguage(u"en"_s);

    const auto mode
        = options.demo ? renkei::ui::NetworkMode::Demo : renkei::ui::NetworkMode::Offline;
    renkei::ui::MainWindow window(languages, mode);
    if (!options.screenshotPath.isEmpty())
        window.resize(renkei::ui::MainWindow::preferredSize());
    window.show();

    // `--demo`: the synthetic regional network runs inside this process.
    renkei::demo::DemoNetwork demoNetwork;
    if (options.demo) {
        QObject::connect(
            &demoNetwork, &renkei::demo::DemoNetwork::ready, &window, [&window](const QUrl &url) {
                qCInfo(lcApp) << "demo network ready on port" << url.port();
                window.showDemoNetworkReady(url);
            });
        QObject::connect(&demoNetwork, &renkei::demo::DemoNetwork::failed, &window,
            [&window](const QString &reason) {
                qCWarning(lcApp) << "demo network failed:" << reason;
                window.showDemoNetworkFailed();
            });
        demoNetwork.start();
    }

    if (!options.screenshotPath.isEmpty()) {
        // Once the event loop has shown and laid out the window (with --demo, once the demo
        // network has started or failed, so the picture shows where it listens).
        const auto grab = [&window, path = options.screenshotPath] {
            QCoreApplication::processEvents();
            const bool saved = renkei::ui::saveScreenshot(&window, path);
            if (!saved)
                std::fprintf(
                    stderr, "renkei: cannot save the screenshot to %s\n", qPrintable(path));
            QCoreApplication::exit(saved ? 0 : 1);
        };
        if (options.demo) {
            QObject::connect(&demoNetwork, &renkei::demo::DemoNetwork::ready, &window,
                [&window, grab] { QTimer::singleShot(0, &window, grab); });
            QObject::connect(&demoNetwork, &renkei::demo::DemoNetwork::failed, &window,
                [&window, grab] { QTimer::singleShot(0, &window, grab); });
        } else {
            QTimer::singleShot(0, &window, grab);
        }
    }
    qCInfo(lcApp) << "started" << (options.demo ? "(demo network)" : "(offline)");
    return QApplication::exec();
}
