#include "theme.h"

#include "cairnstyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace Cairn::Ui {

namespace {

QPalette makeLightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf2));
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x22, 0x24));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf5, 0xf7));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
    palette.setColor(QPalette::ToolTipText, QColor(0x20, 0x22, 0x24));
    palette.setColor(QPalette::PlaceholderText, QColor(0x6c, 0x70, 0x75));
    palette.setColor(QPalette::Text, QColor(0x20, 0x22, 0x24));
    palette.setColor(QPalette::Button, QColor(0xe9, 0xe9, 0xe6));
    palette.setColor(QPalette::ButtonText, QColor(0x20, 0x22, 0x24));
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Highlight, QColor(0x2b, 0x6c, 0xb0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x1d, 0x5f, 0xa8));
    palette.setColor(QPalette::LinkVisited, QColor(0x6a, 0x3d, 0x9a));
    palette.setColor(QPalette::Mid, QColor(0xb8, 0xb8, 0xb4));
    palette.setColor(QPalette::Dark, QColor(0x9a, 0x9a, 0x96));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x9a, 0x9c, 0x9f));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2a, 0x2c, 0x2f));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe3));
    palette.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x23));
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x2a, 0x2d));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x41));
    palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe3));
    palette.setColor(QPalette::PlaceholderText, QColor(0x98, 0x9b, 0x9f));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe3));
    palette.setColor(QPalette::Button, QColor(0x36, 0x39, 0x3d));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe3));
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xf0));
    palette.setColor(QPalette::LinkVisited, QColor(0xb8, 0x9c, 0xe8));
    palette.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x43));
    palette.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5c));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x7c, 0x7f, 0x83));
    return palette;
}

} // namespace

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return QStringLiteral("system");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    }
    return {};
}

std::optional<Theme> themeFromKey(const QString &key)
{
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        if (key == themeKey(theme))
            return theme;
    }
    return std::nullopt;
}

QPalette lightPalette()
{
    return makeLightPalette();
}

ThemeSwitcher::ThemeSwitcher(QApplication &app)
    : m_systemStyle(app.style()->name()), m_systemPalette(QApplication::palette())
{
}

void ThemeSwitcher::apply(Theme theme)
{
    m_current = theme;
    const QString style = theme == Theme::System ? m_systemStyle : QStringLiteral("Fusion");
    QApplication::setStyle(new CairnStyle(QStyleFactory::create(style)));
    if (theme == Theme::System)
        QApplication::setPalette(m_systemPalette);
    else
        QApplication::setPalette(theme == Theme::Dark ? darkPalette() : makeLightPalette());
}

} // namespace Cairn::Ui
