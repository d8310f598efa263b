#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace agentdesk {

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *app = QCoreApplication::instance();
    QString inUse = QStringLiteral("en");
    auto *ours = new QTranslator(app);
    // English is the source language, but its plural forms live in a catalogue too; a
    // language without a catalogue (or the "C" locale) gets English.
    if (ours->load(locale, QStringLiteral("agentdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral("agentdesk_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        inUse = ours->language();
    } else {
        delete ours;
    }
    // Qt's own strings (standard buttons, file dialogs), when the system ships them.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return inUse;
}

} // namespace agentdesk
