#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

class QSettings;

namespace renkei::ui {

// Installs the translators for one UI language on the application: ours (embedded .qm files
// under :/i18n) and, when the system has it, Qt's own (standard dialog buttons). Installing or
// removing a translator makes Qt send QEvent::LanguageChange to every widget, which re-runs
// their retranslateUi(). Owned by main() and handed to the windows that offer the choice.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "ja" and "en", in menu order; "ja" is the default.
    static QStringList supportedLanguages();
    static QString defaultLanguage();
    // "ja", "ja_JP", "JA" -> "ja"; an unsupported code -> empty.
    static QString normalize(const QString &code);

    // The language stored under ui/language, or the default when none or unsupported.
    static QString savedLanguage(const QSettings &settings);
    static void saveLanguage(QSettings &settings, const QString &code);

    // Switches the UI language. False (and nothing changes) for an unsupported code, or when
    // our own translation for it cannot be loaded (Japanese; English is the source language).
    bool setLanguage(const QString &code);
    QString language() const { return m_language; }
    // Whether Qt's own translation (qtbase_<lang>.qm) was found for the current language.
    bool hasQtTranslation() const { return m_qtTranslator != nullptr; }

signals:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> m_appTranslator; // null while the source language is shown
    std::unique_ptr<QTranslator> m_qtTranslator; // null when Qt has no translation for it
    QString m_language;
};

} // namespace renkei::ui
