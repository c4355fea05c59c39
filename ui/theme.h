#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <optional>

class QApplication;

namespace Cairn::Ui {

// The look the user chose: the desktop's own, or Cairn's light or dark
// palette on the Fusion style (which follows a palette completely).
enum class Theme { System, Light, Dark };

QString themeKey(Theme theme); // "system", "light", "dark"
std::optional<Theme> themeFromKey(const QString &key);

// Cairn's light palette: what the light theme shows, and what goes on paper.
QPalette lightPalette();

// Applies `theme` to the whole application. The first call remembers the
// desktop's style and palette so that Theme::System can bring them back.
class ThemeSwitcher final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Ui::ThemeSwitcher)

public:
    explicit ThemeSwitcher(QApplication &app);

    void apply(Theme theme);
    Theme current() const { return m_current; }

private:
    QString m_systemStyle;
    QPalette m_systemPalette;
    Theme m_current = Theme::System;
};

} // namespace Cairn::Ui
