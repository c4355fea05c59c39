#pragma once

// Random small audit instances for the brute-force agreement test: six
// courses in two frameworks, up to five records and an external one, a
// requirement tree of up to four leaves over every node and selector kind,
// caps, minimums, a recognition cap and a currency limit.

#include "model/catalogue.h"
#include "model/learnerprofile.h"

#include <QDate>
#include <QRandomGenerator>

#include <functional>

namespace Cairn::Test {

using namespace Cairn::Core;


struct RandomInstance
{
    Catalogue catalogue;
    LearnerProfile learner;
    Qualification qualification;
    bool planned = false;
    QDate asOf;
};

inline Selector randomSelector(QRandomGenerator &random, const Catalogue &catalogue)
{
    Selector selector;
    switch (random.bounded(8)) {
    case 0:
        break; // every course
    case 1: {
        QStringList codes;
        for (const Course &course : catalogue.courses)
            if (random.bounded(2))
                codes.append(course.code);
        selector.courses = codes;
        break;
    }
    case 2:
        selector.codePattern = random.bounded(2) ? QStringLiteral("C?") : QStringLiteral("*1*");
        break;
    case 3:
        selector.skills = QStringList{random.bounded(2) ? QStringLiteral("A") : QStringLiteral("B")};
        break;
    case 4:
        selector.minLevel = 4 + random.bounded(3);
        break;
    case 5:
        selector.maxLevel = 4 + random.bounded(3);
        break;
    case 6:
        selector.providers = QStringList{random.bounded(2) ? QStringLiteral("p1") : QStringLiteral("p2")};
        break;
    case 7:
        selector.frameworks = QStringList{random.bounded(2) ? QStringLiteral("nz") : QStringLiteral("eu")};
        break;
    }
    return selector;
}

inline Requirement randomNode(QRandomGenerator &random, const Catalogue &catalogue, int depth, int &leaves)
{
    const int roll = random.bounded(depth >= 2 || leaves >= 4 ? 2 : 4);
    if (roll == 0 || leaves >= 4) {
        ++leaves;
        return Requirement::courseNode(catalogue.courses[random.bounded(int(catalogue.courses.size()))].code);
    }
    if (roll == 1) {
        ++leaves;
        return Requirement::creditsFrom(5 * (1 + random.bounded(8)), randomSelector(random, catalogue));
    }
    std::vector<Requirement> children;
    const int count = 1 + random.bounded(3);
    for (int i = 0; i < count && leaves < 4; ++i)
        children.push_back(randomNode(random, catalogue, depth + 1, leaves));
    if (roll == 2)
        return Requirement::allOf(std::move(children));
    const int k = 1 + random.bounded(int(children.size()));
    return Requirement::anyOf(std::move(children), k);
}

inline RandomInstance randomInstance(quint32 seed)
{
    QRandomGenerator random(seed);
    RandomInstance instance;
    Catalogue &catalogue = instance.catalogue;
    catalogue.frameworks = {{QStringLiteral("nz"), QStringLiteral("NZ"), 10, 1, 10},
                            {QStringLiteral("eu"), QStringLiteral("EU"), 25, 1, 10}};
    catalogue.providers = {{QStringLiteral("p1"), QStringLiteral("P1"), {}, {}},
                           {QStringLiteral("p2"), QStringLiteral("P2"), {}, {}}};
    catalogue.skills = {{QStringLiteral("A"), QStringLiteral("A"), {}}, {QStringLiteral("B"), QStringLiteral("B"), {}}};
    const double creditChoices[] = {2.5, 5, 7.5, 10, 15, 20, 30};
    for (int i = 0; i < 6; ++i) {
        Course course;
        course.code = QStringLiteral("C%1").arg(i);
        course.title = course.code;
        course.provider = random.bounded(2) ? QStringLiteral("p1") : QStringLiteral("p2");
        course.framework = random.bounded(3) ? QStringLiteral("nz") : QStringLiteral("eu");
        course.credits = creditChoices[random.bounded(7)];
        course.level = 3 + random.bounded(5);
        if (random.bounded(2))
            course.skills.append(QStringLiteral("A"));
        if (random.bounded(2))
            course.skills.append(QStringLiteral("B"));
        catalogue.courses.append(course);
    }
    const RecordStatus statuses[] = {RecordStatus::Completed, RecordStatus::Recognised, RecordStatus::Enrolled,
                                     RecordStatus::Planned,   RecordStatus::Withdrawn,  RecordStatus::Failed};
    const int records = 1 + random.bounded(5);
    QList<int> codes = {0, 1, 2, 3, 4, 5};
    for (int i = 0; i < records; ++i) {
        Record r;
        r.course = catalogue.courses[codes.takeAt(random.bounded(int(codes.size())))].code;
        r.status = statuses[random.bounded(6)];
        if (r.status == RecordStatus::Completed || random.bounded(2))
            r.date = QDate(2015 + random.bounded(12), 1 + random.bounded(12), 1 + random.bounded(28));
        instance.learner.records.append(r);
    }
    if (random.bounded(3) == 0) { // an external course
        Record external;
        external.course = QStringLiteral("EXT1");
        external.status = random.bounded(2) ? RecordStatus::Recognised : RecordStatus::Completed;
        external.date = QDate(2018 + random.bounded(8), 6, 1);
        external.title = QStringLiteral("Prior learning");
        external.credits = creditChoices[random.bounded(7)];
        external.level = 3 + random.bounded(5);
        external.framework = random.bounded(2) ? QStringLiteral("nz") : QStringLiteral("eu");
        instance.learner.records.append(external);
    }

    Qualification &q = instance.qualification;
    q.code = QStringLiteral("Q");
    q.title = QStringLiteral("Q");
    q.framework = random.bounded(3) ? QStringLiteral("nz") : QStringLiteral("eu");
    q.credits = 5 * random.bounded(13);
    if (random.bounded(3) == 0)
        q.eligible = randomSelector(random, catalogue);
    if (random.bounded(8) != 0) {
        int leaves = 0;
        q.requirements = randomNode(random, catalogue, 0, leaves);
    }
    for (int i = random.bounded(4); i > 0; --i) {
        CreditConstraint constraint;
        constraint.kind = random.bounded(3) ? CreditConstraint::Kind::MaxCredits : CreditConstraint::Kind::MinCredits;
        constraint.credits = 5 * random.bounded(8);
        constraint.from = randomSelector(random, catalogue);
        q.constraints.append(constraint);
    }
    if (random.bounded(3) == 0)
        q.maxRecognisedCredits = 5 * random.bounded(5);
    if (random.bounded(3) == 0)
        q.currencyYears = 1 + random.bounded(8);
    instance.planned = random.bounded(2);
    instance.asOf = QDate(2024 + random.bounded(4), 1 + random.bounded(12), 1 + random.bounded(28));

    // An advisor's decisions in half the instances (drawn last, so that the
    // rest of an instance stays what its seed always gave): exclude a held
    // course, waive a node, count a held course toward a leaf.
    QStringList nodePaths;
    QStringList leafPaths;
    const std::function<void(const Requirement &, const QString &)> walk = [&](const Requirement &node, const QString &path) {
        if (node.isEmpty())
            return;
        nodePaths.append(path);
        if (node.isLeaf())
            leafPaths.append(path);
        const QString key = node.kind == Requirement::Kind::AllOf ? QStringLiteral(".allOf") : QStringLiteral(".anyOf");
        for (size_t i = 0; i < node.children.size(); ++i)
            walk(node.children[i], path + key + u'[' + QString::number(i) + u']');
    };
    walk(q.requirements, QStringLiteral("requirements"));
    const QList<Record> &held = instance.learner.records;
    for (int i = random.bounded(2) ? 1 + random.bounded(2) : 0; i > 0; --i) {
        AuditOverride decision;
        decision.qualification = q.code;
        decision.reason = QStringLiteral("random");
        const int kind = random.bounded(3);
        if (kind == 0) {
            decision.kind = AuditOverride::Kind::Exclude;
            decision.course = held[random.bounded(int(held.size()))].course;
        } else if (kind == 1 && !nodePaths.isEmpty()) {
            decision.kind = AuditOverride::Kind::Waive;
            decision.node = nodePaths[random.bounded(int(nodePaths.size()))];
        } else if (!leafPaths.isEmpty()) {
            decision.kind = AuditOverride::Kind::Substitute;
            decision.course = held[random.bounded(int(held.size()))].course;
            decision.node = leafPaths[random.bounded(int(leafPaths.size()))];
        } else {
            continue;
        }
        instance.learner.overrides.append(decision);
    }
    return instance;
}

} // namespace Cairn::Test
