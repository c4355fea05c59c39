#pragma once

#include "courseset.h"
#include "model/catalogue.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace Cairn::Core {

// What the pathways diagram shows: courses and qualifications, an edge where
// a course can fill a requirement of a qualification, and an edge where one
// qualification stacks into another (docs/PATHWAYS.md).
struct PathwayNode
{
    enum class Kind { Course, Qualification };
    Kind kind = Kind::Course;
    QString code;
    QString title;
    QString type;      // a qualification's type ("certificate", ...); empty for a course
    int level = 0;     // 0 when a qualification names none
    double credits = 0; // a course's credits, or what a qualification requires
};

struct PathwayEdge
{
    enum class Kind { CountsToward, StacksInto };
    Kind kind = Kind::CountsToward;
    int from = 0; // node index
    int to = 0;
};

// Which part of the catalogue to show. Empty fields filter nothing.
struct PathwayFilter
{
    // One qualification, the courses that can fill its requirements and the
    // qualifications it stacks into or that stack into it.
    QString qualification;
    // Only courses that teach this skill, and the qualifications they count toward.
    QString skill;
    // At most this many courses (0: no limit): a broad qualification can be
    // filled by thousands. Courses in `preferred` (the learner's) come first,
    // then those a shown requirement names, then the catalogue's order.
    int mostCourses = 0;
    QSet<QString> preferred;
    // False: the qualifications and how they stack, no courses.
    bool withCourses = true;
};

struct PathwayGraph
{
    QList<PathwayNode> nodes; // qualifications first, then courses, each in catalogue order
    QList<PathwayEdge> edges;
    int hiddenNodes = 0; // courses and qualifications of the catalogue the filter left out

    int indexOf(PathwayNode::Kind kind, const QString &code) const;
};

// The courses that can fill a requirement of `qualification`: admitted by its
// `eligible` selector and matched by one of its leaves (a course leaf naming
// it, or a credits leaf whose selector matches it) — the audit's candidates
// for allocation (DESIGN.md audit steps 3 and 7), in catalogue order. Scans
// every course: the plain definition, which FillingIndex must agree with.
QStringList coursesFilling(const Qualification &qualification, const QList<Course> &courses);

// coursesFilling() for a large catalogue: each leaf looks its candidates up
// (a named course by code, a skill's courses, a code pattern's prefix, a
// provider's courses) and checks only those; only a leaf that names none of
// these (levels or frameworks alone) scans the catalogue, and then once per
// selector value, however many qualifications repeat it. Not for sharing
// between threads (it remembers what it matched).
class FillingIndex final
{
public:
    explicit FillingIndex(const QList<Course> &courses);

    CourseSet filling(const Qualification &qualification) const;
    // The same as indices into the catalogue's courses, ascending.
    std::vector<int> coursesFilling(const Qualification &qualification) const;

private:
    std::vector<int> candidates(const Selector &selector) const;
    const CourseSet &matching(const Selector &selector) const;

    const QList<Course> &m_courses;
    QHash<QString, int> m_byCode;
    QHash<QString, std::vector<int>> m_bySkill;
    QHash<QString, std::vector<int>> m_byProvider;
    std::vector<int> m_byCodeOrder; // course indices sorted by code, for prefixes
    mutable QHash<Selector, CourseSet> m_matching;
};

struct PathwayStacking; // pathwaygraph.cpp

// The catalogue's pathways worked out once: which courses fill each
// qualification and which stacks into which (about a second at 100,000
// courses). Ask it for as many filtered graphs as needed. Refers to
// `catalogue`, which must outlive it and stay unchanged.
class PathwayMap final
{
public:
    explicit PathwayMap(const Catalogue &catalogue);
    ~PathwayMap();
    Q_DISABLE_COPY_MOVE(PathwayMap)

    PathwayGraph graph(const PathwayFilter &filter = {}) const;
    QList<std::pair<QString, QString>> stackingRelation() const;

private:
    const Catalogue &m_catalogue;
    std::unique_ptr<const PathwayStacking> m_stacking;
};

// Pairs (A, B): A stacks into B. A asks for fewer credits than B, and at
// least half of the courses that can fill A's requirements can fill B's too
// (the demo's certificate shares its two core courses of four with the
// diploma, whose electives are of level 5).
// Only the direct steps: A -> C is left out when A -> B -> C holds
// (certificate -> diploma -> degree, not certificate -> degree as well).
QList<std::pair<QString, QString>> stackingRelation(const Catalogue &catalogue);

PathwayGraph pathwayGraph(const Catalogue &catalogue, const PathwayFilter &filter = {});

} // namespace Cairn::Core
