#include "cairnstyle.h"

#include "icons/icons.h"

namespace Cairn::Ui {

QIcon CairnStyle::standardIcon(StandardPixmap standard, const QStyleOption *option, const QWidget *widget) const
{
    switch (standard) {
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
        return icon(QStringLiteral("more"));
    case SP_LineEditClearButton:
        return icon(QStringLiteral("clear"));
    default:
        return QProxyStyle::standardIcon(standard, option, widget);
    }
}

} // namespace Cairn::Ui
