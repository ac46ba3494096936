#include "mainwindow.h"

#include "aboutdialog.h"
#include "appicon.h"
#include "emptystatewidget.h"
#include "languagemanager.h"
#include "networksettingsdialog.h"
#include "print/printui.h"
#include "session.h"
#include "sessionui.h"
#include "ssmix2/ssmix2importui.h"
#include "util/buildinfo.h"
#include "workspace/patientarea.h"
#include "workspace/patientopener.h"
#include "workspace/patientsearchpanel.h"
#include "workspace/viewerui.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

const QString kGeometryKey = u"ui/geometry"_s;
const QString kSplitterKey = u"ui/splitter"_s;
constexpr int kSearchPanelWidth = 340;

} // namespace

MainWindow::MainWindow(LanguageManager &languages, NetworkMode mode, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_mode(mode)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(appIcon());
    createActions();
    createMenus();
    createCentralArea();
    createStatusBar();
    retranslateUi();
    restoreWindowGeometry();
    connect(
        &m_languages, &LanguageManager::languageChanged, this, &MainWindow::syncLanguageActions);
}

QSize MainWindow::preferredSize()
{
    return { 1200, 760 };
}

void MainWindow::createActions()
{
    // The viewer (search, banner, workspace) brings its own actions; printing and export
    // arrive with the print issue: shown, so the menus keep their shape, but disabled.
    m_viewerUi = new ViewerUi(*this);
    m_openPatientAction = new QAction(this);
    m_openPatientAction->setObjectName(u"openPatientAction"_s);
    m_openPatientAction->setShortcut(QKeySequence::Open);
    connect(m_openPatientAction, &QAction::triggered, m_viewerUi->searchPanel(),
        &PatientSearchPanel::focusSearch);

    m_printAction = new QAction(this);
    m_printAction->setObjectName(u"printAction"_s);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setEnabled(false);

    m_exportPdfAction = new QAction(this);
    m_exportPdfAction->setObjectName(u"exportPdfAction"_s);
    m_exportPdfAction->setEnabled(false);
    // Printing, export and the emergency view follow the open patient and the network's policy.
    m_printUi = new print::PrintUi(*this, *m_printAction, *m_exportPdfAction);
    connect(
        m_viewerUi->opener(), &PatientOpener::recordChanged, m_printUi, &print::PrintUi::setRecord);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(u"quitAction"_s);
    // The platform's Quit keys; Ctrl+Q where the platform has none (Windows, offscreen).
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (quitKeys.isEmpty())
        quitKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setShortcuts(quitKeys);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Each language is named in itself, so that a user can find their own in either UI.
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    m_japaneseAction = new QAction(u"日本語"_s, m_languageGroup);
    m_japaneseAction->setObjectName(u"japaneseAction"_s);
    m_japaneseAction->setData(u"ja"_s);
    m_englishAction = new QAction(u"English"_s, m_languageGroup);
    m_englishAction->setObjectName(u"englishAction"_s);
    m_englishAction->setData(u"en"_s);
    for (QAction *action : m_languageGroup->actions())
        action->setCheckable(true);
    connect(m_languageGroup, &QActionGroup::triggered, this,
        [this](QAction *action) { chooseLanguage(action->data().toString()); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(u"aboutQtAction"_s);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->addAction(m_openPatientAction);
    m_fileMenu->addAction(m_viewerUi->closePatientAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addAction(m_exportPdfAction);
    m_fileMenu->addAction(m_printUi->emergencyAction());
    m_fileMenu->setToolTipsVisible(true); // a disabled entry says why (the network's policy)
    m_fileMenu->addSeparator();
    m_fileMenu->addAction((new Ssmix2ImportUi(*this, *m_viewerUi->opener()))->action());
    m_fileMenu->addAction(NetworkSettingsDialog::createMenuAction(this));
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_viewMenu->addActions(m_viewerUi->viewActions());
    m_viewMenu->addMenu(m_viewerUi->layoutMenu());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createCentralArea()
{
    // Left: patient search. Until a network is connected it says so, rather than offering a
    // search box that cannot find anyone.
    auto *searchPanel = new QFrame(this);
    searchPanel->setObjectName(u"patientSearchPanel"_s);
    searchPanel->setBackgroundRole(QPalette::Base);
    searchPanel->setAutoFillBackground(true);
    searchPanel->setMinimumWidth(240);

    m_searchHeader = new QLabel(searchPanel);
    m_searchHeader->setObjectName(u"patientSearchHeader"_s);
    QFont headerFont = m_searchHeader->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.1);
    headerFont.setWeight(QFont::DemiBold);
    m_searchHeader->setFont(headerFont);
    m_searchHeader->setContentsMargins(20, 16, 20, 12);

    auto *headerRule = new QFrame(searchPanel);
    headerRule->setFrameShape(QFrame::HLine);
    headerRule->setFrameShadow(QFrame::Plain);
    headerRule->setForegroundRole(QPalette::Midlight);

    m_searchPlaceholder = new EmptyStateWidget(EmptyStateWidget::Size::Compact, searchPanel);
    m_searchPlaceholder->setObjectName(u"patientSearchPlaceholder"_s);

    // Once a cache is open (signed in), the search itself replaces the placeholder.
    m_viewerUi->searchPanel()->setHeaderVisible(false);
    m_searchStack = new QStackedWidget(searchPanel);
    m_searchStack->addWidget(m_searchPlaceholder);
    m_searchStack->addWidget(m_viewerUi->searchPanel());
    connect(m_viewerUi, &ViewerUi::cacheChanged, this, &MainWindow::updateSearchPlaceholder);

    auto *searchLayout = new QVBoxLayout(searchPanel);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    searchLayout->setSpacing(0);
    searchLayout->addWidget(m_searchHeader);
    searchLayout->addWidget(headerRule);
    searchLayout->addWidget(m_searchStack, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_splitter->addWidget(searchPanel);
    // Right: the patient banner above the timeline, labs, medication and document views.
    m_splitter->addWidget(m_viewerUi->patientArea());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ kSearchPanelWidth, preferredSize().width() - kSearchPanelWidth });
    // The lock screen (SessionUi) is a second page: while it shows, the content page is hidden.
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"mainStack"_s);
    m_stack->addWidget(m_splitter);
    setCentralWidget(m_stack);
}

void MainWindow::attachSession(const SessionContext &context)
{
    if (m_sessionUi || !context.session)
        return;
    m_sessionUi = new SessionUi(*this, *m_stack, *m_splitter, context);
    // Outside the demo, the session indicator says all there is about the network.
    if (m_mode == NetworkMode::Offline)
        m_modeLabel->parentWidget()->hide();
    m_fileMenu->insertActions(m_openPatientAction, m_sessionUi->actions());
    m_fileMenu->insertSeparator(m_openPatientAction);
    connect(context.session, &Session::statusChanged, this, &MainWindow::updateSearchPlaceholder);
    connect(context.session, &Session::profileChanged, this, &MainWindow::updateSearchPlaceholder);
    m_viewerUi->attachSession(*m_sessionUi, m_mode == NetworkMode::Demo);
    m_printUi->attachSession(*m_sessionUi, context);
    updateSearchPlaceholder();
}

void MainWindow::createStatusBar()
{
    m_modeIndicator = new QLabel(u"●"_s, this);
    m_modeIndicator->setObjectName(u"networkModeIndicator"_s);
    // Amber for the demo network (synthetic data), grey when offline.
    m_modeIndicator->setStyleSheet(
        m_mode == NetworkMode::Demo ? u"color: #d08c00;"_s : u"color: #8a8f98;"_s);
    m_modeLabel = new QLabel(this);
    m_modeLabel->setObjectName(u"networkModeLabel"_s);

    auto *mode = new QWidget(this);
    auto *layout = new QHBoxLayout(mode);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->setSpacing(6);
    layout->addWidget(m_modeIndicator);
    layout->addWidget(m_modeLabel);
    statusBar()->addWidget(mode);
    statusBar()->setSizeGripEnabled(true);
}

void MainWindow::restoreWindowGeometry()
{
    const QSettings settings;
    if (restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
        return;
    }
    QSize size = preferredSize();
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableGeometry().size() * 9 / 10;
        size = size.boundedTo(available).expandedTo(minimumSizeHint());
    }
    resize(size);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslateUi()
{
    // The title is the product name only: never a patient's name or id (shoulder surfing,
    // task switchers, screen sharing).
    setWindowTitle(tr("Renkei Viewer"));

    m_fileMenu->setTitle(tr("&File"));
    m_openPatientAction->setText(tr("&Open Patient…"));
    m_printAction->setText(tr("&Print…"));
    m_exportPdfAction->setText(tr("&Export as PDF…"));
    m_printUi->retranslate();
    m_quitAction->setText(tr("&Quit"));

    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));

    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Renkei Viewer"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_searchHeader->setText(tr("Patient Search"));
    updateSearchPlaceholder();

    updateNetworkStatus();
    syncLanguageActions();
}

