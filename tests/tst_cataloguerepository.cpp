#include "io/cataloguereader.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storagebackends.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Cairn::Core;

namespace {
Catalogue smallCatalogue()
{
    Problems problems;
    const auto catalogue = readCatalogueFile(QStringLiteral(CAIRN_TEST_DATA "/small-catalogue.json"), problems);
    if (!catalogue)
        qFatal("%s", qPrintable(problems.describe(QString())));
    return *catalogue;
}

// A database file holding the small catalogue, closed again.
bool saveSmallCatalogue(const QString &path)
{
    Database database;
    return database.open(path).ok() && CatalogueRepository(database).save(smallCatalogue()).ok();
}

Catalogue demoCatalogue()
{
    Problems problems;
    const auto catalogue = readCatalogueFile(QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/catalogue.json"), problems);
    if (!catalogue)
        qFatal("%s", qPrintable(problems.describe(QString())));
    return *catalogue;
}
// The demo with copies of its courses up to 1,200: large enough for the bulk
// path of a save.
Catalogue largeCatalogue()
{
    Catalogue large = demoCatalogue();
    const QList<Course> originals = large.courses;
    for (qsizetype i = 0; large.courses.size() < 1200; ++i) {
        Course copy = originals[i % originals.size()];
        copy.code = QStringLiteral("BULK%1").arg(i, 5, 10, QChar(u'0'));
        copy.prerequisites = {};
        large.courses.append(copy);
    }
    return large;
}
} // namespace

class TestCatalogueRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesAndLoadsEveryField_data()
    {
        QTest::addColumn<bool>("demo");
        Cairn::Test::addBackendColumn();
        QTest::newRow("small test catalogue, sqlite") << false << QStringLiteral("sqlite");
        QTest::newRow("small test catalogue, postgres") << false << QStringLiteral("postgres");
        QTest::newRow("demo catalogue, sqlite") << true << QStringLiteral("sqlite");
        QTest::newRow("demo catalogue, postgres") << true << QStringLiteral("postgres");
    }

    void savesAndLoadsEveryField()
    {
        QFETCH(bool, demo);
        const Catalogue original = demo ? demoCatalogue() : smallCatalogue();
        Database database;
        CAIRN_OPEN_BACKEND(database);
        CatalogueRepository repository(database);
        const Status saved = repository.save(original);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        Catalogue loaded;
        QVERIFY(repository.load(loaded).ok());
        QCOMPARE(loaded, original);
        QCOMPARE(repository.courseCount(), original.courses.size());
        QCOMPARE(repository.qualificationCount(), original.qualifications.size());
    }

    void reimportUpdatesByCodeInsteadOfDuplicating_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void reimportUpdatesByCodeInsteadOfDuplicating()
    {
        Database database;
        CAIRN_OPEN_BACKEND(database);
        CatalogueRepository repository(database);
        Catalogue catalogue = smallCatalogue();
        QVERIFY(repository.save(catalogue).ok());

        catalogue.courses[1].title = QStringLiteral("Visualising data, second edition");
        catalogue.courses[1].skills.clear();
        catalogue.qualifications[0].credits = 75;
        QVERIFY(repository.save(catalogue).ok());

        Catalogue loaded;
        QVERIFY(repository.load(loaded).ok());
        QCOMPARE(loaded.courses.size(), catalogue.courses.size());
        QCOMPARE(loaded.courses[1].title, QStringLiteral("Visualising data, second edition"));
        QVERIFY(loaded.courses[1].skills.isEmpty());
        QCOMPARE(loaded.qualifications[0].credits, 75.0);
        QCOMPARE(loaded, catalogue);
    }

    void mergesASecondBundleKeepingTheFirst_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void mergesASecondBundleKeepingTheFirst()
    {
        Database database;
        CAIRN_OPEN_BACKEND(database);
        CatalogueRepository repository(database);
        QVERIFY(repository.save(smallCatalogue()).ok());
        QVERIFY(repository.save(demoCatalogue()).ok());
        // The demo shares DAT401, DAT501, DAT510, LDS603 and DIP-DA5 with the small catalogue.
        QCOMPARE(repository.courseCount(), demoCatalogue().courses.size());
        QVERIFY(repository.hasQualification(QStringLiteral("CERT-X")));
        QVERIFY(repository.hasCourse(QStringLiteral("DAT401")));
        QVERIFY(!repository.hasCourse(QStringLiteral("NOPE")));
        QVERIFY(repository.hasFramework(QStringLiteral("ects")));
    }

