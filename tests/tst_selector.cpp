#include "audit/selectormatches.h"
#include "model/course.h"
#include "model/selector.h"

#include <QTest>

#include <thread>

using namespace Cairn::Core;

namespace {
Course sampleCourse()
{
    Course course;
    course.code = QStringLiteral("DAT501");
    course.provider = QStringLiteral("harbour");
    course.framework = QStringLiteral("nzqcf");
    course.level = 5;
    course.skills = {QStringLiteral("data-vis"), QStringLiteral("python")};
    return course;
}
} // namespace

class TestSelector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptySelectorMatchesEveryCourse()
    {
        QVERIFY(Selector().isEmpty());
        QVERIFY(Selector().matches(sampleCourse()));
        QVERIFY(Selector().matches(Course()));
    }

    void eachKeyFilters_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("matches");
        // key: 0 courses, 1 pattern, 2 skills, 3 min level, 4 max level, 5 providers, 6 frameworks
        QTest::newRow("courses hit") << 0 << true;
        QTest::newRow("pattern hit") << 1 << true;
        QTest::newRow("skills hit") << 2 << true;
        QTest::newRow("min level hit") << 3 << true;
        QTest::newRow("max level hit") << 4 << true;
        QTest::newRow("providers hit") << 5 << true;
        QTest::newRow("frameworks hit") << 6 << true;
        QTest::newRow("courses miss") << 10 << false;
        QTest::newRow("pattern miss") << 11 << false;
        QTest::newRow("skills miss") << 12 << false;
        QTest::newRow("min level miss") << 13 << false;
        QTest::newRow("max level miss") << 14 << false;
        QTest::newRow("providers miss") << 15 << false;
        QTest::newRow("frameworks miss") << 16 << false;
    }

    void eachKeyFilters()
    {
        QFETCH(int, key);
        QFETCH(bool, matches);
        const bool hit = key < 10;
        Selector selector;
        switch (key % 10) {
        case 0:
            selector.courses = hit ? QStringList{QStringLiteral("X1"), QStringLiteral("DAT501")} : QStringList{QStringLiteral("X1")};
            break;
        case 1:
            selector.codePattern = hit ? QStringLiteral("DAT5*") : QStringLiteral("DAT4*");
            break;
        case 2:
            selector.skills = hit ? QStringList{QStringLiteral("python")} : QStringList{QStringLiteral("sql")};
            break;
        case 3:
            selector.minLevel = hit ? 5 : 6;
            break;
        case 4:
            selector.maxLevel = hit ? 5 : 4;
            break;
        case 5:
            selector.providers = hit ? QStringList{QStringLiteral("harbour")} : QStringList{QStringLiteral("lumen")};
            break;
        case 6:
            selector.frameworks = hit ? QStringList{QStringLiteral("nzqcf")} : QStringList{QStringLiteral("ects")};
            break;
        }
        QVERIFY(!selector.isEmpty());
        QCOMPARE(selector.matches(sampleCourse()), matches);
    }

    void everyPresentKeyMustMatch()
    {
        Selector selector;
        selector.skills = QStringList{QStringLiteral("data-vis")};
        selector.minLevel = 5;
        QVERIFY(selector.matches(sampleCourse()));
        selector.providers = QStringList{QStringLiteral("lumen")};
        QVERIFY(!selector.matches(sampleCourse()));
    }

    void externalCourseHasNoSkillsOrProvider()
    {
        Course external;
        external.code = QStringLiteral("EXT-UX1");
        external.level = 5;
        Selector bySkill;
        bySkill.skills = QStringList{QStringLiteral("data-vis")};
        QVERIFY(!bySkill.matches(external));
        Selector byProvider;
        byProvider.providers = QStringList{QStringLiteral("harbour")};
        QVERIFY(!byProvider.matches(external));
    }

    void globMatchesTheWholeCode_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::newRow("literal") << "DAT501" << "DAT501" << true;
        QTest::newRow("prefix is not whole") << "DAT" << "DAT501" << false;
        QTest::newRow("star suffix") << "DAT*" << "DAT501" << true;
        QTest::newRow("star matches empty") << "DAT501*" << "DAT501" << true;
        QTest::newRow("star prefix") << "*501" << "DAT501" << true;
        QTest::newRow("star middle") << "D*1" << "DAT501" << true;
        QTest::newRow("star middle miss") << "D*2" << "DAT501" << false;
        QTest::newRow("question marks") << "???5??" << "DAT501" << true;
        QTest::newRow("question mark needs a character") << "DAT501?" << "DAT501" << false;
        QTest::newRow("two stars backtrack") << "*A*5*" << "DAT501" << true;
        QTest::newRow("case-sensitive") << "dat*" << "DAT501" << false;
        QTest::newRow("only star") << "*" << "" << true;
        QTest::newRow("empty pattern") << "" << "X" << false;
        QTest::newRow("backtracking over repeats") << "*AAB" << "AAAAB" << true;
    }

    void globMatchesTheWholeCode()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(globMatches(pattern, text), matches);
    }

    void matchesWorkedOutOncePerSelectorValue()
    {
        std::vector<Course> courses(3, sampleCourse());
        courses[1].level = 3;
        courses[2].skills = {QStringLiteral("welding")};
        std::vector<const Course *> pointers;
        for (const Course &course : courses)
            pointers.push_back(&course);
        const SelectorMatches matches(pointers);
        Selector levelFive;
        levelFive.minLevel = 5;
        Selector python;
        python.skills = QStringList{QStringLiteral("python")};
        QCOMPARE(matches.of(levelFive), (std::vector<bool>{true, false, true}));
        QCOMPARE(matches.of(python), (std::vector<bool>{true, true, false}));
        QCOMPARE(matches.of(Selector()), (std::vector<bool>{true, true, true}));
        // An equal selector elsewhere (another qualification's leaf) shares the answer.
        Selector sameAsLevelFive;
        sameAsLevelFive.minLevel = 5;
        QCOMPARE(&matches.of(sameAsLevelFive), &matches.of(levelFive));
        Selector both = python;
        both.minLevel = 5;
        QCOMPARE(matches.of(both), (std::vector<bool>{true, false, false}));
    }

    void matchesAreSafeToAskFromTwoThreads()
    {
        std::vector<Course> courses(50, sampleCourse());
        for (int i = 0; i < 50; ++i)
            courses[size_t(i)].level = 1 + i % 8;
        std::vector<const Course *> pointers;
        for (const Course &course : courses)
            pointers.push_back(&course);
        const SelectorMatches matches(pointers);
        const auto ask = [&matches](int offset, std::vector<std::vector<bool>> &out) {
            for (int level = 1; level <= 8; ++level) {
                Selector selector;
                selector.minLevel = 1 + (level + offset) % 8;
                out.push_back(matches.of(selector));
            }
        };
        std::vector<std::vector<bool>> first;
        std::vector<std::vector<bool>> second;
        std::thread other(ask, 0, std::ref(first));
        ask(0, second);
        other.join();
        QCOMPARE(first, second);
        for (size_t i = 0; i < 50; ++i)
            QCOMPARE(bool(first[0][i]), courses[i].level >= 2);
    }
};

QTEST_GUILESS_MAIN(TestSelector)
#include "tst_selector.moc"
