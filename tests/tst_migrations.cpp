// Upgrading a database an older Cairn wrote, one schema version at a time:
// each step keeps the data, a failed step leaves the file as it was, and a
// newer Cairn's file is refused. (Opening files: tst_database.)

#include "storage/database.h"
#include "storage/migrations.h"
#include "sqlscalar.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace Cairn::Core;
using Cairn::Test::scalar;

namespace {
QStringList tableNames(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    // Turns a current database back into what version 5 wrote.
    static void undoVersion6(QSqlQuery &query)
    {
        QVERIFY(query.exec(QStringLiteral("DROP TABLE learner_exchange_rates")));
    }

    // Turns a current database back into what version 4 wrote.
    static void undoVersion5(QSqlQuery &query)
    {
        undoVersion6(query);
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE audit_overrides DROP COLUMN advisor")));
        for (const char *column : {"programme_weeks", "programme_cost_amount", "programme_cost_currency"})
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE qualifications DROP COLUMN ") + QLatin1String(column)));
    }

    static void undoVersion4(QSqlQuery &query)
    {
        undoVersion5(query);
        QVERIFY(query.exec(QStringLiteral("DROP TABLE course_search")));
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                          "AND (name LIKE '%_by_%' OR name LIKE '%_for_%') AND name != 'course_skills_by_skill'")));
        QStringList indexes;
        while (query.next())
            indexes.append(query.value(0).toString());
        QCOMPARE(indexes.size(), 11);
        for (const QString &index : std::as_const(indexes))
            QVERIFY(query.exec(QStringLiteral("DROP INDEX ") + index));
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE records DROP COLUMN notes")));
    }

    // A current database file in `dir`, changed by `change` (into what an
    // older Cairn wrote, mostly) and closed again.
    template<typename Change>
    static QString changedDatabase(const QTemporaryDir &dir, Change change)
    {
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        Database database;
        if (!database.open(path).ok())
            qFatal("cannot make %s", qPrintable(path));
        QSqlQuery query(database.connection());
        change(query);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void migratesAnEmptyDatabaseToTheCurrentSchema()
    {
        QTemporaryDir dir;
        Database database;
        const Status opened = database.open(dir.filePath(QStringLiteral("cairn.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE(database.schemaVersion(), currentSchemaVersion);
        const QStringList tables = tableNames(database.connection());
        for (const char *table : {"meta", "frameworks", "providers", "skills", "courses", "course_skills",
                                  "qualifications", "learners", "records", "audit_overrides",
                                  "learner_availability"})
            QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
    }

    void upgradesAVersionOneDatabaseKeepingItsData()
    {
        QTemporaryDir dir;
        const QString path = changedDatabase(dir, [](QSqlQuery &query) {
            // Turn a current database back into what version 1 wrote.
            undoVersion4(query);
            QVERIFY(query.exec(QStringLiteral("DROP TABLE audit_overrides")));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE learner_availability")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE learners DROP COLUMN budget_amount")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE learners DROP COLUMN budget_currency")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO learners(name, hours_per_week) VALUES('Kept', 8)")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE learners DROP COLUMN revision"))); // version 7
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 1")));
        });
        Database database;
        QVERIFY(database.open(path).ok());
        QCOMPARE(database.schemaVersion(), currentSchemaVersion);
        QVERIFY(tableNames(database.connection()).contains(QStringLiteral("audit_overrides")));
        QVERIFY(tableNames(database.connection()).contains(QStringLiteral("learner_availability")));
        QVERIFY(scalar(database, QStringLiteral("SELECT COUNT(budget_amount) FROM learners")).isValid());
        QCOMPARE(scalar(database, QStringLiteral("SELECT name FROM learners")).toString(), QStringLiteral("Kept"));
    }

    void upgradesAVersionThreeDatabaseIndexingItsCoursesForSearch()
    {
        QTemporaryDir dir;
        const QString path = changedDatabase(dir, [](QSqlQuery &query) {
            undoVersion4(query);
            QVERIFY(query.exec(QStringLiteral("INSERT INTO frameworks VALUES('f', 'F', 10, 1, 10)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO providers(id, name) VALUES('p', 'Harbour Polytechnic')")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO courses(code, title, provider_id, framework_id, credits, "
                                              "level, hours, weeks) VALUES('DAT501', 'Visualising data', 'p', 'f', "
                                              "15, 5, 150, 15)")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE learners DROP COLUMN revision"))); // version 7
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 3")));
        });
        Database database;
        QVERIFY(database.open(path).ok());
        QCOMPARE(database.schemaVersion(), currentSchemaVersion);
        QCOMPARE(scalar(database, QStringLiteral("SELECT code FROM course_search WHERE course_search MATCH 'harb*'"))
                     .toString(),
                 QStringLiteral("DAT501"));
        QVERIFY(scalar(database, QStringLiteral("SELECT COUNT(notes) FROM records")).isValid());
    }

    void upgradesAVersionFourDatabaseKeepingItsOverrides()
    {
        QTemporaryDir dir;
        const QString path = changedDatabase(dir, [](QSqlQuery &query) {
            undoVersion5(query);
            QVERIFY(query.exec(QStringLiteral("INSERT INTO learners(name, hours_per_week) VALUES('Kept', 8)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO audit_overrides(learner_id, position, kind, qualification, "
                                              "course_code, reason) VALUES(1, 0, 'exclude', 'Q', 'C', 'old')")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE learners DROP COLUMN revision"))); // version 7
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 4")));
        });
        Database database;
        QVERIFY(database.open(path).ok());
        QCOMPARE(database.schemaVersion(), currentSchemaVersion);
        QCOMPARE(scalar(database, QStringLiteral("SELECT reason FROM audit_overrides")).toString(), QStringLiteral("old"));
        QCOMPARE(scalar(database, QStringLiteral("SELECT advisor FROM audit_overrides")).toString(), QString());
    }

    void upgradesAVersionFiveDatabaseWithRoomForExchangeRates()
    {
        QTemporaryDir dir;
        const QString path = changedDatabase(dir, [](QSqlQuery &query) {
            undoVersion6(query);
            QVERIFY(query.exec(QStringLiteral("INSERT INTO learners(name, hours_per_week) VALUES('Kept', 8)")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE learners DROP COLUMN revision"))); // version 7
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 5")));
        });
        Database database;
        QVERIFY(database.open(path).ok());
        QCOMPARE(database.schemaVersion(), currentSchemaVersion);
        QCOMPARE(scalar(database, QStringLiteral("SELECT name FROM learners")).toString(), QStringLiteral("Kept"));
        QVERIFY(tableNames(database.connection()).contains(QStringLiteral("learner_exchange_rates")));
    }

    void upgradesAVersionSixDatabaseGivingEachProfileARevision()
    {
        QTemporaryDir dir;
        const QString path = changedDatabase(dir, [](QSqlQuery &query) {
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE learners DROP COLUMN revision")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO learners(name, hours_per_week) VALUES('Kept', 8)")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 6")));
        });
        Database database;
        QVERIFY(database.open(path).ok());
        QCOMPARE(database.schemaVersion(), currentSchemaVersion);
        QCOMPARE(scalar(database, QStringLiteral("SELECT revision FROM learners WHERE name = 'Kept'")).toInt(), 1);
    }

    void upgradesAVersionSevenDatabaseToTheSmallerSearchIndexKeepingItsWords()
    {
        QTemporaryDir dir;
        const QString path = changedDatabase(dir, [](QSqlQuery &query) {
            QVERIFY(query.exec(QStringLiteral("DROP TABLE course_search")));
            QVERIFY(query.exec(QStringLiteral("CREATE VIRTUAL TABLE course_search USING fts5(code, title, provider, "
                                              "skills, outcomes, tokenize = 'unicode61 remove_diacritics 2', "
                                              "prefix = '1 2 3')")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO frameworks VALUES('f', 'F', 10, 1, 10)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO providers(id, name) VALUES('p', 'Harbour Polytechnic')")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO courses(code, title, provider_id, framework_id, credits, "
                                              "level, hours, weeks) VALUES('DAT501', 'Visualising data', 'p', 'f', "
                                              "15, 5, 150, 15)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO course_search(rowid, code, title, provider, skills, outcomes) "
                                              "SELECT rowid, code, title, 'Harbour Polytechnic', '', '' FROM courses")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 7")));
        });
        QList<std::pair<int, int>> notices;
        const auto notice = [&notices](int from, int to) { notices.append({from, to}); };
        Database database;
        database.setUpgradeNotice(notice);
        QVERIFY(database.open(path).ok());
        QCOMPARE(notices, (QList<std::pair<int, int>>{{7, currentSchemaVersion}})); // said before the upgrade
        QCOMPARE(database.schemaVersion(), currentSchemaVersion);
        {
            Database current; // a current file: nothing to say
            current.setUpgradeNotice(notice);
            QVERIFY(current.open(path).ok());
            QCOMPARE(notices.size(), 1);
        }
        const QString definition =
            scalar(database, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'course_search'")).toString();
        QVERIFY2(definition.contains(QStringLiteral("detail = column")), qPrintable(definition));
        // Beginnings of one, two and more letters, of the title and of the provider.
        for (const char *match : {"'h*'", "'vi* da*'", "'harb*'", "'visualising'"}) {
            QCOMPARE(scalar(database, QStringLiteral("SELECT code FROM course_search WHERE course_search MATCH %1")
                                          .arg(QLatin1String(match)))
                         .toString(),
                     QStringLiteral("DAT501"));
        }
    }

    void reopeningDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = changedDatabase(dir, [](QSqlQuery &query) {
            QVERIFY(query.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('probe', 'kept')")));
        });
        Database database;
        QVERIFY(database.open(path).ok());
        QCOMPARE(scalar(database, QStringLiteral("SELECT value FROM meta WHERE key = 'probe'")).toString(),
                 QStringLiteral("kept"));
    }

    void refusesADatabaseFromANewerCairn()
    {
        QTemporaryDir dir;
        const QString path = changedDatabase(dir, [](QSqlQuery &query) {
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        });
        Database database;
        const Status opened = database.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.message().contains(QStringLiteral("newer Cairn (schema 99)")), qPrintable(opened.message()));
        QVERIFY(opened.message().startsWith(path));
        QVERIFY(!database.isOpen());
    }

    void aFailedMigrationLeavesTheDatabaseAsItWas()
    {
        QTemporaryDir dir;
        const QString path = changedDatabase(dir, [](QSqlQuery &query) {
            // A version-4 file that already has one of version 5's columns:
            // the upgrade adds `advisor`, then fails on `programme_weeks`.
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE audit_overrides DROP COLUMN advisor")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE learners DROP COLUMN revision"))); // version 7
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 4")));
        });
        Database database;
        const Status opened = database.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.message().contains(QStringLiteral("upgrading the schema to version 5")),
                 qPrintable(opened.message()));

        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        check.setDatabaseName(path);
        QVERIFY(check.open());
        QCOMPARE(readSchemaVersion(check), 4);
        QSqlQuery columns(check);
        QVERIFY(columns.exec(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('audit_overrides') "
                                            "WHERE name = 'advisor'")));
        QVERIFY(columns.next());
        QCOMPARE(columns.value(0).toInt(), 0); // the first step was rolled back with the rest
        columns = QSqlQuery();
        check.close();
        check = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
