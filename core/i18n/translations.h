#pragma once

#include <QLocale>

class QCoreApplication;

namespace Cairn::Core {

// Installs Cairn's own and Qt's translations for `locale` on `app`; the
// translators are parented to the application. Missing catalogues are not an
// error: the program then speaks English.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Cairn::Core
