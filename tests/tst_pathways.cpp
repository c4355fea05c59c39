// The pathways diagram's graph and layout (issue "show and hand over"): the
// stacking relation on a catalogue made by hand, the diagram of the demo
// against the audit's own list of what each course counts toward, filters,
// and a dot layout that keeps nodes apart and courses before qualifications.

#include "audit/coursecontributions.h"
#include "io/cataloguereader.h"
#include "pathways/pathwaygraph.h"
#include "pathways/pathwaylayout.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Cairn::Core;

namespace {

Course course(const QString &code, int level = 4)
{
    Course made;
    made.code = code;
    made.title = QStringLiteral("Course ") + code;
    made.framework = QStringLiteral("nz");
    made.credits = 15;
    made.level = level;
    return made;
}

Qualification qualification(const QString &code, double credits, int level, const QStringList &courses)
{
    Qualification made;
    made.code = code;
    made.title = code;
    made.framework = QStringLiteral("nz");
    made.credits = credits;
    made.level = level;
    std::vector<Requirement> leaves;
    for (const QString &name : courses)
        leaves.push_back(Requirement::courseNode(name));
    made.requirements = Requirement::allOf(std::move(leaves));
    return made;
}

// Certificate (A B C) -> diploma (A B C D E) -> degree (A..F, by a selector
// for F); "Other" shares one of three with the diploma, not most.
Catalogue handMade()
{
    Catalogue catalogue;
    for (const QString &code : QStringList{u"A"_qs, u"B"_qs, u"C"_qs, u"D"_qs, u"E"_qs, u"F"_qs, u"X"_qs, u"Y"_qs})
        catalogue.courses.append(course(code, code == u"F" ? 6 : 4));
    catalogue.qualifications.append(qualification(QStringLiteral("CERT"), 60, 4, {u"A"_qs, u"B"_qs, u"C"_qs}));
    catalogue.qualifications.append(
        qualification(QStringLiteral("DIP"), 120, 5, {u"A"_qs, u"B"_qs, u"C"_qs, u"D"_qs, u"E"_qs}));
    Qualification degree = qualification(QStringLiteral("DEG"), 360, 7, {u"A"_qs, u"B"_qs, u"C"_qs, u"D"_qs, u"E"_qs});
    Selector levelSix;
    levelSix.minLevel = 6;
    degree.requirements.children.push_back(Requirement::creditsFrom(15, levelSix));
    catalogue.qualifications.append(degree);
    catalogue.qualifications.append(qualification(QStringLiteral("OTHER"), 60, 4, {u"A"_qs, u"X"_qs, u"Y"_qs}));
    return catalogue;
}

QSet<QString> codes(const PathwayGraph &graph)
{
    QSet<QString> all;
    for (const PathwayNode &node : graph.nodes)
        all.insert((node.kind == PathwayNode::Kind::Course ? u"course:"_qs : u"qualification:"_qs) + node.code);
    return all;
}

} // namespace

