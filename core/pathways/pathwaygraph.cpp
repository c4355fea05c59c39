#include "pathwaygraph.h"

#include <QHash>
#include <QSet>

#include <QRegularExpression>

#include <algorithm>
#include <numeric>

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

} // namespace

// Which courses fill each qualification and which qualification stacks into
// which, by index into the catalogue's lists.
struct PathwayStacking
{
    std::vector<CourseSet> filling; // per qualification
    std::vector<std::vector<int>> direct; // per qualification: what it stacks into directly, ascending
};

namespace {

PathwayStacking stackingOf(const Catalogue &catalogue)
{
    const QList<Qualification> &qualifications = catalogue.qualifications;
    const size_t count = size_t(qualifications.size());
    const FillingIndex index(catalogue.courses);
    PathwayStacking stacking;
    std::vector<int> sizes(count);
    for (size_t q = 0; q < count; ++q) {
        stacking.filling.push_back(index.filling(qualifications[qsizetype(q)]));
        sizes[q] = stacking.filling.back().count();
    }
    // Every pair, a word of 64 courses at a time: broad electives make
    // most qualifications share most courses, so lists of who fills what
    // would be longer than the sets.
    std::vector<std::vector<int>> stacksInto(count);
    for (size_t a = 0; a < count; ++a) {
        if (sizes[a] == 0)
            continue;
        const int half = (sizes[a] + 1) / 2; // at least half of A's courses
        for (size_t b = 0; b < count; ++b) {
            if (b != a && qualifications[qsizetype(a)].credits < qualifications[qsizetype(b)].credits
                && sizes[b] >= half && stacking.filling[a].sharedWith(stacking.filling[b], half) >= half)
                stacksInto[a].push_back(int(b));
        }
    }
    // A step over a qualification in between is not drawn.
    stacking.direct.resize(count);
    for (size_t a = 0; a < count; ++a) {
        for (int c : stacksInto[a]) {
            const bool viaAnother = std::any_of(stacksInto[a].begin(), stacksInto[a].end(), [&](int b) {
                return std::binary_search(stacksInto[size_t(b)].begin(), stacksInto[size_t(b)].end(), c);
            });
            if (!viaAnother)
                stacking.direct[a].push_back(c);
        }
    }
    return stacking;
}

// The literal start of a glob ("DAT5" of "DAT5??"), up to its first wildcard.
QString literalPrefix(const QString &pattern)
{
    const qsizetype wildcard = pattern.indexOf(QRegularExpression(QStringLiteral("[*?]")));
    return wildcard < 0 ? pattern : pattern.left(wildcard);
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

FillingIndex::FillingIndex(const QList<Course> &courses) : m_courses(courses)
{
    for (qsizetype i = 0; i < courses.size(); ++i) {
        const Course &course = courses[i];
        m_byCode.insert(course.code, int(i));
        for (const QString &skill : course.skills)
            m_bySkill[skill].push_back(int(i));
        m_byProvider[course.provider].push_back(int(i));
        m_byCodeOrder.push_back(int(i));
    }
    std::sort(m_byCodeOrder.begin(), m_byCodeOrder.end(),
              [&courses](int a, int b) { return courses[a].code < courses[b].code; });
}

std::vector<int> FillingIndex::candidates(const Selector &selector) const
{
    std::vector<int> found;
    if (selector.courses) {
        for (const QString &code : *selector.courses) {
            if (const auto at = m_byCode.constFind(code); at != m_byCode.cend())
                found.push_back(*at);
        }
    } else if (selector.skills) {
        for (const QString &skill : *selector.skills) {
            if (const auto teaching = m_bySkill.constFind(skill); teaching != m_bySkill.cend())
                found.insert(found.end(), teaching->begin(), teaching->end());
        }
    } else if (const QString prefix = selector.codePattern ? literalPrefix(*selector.codePattern) : QString();
               !prefix.isEmpty()) {
        auto first = std::lower_bound(m_byCodeOrder.begin(), m_byCodeOrder.end(), prefix,
                                      [this](int course, const QString &text) { return m_courses[course].code < text; });
        for (; first != m_byCodeOrder.end() && m_courses[*first].code.startsWith(prefix); ++first)
            found.push_back(*first);
    } else if (selector.providers) {
        for (const QString &provider : *selector.providers) {
            if (const auto offering = m_byProvider.constFind(provider); offering != m_byProvider.cend())
                found.insert(found.end(), offering->begin(), offering->end());
        }
    } else {
        found.resize(size_t(m_courses.size()));
        std::iota(found.begin(), found.end(), 0);
    }
    return found;
}

const CourseSet &FillingIndex::matching(const Selector &selector) const
{
    if (const auto found = m_matching.constFind(selector); found != m_matching.cend())
        return *found;
    CourseSet matches(m_courses.size());
    for (int course : candidates(selector)) {
        if (selector.matches(m_courses[course]))
            matches.insert(course);
    }
    return *m_matching.insert(selector, matches);
}

CourseSet FillingIndex::filling(const Qualification &qualification) const
{
    CourseSet filling(m_courses.size());
    qualification.requirements.visit([&](const Requirement &node) {
        if (node.kind == Requirement::Kind::Course) {
            if (const auto at = m_byCode.constFind(node.course); at != m_byCode.cend())
                filling.insert(*at);
        } else if (node.kind == Requirement::Kind::Credits) {
            filling.unite(matching(node.from));
        }
    });
    if (!qualification.eligible.isEmpty())
        filling.intersect(matching(qualification.eligible));
    return filling;
}

std::vector<int> FillingIndex::coursesFilling(const Qualification &qualification) const
{
    std::vector<int> courses;
    filling(qualification).forEach([&courses](int course) { courses.push_back(course); });
    return courses;
}

PathwayMap::PathwayMap(const Catalogue &catalogue)
    : m_catalogue(catalogue), m_stacking(std::make_unique<const PathwayStacking>(stackingOf(catalogue)))
{
}

PathwayMap::~PathwayMap() = default;

QList<std::pair<QString, QString>> stackingRelation(const Catalogue &catalogue)
{
    return PathwayMap(catalogue).stackingRelation();
}

PathwayGraph pathwayGraph(const Catalogue &catalogue, const PathwayFilter &filter)
{
    return PathwayMap(catalogue).graph(filter);
}

QList<std::pair<QString, QString>> PathwayMap::stackingRelation() const
{
    const Catalogue &catalogue = m_catalogue;
    const PathwayStacking &stacking = *m_stacking;
    QList<std::pair<QString, QString>> pairs;
    for (size_t a = 0; a < stacking.direct.size(); ++a) {
        for (int c : stacking.direct[a])
            pairs.append({catalogue.qualifications[qsizetype(a)].code, catalogue.qualifications[c].code});
    }
    return pairs;
}

PathwayGraph PathwayMap::graph(const PathwayFilter &filter) const
{
    const Catalogue &catalogue = m_catalogue;
    const PathwayStacking &stacking = *m_stacking;
    const QList<Qualification> &all = catalogue.qualifications;

    // Which qualifications and courses the filter keeps, by index.
    std::vector<bool> showQualification(size_t(all.size()), filter.qualification.isEmpty());
    for (qsizetype q = 0; q < all.size(); ++q) {
        if (all[q].code != filter.qualification)
            continue;
        showQualification[size_t(q)] = true;
        for (int into : stacking.direct[size_t(q)])
            showQualification[size_t(into)] = true;
        for (size_t from = 0; from < stacking.direct.size(); ++from) {
            const std::vector<int> &direct = stacking.direct[from];
            if (std::binary_search(direct.begin(), direct.end(), int(q)))
                showQualification[from] = true;
        }
    }
    const auto teaches = [&](int course) {
        return filter.skill.isEmpty() || catalogue.courses[course].skills.contains(filter.skill);
    };
    std::vector<bool> showCourse(size_t(catalogue.courses.size()), false);
    for (qsizetype q = 0; q < all.size(); ++q) {
        const bool source = filter.qualification.isEmpty() ? bool(showQualification[size_t(q)])
                                                           : all[q].code == filter.qualification;
        if (!source)
            continue;
        stacking.filling[size_t(q)].forEach([&](int course) {
            showCourse[size_t(course)] = showCourse[size_t(course)] || teaches(course);
        });
    }
    if (!filter.skill.isEmpty()) {
        // Only the qualifications those courses fill.
        for (qsizetype q = 0; q < all.size(); ++q) {
            bool reached = false;
            stacking.filling[size_t(q)].forEach([&](int course) { reached = reached || showCourse[size_t(course)]; });
            showQualification[size_t(q)] = showQualification[size_t(q)] && reached;
        }
    }
    std::vector<int> courses;
    for (size_t c = 0; c < showCourse.size() && filter.withCourses; ++c) {
        if (showCourse[c])
            courses.push_back(int(c));
    }
    if (filter.mostCourses > 0 && courses.size() > size_t(filter.mostCourses)) {
        // The learner's courses first, then those a requirement names, then the catalogue's order.
        QSet<QString> named;
        for (qsizetype q = 0; q < all.size(); ++q) {
            if (showQualification[size_t(q)])
                all[q].requirements.visit([&named](const Requirement &node) {
                    if (node.kind == Requirement::Kind::Course)
                        named.insert(node.course);
                });
        }
        const auto rank = [&](int course) {
            const QString &code = catalogue.courses[course].code;
            return filter.preferred.contains(code) ? 0 : named.contains(code) ? 1 : 2;
        };
        std::stable_sort(courses.begin(), courses.end(), [&](int a, int b) { return rank(a) < rank(b); });
        courses.resize(size_t(filter.mostCourses));
        std::sort(courses.begin(), courses.end());
    }

    PathwayGraph graph;
    QHash<int, int> nodeOfQualification;
    for (qsizetype q = 0; q < all.size(); ++q) {
        if (!showQualification[size_t(q)])
            continue;
        nodeOfQualification.insert(int(q), int(graph.nodes.size()));
        graph.nodes.append({PathwayNode::Kind::Qualification, all[q].code, all[q].title, all[q].type,
                            all[q].level.value_or(0), all[q].credits});
    }
    QHash<int, int> nodeOfCourse;
    for (int c : courses) {
        const Course &course = catalogue.courses[c];
        nodeOfCourse.insert(c, int(graph.nodes.size()));
        graph.nodes.append({PathwayNode::Kind::Course, course.code, course.title, {}, course.level, course.credits});
    }
    graph.hiddenNodes = int(all.size() + catalogue.courses.size() - graph.nodes.size());
    // By qualification, then by course; then the steps between qualifications.
    for (auto q = nodeOfQualification.cbegin(); q != nodeOfQualification.cend(); ++q) {
        for (auto course = nodeOfCourse.cbegin(); course != nodeOfCourse.cend(); ++course) {
            if (stacking.filling[size_t(q.key())].contains(course.key()))
                graph.edges.append({PathwayEdge::Kind::CountsToward, course.value(), q.value()});
        }
    }
    std::sort(graph.edges.begin(), graph.edges.end(), [](const PathwayEdge &a, const PathwayEdge &b) {
        return std::pair(a.to, a.from) < std::pair(b.to, b.from);
    });
    for (size_t a = 0; a < stacking.direct.size(); ++a) {
        const auto from = nodeOfQualification.constFind(int(a));
        if (from == nodeOfQualification.cend())
            continue;
        for (int c : stacking.direct[a]) {
            if (const auto to = nodeOfQualification.constFind(c); to != nodeOfQualification.cend())
                graph.edges.append({PathwayEdge::Kind::StacksInto, *from, *to});
        }
    }
    return graph;
}

} // namespace Cairn::Core
