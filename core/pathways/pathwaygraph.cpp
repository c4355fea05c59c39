#include "pathwaygraph.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Cairn::Core {

namespace {

bool fills(const Qualification &qualification, const Course &course)
{
    if (!qualification.eligible.matches(course))
        return false;
    bool found = false;
    qualification.requirements.visit([&](const Requirement &node) {
        found = found || (node.kind == Requirement::Kind::Course && node.course == course.code)
            || (node.kind == Requirement::Kind::Credits && node.from.matches(course));
    });
    return found;
}

// Every qualification's filling courses, by qualification code.
QHash<QString, QSet<QString>> fillingByQualification(const Catalogue &catalogue)
{
    QHash<QString, QSet<QString>> filling;
    for (const Qualification &qualification : catalogue.qualifications) {
        const QStringList courses = coursesFilling(qualification, catalogue.courses);
        filling.insert(qualification.code, QSet<QString>(courses.cbegin(), courses.cend()));
    }
    return filling;
}

} // namespace

int PathwayGraph::indexOf(PathwayNode::Kind kind, const QString &code) const
{
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes[i].kind == kind && nodes[i].code == code)
            return int(i);
    }
    return -1;
}

QStringList coursesFilling(const Qualification &qualification, const QList<Course> &courses)
{
    QStringList codes;
    for (const Course &course : courses) {
        if (fills(qualification, course))
            codes.append(course.code);
    }
    return codes;
}

QList<std::pair<QString, QString>> stackingRelation(const Catalogue &catalogue)
{
    const QHash<QString, QSet<QString>> filling = fillingByQualification(catalogue);
    const QList<Qualification> &all = catalogue.qualifications;
    const auto stacks = [&](const Qualification &a, const Qualification &b) {
        if (&a == &b || a.credits >= b.credits)
            return false;
        const QSet<QString> &ofA = filling[a.code];
        if (ofA.isEmpty())
            return false;
        qsizetype shared = 0;
        for (const QString &course : ofA)
            shared += filling[b.code].contains(course) ? 1 : 0;
        return 2 * shared >= ofA.size();
    };
    QList<std::pair<QString, QString>> direct;
    for (const Qualification &a : all) {
        for (const Qualification &c : all) {
            if (!stacks(a, c))
                continue;
            // A step over a qualification in between is not drawn.
            const bool viaAnother = std::any_of(all.cbegin(), all.cend(), [&](const Qualification &b) {
                return stacks(a, b) && stacks(b, c);
            });
            if (!viaAnother)
                direct.append({a.code, c.code});
        }
    }
    return direct;
}

PathwayGraph pathwayGraph(const Catalogue &catalogue, const PathwayFilter &filter)
{
    const QHash<QString, QSet<QString>> filling = fillingByQualification(catalogue);
    const QList<std::pair<QString, QString>> stacking = stackingRelation(catalogue);

    // Which qualifications and courses the filter keeps.
    QSet<QString> qualifications;
    QSet<QString> courses;
    for (const Qualification &qualification : catalogue.qualifications) {
        if (filter.qualification.isEmpty() || qualification.code == filter.qualification)
            qualifications.insert(qualification.code);
    }
    if (!filter.qualification.isEmpty()) {
        for (const auto &[from, to] : stacking) {
            if (from == filter.qualification)
                qualifications.insert(to);
            if (to == filter.qualification)
                qualifications.insert(from);
        }
        courses = filling.value(filter.qualification);
    } else {
        for (const QString &code : std::as_const(qualifications))
            courses.unite(filling.value(code));
    }
    if (!filter.skill.isEmpty()) {
        for (const Course &course : catalogue.courses) {
            if (!course.skills.contains(filter.skill))
                courses.remove(course.code);
        }
        // Only the qualifications those courses count toward.
        QSet<QString> reached;
        for (const QString &code : std::as_const(qualifications)) {
            if (filling.value(code).intersects(courses))
                reached.insert(code);
        }
        qualifications = reached;
    }

    PathwayGraph graph;
    for (const Qualification &qualification : catalogue.qualifications) {
        if (qualifications.contains(qualification.code))
            graph.nodes.append({PathwayNode::Kind::Qualification, qualification.code, qualification.title,
                                qualification.type, qualification.level.value_or(0), qualification.credits});
    }
    const qsizetype firstCourse = graph.nodes.size();
    QHash<QString, int> courseNode;
    for (const Course &course : catalogue.courses) {
        if (courses.contains(course.code)) {
            courseNode.insert(course.code, int(graph.nodes.size()));
            graph.nodes.append({PathwayNode::Kind::Course, course.code, course.title, {}, course.level, course.credits});
        }
    }
    graph.hiddenNodes = int(catalogue.qualifications.size() + catalogue.courses.size() - graph.nodes.size());
    for (qsizetype q = 0; q < firstCourse; ++q) {
        for (const QString &code : filling.value(graph.nodes[q].code)) {
            if (const auto at = courseNode.constFind(code); at != courseNode.cend())
                graph.edges.append({PathwayEdge::Kind::CountsToward, *at, int(q)});
        }
    }
    // Deterministic order: by qualification, then by course.
    std::sort(graph.edges.begin(), graph.edges.end(), [](const PathwayEdge &a, const PathwayEdge &b) {
        return std::pair(a.to, a.from) < std::pair(b.to, b.from);
    });
    for (const auto &[from, to] : stacking) {
        const int a = graph.indexOf(PathwayNode::Kind::Qualification, from);
        const int b = graph.indexOf(PathwayNode::Kind::Qualification, to);
        if (a >= 0 && b >= 0)
            graph.edges.append({PathwayEdge::Kind::StacksInto, a, b});
    }
    return graph;
}

} // namespace Cairn::Core