class TestPathways : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void certificatesStackIntoDiplomasIntoDegrees()
    {
        const Catalogue catalogue = handMade();
        const auto relation = stackingRelation(catalogue);
        // CERT -> DEG holds too, but through DIP: only the direct steps.
        QCOMPARE(relation, (QList<std::pair<QString, QString>>{{u"CERT"_qs, u"DIP"_qs}, {u"DIP"_qs, u"DEG"_qs}}));
        QCOMPARE(coursesFilling(catalogue.qualifications[2], catalogue.courses),
                 (QStringList{u"A"_qs, u"B"_qs, u"C"_qs, u"D"_qs, u"E"_qs, u"F"_qs}));
    }

    void stackingNeedsMostCoursesAndMoreCredits()
    {
        Catalogue catalogue = handMade();
        // The same courses and credits: neither stacks into the other.
        catalogue.qualifications[1].credits = 60;
        catalogue.qualifications[1].requirements = catalogue.qualifications[0].requirements;
        auto relation = stackingRelation(catalogue);
        QVERIFY(!relation.contains({u"CERT"_qs, u"DIP"_qs}));
        QVERIFY(!relation.contains({u"DIP"_qs, u"CERT"_qs}));
        // A course the diploma's eligibility refuses does not count there:
        // one of three shared is not most.
        catalogue = handMade();
        catalogue.qualifications[1].eligible.courses = QStringList{u"A"_qs, u"D"_qs, u"E"_qs};
        relation = stackingRelation(catalogue);
        QVERIFY(!relation.contains({u"CERT"_qs, u"DIP"_qs}));
        QVERIFY(relation.contains({u"CERT"_qs, u"DEG"_qs})); // no diploma in between any more
    }

    void theDemoDiagramIsTheAuditsOwnRelation()
    {
        Problems problems;
        const auto catalogue =
            readCatalogueFile(QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/catalogue.json"), problems);
        QVERIFY(catalogue);
        const PathwayGraph graph = pathwayGraph(*catalogue);
        QCOMPARE(graph.hiddenNodes + graph.nodes.size(), catalogue->courses.size() + catalogue->qualifications.size());
        // Course -> qualification edges: exactly where the audit's own list
        // (coursecontributions, separate code) says a course fills a requirement.
        QSet<std::pair<QString, QString>> expected;
        const CatalogueIndex index(*catalogue);
        for (const Course &course : catalogue->courses) {
            for (const Contribution &contribution : contributionsOf(course, catalogue->qualifications, index)) {
                if (!contribution.requirements.isEmpty())
                    expected.insert({course.code, contribution.qualification});
            }
        }
        QSet<std::pair<QString, QString>> drawn;
        QSet<std::pair<QString, QString>> stacks;
        for (const PathwayEdge &edge : graph.edges) {
            const std::pair pair{graph.nodes[edge.from].code, graph.nodes[edge.to].code};
            (edge.kind == PathwayEdge::Kind::CountsToward ? drawn : stacks).insert(pair);
        }
        QCOMPARE(drawn, expected);
        const auto relation = stackingRelation(*catalogue);
        const QSet<std::pair<QString, QString>> related(relation.cbegin(), relation.cend());
        QCOMPARE(stacks, related);
        // The data analysis pathway an advisor shows: certificate, then diploma.
        QVERIFY(stacks.contains({u"CERT-DA4"_qs, u"DIP-DA5"_qs}));
    }

    void aFilterShowsOneQualificationAndItsNeighbours()
    {
        const Catalogue catalogue = handMade();
        PathwayFilter filter;
        filter.qualification = QStringLiteral("DIP");
        const PathwayGraph graph = pathwayGraph(catalogue, filter);
        QCOMPARE(codes(graph), (QSet<QString>{u"qualification:CERT"_qs, u"qualification:DIP"_qs, u"qualification:DEG"_qs,
                                              u"course:A"_qs, u"course:B"_qs, u"course:C"_qs, u"course:D"_qs,
                                              u"course:E"_qs}));
        QCOMPARE(graph.hiddenNodes, 4); // OTHER, F, X, Y
        // Its courses are drawn toward every shown qualification they fill.
        int towardDegree = 0;
        for (const PathwayEdge &edge : graph.edges)
            towardDegree += edge.kind == PathwayEdge::Kind::CountsToward && graph.nodes[edge.to].code == u"DEG" ? 1 : 0;
        QCOMPARE(towardDegree, 5);

        filter.withCourses = false; // the qualifications and how they stack
        const PathwayGraph stacks = pathwayGraph(catalogue, filter);
        QCOMPARE(codes(stacks), (QSet<QString>{u"qualification:CERT"_qs, u"qualification:DIP"_qs, u"qualification:DEG"_qs}));
        QCOMPARE(stacks.edges.size(), 2);
        QCOMPARE(stacks.hiddenNodes, 9);
    }

    void aLimitKeepsTheLearnersCoursesThenTheNamedOnes()
    {
        Catalogue catalogue = handMade();
        // A broad elective fills DEG with X and Y too (level 6 now); they are
        // named nowhere, so they go first when the limit bites.
        catalogue.courses[6].level = 6;
        catalogue.courses[7].level = 6;
        PathwayFilter filter;
        filter.qualification = QStringLiteral("DEG");
        filter.mostCourses = 4;
        filter.preferred = {u"Y"_qs};
        const PathwayGraph graph = pathwayGraph(catalogue, filter);
        QSet<QString> courses;
        for (const PathwayNode &node : graph.nodes) {
            if (node.kind == PathwayNode::Kind::Course)
                courses.insert(node.code);
        }
        QCOMPARE(courses, (QSet<QString>{u"Y"_qs, u"A"_qs, u"B"_qs, u"C"_qs}));
        QCOMPARE(graph.hiddenNodes + graph.nodes.size(), catalogue.courses.size() + catalogue.qualifications.size());
    }

    void aSkillFilterKeepsItsCoursesAndWhatTheyCountToward()
    {
        Catalogue catalogue = handMade();
        catalogue.courses[5].skills = QStringList{u"welding"_qs}; // F
        catalogue.courses[6].skills = QStringList{u"welding"_qs}; // X
        PathwayFilter filter;
        filter.skill = QStringLiteral("welding");
        const PathwayGraph graph = pathwayGraph(catalogue, filter);
        QCOMPARE(codes(graph), (QSet<QString>{u"qualification:DEG"_qs, u"qualification:OTHER"_qs, u"course:F"_qs,
                                              u"course:X"_qs}));
        QCOMPARE(graph.hiddenNodes, 8);
    }

    void dotKeepsNodesApartAndCoursesBeforeQualifications()
    {
        const PathwayGraph graph = pathwayGraph(handMade());
        QList<QSizeF> sizes;
        for (const PathwayNode &node : graph.nodes)
            sizes.append(node.kind == PathwayNode::Kind::Course ? QSizeF(90, 30) : QSizeF(140, 50));
        const PathwayLayout layout = layOutPathways(graph, sizes);
        QCOMPARE(layout.nodes.size(), graph.nodes.size());
        QCOMPARE(layout.edges.size(), graph.edges.size());
        for (qsizetype i = 0; i < layout.nodes.size(); ++i) {
            QCOMPARE(layout.nodes[i].size(), sizes[i]);
            QVERIFY2(layout.bounds.adjusted(-1, -1, 1, 1).contains(layout.nodes[i]), qPrintable(graph.nodes[i].code));
            for (qsizetype j = i + 1; j < layout.nodes.size(); ++j)
                QVERIFY2(!layout.nodes[i].intersects(layout.nodes[j]),
                         qPrintable(graph.nodes[i].code + u" overlaps "_qs + graph.nodes[j].code));
        }
        for (qsizetype e = 0; e < graph.edges.size(); ++e) {
            const PathwayEdge &edge = graph.edges[e];
            const PathwayLayout::Route &route = layout.edges[e];
            QVERIFY(route.points.size() >= 4 && (route.points.size() - 1) % 3 == 0);
            // Left to right: the source before its target, the arrow at the target.
            QVERIFY(layout.nodes[edge.from].center().x() < layout.nodes[edge.to].center().x());
            QVERIFY(layout.nodes[edge.to].adjusted(-3, -3, 3, 3).contains(route.arrowTip));
        }
        // CERT and OTHER (both level 4) share a rank: one column.
        const int cert = graph.indexOf(PathwayNode::Kind::Qualification, u"CERT"_qs);
        const int other = graph.indexOf(PathwayNode::Kind::Qualification, u"OTHER"_qs);
        QCOMPARE(layout.nodes[cert].center().x(), layout.nodes[other].center().x());
    }

    void theIndexFindsWhatAScanFinds()
    {
        // Random catalogues with every kind of selector, and eligibility:
        // the index's lookups must miss nothing and add nothing.
        for (quint32 seed = 1; seed <= 40; ++seed) {
            QRandomGenerator random(seed);
            const auto pick = [&random](const QStringList &from) { return from[random.bounded(int(from.size()))]; };
            const QStringList skills{u"s1"_qs, u"s2"_qs, u"s3"_qs, u"s4"_qs};
            const QStringList providers{u"p1"_qs, u"p2"_qs, u"p3"_qs};
            const QStringList prefixes{u"DAT"_qs, u"DA"_qs, u"CYB"_qs, u"X"_qs};
            Catalogue catalogue;
            for (int c = 0; c < 120; ++c) {
                // Codes are unique in a catalogue (the reader refuses a repeat).
                Course made = course(pick(prefixes) + QString::number(1000 + c), 3 + random.bounded(5));
                made.skills = QStringList{pick(skills)};
                made.provider = pick(providers);
                made.framework = random.bounded(2) ? u"nz"_qs : u"eu"_qs;
                catalogue.courses.append(made);
            }
            const FillingIndex index(catalogue.courses);
            for (int q = 0; q < 20; ++q) {
                Qualification made;
                made.code = QStringLiteral("Q%1").arg(q);
                std::vector<Requirement> leaves;
                for (int l = 0; l < 4; ++l) {
                    Selector from;
                    switch (random.bounded(7)) {
                    case 0: from.courses = QStringList{catalogue.courses[random.bounded(120)].code, u"NOPE"_qs}; break;
                    case 1: from.skills = QStringList{pick(skills), pick(skills)}; break;
                    case 2: from.codePattern = pick(prefixes) + u"?*"_qs; break;
                    case 3: from.codePattern = u"*1?"_qs; break; // no literal start: a scan
                    case 4: from.providers = QStringList{pick(providers)}; break;
                    case 5: from.frameworks = QStringList{u"eu"_qs}; break;
                    default: break; // every course
                    }
                    if (random.bounded(2))
                        from.minLevel = 4 + random.bounded(3);
                    leaves.push_back(random.bounded(5) ? Requirement::creditsFrom(15, from)
                                                       : Requirement::courseNode(catalogue.courses[random.bounded(120)].code));
                }
                made.requirements = Requirement::allOf(std::move(leaves));
                if (random.bounded(2))
                    made.eligible.maxLevel = 5 + random.bounded(2);
                QStringList indexed;
                for (int c : index.coursesFilling(made))
                    indexed.append(catalogue.courses[c].code);
                QCOMPARE(indexed, coursesFilling(made, catalogue.courses));
            }
        }
    }

    void anEmptyGraphHasAnEmptyLayout()
    {
        const PathwayLayout layout = layOutPathways({}, {});
        QVERIFY(layout.nodes.isEmpty());
        QVERIFY(layout.bounds.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPathways)
#include "tst_pathways.moc"
