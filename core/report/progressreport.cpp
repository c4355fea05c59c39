#include "progressreport.h"

#include "auditreport.h"
#include "reporthtml.h"

#include "audit/auditor.h"
#include "audit/explanation.h"
#include "dashboard/dashboardfigures.h"
#include "planner/partialplan.h"
#include "planner/planinput.h"

#include <QTextDocument>
#include <QUrl>

#include <functional>

namespace Cairn::Core {

using namespace ReportHtml;

namespace {

QString statusName(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Completed:
        return ProgressReport::tr("Completed");
    case RecordStatus::Recognised:
        return ProgressReport::tr("Recognised");
    case RecordStatus::Enrolled:
        return ProgressReport::tr("Enrolled");
    case RecordStatus::Planned:
        return ProgressReport::tr("Planned");
    case RecordStatus::Withdrawn:
        return ProgressReport::tr("Withdrawn");
    case RecordStatus::Failed:
        return ProgressReport::tr("Failed");
    }
    return {};
}

// The audit tree as table rows, indented by depth: what each requirement
// holds and, where it is not met, what is missing and what would close it.
void treeRows(const NodeResult &node, int depth, QList<QStringList> &rows)
{
    const QString mark = node.satisfied ? QStringLiteral("✓") : (node.counted ? QStringLiteral("✗") : QStringLiteral("·"));
    const QString indent = QStringLiteral("&#160;&#160;&#160;&#160;").repeated(depth);
    QString credits;
    if (node.kind == Requirement::Kind::Credits) {
        credits = ProgressReport::tr("%1 of %2")
                      .arg(formatCredits(std::min(node.allocatedCredits, node.required)), formatCredits(node.required));
    }
    QString missing;
    if (node.waived) {
        missing = escaped(ProgressReport::tr("Waived: %1").arg(node.waiverReason));
    } else if (!node.missing.isEmpty() && node.counted) {
        missing = escaped(node.missing);
        // A course leaf's missing text names the course already.
        for (const Suggestion &suggestion : node.kind == Requirement::Kind::Course ? QList<Suggestion>() : node.suggestions) {
            missing += QStringLiteral("<br/>→ ")
                       + escaped(ProgressReport::tr("%1 %2 (%3 credits)")
                                     .arg(suggestion.code, suggestion.title, formatCredits(suggestion.credits)));
        }
    }
    rows.append({indent + mark + u' ' + escaped(AuditReport::kindName(node)), credits,
                 escaped(node.kind == Requirement::Kind::Course ? QString() : node.allocated.join(QStringLiteral(", "))),
                 missing});
    for (const NodeResult &child : node.children)
        treeRows(child, depth + 1, rows);
}

QString goalSection(const Auditor &auditor, const Qualification &qualification, const GoalProgress &progress,
                    const QDate &today)
{
    const AuditResult audit = auditor.audit(qualification, AuditMode::Planned, today);
    const QString summary =
        audit.complete
            ? ProgressReport::tr("Complete with the courses planned: %1 credits counted of %2 required.")
                  .arg(formatCredits(audit.creditsCounted), formatCredits(audit.creditsRequired))
            : ProgressReport::tr("%1 of %2 credits earned, %3 more with the courses enrolled and planned; "
                                 "%4 credits still missing.")
                  .arg(formatCredits(progress.earned), formatCredits(progress.required),
                       formatCredits(progress.planned), formatCredits(progress.remaining));
    QList<QStringList> rows;
    if (audit.requirements)
        treeRows(*audit.requirements, 0, rows);
    QString html = table(ProgressReport::tr("%1 (%2)").arg(qualification.title, qualification.code),
                         {{ProgressReport::tr("Requirement"), 30}, {ProgressReport::tr("Credits"), 10, true},
                          {ProgressReport::tr("Courses counted"), 22}, {ProgressReport::tr("What is missing"), 38}},
                         rows, summary);
    if (!audit.allocationProvenOptimal) {
        html += muted(ProgressReport::tr("The allocation shown is the best found in time; a better one would need at "
                                         "most %1 credits fewer.")
                          .arg(formatCredits(audit.allocationGap)));
    }
    if (!audit.expired.isEmpty()) {
        QStringList expired;
        for (const ExpiredRecord &record : audit.expired)
            expired.append(ProgressReport::tr("%1 (stopped counting on %2)").arg(record.course, date(record.expiredOn)));
        html += muted(ProgressReport::tr("No longer current: %1.").arg(expired.join(QStringLiteral("; "))));
    }
    return html;
}

QString profileSection(const LearnerProfile &learner, const Auditor &auditor)
{
    QList<QStringList> rows;
    rows.append({escaped(ProgressReport::tr("Learner")), escaped(learner.name)});
    rows.append({escaped(ProgressReport::tr("Study hours a week")), escaped(formatCredits(learner.hoursPerWeek))});
    if (learner.budgetPerYear)
        rows.append({escaped(ProgressReport::tr("Budget a year")), escaped(ReportHtml::money(learner.budgetPerYear))});
    QStringList goals;
    for (const QString &code : learner.goals) {
        const Qualification *qualification = auditor.index().qualification(code);
        goals.append(qualification ? ProgressReport::tr("%1 (%2)").arg(qualification->title, code) : code);
    }
    rows.append({escaped(ProgressReport::tr("Goals")),
                 escaped(goals.isEmpty() ? ProgressReport::tr("none chosen") : goals.join(QStringLiteral("; ")))});
    return table(ProgressReport::tr("Profile"), {{ProgressReport::tr("Item"), 25}, {ProgressReport::tr("Value"), 75}}, rows);
}

QString coursesSection(const LearnerProfile &learner, const Auditor &auditor)
{
    QList<QStringList> rows;
    for (const Record &record : learner.records) {
        const Course *course = auditor.index().course(record.course);
        const QString title = course ? course->title : record.title;
        const std::optional<double> credits = course ? std::optional<double>(course->credits) : record.credits;
        rows.append({escaped(record.course), escaped(title), escaped(statusName(record.status)),
                     escaped(credits ? formatCredits(*credits) : QString()),
                     escaped(date(record.date.isValid() ? record.date : record.start)), escaped(record.grade)});
    }
    if (rows.isEmpty())
        return heading(2, ProgressReport::tr("Courses")) + paragraph(ProgressReport::tr("No courses recorded yet."));
    return table(ProgressReport::tr("Courses"),
                 {{ProgressReport::tr("Code"), 12}, {ProgressReport::tr("Title"), 44}, {ProgressReport::tr("Status"), 12},
                  {ProgressReport::tr("Credits"), 8, true}, {ProgressReport::tr("Date"), 14}, {ProgressReport::tr("Grade"), 10}},
                 rows);
}

QString planSection(const PlanResult &plan, const PlanProblem &problem)
{
    QString html;
    if (plan.entries.isEmpty()) {
        html += heading(2, ProgressReport::tr("Plan")) + paragraph(ProgressReport::tr("No course is enrolled or planned."));
    } else {
        const QString summary = (plan.completion.isValid()
                              ? ProgressReport::tr("The courses enrolled and planned, within %1 hours a week, "
                                                   "finish on %2.")
                                    .arg(formatCredits(plan.hoursPerWeek), date(plan.completion))
                              : ProgressReport::tr("The courses enrolled and planned, within %1 hours a week.")
                                    .arg(formatCredits(plan.hoursPerWeek)));
        QList<QStringList> rows;
        for (const PlanEntry &entry : plan.entries) {
            rows.append({escaped(entry.course), escaped(entry.title), escaped(date(entry.start)),
                         escaped(date(entry.finish)), escaped(formatCredits(entry.hoursPerWeek)),
                         escaped(ReportHtml::money(entry.cost))});
        }
        html += table(ProgressReport::tr("Plan"),
                      {{ProgressReport::tr("Code"), 12}, {ProgressReport::tr("Title"), 36}, {ProgressReport::tr("Starts"), 13},
                       {ProgressReport::tr("Finishes"), 13}, {ProgressReport::tr("Hours a week"), 11, true},
                       {ProgressReport::tr("Cost"), 15, true}},
                      rows, summary);
    }
    for (const PlanError &error : plan.errors)
        html += paragraph(ProgressReport::tr("Cannot be scheduled: %1").arg(error.message));

    const QList<WeekBudget> weeks = weeklyBudget(plan, problem);
    if (!weeks.isEmpty()) {
        QList<QStringList> rows;
        for (const WeekBudget &week : weeks) {
            QStringList courses;
            for (const PlanEntry &entry : plan.entries) {
                if (entry.start <= week.week.addDays(6) && entry.finish >= week.week)
                    courses.append(entry.course);
            }
            rows.append({escaped(date(week.week)), escaped(courses.join(QStringLiteral(", "))),
                         escaped(ProgressReport::tr("%1 of %2").arg(formatCredits(week.load), formatCredits(week.capacity)))});
        }
        html += table(ProgressReport::tr("Week by week"),
                      {{ProgressReport::tr("Week of"), 18}, {ProgressReport::tr("Courses"), 62},
                       {ProgressReport::tr("Hours (of those available)"), 20, true}},
                      rows);
    }
    return html;
}

QString costSection(const PlanResult &plan)
{
    const QList<YearCost> costs = costPerYear(plan);
    if (costs.isEmpty())
        return heading(2, ProgressReport::tr("Costs per year")) + paragraph(ProgressReport::tr("The plan has no priced course."));
    QList<QStringList> rows;
    for (const YearCost &cost : costs) {
        rows.append({QString::number(cost.year), escaped(ReportHtml::money(Money{cost.amount, cost.currency})),
                     escaped(cost.budget ? ReportHtml::money(Money{*cost.budget, cost.currency}) : QString())});
    }
    return table(ProgressReport::tr("Costs per year"),
                 {{ProgressReport::tr("Year"), 20}, {ProgressReport::tr("Cost"), 40, true}, {ProgressReport::tr("Budget"), 40, true}},
                 rows);
}

} // namespace

