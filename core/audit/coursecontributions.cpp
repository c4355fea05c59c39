#include "coursecontributions.h"

#include "explanation.h"

namespace Cairn::Core {

QList<Contribution> contributionsOf(const Course &course, const QList<Qualification> &qualifications,
                                    const CatalogueIndex &index)
{
    const Explanation words(index);
    QList<Contribution> contributions;
    for (const Qualification &qualification : qualifications) {
        if (!qualification.eligible.matches(course))
            continue;
        Contribution contribution{qualification.code, qualification.title, {}};
        qualification.requirements.visit([&](const Requirement &node) {
            const bool matches = (node.kind == Requirement::Kind::Course && node.course == course.code)
                || (node.kind == Requirement::Kind::Credits && node.from.matches(course));
            if (matches)
                contribution.requirements.append(words.describeLeaf(node));
        });
        contributions.append(contribution);
    }
    return contributions;
}

} // namespace Cairn::Core
