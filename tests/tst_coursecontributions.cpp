#include "audit/coursecontributions.h"
#include "audit/explanation.h"
#include "io/cataloguereader.h"

#include <QTest>

using namespace Cairn::Core;

class TestCourseContributions : public QObject
{
    Q_OBJECT

private:
    Catalogue m_catalogue;

    const Course &course(const QString &code) const
    {
        return *std::find_if(m_catalogue.courses.begin(), m_catalogue.courses.end(),
                             [&code](const Course &c) { return c.code == code; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        Problems problems;
        const auto catalogue = readCatalogueFile(QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/catalogue.json"), problems);
        QVERIFY2(catalogue, qPrintable(problems.describe(QString())));
        m_catalogue = *catalogue;
    }

    void namesEveryQualificationThatAdmitsTheCourse()
    {
        const CatalogueIndex index(m_catalogue);
        const QList<Contribution> contributions = contributionsOf(course(QStringLiteral("DAT401")), m_catalogue.qualifications, index);
        QStringList codes;
        for (const Contribution &contribution : contributions)
            codes.append(contribution.qualification);
        // Brute force over the same data: eligible, in catalogue order.
        QStringList expected;
        for (const Qualification &qualification : m_catalogue.qualifications) {
            if (qualification.eligible.matches(course(QStringLiteral("DAT401"))))
                expected.append(qualification.code);
        }
        QCOMPARE(codes, expected);
        QVERIFY(codes.contains(QStringLiteral("DIP-DA5")));
        const Contribution diploma = contributions[codes.indexOf(QStringLiteral("DIP-DA5"))];
        QVERIFY2(!diploma.requirements.isEmpty(), "DAT401 is named by the diploma's rules");
    }

    void aCourseOutsideTheEligibleSelectorCountsNowhere()
    {
        Qualification onlyLevel9;
        onlyLevel9.code = QStringLiteral("Q9");
        onlyLevel9.eligible.minLevel = 9;
        const CatalogueIndex index(m_catalogue);
        QVERIFY(contributionsOf(course(QStringLiteral("DAT401")), {onlyLevel9}, index).isEmpty());
    }

    void describesLeavesAndPrerequisitesInWords()
    {
        const CatalogueIndex index(m_catalogue);
        const Explanation words(index);
        Selector visualisation;
        visualisation.skills = QStringList{QStringLiteral("data-vis")};
        Requirement leaf = Requirement::creditsFrom(30, visualisation);
        QVERIFY2(words.describeLeaf(leaf).startsWith(QStringLiteral("30 credits from courses teaching")),
                 qPrintable(words.describeLeaf(leaf)));
        leaf.label = QStringLiteral("Visualisation electives");
        QCOMPARE(words.describeLeaf(leaf), QStringLiteral("Visualisation electives"));

        QCOMPARE(words.describePrerequisites(Requirement()), QStringLiteral("none"));
        const Requirement prerequisites = Requirement::allOf(
            {Requirement::courseNode(QStringLiteral("DAT401")),
             Requirement::anyOf({Requirement::courseNode(QStringLiteral("DAT402")),
                                 Requirement::courseNode(QStringLiteral("DAT403"))})});
        QCOMPARE(words.describePrerequisites(prerequisites), QStringLiteral("DAT401 and (DAT402 or DAT403)"));
        const Requirement twoOfThree = Requirement::anyOf({Requirement::courseNode(QStringLiteral("A")),
                                                           Requirement::courseNode(QStringLiteral("B")),
                                                           Requirement::courseNode(QStringLiteral("C"))}, 2);
        QCOMPARE(words.describePrerequisites(twoOfThree), QStringLiteral("2 of A, B, C"));
    }
};

QTEST_GUILESS_MAIN(TestCourseContributions)
#include "tst_coursecontributions.moc"
