#include "import/demodata.h"
#include "storage/cataloguerepository.h"
#include "storage/catalogueeditor.h"
#include "storage/coursebrowser.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"

#include <QTest>

using namespace Cairn::Core;

class TestCatalogueEditor : public QObject
{
    Q_OBJECT

private:
    static qsizetype matches(Database &database, const QString &text)
    {
        CourseFilter filter;
        filter.text = text;
        qsizetype count = -1;
        return CourseBrowser(database).count(filter, count).ok() ? count : -1;
    }

    static Course newCourse()
    {
        Course course;
        course.code = QStringLiteral("NEW101");
        course.title = QStringLiteral("Beekeeping for beginners");
        course.provider = QStringLiteral("harbour");
        course.framework = QStringLiteral("nzqcf");
        course.credits = 5;
        course.level = 3;
        course.hours = 50;
        course.weeks = 5;
        course.skills = {QStringLiteral("data-vis")};
        return course;
    }

private Q_SLOTS:
    void putsAndRemovesACourseWithItsSearchEntry()
    {
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(importDemoData(database).ok());
        CatalogueEditor editor(database);
        const Status put = editor.putCourse(newCourse());
        QVERIFY2(put.ok(), qPrintable(put.message()));
        QCOMPARE(CatalogueRepository(database).loadCourse(QStringLiteral("NEW101")), std::optional(newCourse()));
        QCOMPARE(matches(database, QStringLiteral("beekeep")), 1);

        Course edited = newCourse();
        edited.title = QStringLiteral("Apiculture basics");
        QVERIFY(editor.putCourse(edited).ok());
        QCOMPARE(matches(database, QStringLiteral("beekeep")), 0);
        QCOMPARE(matches(database, QStringLiteral("apicult")), 1);
        QCOMPARE(CatalogueRepository(database).courseCount(), 64);

        QVERIFY(editor.usesOfCourse(QStringLiteral("NEW101")).isEmpty());
        QVERIFY(editor.removeCourse(QStringLiteral("NEW101")).ok());
        QCOMPARE(matches(database, QStringLiteral("apicult")), 0);
        QVERIFY(!CatalogueRepository(database).hasCourse(QStringLiteral("NEW101")));
    }

    void refusesToRemoveWhatIsStillUsed_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("course with a learner's record") << "course" << "DAT401" << "the records of Aroha Ngata";
        QTest::newRow("course that is a prerequisite") << "course" << "DAT401" << "the prerequisites of DAT501";
        QTest::newRow("course a qualification names") << "course" << "DAT401" << "the rules of CERT-DA4, DIP-DA5";
        QTest::newRow("provider of courses") << "provider" << "harbour" << "the courses CYB401";
        QTest::newRow("skill of courses") << "skill" << "data-vis" << "the courses";
        QTest::newRow("qualification a learner aims at") << "qualification" << "DIP-DA5" << "the goals of Aroha Ngata";
        QTest::newRow("qualification with advisor decisions") << "qualification" << "DIP-DA5" << "the advisor decisions for Aroha Ngata";
    }

    void refusesToRemoveWhatIsStillUsed()
    {
        QFETCH(QString, kind);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(importDemoData(database).ok());
        CatalogueEditor editor(database);
        Catalogue before;
        QVERIFY(CatalogueRepository(database).load(before).ok());
        Status removed = Status::success();
        if (kind == u"course")
            removed = editor.removeCourse(key);
        else if (kind == u"provider")
            removed = editor.removeProvider(key);
        else if (kind == u"skill")
            removed = editor.removeSkill(key);
        else
            removed = editor.removeQualification(key);
        QVERIFY(!removed.ok());
        QVERIFY2(removed.message().contains(key) && removed.message().contains(expected), qPrintable(removed.message()));
        Catalogue after;
        QVERIFY(CatalogueRepository(database).load(after).ok());
        QCOMPARE(after, before);
    }

    void removesAProviderSkillAndQualificationNobodyUses()
    {
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(importDemoData(database).ok());
        CatalogueEditor editor(database);
        QVERIFY(editor.putProvider({QStringLiteral("bees"), QStringLiteral("Bee School"), QStringLiteral("NZ"), {}}).ok());
        QVERIFY(editor.putSkill({QStringLiteral("hives"), QStringLiteral("Hive care"), {}}).ok());
        Qualification qualification;
        qualification.code = QStringLiteral("CERT-BEE");
        qualification.title = QStringLiteral("Certificate in Beekeeping");
        qualification.framework = QStringLiteral("nzqcf");
        qualification.credits = 20;
        QVERIFY(editor.putQualification(qualification).ok());
        QCOMPARE(CatalogueRepository(database).loadQualification(QStringLiteral("CERT-BEE")), std::optional(qualification));

        QVERIFY(editor.removeProvider(QStringLiteral("bees")).ok());
        QVERIFY(editor.removeSkill(QStringLiteral("hives")).ok());
        QVERIFY(editor.removeQualification(QStringLiteral("CERT-BEE")).ok());
        QVERIFY(!CatalogueRepository(database).hasQualification(QStringLiteral("CERT-BEE")));
    }

    void aFailedWriteChangesNothing()
    {
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(importDemoData(database).ok());
        Course course = newCourse();
        course.skills.append(QStringLiteral("no-such-skill")); // refused by the foreign key
        const Status put = CatalogueEditor(database).putCourse(course);
        QVERIFY(!put.ok());
        QVERIFY2(put.message().contains(QStringLiteral("NEW101")), qPrintable(put.message()));
        QVERIFY(!CatalogueRepository(database).hasCourse(QStringLiteral("NEW101")));
        QCOMPARE(matches(database, QStringLiteral("beekeep")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCatalogueEditor)
#include "tst_catalogueeditor.moc"
