#pragma once

#include <QColor>
#include <QPalette>

namespace Cairn::Ui {

// The three colours of progress everywhere in the window (audit bars, the
// sidebar's goals, the legend): earned, added by enrolled and planned
// courses, and still missing. Taken from the palette so that they read on
// light and dark themes alike.
struct ProgressColours
{
    QColor earned;
    QColor planned;
    QColor missing;

    static ProgressColours from(const QPalette &palette)
    {
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        ProgressColours colours;
        colours.earned = dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
        colours.planned = dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x42, 0x8b, 0xd8);
        colours.missing = palette.color(QPalette::Mid);
        colours.missing.setAlpha(dark ? 140 : 110);
        return colours;
    }
};

} // namespace Cairn::Ui
