#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Cairn::Core {

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    // qt_add_translations() embeds the compiled catalogues under :/i18n.
    auto *cairnTranslator = new QTranslator(&app);
    if (cairnTranslator->load(locale, QStringLiteral("cairn"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(cairnTranslator);
    else
        delete cairnTranslator;
}

} // namespace Cairn::Core
