#include "chartadapter.h"

#include "audit/progresscolours.h"
#include "models/coursetext.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QStandardItemModel>
#include <QSvgGenerator>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Cairn::Ui {

namespace {

QColor colourOf(ChartColour role, const QPalette &palette)
{
    const ProgressColours progress = ProgressColours::from(palette);
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (role) {
    case ChartColour::Earned:
        return progress.earned;
    case ChartColour::Planned:
        return progress.planned;
    case ChartColour::Missing:
        return progress.missing;
    case ChartColour::Accent:
        return palette.color(QPalette::Highlight);
    case ChartColour::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe0, 0x8a, 0x00);
    case ChartColour::Shade: {
        QColor shade = palette.color(QPalette::Mid);
        shade.setAlpha(70);
        return shade;
    }
    case ChartColour::Cycle0:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x1e, 0x6f, 0xc8);
    case ChartColour::Cycle1:
        return dark ? QColor(0xba, 0x68, 0xc8) : QColor(0x8e, 0x24, 0xaa);
    case ChartColour::Cycle2:
        return dark ? QColor(0x4d, 0xd0, 0xe1) : QColor(0x00, 0x83, 0x8f);
    case ChartColour::Cycle3:
        return dark ? QColor(0xf0, 0x62, 0x92) : QColor(0xc2, 0x18, 0x5b);
    }
    return palette.color(QPalette::Text);
}

QString valueText(const ChartSpec &spec, double value)
{
    return spec.valueFormat.arg(CourseText::number(std::round(value * 100.0) / 100.0));
}

QString dateText(qreal x)
{
    return CourseText::date(QDateTime::fromMSecsSinceEpoch(qint64(x)).date());
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    axis->setLabelsColor(palette.color(QPalette::WindowText));
    axis->setTitleBrush(palette.color(QPalette::WindowText));
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(90);
    axis->setGridLineColor(grid);
    axis->setLinePenColor(palette.color(QPalette::Mid));
}

QValueAxis *valueAxis(QChart *chart, const ChartSpec &spec, double maximum, Qt::Alignment alignment)
{
    auto *axis = new QValueAxis(chart);
    axis->setTitleText(spec.valueTitle);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setRange(0, std::max(1.0, maximum * 1.08));
    axis->applyNiceNumbers();
    chart->addAxis(axis, alignment);
    return axis;
}

void showBars(QChart *chart, const ChartSpec &spec, const QPalette &palette)
{
    const bool horizontal = spec.kind == ChartSpec::Kind::HorizontalStack;
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries(chart))
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries(chart));
    double maximum = spec.limit.value_or(0.0);
    QList<double> stacked(spec.categories.size(), 0.0);
    for (const ChartSpec::BarSeries &bars : spec.bars) {
        auto *set = new QBarSet(bars.name, series);
        set->append(bars.values);
        set->setColor(colourOf(bars.colour, palette));
        set->setBorderColor(colourOf(bars.colour, palette));
        series->append(set);
        for (qsizetype i = 0; i < bars.values.size() && i < stacked.size(); ++i) {
            stacked[i] = horizontal ? stacked[i] + bars.values[i] : std::max(stacked[i], bars.values[i]);
            maximum = std::max(maximum, stacked[i]);
        }
        QObject::connect(set, &QBarSet::hovered, set, [spec, set](bool on, int index) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), ChartAdapter::tr("%1 · %2: %3")
                                                   .arg(spec.categories.value(index), set->label(),
                                                        valueText(spec, set->at(index))));
        });
    }
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis(chart);
    categories->append(spec.categories);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categories);
    QValueAxis *values = valueAxis(chart, spec, maximum, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(values);
    styleAxis(categories, palette);
    styleAxis(values, palette);
    if (spec.limit && !horizontal) {
        // A line across the whole bar chart: drawn on a hidden axis that runs
        // from the left edge of the first category to the right of the last.
        auto *across = new QValueAxis(chart);
        across->setRange(-0.5, spec.categories.size() - 0.5);
        across->setVisible(false);
        chart->addAxis(across, Qt::AlignBottom);
        auto *line = new QLineSeries(chart);
        line->setName(spec.limitName);
        line->replace({QPointF(-0.5, *spec.limit), QPointF(spec.categories.size() - 0.5, *spec.limit)});
        QPen pen(colourOf(ChartColour::Warning, palette), 2, Qt::DashLine);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(across);
        line->attachAxis(values);
    }
}

