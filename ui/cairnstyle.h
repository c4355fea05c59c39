#pragma once

#include <QProxyStyle>

namespace Cairn::Ui {

// The chosen style (the desktop's or Fusion) with Cairn's own icons where
// the style would draw one of its standard images: the overflow arrows of
// the menu bar and toolbar and the clear button of search fields. They follow
// the palette like Cairn's other icons, and they cost nothing until painted
// (the style's own are decoded from images as each bar is made).
class CairnStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CairnStyle)

public:
    explicit CairnStyle(QStyle *base) : QProxyStyle(base) { }

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace Cairn::Ui
