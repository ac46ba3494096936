#include "emptystatewidget.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "screenshot.h"

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using renkei::ui::LanguageManager;
using renkei::ui::MainWindow;
using renkei::ui::NetworkMode;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hasTheMenus();
    void actionsWaitingForLaterIssuesAreDisabled();
    void titleIsTheProductNameOnly();
    void translationsLoad();
    void switchingLanguageRetranslatesLive();
    void placeholdersSayWhatIsMissing();
    void statusBarShowsTheNetworkMode();
    void hasAnIcon();
    void screenshotIsAPngOfTheWindow();
    void screenshotFailures();

private:
    template <typename T>
    T *child(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    QStringList menuTitles() const;

    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"RenkeiTest"_s);
    QCoreApplication::setApplicationName(u"TestMainWindow"_s);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_languages = std::make_unique<LanguageManager>();
    QVERIFY(m_languages->setLanguage(u"ja"_s));
    m_window = std::make_unique<MainWindow>(*m_languages, NetworkMode::Offline);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_languages.reset();
}

QStringList TestMainWindow::menuTitles() const
{
    QStringList titles;
    for (QAction *action : m_window->menuBar()->actions())
        titles.append(action->text());
    return titles;
}

void TestMainWindow::hasTheMenus()
{
    QCOMPARE(menuTitles(), QStringList({ u"ファイル(&F)"_s, u"表示(&V)"_s, u"ヘルプ(&H)"_s }));

    auto *file = child<QMenu>(u"fileMenu"_s);
    QVERIFY(file);
    QStringList fileItems;
    for (QAction *action : file->actions()) {
        if (!action->isSeparator())
            fileItems.append(action->text());
    }
    QCOMPARE(fileItems,
        QStringList({ u"患者を開く(&O)…"_s, u"患者を閉じる(&C)"_s, u"印刷(&P)…"_s,
            u"PDFに書き出し(&E)…"_s, u"救急時閲覧(&G)…"_s, u"SS-MIX2 を取り込む(&M)…"_s,
            u"ネットワーク設定(&N)…"_s, u"終了(&Q)"_s }));

    auto *language = child<QMenu>(u"languageMenu"_s);
    QVERIFY(language);
    QCOMPARE(language->title(), u"言語(&L)"_s);
    QCOMPARE(language->actions().size(), 2);
    QCOMPARE(language->actions().at(0)->text(), u"日本語"_s);
    QCOMPARE(language->actions().at(1)->text(), u"English"_s);
    QVERIFY(language->actions().at(0)->isChecked());
    QVERIFY(!language->actions().at(1)->isChecked());

    auto *help = child<QMenu>(u"helpMenu"_s);
    QVERIFY(help);
    QCOMPARE(help->actions().size(), 2);
    QCOMPARE(help->actions().at(0)->text(), u"Renkei Viewerについて(&A)"_s);
    QCOMPARE(help->actions().at(1)->text(), u"Qtについて(&Q)"_s);
}

void TestMainWindow::actionsWaitingForLaterIssuesAreDisabled()
{
    // Open Patient… goes to the search; closing waits for an open patient.
    QVERIFY(child<QAction>(u"openPatientAction"_s)->isEnabled());
    for (const QString &name :
        { u"closePatientAction"_s, u"printAction"_s, u"exportPdfAction"_s }) {
        auto *action = child<QAction>(name);
        QVERIFY(action);
        QVERIFY2(!action->isEnabled(), qPrintable(name));
    }
    auto *quit = child<QAction>(u"quitAction"_s);
    QVERIFY(quit);
    QVERIFY(quit->isEnabled());
    const QList<QKeySequence> platformQuit = QKeySequence::keyBindings(QKeySequence::Quit);
    QCOMPARE(quit->shortcuts(),
        platformQuit.isEmpty() ? QList<QKeySequence> { QKeySequence(u"Ctrl+Q"_s) } : platformQuit);
    QVERIFY(!quit->shortcut().isEmpty());

    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    quit->trigger();
    QTRY_VERIFY(!m_window->isVisible());
}

void TestMainWindow::titleIsTheProductNameOnly()
{
    QCOMPARE(m_window->windowTitle(), u"地域医療連携ビューア"_s);
    QVERIFY(m_languages->setLanguage(u"en"_s));
    QTRY_COMPARE(m_window->windowTitle(), u"Renkei Viewer"_s);
}

void TestMainWindow::translationsLoad()
{
    // The embedded .qm files travel with the static renkei_ui library into the executable.
    QVERIFY(QFile::exists(u":/i18n/renkei_ja.qm"_s));
    QVERIFY(QFile::exists(u":/i18n/renkei_en.qm"_s));
    auto *file = child<QMenu>(u"fileMenu"_s);
    QVERIFY(file);
    QVERIFY(file->title() != u"&File"_s);
    QCOMPARE(file->title(), u"ファイル(&F)"_s);
}