void MainWindow::showDemoNetworkReady(const QUrl &baseUrl)
{
    m_demoState = DemoState::Ready;
    m_demoAddress = baseUrl.host() + u':' + QString::number(baseUrl.port());
    updateNetworkStatus();
    updateSearchPlaceholder();
}

void MainWindow::showDemoNetworkFailed()
{
    m_demoState = DemoState::Failed;
    updateNetworkStatus();
}

void MainWindow::updateSearchPlaceholder()
{
    m_searchStack->setCurrentIndex(m_viewerUi->opener()->cache() ? 1 : 0);
    if (m_sessionUi) {
        const Session &session = *m_sessionUi->session();
        if (session.isActive()) {
            m_searchPlaceholder->setTitle(tr("Signed in"));
            m_searchPlaceholder->setHint(tr("Connected to %1. Patient search will appear here.")
                                             .arg(session.profile().displayName));
            return;
        }
        if (session.status() == Session::Status::SigningIn) {
            m_searchPlaceholder->setTitle(tr("Signing in…"));
            m_searchPlaceholder->setHint(tr("Finish the sign-in to search for patients."));
            return;
        }
        if (session.hasProfile() && m_mode == NetworkMode::Offline) {
            m_searchPlaceholder->setTitle(tr("Not signed in"));
            m_searchPlaceholder->setHint(
                tr("Choose File › Sign In… to connect to %1.").arg(session.profile().displayName));
            return;
        }
    }
    if (m_mode == NetworkMode::Demo && m_demoState == DemoState::Ready) {
        m_searchPlaceholder->setTitle(tr("Not signed in"));
        m_searchPlaceholder->setHint(
            tr("The demo network is running. Once you sign in, you can search for patients "
               "here."));
        return;
    }
    m_searchPlaceholder->setTitle(tr("Not connected to a network"));
    m_searchPlaceholder->setHint(
        tr("Once you are connected to a regional network, you can search for patients here."));
}

