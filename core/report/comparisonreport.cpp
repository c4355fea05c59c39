#include "comparisonreport.h"

#include "reporthtml.h"

#include "audit/explanation.h"

#include <QTextDocument>

namespace Cairn::Core {

using namespace ReportHtml;

namespace {

QString costText(const ComparedWay::Finish &finish)
{
    QStringList parts;
    for (auto it = finish.cost.cbegin(); it != finish.cost.cend(); ++it)
        parts.append(money(Money{it.value(), it.key()}));
    if (finish.coursesWithoutCost > 0)
        parts.append(ComparisonReport::tr("%1 without a listed price").arg(finish.coursesWithoutCost));
    return parts.isEmpty() ? ComparisonReport::tr("nothing more") : parts.join(QStringLiteral(" + "));
}

QString finishText(const ComparedWay::Finish &finish)
{
    if (!finish.possible)
        return ComparisonReport::tr("not possible: %1").arg(finish.problem);
    if (finish.courses.isEmpty())
        return ComparisonReport::tr("nothing to add");
    return finish.finishes.isValid() ? date(finish.finishes) : ComparisonReport::tr("no schedule yet");
}

QString levelsText(const ComparedWay &way)
{
    QString text = way.level > 0 ? ComparisonReport::tr("level %1").arg(way.level) : ComparisonReport::tr("no level");
    const ComparedWay::Finish &finish = way.fastest;
    if (finish.possible && finish.highestLevel > 0) {
        text += QStringLiteral("; ")
                + (finish.lowestLevel == finish.highestLevel
                       ? ComparisonReport::tr("courses at level %1").arg(finish.lowestLevel)
                       : ComparisonReport::tr("courses at levels %1–%2").arg(finish.lowestLevel).arg(finish.highestLevel));
    }
    return text;
}

QString deliveryText(const ComparedWay::Finish &finish)
{
    if (!finish.possible || finish.delivery.isEmpty())
        return QString();
    QStringList parts;
    for (auto it = finish.delivery.cbegin(); it != finish.delivery.cend(); ++it) {
        const std::optional<DeliveryMode> mode = deliveryModeFromKey(it.key());
        const QString name = mode ? delivery(*mode) : it.key();
        parts.append(ComparisonReport::tr("%1 (%2)").arg(name).arg(it.value()));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString ComparisonReport::wayName(const ComparedWay &way)
{
    return way.steps.join(QStringLiteral(" → "));
}

QList<ComparisonReport::Row> ComparisonReport::rows(const QualificationComparison &comparison)
{
    QList<Row> rows;
    const auto add = [&](const QString &aspect, const std::function<QString(const ComparedWay &)> &value) {
        Row row{aspect, {}};
        for (const ComparedWay &way : comparison.ways)
            row.values.append(value(way));
        rows.append(row);
    };
    add(tr("Qualification"), [](const ComparedWay &way) {
        return way.type.isEmpty() ? way.title : tr("%1 (%2)").arg(way.title, way.type);
    });
    add(tr("Credits still needed"), [](const ComparedWay &way) {
        return tr("%1 of %2 (%3% done)")
            .arg(formatCredits(way.remainingCredits), formatCredits(way.credits), QString::number(std::floor(way.percent)));
    });
    add(tr("Fastest finish"), [](const ComparedWay &way) {
        QString text = finishText(way.fastest);
        if (way.steps.size() > 1 && way.fastest.possible && !way.fastest.stepFinishes.isEmpty()
            && way.fastest.stepFinishes.first().isValid())
            text += u'\n' + tr("%1 done by %2").arg(way.steps.first(), date(way.fastest.stepFinishes.first()));
        return text;
    });
    add(tr("Courses to add (fastest)"), [](const ComparedWay &way) {
        if (!way.fastest.possible)
            return QString();
        return way.fastest.courses.isEmpty()
                   ? tr("none")
                   : tr("%1: %2").arg(way.fastest.courses.size()).arg(way.fastest.courses.join(QStringLiteral(", ")));
    });
    add(tr("Cost of the fastest"), [](const ComparedWay &way) { return way.fastest.possible ? costText(way.fastest) : QString(); });
    add(tr("Cheapest cost"), [](const ComparedWay &way) { return way.cheapest.possible ? costText(way.cheapest) : QString(); });
    add(tr("Cheapest finish"), [](const ComparedWay &way) { return finishText(way.cheapest); });
    add(tr("Study hours (fastest)"), [](const ComparedWay &way) {
        if (!way.fastest.possible)
            return QString();
        return way.fastest.hoursPerWeek > 0
                   ? tr("%1 hours, about %2 a week").arg(formatCredits(way.fastest.hours), formatCredits(std::round(way.fastest.hoursPerWeek * 10) / 10))
                   : tr("%1 hours").arg(formatCredits(way.fastest.hours));
    });
    add(tr("Delivery (courses)"), [](const ComparedWay &way) { return deliveryText(way.fastest); });
    add(tr("Levels"), levelsText);
    for (const SharedCourses &shared : comparison.shared) {
        Row row{tr("In common: %1 and %2").arg(wayName(comparison.ways[shared.first]), wayName(comparison.ways[shared.second])),
                {}};
        for (int index = 0; index < comparison.ways.size(); ++index) {
            if (index != shared.first) {
                row.values.append(QString());
                continue;
            }
            QStringList shown = shared.courses.mid(0, 12);
            QString list = shown.join(QStringLiteral(", "));
            if (shared.courses.size() > shown.size())
                list += tr(" and %1 more").arg(shared.courses.size() - shown.size());
            row.values.append(shared.courses.isEmpty()
                                  ? tr("no course counts toward both")
                                  : tr("%1 courses, %2 credits: %3")
                                        .arg(shared.courses.size())
                                        .arg(formatCredits(shared.credits), list));
        }
        rows.append(row);
    }
    return rows;
}

QString ComparisonReport::title()
{
    return tr("Ways compared");
}

PageFrame ComparisonReport::frame(const QDate &today)
{
    return {tr("Cairn · Ways compared"), tr("Made on %1").arg(date(today))};
}

void ComparisonReport::build(QTextDocument &document, const QualificationComparison &comparison,
                             const QString &learnerLabel, const QDate &today)
{
    QList<Column> columns{{tr("Aspect"), 20}};
    const int width = comparison.ways.isEmpty() ? 80 : int(80 / comparison.ways.size());
    for (const ComparedWay &way : comparison.ways)
        columns.append({wayName(way), width});
    QList<QStringList> cells;
    for (const Row &row : rows(comparison)) {
        QStringList line{QStringLiteral("<b>") + escaped(row.aspect) + QStringLiteral("</b>")};
        for (const QString &value : row.values)
            line.append(escaped(value).replace(u'\n', QStringLiteral("<br/>")));
        cells.append(line);
    }
    QString html = heading(1, title());
    html += muted(tr("For %1 as of %2, at their weekly hours; the fastest and cheapest ways choose catalogue courses "
                     "to add to what is enrolled and planned.")
                      .arg(learnerLabel, date(today)));
    html += table(QString(), columns, cells);
    document.setHtml(html);
}

} // namespace Cairn::Core
