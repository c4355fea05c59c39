#include "prerequisitedates.h"

#include "plan.h"

#include <algorithm>
#include <vector>

namespace Cairn::Core {

QDate prerequisitesAllowFrom(const Requirement &prerequisites, const QDate &planStart, const QSet<QString> &earned,
                             const std::function<QDate(const QString &)> &finishOf)
{
    switch (prerequisites.kind) {
    case Requirement::Kind::None:
    case Requirement::Kind::Credits:
        return planStart;
    case Requirement::Kind::Course: {
        if (earned.contains(prerequisites.course))
            return planStart;
        const QDate finish = finishOf(prerequisites.course);
        // It must finish before the week in which the dependent starts.
        return finish.isValid() ? std::max(planStart, mondayOf(finish).addDays(7)) : QDate();
    }
    case Requirement::Kind::AllOf: {
        QDate latest = planStart;
        for (const Requirement &child : prerequisites.children) {
            const QDate date = prerequisitesAllowFrom(child, planStart, earned, finishOf);
            if (!date.isValid())
                return {};
            latest = std::max(latest, date);
        }
        return latest;
    }
    case Requirement::Kind::AnyOf: {
        std::vector<QDate> dates;
        for (const Requirement &child : prerequisites.children) {
            const QDate date = prerequisitesAllowFrom(child, planStart, earned, finishOf);
            if (date.isValid())
                dates.push_back(date);
        }
        if (int(dates.size()) < prerequisites.count)
            return {};
        std::sort(dates.begin(), dates.end());
        return dates[size_t(prerequisites.count - 1)];
    }
    }
    return {};
}

} // namespace Cairn::Core
