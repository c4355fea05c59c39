#include "invocation.h"
#include "model/limits.h"

#include "report/icalendarexport.h"
#include "io/jsonfields.h"
#include "model/catalogue.h"
#include "model/learnerprofile.h"
#include "planner/finishplanner.h"
#include "planner/planinput.h"
#include "report/planreport.h"
#include "planner/scheduler.h"
#include "storage/database.h"

#include <QJsonDocument>

namespace Cairn::Core {

int runPlan(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    if (invocation.positional.size() != 1)
        return usageError(err, CliText::tr("plan takes no positional arguments"));
    FinishObjective objective = FinishObjective::Time;
    if (invocation.optimise == u"cost")
        objective = FinishObjective::Cost;
    else if (!invocation.optimise.isEmpty() && invocation.optimise != u"time")
        return usageError(err, CliText::tr("--optimise expects time or cost, not \"%1\"").arg(invocation.optimise));
    if (!invocation.optimise.isEmpty() && invocation.qualification.isEmpty())
        return usageError(err, CliText::tr("--optimise needs --qualification CODE"));
    std::optional<double> hours;
    if (!invocation.hoursPerWeek.isEmpty()) {
        bool ok = false;
        const double value = invocation.hoursPerWeek.toDouble(&ok);
        if (!ok || !(value > 0) || value > Limits::hoursInAWeek)
            return usageError(err, CliText::tr("--hours-per-week expects a number of hours above 0 and at most 168, not \"%1\"")
                                       .arg(invocation.hoursPerWeek));
        hours = value;
    }
    QDate start = QDate::currentDate();
    if (!invocation.start.isEmpty()) {
        start = parseIsoDate(invocation.start);
        if (!start.isValid())
            return usageError(err, CliText::tr("--start expects a date YYYY-MM-DD, not \"%1\"").arg(invocation.start));
    }
    Database database;
    Catalogue catalogue;
    LearnerProfile learner;
    if (const int status = loadCatalogueAndLearner(invocation, database, catalogue, learner, err); status != exitSuccess)
        return status;

    const PlanProblem problem = planProblemFor(catalogue, learner, hours.value_or(learner.hoursPerWeek), start);
    PlanResult plan;
    if (invocation.qualification.isEmpty()) {
        plan = Scheduler(problem).run();
        if (invocation.json)
            out << QJsonDocument(PlanReport::toJson(plan)).toJson(QJsonDocument::Indented);
        else if (plan.feasible)
            out << PlanReport::toText(plan, learner.name);
    } else {
        const CatalogueIndex index(catalogue);
        const Qualification *qualification = findQualification(index, invocation.qualification, err);
        if (!qualification)
            return exitFailure;
        const FinishResult finish = FinishPlanner(catalogue, learner, *qualification, start, problem).run(objective);
        if (!finish.possible) {
            err << "cairn-cli: " << finish.problem << '\n';
            return exitFailure;
        }
        plan = finish.plan;
        if (invocation.json) {
            QJsonObject json = PlanReport::toJson(plan);
            json.insert(u"finish", PlanReport::toJson(finish, *qualification));
            out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        } else {
            out << PlanReport::toText(finish, *qualification);
            if (plan.feasible)
                out << '\n' << PlanReport::toText(plan, learner.name);
        }
    }
    if (!plan.feasible) {
        err << CliText::tr("cairn-cli: no schedule is possible:") << '\n';
        for (const PlanError &error : plan.errors)
            err << "  " << error.message << '\n';
        return exitFailure;
    }
    if (!invocation.icsFile.isEmpty()) {
        if (Status written = writeICalendar(invocation.icsFile, plan, learner.name); !written) {
            err << "cairn-cli: " << written.message() << '\n';
            return exitFailure;
        }
        if (!invocation.json)
            out << CliText::tr("Wrote the calendar to %1").arg(invocation.icsFile) << '\n';
    }
    return exitSuccess;
}

} // namespace Cairn::Core