    void aFailureAtTheLastCourseChangesNothing_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void aFailureAtTheLastCourseChangesNothing()
    {
        Database database;
        CAIRN_OPEN_BACKEND(database);
        CatalogueRepository repository(database);
        QVERIFY(repository.save(smallCatalogue()).ok());
        // Past validation on purpose: the database refuses the last course.
        Catalogue broken = demoCatalogue();
        broken.courses.last().provider = QStringLiteral("no-such-provider");
        const Status saved = repository.save(broken);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.message().contains(broken.courses.last().code), qPrintable(saved.message()));
        Catalogue loaded;
        QVERIFY(repository.load(loaded).ok());
        QCOMPARE(loaded, smallCatalogue());
    }

    // 1,000 courses or more take the bulk path (on SQLite: reference checks
    // and indexes set aside until the end).
    void aLargeSaveWithABrokenReferenceChangesNothing_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void aLargeSaveWithABrokenReferenceChangesNothing()
    {
        Database database;
        CAIRN_OPEN_BACKEND(database);
        CatalogueRepository repository(database);
        QVERIFY(repository.save(smallCatalogue()).ok());
        const Catalogue large = largeCatalogue();
        Catalogue broken = large;
        broken.courses[700].skills.append(QStringLiteral("no-such-skill"));
        const Status refused = repository.save(broken);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("skill")), qPrintable(refused.message()));
        QCOMPARE(repository.courseCount(), smallCatalogue().courses.size());

        const Status saved = repository.save(large);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        Catalogue loaded;
        QVERIFY(repository.load(loaded).ok());
        QCOMPARE(loaded.courses.size(), large.courses.size()); // the small catalogue's are the demo's too
        QCOMPARE(repository.loadCourse(QStringLiteral("BULK00700"))->skills, large.courses[700].skills);
        // Read back in the order written: the bulk copies after the demo's.
        QCOMPARE(loaded.courses.last().code, large.courses.last().code);
    }

    void aFailureAtTheLastCourseLeavesTheFileByteForByte()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        QVERIFY(saveSmallCatalogue(path));
        const QByteArray before = Cairn::Test::readAll(path);

        // Bypasses validation on purpose: the database itself refuses the last
        // course (unknown provider: a foreign key), after everything before it
        // was written inside the transaction.
        Catalogue broken = demoCatalogue();
        broken.courses.last().provider = QStringLiteral("no-such-provider");
        {
            Database database;
            QVERIFY(database.open(path).ok());
            const Status saved = CatalogueRepository(database).save(broken);
            QVERIFY(!saved.ok());
            QVERIFY2(saved.message().contains(broken.courses.last().code), qPrintable(saved.message()));
            QVERIFY2(saved.message().contains(QStringLiteral("FOREIGN KEY")), qPrintable(saved.message()));
            QCOMPARE(CatalogueRepository(database).courseCount(), smallCatalogue().courses.size());
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        QCOMPARE(Cairn::Test::readAll(path), before);
    }

    // A bundle of 1,000 courses or more is written with SQLite's reference
    // checks off and every reference checked once before the commit.
    void aLargeSaveChecksEveryReferenceBeforeItsCommit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        QVERIFY(saveSmallCatalogue(path));
        const QByteArray before = Cairn::Test::readAll(path);

        const Catalogue large = largeCatalogue();
        Catalogue broken = large;
        broken.courses[700].skills.append(QStringLiteral("no-such-skill"));
        {
            Database database;
            QVERIFY(database.open(path).ok());
            const Status saved = CatalogueRepository(database).save(broken);
            QVERIFY(!saved.ok());
            QVERIFY2(saved.message().contains(QStringLiteral("of course_skills refers to a row of skills")),
                     qPrintable(saved.message()));
            QCOMPARE(CatalogueRepository(database).courseCount(), smallCatalogue().courses.size());

            // The checks are on again for the next write on this connection.
            QSqlQuery pragma(database.connection());
            QVERIFY(pragma.exec(QStringLiteral("PRAGMA foreign_keys")) && pragma.next());
            QCOMPARE(pragma.value(0).toInt(), 1);
        }
        QCOMPARE(Cairn::Test::readAll(path), before);

        Database database;
        QVERIFY(database.open(path).ok());
        QVERIFY(CatalogueRepository(database).save(large).ok());
        QVERIFY(CatalogueRepository(database).courseCount() >= large.courses.size());
        QCOMPARE(CatalogueRepository(database).loadCourse(QStringLiteral("BULK00700"))->skills,
                 large.courses[700].skills);
    }

    void keepsOutcomesWithQuotesEscapesAndControlCharacters_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void keepsOutcomesWithQuotesEscapesAndControlCharacters()
    {
        Database database;
        CAIRN_OPEN_BACKEND(database);
        Catalogue catalogue = smallCatalogue();
        const QStringList outcomes{QStringLiteral("say \"hello\" to C:\\path"), QStringLiteral("two\nlines\tand a tab"),
                                   QStringLiteral("bell \a, escape \x1b, caf\u00e9 \U0001F600"), QStringLiteral("]},{")};
        catalogue.courses[0].outcomes = outcomes;
        QVERIFY(CatalogueRepository(database).save(catalogue).ok());
        QCOMPARE(CatalogueRepository(database).loadCourse(catalogue.courses[0].code)->outcomes, outcomes);
    }

    void reportsADamagedRuleTree_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void reportsADamagedRuleTree()
    {
        Database database;
        CAIRN_OPEN_BACKEND(database);
        CatalogueRepository repository(database);
        QVERIFY(repository.save(smallCatalogue()).ok());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE qualifications SET requirements = '{\"allOf\": 3}' WHERE code = 'DIP-DA5'")));
        Catalogue loaded;
        const Status status = repository.load(loaded);
        QVERIFY(!status.ok());
        QVERIFY2(status.message().contains(QStringLiteral("DIP-DA5.allOf: expected an array")), qPrintable(status.message()));
        QVERIFY(loaded.courses.isEmpty()); // nothing half-loaded
    }
};

QTEST_GUILESS_MAIN(TestCatalogueRepository)
#include "tst_cataloguerepository.moc"