QString ProgressReport::title(const QString &learnerName)
{
    return tr("Progress report: %1").arg(learnerName);
}

PageFrame ProgressReport::frame(const QString &learnerName, const QDate &today)
{
    return {tr("Cairn · Progress report · %1").arg(learnerName), tr("Made on %1").arg(date(today))};
}

void ProgressReport::build(QTextDocument &document, const Auditor &auditor, const ProgressReportRequest &request)
{
    const LearnerProfile &learner = auditor.learner();
    const QStringList codes = request.qualifications.isEmpty() ? learner.goals : request.qualifications;

    QString html = heading(1, title(learner.name));
    html += muted(tr("Made with Cairn on %1. Credits count what is completed or recognised, then what is enrolled and "
                     "planned.")
                      .arg(date(request.today)));
    html += profileSection(learner, auditor);

    const QList<GoalProgress> progress = goalProgress(auditor, codes, request.today);
    for (const GoalProgress &goal : progress) {
        if (const Qualification *qualification = auditor.index().qualification(goal.code))
            html += goalSection(auditor, *qualification, goal, request.today);
    }
    if (progress.isEmpty())
        html += paragraph(tr("No goal is chosen: choose the qualifications you aim at to see what is missing."));

    html += coursesSection(learner, auditor);
    const PlanProblem problem = planProblemFor(auditor.catalogue(), learner, learner.hoursPerWeek, request.today);
    const PlanResult plan = schedulePlaceable(problem);
    html += planSection(plan, problem);
    html += costSection(plan);

    if (!request.charts.isEmpty()) {
        html += heading(2, tr("Charts"));
        for (qsizetype index = 0; index < request.charts.size(); ++index) {
            const ReportChart &chart = request.charts[index];
            const QUrl name(QStringLiteral("cairn-chart:%1").arg(index));
            document.addResource(QTextDocument::ImageResource, name, chart.image);
            // Printed at the image's size in 1/96 inch; a chart drawn with
            // more pixels (its device pixel ratio) is sharper on paper.
            const QSizeF printed = chart.image.deviceIndependentSize();
            html += heading(3, chart.title)
                    + QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>")
                          .arg(name.toString())
                          .arg(qRound(printed.width()))
                          .arg(qRound(printed.height()));
        }
    }
    document.setHtml(html);
}

} // namespace Cairn::Core
