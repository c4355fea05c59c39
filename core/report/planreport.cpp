#include "planreport.h"

#include <QJsonArray>

#include <cmath>

namespace Cairn::Core {

namespace {

QString number(double value)
{
    return QString::number(std::round(value * 100.0) / 100.0, 'g', 10);
}

QString number(Amount amount)
{
    return number(amount.toDouble());
}

QString date(const QDate &value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

QJsonValue dateOrNull(const QDate &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject PlanReport::toJson(const PlanResult &plan)
{
    QJsonArray entries;
    for (const PlanEntry &entry : plan.entries) {
        QJsonObject object{{QStringLiteral("course"), entry.course},
                           {QStringLiteral("title"), entry.title},
                           {QStringLiteral("start"), date(entry.start)},
                           {QStringLiteral("finish"), date(entry.finish)},
                           {QStringLiteral("weeks"), entry.weeks},
                           {QStringLiteral("hoursPerWeek"), std::round(entry.hoursPerWeek * 1e6) / 1e6},
                           {QStringLiteral("fixed"), entry.fixed}};
        object.insert(u"cost", entry.cost ? QJsonValue(QJsonObject{{QStringLiteral("amount"), entry.cost->amount.toDouble()},
                                                                    {QStringLiteral("currency"), entry.cost->currency}})
                                          : QJsonValue(QJsonValue::Null));
        entries.append(object);
    }
    QJsonArray load;
    for (const WeekLoad &week : plan.load)
        load.append(QJsonObject{{QStringLiteral("week"), date(week.week)},
                                {QStringLiteral("hours"), std::round(week.hours * 1e6) / 1e6}});
    QJsonArray costPerYear;
    for (auto year = plan.costPerYear.cbegin(); year != plan.costPerYear.cend(); ++year) {
        QJsonObject amounts;
        for (auto it = year.value().cbegin(); it != year.value().cend(); ++it)
            amounts.insert(it.key(), it.value().toDouble());
        costPerYear.append(QJsonObject{{QStringLiteral("year"), year.key()}, {QStringLiteral("cost"), amounts}});
    }
    QJsonArray errors;
    for (const PlanError &error : plan.errors)
        errors.append(QJsonObject{{QStringLiteral("course"), error.course}, {QStringLiteral("message"), error.message}});
    return {{QStringLiteral("feasible"), plan.feasible},
            {QStringLiteral("exact"), plan.exact},
            {QStringLiteral("start"), date(plan.start)},
            {QStringLiteral("hoursPerWeek"), plan.hoursPerWeek},
            {QStringLiteral("completion"), dateOrNull(plan.completion)},
            {QStringLiteral("lowerBound"), dateOrNull(plan.lowerBound)},
            {QStringLiteral("entries"), entries},
            {QStringLiteral("load"), load},
            {QStringLiteral("costPerYear"), costPerYear},
            {QStringLiteral("budgetPerYear"),
             plan.budgetPerYear ? QJsonValue(QJsonObject{{QStringLiteral("amount"), plan.budgetPerYear->amount.toDouble()},
                                                         {QStringLiteral("currency"), plan.budgetPerYear->currency}})
                                : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("errors"), errors}};
}

QString PlanReport::toText(const PlanResult &plan, const QString &learnerName)
{
    QStringList lines;
    lines.append(tr("Study plan for %1 from %2 at up to %3 hours a week")
                     .arg(learnerName, date(plan.start), number(plan.hoursPerWeek)));
    if (!plan.feasible) {
        lines.append(tr("No schedule is possible:"));
        for (const PlanError &error : plan.errors)
            lines.append(QStringLiteral("  - ") + error.message);
        return lines.join(u'\n') + u'\n';
    }
    if (plan.entries.isEmpty()) {
        lines.append(tr("Nothing to schedule: no enrolled or planned courses."));
        return lines.join(u'\n') + u'\n';
    }
    lines.append(plan.exact ? tr("Finished by %1, the earliest possible (no schedule can finish before %2).")
                                  .arg(date(plan.completion), date(plan.lowerBound))
                            : tr("Finished by %1 (no schedule can finish before %2).")
                                  .arg(date(plan.completion), date(plan.lowerBound)));
    lines.append(QString());
    lines.append(tr("Course      Start       Finish      Hours/week  Cost        Title"));
    for (const PlanEntry &entry : plan.entries) {
        const QString cost = entry.cost ? entry.cost->currency + u' ' + number(entry.cost->amount) : tr("—");
        lines.append(entry.course.leftJustified(10) + u"  " + date(entry.start) + u"  " + date(entry.finish) + u"  "
                     + number(entry.hoursPerWeek).rightJustified(10) + u"  " + cost.leftJustified(10) + u"  "
                     + entry.title + (entry.fixed ? tr(" (enrolled)") : QString()));
    }
    lines.append(QString());
    // Consecutive weeks with the same courses share a line.
    lines.append(tr("Weeks                      Hours  Courses"));
    const auto runningIn = [&plan](const QDate &monday) {
        QStringList running;
        for (const PlanEntry &entry : plan.entries) {
            if (entry.start < monday.addDays(7) && mondayOf(entry.start).addDays(7 * qint64(entry.weeks)) > monday)
                running.append(entry.course);
        }
        return running;
    };
    for (qsizetype i = 0; i < plan.load.size();) {
        const QStringList running = runningIn(plan.load[i].week);
        qsizetype j = i + 1;
        while (j < plan.load.size() && runningIn(plan.load[j].week) == running
               && std::abs(plan.load[j].hours - plan.load[i].hours) < 1e-9)
            ++j;
        const QString weeks = j - i == 1 ? date(plan.load[i].week)
                                         : date(plan.load[i].week) + QStringLiteral(" – ") + date(plan.load[j - 1].week);
        lines.append(weeks.leftJustified(25) + u"  " + number(plan.load[i].hours).rightJustified(5) + u"  "
                     + (running.isEmpty() ? tr("(no study)") : running.join(QStringLiteral(", "))));
        i = j;
    }
    if (!plan.costPerYear.isEmpty()) {
        lines.append(QString());
        for (auto year = plan.costPerYear.cbegin(); year != plan.costPerYear.cend(); ++year) {
            QStringList amounts;
            for (auto it = year.value().cbegin(); it != year.value().cend(); ++it)
                amounts.append(it.key() + u' ' + number(it.value()));
            lines.append(tr("Cost in %1: %2").arg(year.key()).arg(amounts.join(QStringLiteral(" + "))));
        }
    }
    if (plan.budgetPerYear) {
        lines.append(tr("Yearly budget: %1 %2 for the courses priced in %1")
                         .arg(plan.budgetPerYear->currency, number(plan.budgetPerYear->amount)));
    }
    return lines.join(u'\n') + u'\n';
}

QJsonObject PlanReport::toJson(const FinishResult &finish, const Qualification &qualification)
{
    QJsonArray chosen;
    for (const ChosenCourse &course : finish.chosen)
        chosen.append(QJsonObject{{QStringLiteral("course"), course.course}, {QStringLiteral("reason"), course.reason}});
    QJsonObject costs;
    for (auto it = finish.costs.cbegin(); it != finish.costs.cend(); ++it)
        costs.insert(it.key(), it.value().toDouble());
    QJsonArray rates;
    for (const AppliedRate &applied : finish.ratesUsed) {
        rates.append(QJsonObject{{QStringLiteral("from"), applied.rate.from},
                                 {QStringLiteral("to"), applied.rate.to},
                                 {QStringLiteral("rate"), applied.rate.rate},
                                 {QStringLiteral("date"), date(applied.rate.date)}});
    }
    return {{QStringLiteral("qualification"), qualification.code},
            {QStringLiteral("optimise"), finish.objective == FinishObjective::Time ? QStringLiteral("time")
                                                                                  : QStringLiteral("cost")},
            {QStringLiteral("exact"), finish.exact},
            {QStringLiteral("chosen"), chosen},
            {QStringLiteral("costs"), costs},
            {QStringLiteral("coursesWithoutCost"), finish.coursesWithoutCost},
            {QStringLiteral("comparedIn"), finish.comparedIn},
            {QStringLiteral("notCompared"), finish.notCompared},
            {QStringLiteral("totalInComparedCurrency"), finish.totalInComparedCurrency
                                                            ? QJsonValue(finish.totalInComparedCurrency->toDouble())
                                                            : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("ratesUsed"), rates}};
}

QString PlanReport::toText(const FinishResult &finish, const Qualification &qualification)
{
    QStringList lines;
    lines.append(finish.objective == FinishObjective::Time
                     ? tr("Fastest way to finish %1 (%2)%3:").arg(qualification.title, qualification.code,
                                                                  finish.exact ? QString() : tr(", by a heuristic"))
                     : tr("Cheapest way to finish %1 (%2)%3:").arg(qualification.title, qualification.code,
                                                                   finish.exact ? QString() : tr(", by a heuristic")));
    if (finish.chosen.isEmpty())
        lines.append(QStringLiteral("  ") + tr("nothing to add: the courses already planned complete it"));
    for (const ChosenCourse &course : finish.chosen)
        lines.append(QStringLiteral("  + ") + course.course + QStringLiteral(" — ") + course.reason);
    // Each currency on its own: amounts in different currencies are never added.
    QStringList amounts;
    for (auto it = finish.costs.cbegin(); it != finish.costs.cend(); ++it)
        amounts.append(it.key() + u' ' + number(it.value()));
    if (amounts.isEmpty())
        amounts.append(tr("nothing"));
    QString cost = tr("Cost of the added courses: %1").arg(amounts.join(QStringLiteral(" + ")));
    if (finish.coursesWithoutCost > 0)
        cost += tr(" (and %1 without a price)").arg(finish.coursesWithoutCost);
    // Converted only with the learner's own rates, and then it says which.
    if (finish.costs.size() > 1 && finish.totalInComparedCurrency)
        cost += tr(", %1 %2 in all at the rates below").arg(finish.comparedIn, number(*finish.totalInComparedCurrency));
    lines.append(cost);
    if (finish.objective == FinishObjective::Cost && !finish.comparedIn.isEmpty()) {
        lines.append(finish.notCompared == finish.coursesWithoutCost
                         ? tr("Prices compared in %1.").arg(finish.comparedIn)
                         : tr("Prices compared in %1; %2 of the added courses have a price in another currency "
                              "without an exchange rate to %1 in the profile, and could not be compared.")
                               .arg(finish.comparedIn)
                               .arg(finish.notCompared - finish.coursesWithoutCost));
    }
    for (const AppliedRate &applied : finish.ratesUsed) {
        lines.append(tr("Exchange rate used: 1 %1 = %2 %3 (the learner's rate of %4%5).")
                         .arg(applied.rate.from, QString::number(applied.rate.rate, 'g', 10), applied.rate.to,
                              date(applied.rate.date),
                              applied.rate.to == finish.comparedIn ? QString() : tr(", used the other way round")));
    }
    return lines.join(u'\n') + u'\n';
}

namespace {
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}
} // namespace

QByteArray PlanReport::toCsv(const PlanResult &plan)
{
    QStringList lines{QStringLiteral("course,title,start,finish,weeks,hoursPerWeek,cost,currency")};
    for (const PlanEntry &entry : plan.entries) {
        const QStringList fields{csvField(entry.course),
                                 csvField(entry.title),
                                 entry.start.toString(Qt::ISODate),
                                 entry.finish.toString(Qt::ISODate),
                                 QString::number(entry.weeks),
                                 QString::number(entry.hoursPerWeek, 'g', 10),
                                 entry.cost ? plainAmount(entry.cost->amount) : QString(),
                                 entry.cost ? csvField(entry.cost->currency) : QString()};
        lines.append(fields.join(u','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace Cairn::Core