void showDates(QChart *chart, const ChartSpec &spec, const QPalette &palette)
{
    qreal first = std::numeric_limits<qreal>::max();
    qreal last = std::numeric_limits<qreal>::lowest();
    double maximum = spec.limit.value_or(0.0);
    for (const ChartSpec::Line &line : spec.lines) {
        for (const QPointF &point : line.points) {
            first = std::min(first, point.x());
            last = std::max(last, point.x());
            maximum = std::max(maximum, point.y());
        }
    }
    if (spec.marker) {
        first = std::min(first, ChartSpec::x(*spec.marker));
        last = std::max(last, ChartSpec::x(*spec.marker));
    }
    if (last <= first)
        last = first + 86400000.0 * 7;
    auto *dates = new QDateTimeAxis(chart);
    dates->setFormat(QStringLiteral("MMM yyyy"));
    dates->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first)), QDateTime::fromMSecsSinceEpoch(qint64(last)));
    dates->setTickCount(6);
    chart->addAxis(dates, Qt::AlignBottom);
    QValueAxis *values = valueAxis(chart, spec, maximum, Qt::AlignLeft);
    styleAxis(dates, palette);
    styleAxis(values, palette);
    const double top = values->max();

    const auto attach = [&](QAbstractSeries *series) {
        chart->addSeries(series);
        series->attachAxis(dates);
        series->attachAxis(values);
    };
    // Bands first, so that the lines are drawn over them.
    bool namedBand = false;
    for (const ChartSpec::Range &range : spec.shaded) {
        auto *upper = new QLineSeries(chart);
        upper->replace({QPointF(ChartSpec::x(range.from), top), QPointF(ChartSpec::x(range.to.addDays(1)), top)});
        auto *band = new QAreaSeries(upper);
        band->setName(spec.shadedName);
        band->setColor(colourOf(ChartColour::Shade, palette));
        band->setBorderColor(Qt::transparent);
        attach(band);
        if (namedBand) // one entry in the legend for all the bands
            chart->legend()->markers(band).value(0)->setVisible(false);
        namedBand = true;
    }
    for (const ChartSpec::Line &line : spec.lines) {
        auto *series = new QLineSeries(chart);
        series->setName(line.name);
        series->replace(line.points);
        const QColor colour = colourOf(line.colour, palette);
        QPen pen(colour, 2, line.dashed ? Qt::DashLine : Qt::SolidLine);
        series->setPen(pen);
        QAbstractSeries *drawn = series;
        if (line.filled) {
            auto *area = new QAreaSeries(series);
            area->setName(line.name);
            QColor fill = colour;
            fill.setAlpha(150);
            area->setColor(fill);
            area->setBorderColor(colour);
            drawn = area;
        } else {
            series->setPointsVisible(line.points.size() < 40);
        }
        QObject::connect(series, &QXYSeries::hovered, series, [spec, name = line.name](const QPointF &point, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), ChartAdapter::tr("%1 · %2: %3")
                                                   .arg(name, dateText(point.x()), valueText(spec, point.y())));
        });
        attach(drawn);
    }
    if (spec.limit) {
        auto *line = new QLineSeries(chart);
        line->setName(spec.limitName);
        line->replace({QPointF(first, *spec.limit), QPointF(last, *spec.limit)});
        line->setPen(QPen(colourOf(ChartColour::Warning, palette), 2, Qt::DashLine));
        attach(line);
    }
    if (spec.marker) {
        auto *line = new QLineSeries(chart);
        line->setName(spec.markerName);
        const qreal at = ChartSpec::x(*spec.marker);
        line->replace({QPointF(at, 0), QPointF(at, top)});
        line->setPen(QPen(palette.color(QPalette::WindowText), 1, Qt::DotLine));
        attach(line);
    }
}

} // namespace

QChartView *ChartAdapter::makeView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setBackgroundRole(QPalette::Window);
    view->setMinimumHeight(220);
    view->setFocusPolicy(Qt::NoFocus); // the table alternative takes the keyboard
    return view;
}