void TestMainWindow::switchingLanguageRetranslatesLive()
{
    auto *file = child<QMenu>(u"fileMenu"_s);
    auto *english = child<QAction>(u"englishAction"_s);
    auto *japanese = child<QAction>(u"japaneseAction"_s);
    QVERIFY(file && english && japanese);

    english->trigger();
    QCOMPARE(m_languages->language(), u"en"_s);
    QTRY_COMPARE(file->title(), u"&File"_s);
    QCOMPARE(menuTitles(), QStringList({ u"&File"_s, u"&View"_s, u"&Help"_s }));
    QVERIFY(english->isChecked());
    QVERIFY(!japanese->isChecked());
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"en"_s);
    QCOMPARE(child<QAction>(u"openPatientAction"_s)->text(), u"&Open Patient…"_s);

    japanese->trigger();
    QCOMPARE(m_languages->language(), u"ja"_s);
    QTRY_COMPARE(file->title(), u"ファイル(&F)"_s);
    QVERIFY(japanese->isChecked());
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"ja"_s);
    QCOMPARE(m_window->windowTitle(), u"地域医療連携ビューア"_s);
}

void TestMainWindow::placeholdersSayWhatIsMissing()
{
    auto *search = child<renkei::ui::EmptyStateWidget>(u"patientSearchPlaceholder"_s);
    auto *patient = child<renkei::ui::EmptyStateWidget>(u"patientPlaceholder"_s);
    QVERIFY(search && patient);
    QCOMPARE(search->title(), u"ネットワークに接続していません"_s);
    QVERIFY(!search->hint().isEmpty());
    QCOMPARE(patient->title(), u"患者が選択されていません"_s);
    QVERIFY(patient->hint().contains(u"検査結果"_s));

    QVERIFY(m_languages->setLanguage(u"en"_s));
    QTRY_COMPARE(search->title(), u"Not connected to a network"_s);
    QCOMPARE(patient->title(), u"No patient selected"_s);
}

void TestMainWindow::statusBarShowsTheNetworkMode()
{
    auto *label = child<QLabel>(u"networkModeLabel"_s);
    QVERIFY(label);
    QCOMPARE(label->text(), u"オフライン"_s);
    QCOMPARE(m_window->networkMode(), NetworkMode::Offline);

    MainWindow demo(*m_languages, NetworkMode::Demo);
    auto *demoLabel = demo.findChild<QLabel *>(u"networkModeLabel"_s);
    QVERIFY(demoLabel);
    QCOMPARE(demoLabel->text(), u"デモネットワーク（起動中…）"_s);
    demo.showDemoNetworkReady(QUrl(u"http://127.0.0.1:40123"_s));
    QCOMPARE(demoLabel->text(), u"デモネットワーク（127.0.0.1:40123）"_s);
    const auto placeholders = demo.findChildren<renkei::ui::EmptyStateWidget *>();
    QVERIFY(std::any_of(
        placeholders.cbegin(), placeholders.cend(), [](const renkei::ui::EmptyStateWidget *w) {
            return w->title() == u"サインインしていません"_s;
        }));
    QCOMPARE(demo.windowTitle(), u"地域医療連携ビューア"_s);

    QVERIFY(m_languages->setLanguage(u"en"_s));
    QTRY_COMPARE(demoLabel->text(), u"Demo network (127.0.0.1:40123)"_s);
    QCOMPARE(label->text(), u"Offline"_s);
    demo.showDemoNetworkFailed();
    QCOMPARE(demoLabel->text(), u"Demo network could not start"_s);
}

void TestMainWindow::hasAnIcon()
{
    const QIcon icon = m_window->windowIcon();
    QVERIFY(!icon.isNull());
    QVERIFY(!icon.pixmap(QSize(32, 32)).isNull());
    QVERIFY(icon.availableSizes().contains(QSize(256, 256)));
}

void TestMainWindow::screenshotIsAPngOfTheWindow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"shot.png"_s);

    m_window->resize(MainWindow::preferredSize());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(renkei::ui::saveScreenshot(m_window.get(), path));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));

    QImage image;
    QVERIFY(image.loadFromData(bytes, "PNG"));
    const qreal ratio = m_window->devicePixelRatioF();
    QCOMPARE(image.size(), m_window->size() * ratio);
    QCOMPARE(m_window->size(), MainWindow::preferredSize());

    // Something was drawn: the image is not one flat colour.
    const QRgb first = image.pixel(0, 0);
    bool varied = false;
    for (int y = 0; y < image.height() && !varied; y += 7) {
        for (int x = 0; x < image.width() && !varied; x += 7)
            varied = image.pixel(x, y) != first;
    }
    QVERIFY(varied);
}

void TestMainWindow::screenshotFailures()
{
    QVERIFY(!renkei::ui::saveScreenshot(nullptr, u"/tmp/never.png"_s));
    QVERIFY(!renkei::ui::saveScreenshot(m_window.get(), QString()));
    QVERIFY(!renkei::ui::saveScreenshot(m_window.get(), u"/nonexistent-dir/x/shot.png"_s));
}

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
