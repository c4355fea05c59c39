#pragma once

#include <QIcon>
#include <QString>

namespace Cairn::Ui {

// Cairn's icons, by the name of their SVG in resources/icons. The desktop's
// icon theme is asked first where a freedesktop name fits; Cairn's own SVG,
// drawn in the palette's colours, is the fallback (Zeal's IconHelper).
QIcon icon(const QString &name);

} // namespace Cairn::Ui
