#pragma once

#include "chartspec.h"

#include <QCoreApplication>

class QAbstractItemModel;
class QImage;
class QSize;
class QChartView;
class QObject;
class QPalette;
class QWidget;

namespace Cairn::Ui {

// The one place that talks to QtCharts: draws a ChartSpec in a chart view in
// the palette's colours (light or dark), with a tooltip on hover, and exports
// what it drew as PNG or SVG. Views describe charts; they never build them.
class ChartAdapter final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Ui::ChartAdapter)

public:
    static QChartView *makeView(QWidget *parent);
    // Replaces what `view` shows by `spec`. Points go in whole lists, never
    // one by one (appending point by point is quadratic in QtCharts).
    static void show(QChartView *view, const ChartSpec &spec, const QPalette &palette);
    static bool savePng(QChartView *view, const QString &fileName);
    // `spec` drawn off screen at `size` in `palette`, for print: an image of
    // twice the pixels (device pixel ratio 2).
    static QImage render(const ChartSpec &spec, const QSize &size, const QPalette &palette);
    static bool saveSvg(QChartView *view, const QString &fileName, const QString &title);
    // The series drawn, for tests: names and point or value counts.
    static QStringList seriesNames(const QChartView *view);
};

// The table alternative of a chart, for screen readers and copying: one row
// per category (bars) or per point of each line (dates).
QAbstractItemModel *tableFor(const ChartSpec &spec, QObject *parent);
// The table as tab-separated text, with its header.
QString tableText(const QAbstractItemModel &table);

} // namespace Cairn::Ui
