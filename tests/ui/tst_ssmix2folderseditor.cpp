// Network Settings > SS-MIX2 folders: a folder added through the editor (the chooser seam
// stands in for QFileDialog) with its facility code and name is saved with the profile, comes
// back when the profile is shown again, and a facility code that is not 10 digits is refused;
// profiles saved before the list existed load with none.
#include "net/profilestore.h"
#include "net/tokenvault.h"
#include "networksettingsdialog.h"
#include "ssmix2/ssmix2folderseditor.h"

#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace renkei;
using renkei::ui::NetworkSettingsDialog;
using renkei::ui::Ssmix2FoldersEditor;

class TestSsmix2FoldersEditor : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void roundTripThroughTheDialog();
    void badFacilityCodeRefused();
    void oldProfilesLoadWithoutFolders();
    void removeFolder();

private:
    void fillProfile(NetworkSettingsDialog &dialog);
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<net::ProfileStore> m_store;
    net::MemoryTokenVault m_vault;
    QNetworkAccessManager m_nam;
};

namespace {
void type(QWidget &dialog, const QString &name, const QString &text)
{
    auto *edit = dialog.findChild<QLineEdit *>(name);
    QVERIFY(edit);
    edit->setText(text);
}
void click(QWidget &dialog, const QString &name)
{
    auto *button = dialog.findChild<QPushButton *>(name);
    QVERIFY(button);
    button->click();
}
void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->item(row, column)->setText(text);
}
} // namespace

void TestSsmix2FoldersEditor::init()
{
    QVERIFY(m_dir.isValid());
    const QString file
        = m_dir.filePath(u"%1.conf"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(file);
    m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
    m_store = std::make_unique<net::ProfileStore>(*m_settings);
}

void TestSsmix2FoldersEditor::cleanup()
{
    m_store.reset();
    m_settings.reset();
}

void TestSsmix2FoldersEditor::fillProfile(NetworkSettingsDialog &dialog)
{
    click(dialog, u"addButton"_s);
    type(dialog, u"idEdit"_s, u"shizuoka"_s);
    type(dialog, u"nameEdit"_s, u"静岡地域連携"_s);
    type(dialog, u"urlEdit"_s, u"https://fhir.shizuoka.example.jp/r4"_s);
    type(dialog, u"clientIdEdit"_s, u"clinic-7"_s);
}

void TestSsmix2FoldersEditor::roundTripThroughTheDialog()
{
    NetworkSettingsDialog dialog(*m_store, m_vault, m_nam);
    fillProfile(dialog);
    Ssmix2FoldersEditor *editor = dialog.ssmix2Folders();
    QVERIFY(editor);
    const QString first = m_dir.filePath(u"ssmix2-a"_s);
    const QString second = m_dir.filePath(u"ssmix2-b"_s);
    QStringList answers { first, second };
    editor->setFolderChooser([&answers] { return answers.takeFirst(); });
    editor->addButton()->click();
    editor->addButton()->click();
    QCOMPARE(editor->table()->rowCount(), 2);
    setCell(editor->table(), 0, 1, u"2212345678"_s);
    setCell(editor->table(), 0, 2, u"登呂病院"_s);
    click(dialog, u"saveButton"_s);
    QVERIFY2(!dialog.messageIsError(), qPrintable(dialog.message()));

    auto saved = m_store->load(u"shizuoka"_s);
    QVERIFY(saved);
    QCOMPARE(saved->ssmix2Folders.size(), 2);
    QCOMPARE(saved->ssmix2Folders.at(0).path, QDir::toNativeSeparators(first));
    QCOMPARE(saved->ssmix2Folders.at(0).facilityCode, u"2212345678"_s);
    QCOMPARE(saved->ssmix2Folders.at(0).facilityName, u"登呂病院"_s);
    QCOMPARE(saved->ssmix2Folders.at(1).path, QDir::toNativeSeparators(second));
    QVERIFY(saved->ssmix2Folders.at(1).facilityCode.isEmpty());

    // A fresh dialog on the same settings shows the same list.
    NetworkSettingsDialog again(*m_store, m_vault, m_nam);
    auto *list = again.findChild<QListWidget *>(u"profileList"_s);
    QVERIFY(list && list->count() == 1);
    list->setCurrentRow(0);
    QCOMPARE(again.ssmix2Folders()->folders(), saved->ssmix2Folders);
}

void TestSsmix2FoldersEditor::badFacilityCodeRefused()
{
    NetworkSettingsDialog dialog(*m_store, m_vault, m_nam);
    fillProfile(dialog);
    Ssmix2FoldersEditor *editor = dialog.ssmix2Folders();
    editor->setFolderChooser([this] { return m_dir.filePath(u"x"_s); });
    editor->addButton()->click();
    setCell(editor->table(), 0, 1, u"12345"_s);
    click(dialog, u"saveButton"_s);
    QVERIFY(dialog.messageIsError());
    QVERIFY2(dialog.message().contains(u"12345"_s), qPrintable(dialog.message()));
    QVERIFY(!m_store->load(u"shizuoka"_s));
    // The store refuses it too (a profile written by another tool).
    net::NetworkProfile p;
    p.id = u"x"_s;
    p.displayName = u"x"_s;
    p.fhirBaseUrl = QUrl(u"https://fhir.example.jp"_s);
    p.clientId = u"c"_s;
    p.ssmix2Folders = { { u"/mnt/s"_s, u"22123456789"_s, {} } };
    const auto saved = m_store->save(p);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, u"facility-code"_s);
}

void TestSsmix2FoldersEditor::oldProfilesLoadWithoutFolders()
{
    m_settings->setValue(u"networks/old/displayName"_s, u"Old"_s);
    m_settings->setValue(u"networks/old/fhirBaseUrl"_s, u"https://fhir.example.jp"_s);
    m_settings->setValue(u"networks/old/clientId"_s, u"c"_s);
    auto loaded = m_store->load(u"old"_s);
    QVERIFY(loaded);
    QVERIFY(loaded->ssmix2Folders.isEmpty());
    QCOMPARE(m_store->list().size(), 1);
}

void TestSsmix2FoldersEditor::removeFolder()
{
    Ssmix2FoldersEditor editor;
    editor.setFolders({ { u"/a"_s, {}, {} }, { u"/b"_s, u"1311234567"_s, u"B"_s } });
    QVERIFY(!editor.removeButton()->isEnabled());
    editor.table()->setCurrentCell(0, 0);
    QVERIFY(editor.removeButton()->isEnabled());
    editor.removeButton()->click();
    const QList<net::Ssmix2Folder> expected { { u"/b"_s, u"1311234567"_s, u"B"_s } };
    QCOMPARE(editor.folders(), expected);
}

QTEST_MAIN(TestSsmix2FoldersEditor)
#include "tst_ssmix2folderseditor.moc"
