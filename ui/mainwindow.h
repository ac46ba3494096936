#pragma once

#include <QMainWindow>
#include <QUrl>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace renkei::ui {

class EmptyStateWidget;
namespace print {
class PrintUi;
}
class LanguageManager;
class SessionUi;
class ViewerUi;
struct SessionContext;

// Which network the window is connected to; shown in the status bar.
enum class NetworkMode {
    Offline, // a configured network (or none yet), not the demo
    Demo, // the built-in demo network (`renkei --demo`)
};

// The frame: menus, the patient search panel on the left, the patient area on the right, the
// status bar. Its title is the product name only, never anything about a patient.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(LanguageManager &languages, NetworkMode mode, QWidget *parent = nullptr);

    NetworkMode networkMode() const { return m_mode; }

    // The demo network runs in this process; these tell the window how its start went.
    void showDemoNetworkReady(const QUrl &baseUrl);
    void showDemoNetworkFailed();
    // Signing in, the session indicator and the idle lock (SessionUi); once, after construction.
    void attachSession(const SessionContext &context);
    SessionUi *sessionUi() const { return m_sessionUi; }
    print::PrintUi *printUi() const { return m_printUi; }
    // The patient search, banner and workspace (issue 6).
    ViewerUi *viewerUi() const { return m_viewerUi; }
    // A size that shows the layout as designed; used when nothing is saved and by --screenshot.
    static QSize preferredSize();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void createStatusBar();
    void restoreWindowGeometry();
    void retranslateUi();
    void syncLanguageActions();
    void chooseLanguage(const QString &code);
    void showAbout();

    void updateNetworkStatus();
    void updateSearchPlaceholder();

    enum class DemoState { Starting, Ready, Failed };
    LanguageManager &m_languages;
    NetworkMode m_mode;
    DemoState m_demoState = DemoState::Starting;
    QString m_demoAddress; // host:port of the demo network, once it listens

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openPatientAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_quitAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_japaneseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    // Page 0 is the content (m_splitter), page 1 the lock screen (SessionUi). Everything that
    // shows patient data belongs inside m_splitter (or in a dialog/window, which the lock
    // cancels or hides), so that the idle lock hides it.
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    SessionUi *m_sessionUi = nullptr;
    print::PrintUi *m_printUi = nullptr;
    ViewerUi *m_viewerUi = nullptr;
    QStackedWidget *m_searchStack = nullptr; // the placeholder, or the search once a cache is open
    QLabel *m_searchHeader = nullptr;
    EmptyStateWidget *m_searchPlaceholder = nullptr;
    QLabel *m_modeIndicator = nullptr;
    QLabel *m_modeLabel = nullptr;
};

} // namespace renkei::ui
