#include "languagemanager.h"

#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using renkei::ui::LanguageManager;

class TestLanguageManager : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void normalize_data();
    void normalize();
    void savedLanguage();
    void installsTheJapaneseTranslation();
    void englishIsTheSource();
    void refusesAnUnsupportedLanguage();
    void destructionRemovesTheTranslators();
};

namespace {

QString translatedFileMenu()
{
    return QCoreApplication::translate("renkei::ui::MainWindow", "&File");
}

} // namespace

void TestLanguageManager::initTestCase()
{
    QCoreApplication::setOrganizationName(u"RenkeiTest"_s);
    QCoreApplication::setApplicationName(u"TestLanguageManager"_s);
}

void TestLanguageManager::normalize_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ja") << u"ja"_s << u"ja"_s;
    QTest::newRow("ja_JP") << u"ja_JP"_s << u"ja"_s;
    QTest::newRow("ja-JP") << u"ja-JP"_s << u"ja"_s;
    QTest::newRow("upper") << u"EN"_s << u"en"_s;
    QTest::newRow("spaces") << u" en "_s << u"en"_s;
    QTest::newRow("en_US.UTF-8") << u"en_US.UTF-8"_s << u"en"_s;
    QTest::newRow("french") << u"fr"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestLanguageManager::normalize()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(LanguageManager::normalize(code), expected);
}

void TestLanguageManager::savedLanguage()
{
    QSettings settings;
    settings.clear();
    QCOMPARE(LanguageManager::savedLanguage(settings), u"ja"_s);
    LanguageManager::saveLanguage(settings, u"en"_s);
    QCOMPARE(settings.value(u"ui/language"_s).toString(), u"en"_s);
    QCOMPARE(LanguageManager::savedLanguage(settings), u"en"_s);
    LanguageManager::saveLanguage(settings, u"xx"_s); // ignored
    QCOMPARE(LanguageManager::savedLanguage(settings), u"en"_s);
    settings.setValue(u"ui/language"_s, u"klingon"_s);
    QCOMPARE(LanguageManager::savedLanguage(settings), u"ja"_s);
}

void TestLanguageManager::installsTheJapaneseTranslation()
{
    LanguageManager languages;
    QSignalSpy changed(&languages, &LanguageManager::languageChanged);
    QVERIFY(languages.setLanguage(u"ja"_s));
    QCOMPARE(languages.language(), u"ja"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(translatedFileMenu(), u"ファイル(&F)"_s);
    QCOMPARE(QLocale().language(), QLocale::Japanese);

    QVERIFY(languages.setLanguage(u"ja_JP"_s)); // same language: nothing to do
    QCOMPARE(changed.size(), 1);
}

void TestLanguageManager::englishIsTheSource()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(u"ja"_s));
    QVERIFY(languages.setLanguage(u"en"_s));
    QCOMPARE(languages.language(), u"en"_s);
    QCOMPARE(translatedFileMenu(), u"&File"_s);
    QVERIFY(!languages.hasQtTranslation());
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestLanguageManager::refusesAnUnsupportedLanguage()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(u"ja"_s));
    QVERIFY(!languages.setLanguage(u"fr"_s));
    QCOMPARE(languages.language(), u"ja"_s);
    QCOMPARE(translatedFileMenu(), u"ファイル(&F)"_s);
}

void TestLanguageManager::destructionRemovesTheTranslators()
{
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(u"ja"_s));
        QCOMPARE(translatedFileMenu(), u"ファイル(&F)"_s);
    }
    QCOMPARE(translatedFileMenu(), u"&File"_s);
}

QTEST_MAIN(TestLanguageManager)
#include "testlanguagemanager.moc"
