#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace synthreg::gui {

namespace {

const QString kLanguageKey = QStringLiteral("language");

// Owned here rather than by the caller so a later call can swap them out.
std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void removeInstalled()
{
    for (auto *slot : {&appTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString languageSetting()
{
    return QSettings().value(kLanguageKey).toString();
}

void setLanguageSetting(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, language);
}

QString installTranslation(const QString &language)
{
    QString requested = language.isEmpty() ? languageSetting() : language;
    const QLocale locale = requested.isEmpty() ? QLocale::system() : QLocale(requested);

    auto translator = std::make_unique<QTranslator>();
    // Tries synthreg_de_CH.qm, then synthreg_de.qm, for each of the locale's UI languages.
    const bool found = locale.language() != QLocale::English
        && translator->load(locale, QStringLiteral("synthreg"), QStringLiteral("_"), QStringLiteral(":/i18n"));

    removeInstalled();
    if (!found)
        return QStringLiteral("en");

    QCoreApplication::installTranslator(translator.get());
    appTranslator() = std::move(translator);

    // Standard dialog buttons (Cancel, Open…) come from Qt's own catalogue when the system has it.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return appTranslator()->language().isEmpty() ? locale.name() : appTranslator()->language();
}

QString languageAutonym(const QString &language)
{
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return QLocale(language).nativeLanguageName();
}

} // namespace synthreg::gui
