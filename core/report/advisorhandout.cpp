#include "advisorhandout.h"

#include "reporthtml.h"

#include "audit/explanation.h"
#include "model/catalogue.h"
#include "pathways/pathwaygraph.h"
#include "planner/finishplanner.h"
#include "planner/planinput.h"

#include <QTextDocument>

#include <algorithm>

namespace Cairn::Core {

using namespace ReportHtml;

namespace {

// The next intakes from today, or when any Monday will do.
QString intakesText(const Course &course, const QDate &today)
{
    if (course.intakes.isEmpty())
        return AdvisorHandout::tr("any Monday");
    QStringList next;
    for (const QDate &intake : course.intakes) {
        if (intake >= today && next.size() < 3)
            next.append(date(intake));
    }
    return next.isEmpty() ? AdvisorHandout::tr("none announced") : next.join(QStringLiteral(", "));
}

// The requirement tree in words, one row per node, indented by depth.
void ruleRows(const Requirement &node, const Explanation &explanation, int depth, QList<QStringList> &rows)
{
    const QString indent = QStringLiteral("&#160;&#160;&#160;&#160;").repeated(depth);
    switch (node.kind) {
    case Requirement::Kind::AllOf:
        rows.append({indent + escaped(node.label.isEmpty() ? AdvisorHandout::tr("All of the following")
                                                           : AdvisorHandout::tr("%1: all of the following").arg(node.label))});
        break;
    case Requirement::Kind::AnyOf:
        rows.append({indent + escaped(node.label.isEmpty()
                                          ? AdvisorHandout::tr("%1 of the following").arg(node.count)
                                          : AdvisorHandout::tr("%1: %2 of the following").arg(node.label).arg(node.count))});
        break;
    case Requirement::Kind::Course:
    case Requirement::Kind::Credits: {
        // A label names the leaf; what it asks for follows.
        Requirement unlabelled = node;
        unlabelled.label.clear();
        const QString asks = explanation.describeLeaf(unlabelled);
        rows.append({indent + escaped(node.label.isEmpty() ? asks : node.label + QStringLiteral(": ") + asks)});
        return;
    }
    case Requirement::Kind::None:
        return;
    }
    for (const Requirement &child : node.children)
        ruleRows(child, explanation, depth + 1, rows);
}

QString rulesSection(const Qualification &qualification, const Catalogue &catalogue, const CatalogueIndex &index,
                     const QList<std::pair<QString, QString>> &stacking)
{
    const Explanation explanation(index);
    QList<QStringList> rows;
    ruleRows(qualification.requirements, explanation, 0, rows);
    for (const CreditConstraint &constraint : qualification.constraints) {
        const QString from = explanation.describeSelector(constraint.from);
        // The selector's words start "courses teaching…", "from…", "at level…".
        QString text = constraint.kind == CreditConstraint::Kind::MinCredits
                           ? AdvisorHandout::tr("at least %1 credits: %2").arg(formatCredits(constraint.credits), from)
                           : AdvisorHandout::tr("at most %1 credits: %2").arg(formatCredits(constraint.credits), from);
        text = (constraint.label.isEmpty() ? AdvisorHandout::tr("Credits") : constraint.label) + QStringLiteral(", ") + text;
        rows.append({escaped(text)});
    }
    if (qualification.maxRecognisedCredits) {
        rows.append({escaped(AdvisorHandout::tr("At most %1 credits from recognised prior learning")
                                 .arg(formatCredits(*qualification.maxRecognisedCredits)))});
    }
    if (qualification.currencyYears) {
        rows.append({escaped(AdvisorHandout::tr("Courses count for %1 years after they are completed")
                                 .arg(*qualification.currencyYears))});
    }

    const Framework *framework = index.framework(qualification.framework);
    QStringList facts;
    if (!qualification.type.isEmpty())
        facts.append(qualification.type);
    if (qualification.level)
        facts.append(AdvisorHandout::tr("level %1").arg(*qualification.level));
    facts.append(AdvisorHandout::tr("%1 credits in %2")
                     .arg(formatCredits(qualification.credits), framework ? framework->name : qualification.framework));
    if (const Provider *provider = index.provider(qualification.provider))
        facts.append(provider->name);
    QString note = facts.join(QStringLiteral(" · "));
    QStringList into;
    QStringList from;
    for (const auto &[lower, upper] : stacking) {
        if (lower == qualification.code)
            into.append(upper);
        if (upper == qualification.code)
            from.append(lower);
    }
    if (!from.isEmpty())
        note += QStringLiteral(" · ") + AdvisorHandout::tr("builds on %1").arg(from.join(QStringLiteral(", ")));
    if (!into.isEmpty())
        note += QStringLiteral(" · ") + AdvisorHandout::tr("counts toward %1").arg(into.join(QStringLiteral(", ")));
    Q_UNUSED(catalogue)
    return table(AdvisorHandout::tr("%1 (%2)").arg(qualification.title, qualification.code),
                 {{AdvisorHandout::tr("Rules"), 100}}, rows, note);
}

// The fastest and the cheapest choice of courses for someone who holds none.
QString waysSection(const Catalogue &catalogue, const Qualification &qualification, const QDate &today)
{
    LearnerProfile newcomer;
    newcomer.hoursPerWeek = AdvisorHandout::plannedHoursPerWeek;
    const PlanProblem settings = planProblemFor(catalogue, newcomer, newcomer.hoursPerWeek, today);
    QList<QStringList> rows;
    for (const FinishObjective objective : {FinishObjective::Time, FinishObjective::Cost}) {
        const FinishResult result = FinishPlanner(catalogue, newcomer, qualification, today, settings).run(objective);
        const QString way = objective == FinishObjective::Time ? AdvisorHandout::tr("Fastest") : AdvisorHandout::tr("Cheapest");
        if (!result.possible) {
            rows.append({escaped(way), escaped(result.problem), QString(), QString()});
            continue;
        }
        QStringList courses;
        for (const ChosenCourse &chosen : result.chosen)
            courses.append(chosen.course);
        QStringList costs;
        for (auto it = result.costs.cbegin(); it != result.costs.cend(); ++it)
            costs.append(ReportHtml::money(Money{it.value(), it.key()}));
        if (result.coursesWithoutCost > 0)
            costs.append(AdvisorHandout::tr("%1 without a listed cost").arg(result.coursesWithoutCost));
        // Without a schedule (intakes not yet announced far enough ahead),
        // the courses still stand; the planner says why there is no date.
        const QString finishes = result.plan.feasible ? date(result.plan.completion)
                                 : result.plan.errors.isEmpty() ? AdvisorHandout::tr("no schedule")
                                                                : result.plan.errors.first().message;
        rows.append({escaped(way), escaped(courses.join(QStringLiteral(", "))), escaped(finishes),
                     escaped(costs.join(QStringLiteral(" + ")))});
    }
    return table(AdvisorHandout::tr("Ways through %1").arg(qualification.code),
                 {{AdvisorHandout::tr("Way"), 11}, {AdvisorHandout::tr("Courses"), 37}, {AdvisorHandout::tr("Finishes"), 30},
                  {AdvisorHandout::tr("Cost"), 22, true}},
                 rows,
                 AdvisorHandout::tr("Starting on %1 with no courses held, at up to %2 hours a week (full time).")
                     .arg(date(today), formatCredits(AdvisorHandout::plannedHoursPerWeek)));
}

QString coursesSection(const Catalogue &catalogue, const QList<const Qualification *> &pathway, const QDate &today)
{
    // Each course once, with the qualifications of the pathway it counts toward.
    QHash<QString, QStringList> toward;
    QStringList order;
    for (const Qualification *qualification : pathway) {
        for (const QString &code : coursesFilling(*qualification, catalogue.courses)) {
            if (!toward.contains(code))
                order.append(code);
            toward[code].append(qualification->code);
        }
    }
    const CatalogueIndex index(catalogue);
    QList<QStringList> rows;
    for (const QString &code : order) {
        if (rows.size() == AdvisorHandout::mostCourses)
            break;
        const Course *course = index.course(code);
        QStringList delivery;
        for (const DeliveryMode mode : course->delivery)
            delivery.append(ReportHtml::delivery(mode));
        rows.append({escaped(code), escaped(course->title), escaped(formatCredits(course->credits)),
                     escaped(formatCredits(course->hours)), escaped(ReportHtml::money(course->cost)),
                     escaped(delivery.join(QStringLiteral(", "))), escaped(intakesText(*course, today)),
                     escaped(toward.value(code).join(QStringLiteral(", ")))});
    }
    const qsizetype more = order.size() - rows.size();
    return table(AdvisorHandout::tr("Courses"),
                 {{AdvisorHandout::tr("Code"), 9}, {AdvisorHandout::tr("Title"), 23}, {AdvisorHandout::tr("Credits"), 9, true},
                  {AdvisorHandout::tr("Hours"), 7, true}, {AdvisorHandout::tr("Cost"), 11, true},
                  {AdvisorHandout::tr("Delivery"), 11}, {AdvisorHandout::tr("Next intakes"), 16},
                  {AdvisorHandout::tr("Counts toward"), 14}},
                 rows,
                 more > 0 ? (more == 1 ? AdvisorHandout::tr("1 more course counts toward this pathway; the catalogue lists it.")
                                       : AdvisorHandout::tr("%1 more courses count toward this pathway; the catalogue lists them.")
                                             .arg(more))
                          : QString());
}

} // namespace

QList<const Qualification *> AdvisorHandout::pathway(const Catalogue &catalogue, const Qualification &qualification)
{
    const QList<std::pair<QString, QString>> stacking = stackingRelation(catalogue);
    // What stacks into it, step by step down, and what it stacks into, step
    // by step up; not the other routes into those (a degree many
    // certificates lead to would bring them all).
    QSet<QString> reached{qualification.code};
    for (const bool upward : {false, true}) {
        QSet<QString> frontier{qualification.code};
        while (!frontier.isEmpty()) {
            QSet<QString> next;
            for (const auto &[lower, upper] : stacking) {
                const QString &from = upward ? lower : upper;
                const QString &to = upward ? upper : lower;
                if (frontier.contains(from) && !reached.contains(to)) {
                    reached.insert(to);
                    next.insert(to);
                }
            }
            frontier = next;
        }
    }
    QList<const Qualification *> qualifications;
    for (const Qualification &candidate : catalogue.qualifications) {
        if (reached.contains(candidate.code))
            qualifications.append(&candidate);
    }
    std::stable_sort(qualifications.begin(), qualifications.end(),
                     [](const Qualification *a, const Qualification *b) { return a->credits < b->credits; });
    return qualifications;
}

QString AdvisorHandout::title(const Qualification &qualification)
{
    return tr("Pathway to %1").arg(qualification.title);
}

PageFrame AdvisorHandout::frame(const Qualification &qualification, const QDate &today)
{
    return {tr("Cairn · Pathway handout · %1").arg(qualification.code), tr("Made on %1").arg(date(today))};
}

void AdvisorHandout::build(QTextDocument &document, const Catalogue &catalogue, const Qualification &qualification,
                           const QDate &today)
{
    const QList<const Qualification *> qualifications = pathway(catalogue, qualification);
    const QList<std::pair<QString, QString>> stacking = stackingRelation(catalogue);
    const CatalogueIndex index(catalogue);

    QStringList steps;
    for (const Qualification *step : qualifications)
        steps.append(step->code);
    QString html = heading(1, title(qualification));
    html += paragraph(qualifications.size() > 1
                          ? tr("Short courses stack: %1. Courses taken for one count toward the next where its rules "
                               "allow.")
                                .arg(steps.join(QStringLiteral(" → ")))
                          : tr("%1 does not stack with another qualification of this catalogue.").arg(qualification.code));
    html += muted(tr("Made with Cairn on %1 from the catalogue's courses; prices and intakes are as the catalogue lists "
                     "them.")
                      .arg(date(today)));
    for (const Qualification *step : qualifications) {
        html += rulesSection(*step, catalogue, index, stacking);
        html += waysSection(catalogue, *step, today);
    }
    html += coursesSection(catalogue, qualifications, today);
    document.setHtml(html);
}

} // namespace Cairn::Core
