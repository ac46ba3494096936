#include "languagemanager.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

const QString kSettingsKey = u"ui/language"_s;

QLocale localeFor(const QString &code)
{
    if (code == u"ja"_s)
        return QLocale(QLocale::Japanese, QLocale::Japan);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::supportedLanguages()
{
    return { u"ja"_s, u"en"_s };
}

QString LanguageManager::defaultLanguage()
{
    return u"ja"_s;
}

QString LanguageManager::normalize(const QString &code)
{
    const QString lower = code.trimmed().toLower();
    const QString base = lower.section(u'_', 0, 0).section(u'-', 0, 0);
    return supportedLanguages().contains(base) ? base : QString();
}

QString LanguageManager::savedLanguage(const QSettings &settings)
{
    const QString code = normalize(settings.value(kSettingsKey).toString());
    return code.isEmpty() ? defaultLanguage() : code;
}

void LanguageManager::saveLanguage(QSettings &settings, const QString &code)
{
    const QString normalized = normalize(code);
    if (!normalized.isEmpty())
        settings.setValue(kSettingsKey, normalized);
}

bool LanguageManager::setLanguage(const QString &code)
{
    const QString lang = normalize(code);
    if (lang.isEmpty()) {
        qCWarning(lcApp) << "unsupported UI language" << code;
        return false;
    }
    if (lang == m_language)
        return true;

    // Load first, so that a failure leaves the current language in place.
    auto app = std::make_unique<QTranslator>();
    if (!app->load(u":/i18n/renkei_"_s + lang + u".qm"_s) || app->isEmpty()) {
        if (lang != u"en"_s) {
            qCWarning(lcApp) << "no embedded translation for" << lang;
            return false;
        }
        app.reset(); // English is the source language: nothing to translate
    }
    std::unique_ptr<QTranslator> qt;
    if (lang != u"en"_s) {
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        qt = std::make_unique<QTranslator>();
        if (!qt->load(u"qtbase_"_s + lang, qtDir)) {
            qCInfo(lcApp) << "Qt's own translation not found for" << lang << "in" << qtDir;
            qt.reset();
        }
    }

    removeTranslators();
    m_appTranslator = std::move(app);
    m_qtTranslator = std::move(qt);
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    if (m_appTranslator)
        QCoreApplication::installTranslator(m_appTranslator.get());
    QLocale::setDefault(localeFor(lang));
    m_language = lang;
    emit languageChanged(lang);
    return true;
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

} // namespace renkei::ui
