#include "aboutdialog.h"
#include "languagemanager.h"
#include "util/buildinfo.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using renkei::ui::AboutDialog;

class TestAboutDialog : public QObject {
    Q_OBJECT
private slots:
    void showsTheBuildAndRuntimeVersions();
    void showsWhatItIsGiven();
    void showsTheVersionsBuiltAgainstWhenTheyDiffer();
    void copiesTheVersionText();
    void retranslates();

private:
    static QString labelText(const QWidget &dialog, const QString &name)
    {
        const auto *label = dialog.findChild<QLabel *>(name);
        return label ? label->text() : u"<missing %1>"_s.arg(name);
    }
};

void TestAboutDialog::showsTheBuildAndRuntimeVersions()
{
    const renkei::BuildInfo info = renkei::buildInfo();
    AboutDialog dialog(info);
    QCOMPARE(labelText(dialog, u"versionValue"_s), info.version);
    const QString qt = labelText(dialog, u"qtVersionValue"_s);
    QVERIFY2(qt.startsWith(QString::fromLatin1(qVersion())), qPrintable(qt));
    const QString openSsl = labelText(dialog, u"openSslVersionValue"_s);
    QVERIFY2(openSsl.startsWith(u"OpenSSL 3."_s), qPrintable(openSsl));
    QVERIFY(labelText(dialog, u"buildValue"_s).contains(info.buildId));
    // The product in both languages, whichever is active.
    QCOMPARE(labelText(dialog, u"productNameJapanese"_s), u"地域医療連携ビューア"_s);
    QCOMPARE(labelText(dialog, u"productNameEnglish"_s), u"Renkei Viewer"_s);
    QVERIFY(!labelText(dialog, u"description"_s).isEmpty());
}

void TestAboutDialog::showsWhatItIsGiven()
{
    renkei::BuildInfo info;
    info.version = u"9.8.7"_s;
    info.buildId = u"deadbee"_s;
    info.buildType = u"Release"_s;
    info.qtVersion = u"6.99.0"_s;
    info.openSslVersion = u"OpenSSL 3.9.9 test"_s;
    AboutDialog dialog(info);
    QCOMPARE(labelText(dialog, u"versionValue"_s), u"9.8.7"_s);
    QCOMPARE(labelText(dialog, u"buildValue"_s), u"deadbee (Release)"_s);
    QCOMPARE(labelText(dialog, u"qtVersionValue"_s), u"6.99.0"_s);
    QCOMPARE(labelText(dialog, u"openSslVersionValue"_s), u"OpenSSL 3.9.9 test"_s);
}

void TestAboutDialog::showsTheVersionsBuiltAgainstWhenTheyDiffer()
{
    renkei::ui::LanguageManager languages;
    QVERIFY(languages.setLanguage(u"en"_s));
    renkei::BuildInfo info;
    info.version = u"1.0.0"_s;
    info.qtVersion = u"6.4.2"_s;
    info.qtBuildVersion = u"6.4.2"_s; // the same: said once
    info.openSslVersion = u"OpenSSL 3.0.15 3 Sep 2024"_s;
    info.openSslBuildVersion = u"OpenSSL 3.0.11 19 Sep 2023"_s;
    AboutDialog dialog(info);
    QCOMPARE(labelText(dialog, u"qtVersionValue"_s), u"6.4.2"_s);
    QCOMPARE(labelText(dialog, u"openSslVersionValue"_s),
        u"OpenSSL 3.0.15 3 Sep 2024 (built with OpenSSL 3.0.11 19 Sep 2023)"_s);

    QVERIFY(languages.setLanguage(u"ja"_s));
    QTRY_VERIFY(labelText(dialog, u"openSslVersionValue"_s).contains(u"ビルド時"_s));
    const QString ja = labelText(dialog, u"openSslVersionValue"_s);
    QVERIFY2(ja.startsWith(u"OpenSSL 3.0.15 3 Sep 2024"_s), qPrintable(ja));
    QVERIFY2(ja.contains(u"OpenSSL 3.0.11 19 Sep 2023"_s), qPrintable(ja));
}

void TestAboutDialog::copiesTheVersionText()
{
    const renkei::BuildInfo info = renkei::buildInfo();
    AboutDialog dialog(info);
    auto *copy = dialog.findChild<QPushButton *>(u"copyVersionButton"_s);
    QVERIFY(copy);
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), info.versionText());
}

void TestAboutDialog::retranslates()
{
    renkei::ui::LanguageManager languages;
    QVERIFY(languages.setLanguage(u"en"_s));
    AboutDialog dialog(renkei::buildInfo());
    QCOMPARE(dialog.windowTitle(), u"About Renkei Viewer"_s);
    auto *copy = dialog.findChild<QPushButton *>(u"copyVersionButton"_s);
    QVERIFY(copy);
    QCOMPARE(copy->text(), u"&Copy Version Information"_s);

    QVERIFY(languages.setLanguage(u"ja"_s));
    QTRY_COMPARE(dialog.windowTitle(), u"Renkei Viewerについて"_s);
    QCOMPARE(copy->text(), u"バージョン情報をコピー(&C)"_s);
    // Japanese even where Qt's own qtbase_ja.qm is not installed.
    auto *close = dialog.findChild<QPushButton *>(u"closeButton"_s);
    QVERIFY(close);
    QCOMPARE(close->text(), u"閉じる"_s);
    close->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestAboutDialog)
#include "testaboutdialog.moc"