void MainWindow::updateNetworkStatus()
{
    if (m_mode == NetworkMode::Offline) {
        m_modeLabel->setText(tr("Offline"));
        m_modeLabel->setToolTip(tr("Not connected to any network."));
        return;
    }
    switch (m_demoState) {
    case DemoState::Starting:
        m_modeLabel->setText(tr("Demo network (starting…)"));
        m_modeLabel->setToolTip(tr("The built-in demo network is preparing its synthetic "
                                   "patients."));
        break;
    case DemoState::Ready:
        m_modeLabel->setText(tr("Demo network (%1)").arg(m_demoAddress));
        m_modeLabel->setToolTip(tr("Connected to the built-in demo network. All patients are "
                                   "synthetic."));
        break;
    case DemoState::Failed:
        m_modeLabel->setText(tr("Demo network could not start"));
        m_modeLabel->setToolTip(tr("The built-in demo network could not start. Restart Renkei "
                                   "Viewer; if it happens again, see the log."));
        break;
    }
}

void MainWindow::syncLanguageActions()
{
    const QString current = m_languages.language();
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == current);
}

void MainWindow::chooseLanguage(const QString &code)
{
    if (!m_languages.setLanguage(code)) {
        syncLanguageActions();
        return;
    }
    QSettings settings;
    LanguageManager::saveLanguage(settings, code);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(buildInfo(), this);
    dialog.exec();
}

} // namespace renkei::ui