void ChartAdapter::show(QChartView *view, const ChartSpec &spec, const QPalette &palette)
{
    auto *chart = new QChart;
    // The panel's own colour around the plot, the view's base inside it.
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundBrush(palette.color(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(true);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = view->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    chart->legend()->setFont(small);
    chart->setAnimationOptions(QChart::NoAnimation);
    if (spec.kind == ChartSpec::Kind::Dates)
        showDates(chart, spec, palette);
    else
        showBars(chart, spec, palette);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old; // setChart() leaves the old chart to its owner
    view->setAccessibleName(spec.title);
}

QImage ChartAdapter::render(const ChartSpec &spec, const QSize &size, const QPalette &palette)
{
    QChartView view;
    view.setPalette(palette);
    show(&view, spec, palette);
    QChart *chart = view.chart(); // untitled: the report's heading names it
    // A view that is never shown never lays its chart out: size it here.
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    // Twice the pixels, for paper: the same layout, sharper.
    constexpr qreal sharpness = 2.0;
    QImage image(size * sharpness, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(sharpness);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view.scene()->render(&painter, QRectF(QPointF(0, 0), size), chart->geometry());
    return image;
}

bool ChartAdapter::savePng(QChartView *view, const QString &fileName)
{
    return view->grab().save(fileName, "PNG");
}

bool ChartAdapter::saveSvg(QChartView *view, const QString &fileName, const QString &title)
{
    QSvgGenerator svg;
    svg.setFileName(fileName);
    svg.setSize(view->size());
    svg.setViewBox(view->rect());
    svg.setTitle(title);
    svg.setDescription(tr("Made by Cairn"));
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    view->render(&painter);
    return painter.end();
}

QStringList ChartAdapter::seriesNames(const QChartView *view)
{
    QStringList names;
    for (const QAbstractSeries *series : view->chart()->series()) {
        if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(series)) {
            for (const QBarSet *set : bars->barSets())
                names.append(tr("%1 (%2)").arg(set->label()).arg(set->count()));
        } else if (const auto *area = qobject_cast<const QAreaSeries *>(series)) {
            names.append(tr("%1 (%2)").arg(area->name()).arg(area->upperSeries()->count()));
        } else if (const auto *xy = qobject_cast<const QXYSeries *>(series)) {
            names.append(tr("%1 (%2)").arg(xy->name()).arg(xy->count()));
        }
    }
    return names;
}

QAbstractItemModel *tableFor(const ChartSpec &spec, QObject *parent)
{
    auto *table = new QStandardItemModel(parent);
    const auto number = [&spec](double value) {
        auto *item = new QStandardItem(valueText(spec, value));
        item->setData(value, Qt::UserRole);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    if (spec.kind == ChartSpec::Kind::Dates) {
        table->setHorizontalHeaderLabels({ChartAdapter::tr("Series"), ChartAdapter::tr("Date"), spec.valueTitle});
        for (const ChartSpec::Line &line : spec.lines) {
            for (const QPointF &point : line.points)
                table->appendRow({new QStandardItem(line.name), new QStandardItem(dateText(point.x())), number(point.y())});
        }
        for (const ChartSpec::Range &range : spec.shaded) {
            table->appendRow({new QStandardItem(spec.shadedName),
                              new QStandardItem(CourseText::dateRange(range.from, range.to)), new QStandardItem});
        }
    } else {
        QStringList header{QString()};
        for (const ChartSpec::BarSeries &bars : spec.bars)
            header.append(bars.name);
        if (spec.limit)
            header.append(spec.limitName);
        table->setHorizontalHeaderLabels(header);
        for (qsizetype row = 0; row < spec.categories.size(); ++row) {
            QList<QStandardItem *> items{new QStandardItem(spec.categories[row])};
            for (const ChartSpec::BarSeries &bars : spec.bars)
                items.append(number(bars.values.value(row)));
            if (spec.limit)
                items.append(number(*spec.limit));
            table->appendRow(items);
        }
    }
    if (spec.limit && spec.kind == ChartSpec::Kind::Dates)
        table->appendRow({new QStandardItem(spec.limitName), new QStandardItem, number(*spec.limit)});
    if (spec.marker)
        table->appendRow({new QStandardItem(spec.markerName), new QStandardItem(CourseText::date(*spec.marker)), new QStandardItem});
    return table;
}

QString tableText(const QAbstractItemModel &table)
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < table.columnCount(); ++column)
        header.append(table.headerData(column, Qt::Horizontal).toString());
    lines.append(header.join(u'\t'));
    for (int row = 0; row < table.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table.columnCount(); ++column)
            cells.append(table.index(row, column).data().toString());
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace Cairn::Ui
