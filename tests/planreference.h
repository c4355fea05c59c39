#pragma once

// An exact reference for plans too large for tst_scheduler's enumeration (7
// to 10 courses): DESIGN.md "Planner semantics" written as an integer
// programme and solved by GLPK's branch and cut. x[c][s] = 1 when course c
// starts at its s-th allowed date; a week's hours, a year's spending and
// every prerequisite are linear in x; the objective is the completion day.
// Shares no code with core/planner: the allowed dates, the weeks' hours and
// the prerequisites are read here from the problem as the design states them.

#include "planner/plan.h"

#include <glpk.h>

#include <QDate>
#include <QList>
#include <QMap>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Cairn::Test {

using namespace Cairn::Core;

// The earliest completion, or nothing when no schedule exists within
// `horizonWeeks` of the first Monday.
inline std::optional<QDate> integerProgrammeEarliest(const PlanProblem &problem, int horizonWeeks,
                                                     QList<QDate> *chosenStarts = nullptr)
{
    const QDate base = problem.start.addDays(1 - problem.start.dayOfWeek());
    const auto weekOf = [&base](const QDate &date) {
        const qint64 days = base.daysTo(date);
        return int(days >= 0 ? days / 7 : -((-days + 6) / 7));
    };
    const int n = int(problem.courses.size());
    QMap<QString, int> indexOf;
    for (int c = 0; c < n; ++c)
        indexOf.insert(problem.courses[c].code, c);

    // Allowed starts: the fixed one, the intakes from D0 on, or every Monday
    // from D0 within the horizon.
    std::vector<std::vector<QDate>> starts(static_cast<size_t>(n));
    for (int c = 0; c < n; ++c) {
        const PlanCourse &course = problem.courses[c];
        if (course.fixedStart.isValid()) {
            starts[size_t(c)].push_back(course.fixedStart);
        } else if (!course.intakes.isEmpty()) {
            for (const QDate &intake : course.intakes) {
                if (intake >= problem.start)
                    starts[size_t(c)].push_back(intake);
            }
        } else {
            QDate monday = problem.start.addDays((8 - problem.start.dayOfWeek()) % 7);
            for (; weekOf(monday) <= horizonWeeks; monday = monday.addDays(7))
                starts[size_t(c)].push_back(monday);
        }
        if (starts[size_t(c)].empty())
            return std::nullopt;
    }

    const std::unique_ptr<glp_prob, decltype(&glp_delete_prob)> lp(glp_create_prob(), &glp_delete_prob);
    glp_set_obj_dir(lp.get(), GLP_MIN);
    std::vector<std::vector<int>> column(static_cast<size_t>(n)); // x[c][s] -> column
    for (int c = 0; c < n; ++c) {
        for (size_t s = 0; s < starts[size_t(c)].size(); ++s) {
            const int j = glp_add_cols(lp.get(), 1);
            glp_set_col_kind(lp.get(), j, GLP_BV);
            column[size_t(c)].push_back(j);
        }
    }
    const int makespan = glp_add_cols(lp.get(), 1); // the completion, in days after base
    glp_set_col_bnds(lp.get(), makespan, GLP_LO, 0.0, 0.0);
    glp_set_obj_coef(lp.get(), makespan, 1.0);

    std::vector<int> ia{0};
    std::vector<int> ja{0};
    std::vector<double> ar{0.0};
    const auto row = [&](const std::vector<std::pair<int, double>> &terms, int type, double low, double high) {
        const int i = glp_add_rows(lp.get(), 1);
        glp_set_row_bnds(lp.get(), i, type, low, high);
        for (const auto &[j, value] : terms) {
            ia.push_back(i);
            ja.push_back(j);
            ar.push_back(value);
        }
    };
    const auto finishDay = [&](int c, size_t s) {
        return double(base.daysTo(starts[size_t(c)][s]) + 7 * qint64(problem.courses[c].weeks) - 1);
    };
    const auto startWeek = [&](int c, size_t s) { return weekOf(starts[size_t(c)][s]); };

    // One start each; the completion after every finish.
    for (int c = 0; c < n; ++c) {
        std::vector<std::pair<int, double>> once;
        std::vector<std::pair<int, double>> finish{{makespan, 1.0}};
        for (size_t s = 0; s < starts[size_t(c)].size(); ++s) {
            once.emplace_back(column[size_t(c)][s], 1.0);
            finish.emplace_back(column[size_t(c)][s], -finishDay(c, s));
        }
        row(once, GLP_FX, 1.0, 1.0);
        row(finish, GLP_LO, 0.0, 0.0);
    }
    // A week's hours: the budget, or the least of the availability periods touching it.
    QMap<int, std::vector<std::pair<int, double>>> weekLoad;
    for (int c = 0; c < n; ++c) {
        const PlanCourse &course = problem.courses[c];
        for (size_t s = 0; s < starts[size_t(c)].size(); ++s) {
            for (int w = startWeek(c, s); w < startWeek(c, s) + course.weeks; ++w)
                weekLoad[w].emplace_back(column[size_t(c)][s], course.hours / course.weeks);
        }
    }
    for (auto it = weekLoad.cbegin(); it != weekLoad.cend(); ++it) {
        const QDate monday = base.addDays(7 * qint64(it.key()));
        double capacity = problem.hoursPerWeek;
        for (const AvailabilityPeriod &period : problem.availability) {
            if (period.from <= monday.addDays(6) && period.to >= monday)
                capacity = std::min(capacity, period.hoursPerWeek);
        }
        row(it.value(), GLP_UP, 0.0, capacity + 1e-9);
    }
    // A year's spending in the budget's currency, by the year each course starts.
    if (problem.budgetPerYear) {
        QMap<int, std::vector<std::pair<int, double>>> spending;
        for (int c = 0; c < n; ++c) {
            const auto &cost = problem.courses[c].cost;
            if (!cost || cost->currency != problem.budgetPerYear->currency)
                continue;
            for (size_t s = 0; s < starts[size_t(c)].size(); ++s)
                spending[starts[size_t(c)][s].year()].emplace_back(column[size_t(c)][s], cost->amount.toDouble());
        }
        for (const auto &terms : spending)
            row(terms, GLP_UP, 0.0, problem.budgetPerYear->amount.toDouble() + 1e-9);
    }
    // Prerequisites: "met" is a 0/1 variable per node; a course node is met
    // when the course it names ends in a week before the dependent course
    // starts.
    const double big = 10.0 * (horizonWeeks + 200);
    for (int c = 0; c < n; ++c) {
        const std::function<int(const Requirement &)> met = [&](const Requirement &node) -> int {
            const int v = glp_add_cols(lp.get(), 1);
            glp_set_col_kind(lp.get(), v, GLP_BV);
            switch (node.kind) {
            case Requirement::Kind::None:
            case Requirement::Kind::Credits:
                glp_set_col_bnds(lp.get(), v, GLP_FX, 1.0, 1.0);
                break;
            case Requirement::Kind::Course: {
                if (problem.earned.contains(node.course)) {
                    glp_set_col_bnds(lp.get(), v, GLP_FX, 1.0, 1.0);
                    break;
                }
                const int p = indexOf.value(node.course, -1);
                if (p < 0) {
                    glp_set_col_bnds(lp.get(), v, GLP_FX, 0.0, 0.0);
                    break;
                }
                // startWeek(c) - (week of p's last day + 1) >= -big (1 - v)
                std::vector<std::pair<int, double>> terms{{v, -big}};
                for (size_t s = 0; s < starts[size_t(c)].size(); ++s)
                    terms.emplace_back(column[size_t(c)][s], double(startWeek(c, s)));
                for (size_t s = 0; s < starts[size_t(p)].size(); ++s) {
                    const QDate lastDay = starts[size_t(p)][s].addDays(7 * qint64(problem.courses[p].weeks) - 1);
                    terms.emplace_back(column[size_t(p)][s], -double(weekOf(lastDay) + 1));
                }
                row(terms, GLP_LO, -big, 0.0);
                break;
            }
            case Requirement::Kind::AllOf:
            case Requirement::Kind::AnyOf: {
                // all: v <= each child; any (k of them): k v <= sum of children.
                std::vector<std::pair<int, double>> sum{{v, node.kind == Requirement::Kind::AllOf ? 0.0 : -double(node.count)}};
                for (const Requirement &child : node.children) {
                    const int m = met(child);
                    if (node.kind == Requirement::Kind::AllOf)
                        row({{v, 1.0}, {m, -1.0}}, GLP_UP, 0.0, 0.0);
                    else
                        sum.emplace_back(m, 1.0);
                }
                if (node.kind == Requirement::Kind::AnyOf)
                    row(sum, GLP_LO, 0.0, 0.0);
                break;
            }
            }
            return v;
        };
        const int root = met(problem.courses[c].prerequisites);
        glp_set_col_bnds(lp.get(), root, GLP_FX, 1.0, 1.0);
    }

    glp_load_matrix(lp.get(), int(ia.size()) - 1, ia.data(), ja.data(), ar.data());
    glp_iocp parameters;
    glp_init_iocp(&parameters);
    parameters.msg_lev = GLP_MSG_OFF;
    parameters.presolve = GLP_ON;
    const int solved = glp_intopt(lp.get(), &parameters);
    if (solved == GLP_ENOPFS || solved == GLP_ENODFS || (solved == 0 && glp_mip_status(lp.get()) == GLP_NOFEAS))
        return std::nullopt; // no schedule
    if (solved != 0 || glp_mip_status(lp.get()) != GLP_OPT)
        qFatal("the integer programme could not be solved (%d)", solved);
    if (chosenStarts) {
        chosenStarts->clear();
        for (int c = 0; c < n; ++c) {
            for (size_t s = 0; s < starts[size_t(c)].size(); ++s) {
                if (glp_mip_col_val(lp.get(), column[size_t(c)][s]) > 0.5)
                    chosenStarts->append(starts[size_t(c)][s]);
            }
        }
    }
    return base.addDays(qint64(std::llround(glp_mip_obj_val(lp.get()))));
}

} // namespace Cairn::Test
