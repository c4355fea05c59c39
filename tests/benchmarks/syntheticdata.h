#pragma once

// Deterministic synthetic catalogues and learners of a chosen size for the
// benchmarks: realistic shapes (selectors over skills, levels, providers and
// code patterns; anyOf groups; caps), not realistic names.

#include "model/catalogue.h"
#include "model/learnerprofile.h"

#include <QRandomGenerator>

namespace Cairn::Bench {

using namespace Cairn::Core;

struct SyntheticOptions
{
    int courses = 2000;
    int qualifications = 1000;
    int leavesPerQualification = 30;
    int records = 60;
    quint32 seed = 2027;
    // Dense: every third leaf a broad selector that most courses match — an
    // adversarial shape for the allocation, kept to measure its worst case.
    bool dense = false;
};

inline constexpr int families = 20;  // course code families: "F07-0123"
inline constexpr int skillCount = 40;
inline constexpr int providerCount = 6;

inline QString familyPattern(int family)
{
    return QStringLiteral("F%1-*").arg(family, 2, 10, QLatin1Char('0'));
}

// Leaves as qualifications have them: mostly named courses and electives
// from a field (its skills or its code family), sometimes by level or
// provider, rarely "anything at this level".
inline Requirement realisticLeaf(QRandomGenerator &random, const Catalogue &catalogue, int family)
{
    const int roll = random.bounded(20);
    const double credits = 5.0 * (1 + random.bounded(4));
    Selector selector;
    if (roll < 9) {
        // A named course of the qualification's family.
        const int perFamily = int(catalogue.courses.size()) / families;
        return Requirement::courseNode(catalogue.courses[family * perFamily + random.bounded(perFamily)].code);
    } else if (roll < 13) {
        selector.skills = QStringList{QStringLiteral("s%1").arg(2 * family % skillCount + random.bounded(2))};
    } else if (roll < 15) {
        selector.skills = QStringList{QStringLiteral("s%1").arg(2 * family % skillCount + random.bounded(2))};
        selector.minLevel = 5;
    } else if (roll < 17) {
        selector.codePattern = familyPattern(family);
    } else if (roll < 18) {
        selector.providers = QStringList{QStringLiteral("p%1").arg(random.bounded(providerCount))};
        selector.minLevel = 4;
    } else if (roll < 19) {
        selector.codePattern = familyPattern(family);
        selector.minLevel = 6;
    } else {
        selector.minLevel = 5; // any course at level 5 or above
    }
    return Requirement::creditsFrom(credits, selector);
}

inline Requirement denseLeaf(QRandomGenerator &random, const Catalogue &catalogue)
{
    if (random.bounded(3) == 0)
        return Requirement::courseNode(catalogue.courses[random.bounded(int(catalogue.courses.size()))].code);
    Selector selector;
    switch (random.bounded(3)) {
    case 0:
        selector.maxLevel = 5 + random.bounded(3); // most courses
        break;
    case 1:
        selector.skills = QStringList{QStringLiteral("s%1").arg(random.bounded(skillCount)),
                                      QStringLiteral("s%1").arg(random.bounded(skillCount))};
        break;
    default:
        selector.providers = QStringList{QStringLiteral("p%1").arg(random.bounded(providerCount))};
        break;
    }
    return Requirement::creditsFrom(5.0 * (1 + random.bounded(4)), selector);
}

// One qualification with `leaves` leaves in groups of five: allOf and anyOf(3).
inline Qualification syntheticQualification(QRandomGenerator &random, const Catalogue &catalogue, int index,
                                            const SyntheticOptions &options)
{
    Qualification q;
    q.code = QStringLiteral("Q%1").arg(index);
    q.title = QStringLiteral("Qualification %1").arg(index);
    q.framework = QStringLiteral("nz");
    q.credits = 5.0 * options.leavesPerQualification * 3;
    const int family = index % families;
    std::vector<Requirement> groups;
    for (int g = 0; g * 5 < options.leavesPerQualification; ++g) {
        std::vector<Requirement> children;
        for (int l = 0; l < 5 && g * 5 + l < options.leavesPerQualification; ++l)
            children.push_back(options.dense ? denseLeaf(random, catalogue) : realisticLeaf(random, catalogue, family));
        const int size = int(children.size());
        groups.push_back(g % 2 ? Requirement::anyOf(std::move(children), std::min(3, size))
                               : Requirement::allOf(std::move(children)));
    }
    q.requirements = Requirement::allOf(std::move(groups));
    CreditConstraint cap;
    cap.kind = CreditConstraint::Kind::MaxCredits;
    cap.credits = 40;
    cap.from.providers = QStringList{QStringLiteral("p0")};
    q.constraints.append(cap);
    CreditConstraint overlapping = cap;
    overlapping.credits = 60;
    overlapping.from = Selector();
    overlapping.from.maxLevel = 4;
    q.constraints.append(overlapping);
    CreditConstraint minimum;
    minimum.kind = CreditConstraint::Kind::MinCredits;
    minimum.credits = 60;
    minimum.from.minLevel = 5;
    q.constraints.append(minimum);
    q.maxRecognisedCredits = 45;
    q.currencyYears = 8;
    return q;
}

inline Catalogue syntheticCatalogue(const SyntheticOptions &options)
{
    QRandomGenerator random(options.seed);
    Catalogue catalogue;
    catalogue.name = QStringLiteral("Synthetic");
    catalogue.frameworks = {{QStringLiteral("nz"), QStringLiteral("NZ"), 10, 1, 10},
                            {QStringLiteral("eu"), QStringLiteral("EU"), 25, 1, 8}};
    for (int p = 0; p < providerCount; ++p)
        catalogue.providers.append({QStringLiteral("p%1").arg(p), QStringLiteral("Provider %1").arg(p), {}, {}});
    for (int s = 0; s < skillCount; ++s)
        catalogue.skills.append({QStringLiteral("s%1").arg(s), QStringLiteral("Skill %1").arg(s), {}});
    const int perFamily = options.courses / families;
    for (int c = 0; c < options.courses; ++c) {
        const int family = std::min(c / perFamily, families - 1);
        Course course;
        course.code = QStringLiteral("F%1-%2").arg(family, 2, 10, QLatin1Char('0')).arg(c, 4, 10, QLatin1Char('0'));
        course.title = QStringLiteral("Course %1").arg(c);
        course.provider = QStringLiteral("p%1").arg(random.bounded(providerCount));
        course.framework = random.bounded(4) ? QStringLiteral("nz") : QStringLiteral("eu");
        course.credits = course.framework == u"nz" ? 5.0 * (1 + random.bounded(6)) : 2.5 * (1 + random.bounded(4));
        course.level = 3 + random.bounded(5);
        course.hours = course.credits * (course.framework == u"nz" ? 10 : 25);
        course.weeks = std::max(1, int(course.hours / 10));
        course.cost = money(double(100 * (1 + random.bounded(20))), QStringLiteral("NZD"));
        // Mostly the two skills of the course's field, sometimes another.
        course.skills.append(QStringLiteral("s%1").arg(2 * family % skillCount + random.bounded(2)));
        if (random.bounded(3) == 0)
            course.skills.append(QStringLiteral("s%1").arg(random.bounded(skillCount)));
        catalogue.courses.append(course);
    }
    for (int q = 0; q < options.qualifications; ++q)
        catalogue.qualifications.append(syntheticQualification(random, catalogue, q, options));
    return catalogue;
}

// A learner whose records are mostly in the field of qualification Q0 (so
// that its audit has real choices to make) and partly anywhere.
inline LearnerProfile syntheticLearner(const Catalogue &catalogue, const SyntheticOptions &options)
{
    QRandomGenerator random(options.seed + 1);
    LearnerProfile learner;
    learner.name = QStringLiteral("Benchmark learner");
    const int perFamily = int(catalogue.courses.size()) / families;
    QList<int> home;
    QList<int> elsewhere;
    for (int c = 0; c < catalogue.courses.size(); ++c)
        (c < perFamily ? home : elsewhere).append(c);
    for (int r = 0; r < options.records; ++r) {
        QList<int> &pool = (r % 3 != 2 && !home.isEmpty()) ? home : elsewhere;
        Record record;
        record.course = catalogue.courses[pool.takeAt(random.bounded(int(pool.size())))].code;
        const int roll = random.bounded(10);
        record.status = roll < 6   ? RecordStatus::Completed
                      : roll < 7   ? RecordStatus::Recognised
                      : roll < 9   ? RecordStatus::Planned
                                   : RecordStatus::Enrolled;
        record.date = QDate(2018 + random.bounded(9), 1 + random.bounded(12), 1 + random.bounded(28));
        learner.records.append(record);
    }
    return learner;
}

} // namespace Cairn::Bench
