#pragma once

#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cairn::Ui {

// What a chart shows, independent of how it is drawn: the dashboard's views
// describe their charts with it, ChartAdapter draws it with QtCharts, and the
// same description gives the table alternative. Colours are roles, resolved
// against the palette when drawn.
enum class ChartColour { Earned, Planned, Missing, Accent, Warning, Shade, Cycle0, Cycle1, Cycle2, Cycle3 };

struct ChartSpec
{
    enum class Kind {
        HorizontalStack, // one bar per category, the series stacked along it
        Bars,            // categories along x, one bar per series side by side
        Dates            // lines (and filled areas) over dates
    };

    struct BarSeries
    {
        QString name;
        QList<double> values; // one per category
        ChartColour colour = ChartColour::Accent;
    };

    struct Line
    {
        QString name;
        QList<QPointF> points; // x: QDateTime::toMSecsSinceEpoch() of the date
        ChartColour colour = ChartColour::Accent;
        bool dashed = false;
        bool filled = false; // an area down to zero
    };

    struct Range
    {
        QDate from;
        QDate to;
    };

    Kind kind = Kind::Bars;
    QString title;
    QString subtitle;          // a sentence under the title: the figures that matter most
    QString valueTitle;        // the value axis ("Credits", "Hours a week")
    QString emptyText;         // shown instead when there is nothing to draw
    QStringList categories;    // HorizontalStack, Bars
    QList<BarSeries> bars;     // HorizontalStack, Bars
    QList<Line> lines;         // Dates
    std::optional<double> limit;   // a horizontal line: a budget, a goal's credits
    QString limitName;
    std::optional<QDate> marker;   // a vertical line: today
    QString markerName;
    QList<Range> shaded;           // Dates: periods drawn as bands (availability)
    QString shadedName;
    QString valueFormat = QStringLiteral("%1"); // a value in a tooltip or the table ("%1 h")

    bool isEmpty() const
    {
        if (kind == Kind::Dates) {
            for (const Line &line : lines) {
                if (!line.points.isEmpty())
                    return false;
            }
            return true;
        }
        return categories.isEmpty() || bars.isEmpty();
    }

    static qreal x(const QDate &date) { return qreal(date.startOfDay().toMSecsSinceEpoch()); }
};

} // namespace Cairn::Ui
