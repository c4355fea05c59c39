#include "io/cataloguewriter.h"
#include "io/savefile.h"
#include "import/demodata.h"
#include "import/importer.h"
#include "io/jsonvalue.h"
#include "io/learnerfile.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"
#include "storage/searchindex.h"
#include "storagebackends.h"
#include "support/cataloguegenerator.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Cairn::Core;

class TestImporter : public QObject
{
    Q_OBJECT

private:
    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // A database file in `dir` holding the demo, closed again.
    static QString demoDatabaseIn(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        Database database;
        if (!database.open(path).ok() || !importDemoData(database).ok())
            qFatal("cannot make the demo database %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void importsACatalogueAndThenALearner_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void importsACatalogueAndThenALearner()
    {
        Database database;
        CAIRN_OPEN_BACKEND(database);
        Importer importer(database);
        ImportSummary summary;
        Status status = importer.importFile(QStringLiteral(CAIRN_TEST_DATA "/small-catalogue.json"), &summary);
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QCOMPARE(summary.format, DocumentFormat::Catalogue);
        QCOMPARE(summary.courses, 4);
        QCOMPARE(summary.qualifications, 2);

        status = importer.importFile(QStringLiteral(CAIRN_TEST_DATA "/small-learner.json"), &summary);
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QCOMPARE(summary.format, DocumentFormat::Learner);
        QCOMPARE(summary.name, QStringLiteral("Aroha"));
        QCOMPARE(summary.records, 5);
        QCOMPARE(LearnerRepository(database).list().size(), 1);
    }

    void aLearnerNeedsItsCatalogueFirst_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void aLearnerNeedsItsCatalogueFirst()
    {
        Database database;
        CAIRN_OPEN_BACKEND(database);
        const Status status =
            Importer(database).importFile(QStringLiteral(CAIRN_TEST_DATA "/small-learner.json"));
        QVERIFY(!status.ok());
        QVERIFY2(status.message().contains(QStringLiteral("small-learner.json: goals[0]: no qualification \"DIP-DA5\"")),
                 qPrintable(status.message()));
        QVERIFY(LearnerRepository(database).list().isEmpty());
    }

    void refusesAnUnknownFormat_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void refusesAnUnknownFormat()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("other.json"), R"({"format": "open-badge", "version": 1})");
        Database database;
        CAIRN_OPEN_BACKEND(database);
        const Status status = Importer(database).importFile(path);
        QVERIFY(!status.ok());
        QVERIFY2(status.message().contains(QStringLiteral("other.json: format: expected \"cairn-catalogue\" or \"cairn-learner\"")),
                 qPrintable(status.message()));
    }

    // A broken course can mislead the scan that finds a bundle's courses (an
    // unbalanced quote), so that the rest it leaves parses and says another
    // format. Whatever the break, a text that is not JSON is refused as
    // such, exactly as parsing it whole says.
    void aTextThatIsNotJsonIsRefusedAsSuchWhereverItBreaks_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void aTextThatIsNotJsonIsRefusedAsSuchWhereverItBreaks()
    {
        Database database;
        CAIRN_OPEN_BACKEND(database);
        const QByteArray valid = Cairn::Test::toBytes(
            Cairn::Test::readJsonObject(QStringLiteral(CAIRN_TEST_DATA "/small-catalogue.json")));
        const QByteArray pieces[] = {"\"", "\\", "{", "}", "[", "]", ",", ":", "x", "\"\""};
        int notJson = 0;
        for (quint32 seed = 1; seed <= 3000; ++seed) {
            QRandomGenerator random(seed);
            QByteArray text = valid;
            for (int e = 0, edits = 1 + int(random.bounded(2)); e < edits; ++e) {
                const qsizetype at = text.isEmpty() ? 0 : random.bounded(int(text.size()));
                if (random.bounded(2) == 0)
                    text.remove(at, 1 + random.bounded(3));
                else
                    text.insert(at, pieces[random.bounded(int(std::size(pieces)))]);
            }
            Problems whole;
            ParsedJson parsed;
            if (parsed.parse(text, whole))
                continue;
            ++notJson;
            const Status status = Importer(database).importBytes(text, QStringLiteral("broken.json"));
            QVERIFY2(!status.ok(), qPrintable(QStringLiteral("seed %1").arg(seed)));
            QVERIFY2(status.message() == whole.describe(QStringLiteral("broken.json")),
                     qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(status.message())));
        }
        QVERIFY(notJson > 500);
        QVERIFY(!CatalogueRepository(database).hasCourses());
    }

    void reportsAMissingFile_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void reportsAMissingFile()
    {
        Database database;
        CAIRN_OPEN_BACKEND(database);
        const Status status = Importer(database).importFile(QStringLiteral("/no/such/file.json"));
        QVERIFY(!status.ok());
        QVERIFY2(status.message().startsWith(QStringLiteral("/no/such/file.json: cannot open the file")),
                 qPrintable(status.message()));
    }

    void aBundleWithAnErrorAtItsLastCourseLeavesTheDatabaseByteForByte()
    {
        QTemporaryDir dir;
        const QString databasePath = demoDatabaseIn(dir);
        const QByteArray before = Cairn::Test::readAll(databasePath);

        QJsonObject bundle = Cairn::Test::readJsonObject(QStringLiteral(CAIRN_TEST_DATA "/small-catalogue.json"));
        bundle = Cairn::Test::editJson(bundle, QStringLiteral("courses[0].title"), QStringLiteral("Changed title"));
        bundle = Cairn::Test::editJson(bundle, QStringLiteral("courses[3].credits"), -5);
        const QString bundlePath = writeFile(dir, QStringLiteral("bad.json"), Cairn::Test::toBytes(bundle));
        {
            Database database;
            QVERIFY(database.open(databasePath).ok());
            const Status status = Importer(database).importFile(bundlePath);
            QVERIFY(!status.ok());
            QVERIFY2(status.message().contains(QStringLiteral("bad.json: courses[3].credits: expected a positive number")),
                     qPrintable(status.message()));
        }
        QCOMPARE(Cairn::Test::readAll(databasePath), before);
    }

    void reportsProgressAndACancelledImportLeavesTheDatabaseByteForByte()
    {
        QTemporaryDir dir;
        const QString databasePath = demoDatabaseIn(dir);
        const QByteArray before = Cairn::Test::readAll(databasePath);
        const Catalogue large = Cairn::Test::generateCatalogue(3000);
        const QString bundlePath = writeFile(dir, QStringLiteral("large.json"), catalogueToJsonBytes(large));
        // Each course checked, then every row written.
        const qint64 rows = large.courses.size() + large.frameworks.size() + large.providers.size()
            + large.skills.size() + large.courses.size() + large.qualifications.size();

        QList<qint64> reported;
        {
            Database database;
            QVERIFY(database.open(databasePath).ok());
            ImportSummary summary;
            const Status status = Importer(database).importFile(bundlePath, &summary, [&](qint64 done, qint64 total) {
                if (total != rows)
                    qFatal("progress reported %lld steps in all, expected %lld", total, rows);
                reported.append(done);
                return done < total / 2; // the user cancels half way
            });
            QVERIFY(!status.ok());
            QVERIFY(status.cancelled());
            QVERIFY2(status.message().contains(QStringLiteral("cancelled")), qPrintable(status.message()));
            QCOMPARE(CatalogueRepository(database).courseCount(), 63);
        }
        QVERIFY(reported.size() > 3);
        QVERIFY(std::is_sorted(reported.begin(), reported.end()));
        QVERIFY(reported.last() >= rows / 2 && reported.last() < rows);
        QCOMPARE(Cairn::Test::readAll(databasePath), before);

        // Left to finish, the same import reports its last row and lands.
        Database database;
        QVERIFY(database.open(databasePath).ok());
        reported.clear();
        const Status status = Importer(database).importFile(bundlePath, nullptr, [&](qint64 done, qint64) {
            reported.append(done);
            return true;
        });
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QCOMPARE(reported.last(), rows);
        QCOMPARE(CatalogueRepository(database).courseCount(), 63 + 3000);
    }

    void theCheckingOfTheCoursesReportsProgressAndCanBeCancelledBeforeAnyBackup()
    {
        QTemporaryDir dir;
        const QString databasePath = demoDatabaseIn(dir);
        const QByteArray before = Cairn::Test::readAll(databasePath);
        const QString backups = dir.filePath(QStringLiteral("backups"));
        const qsizetype backupsBefore = QDir(backups).entryList(QDir::Files).size();
        const Catalogue large = Cairn::Test::generateCatalogue(3000);
        const QString bundlePath = writeFile(dir, QStringLiteral("large.json"), catalogueToJsonBytes(large));

        QList<qint64> reported;
        {
            Database database;
            QVERIFY(database.open(databasePath).ok());
            const Status status = Importer(database).importFile(bundlePath, nullptr, [&](qint64 done, qint64) {
                reported.append(done);
                return done < 1000; // cancelled while the courses are checked
            });
            QVERIFY(status.cancelled());
            QCOMPARE(status.message(), QStringLiteral("The import was cancelled; nothing was changed."));
        }
        // Every 256 courses, up to the first report past 1,000, and nothing of the writing.
        QCOMPARE(reported, (QList<qint64>{256, 512, 768, 1024}));
        QCOMPARE(Cairn::Test::readAll(databasePath), before);
        QCOMPARE(QDir(backups).entryList(QDir::Files).size(), backupsBefore); // no copy made for nothing
    }

    void aCancelledOrFailedLargeImportChangesNothing_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void aCancelledOrFailedLargeImportChangesNothing()
    {
        Database database;
        CAIRN_OPEN_BACKEND(database);
        QVERIFY(importDemoData(database).ok());
        Catalogue before;
        QVERIFY(CatalogueRepository(database).load(before).ok());
        const QByteArray large = catalogueToJsonBytes(Cairn::Test::generateCatalogue(2000, 11));
        const Status cancelled = Importer(database).importBytes(large, QStringLiteral("large.json"), nullptr,
                                                                [](qint64 done, qint64 total) { return done < total / 2; });
        QVERIFY(cancelled.cancelled());
        Catalogue after;
        QVERIFY(CatalogueRepository(database).load(after).ok());
        QCOMPARE(after, before);
        const Status imported = Importer(database).importBytes(large, QStringLiteral("large.json"));
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(CatalogueRepository(database).courseCount(), before.courses.size() + 2000);
    }

    void anotherDeskNeverSeesHalfAnImport_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    // While one desk's import is half written, another desk reading the
    // catalogue sees it as it was before; after the commit, whole.
    void anotherDeskNeverSeesHalfAnImport()
    {
        Database writer;
        Database reader;
        CAIRN_OPEN_TWO_DESKS(writer, reader);
        QVERIFY(importDemoData(writer).ok());
        const qsizetype before = CatalogueRepository(reader).courseCount();
        QList<qsizetype> seenMeanwhile;
        const Status imported = Importer(writer).importBytes(
            catalogueToJsonBytes(Cairn::Test::generateCatalogue(1500, 5)), QStringLiteral("large.json"), nullptr,
            [&](qint64 done, qint64 total) {
                if (done >= total / 2 && seenMeanwhile.isEmpty())
                    seenMeanwhile.append(CatalogueRepository(reader).courseCount());
                return true;
            });
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(seenMeanwhile, QList<qsizetype>{before});
        QCOMPARE(CatalogueRepository(reader).courseCount(), before + 1500);
    }

    // A bundle large enough to be written with its indexes set aside leaves
    // the same indexes, and a search index row for every course that says
    // what a full rebuild would.
    void aLargeImportBuildsItsIndexesAgain()
    {
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(importDemoData(database).ok());
        const auto schema = [&] {
            QStringList definitions;
            QSqlQuery query(database.connection());
            query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"));
            while (query.next())
                definitions.append(query.value(0).toString() + u' ' + query.value(1).toString() + u' ' + query.value(2).toString());
            return definitions;
        };
        const auto searchRows = [&] {
            QStringList rows;
            QSqlQuery query(database.connection());
            query.exec(QStringLiteral("SELECT rowid, code, title, provider, skills, outcomes FROM course_search ORDER BY rowid"));
            while (query.next()) {
                QStringList row;
                for (int i = 0; i < 6; ++i)
                    row.append(query.value(i).toString());
                rows.append(row.join(u'|'));
            }
            return rows;
        };
        const QStringList schemaBefore = schema();

        Catalogue large = Cairn::Test::generateCatalogue(2500, 7);
        // It also renames a provider the demo's courses use.
        Catalogue demo;
        QVERIFY(CatalogueRepository(database).load(demo).ok());
        Provider renamed = demo.providers.first();
        renamed.name = QStringLiteral("Renamed Polytechnic");
        large.providers.append(renamed);
        QVERIFY(Importer(database).importBytes(catalogueToJsonBytes(large), QStringLiteral("large.json")).ok());

        QCOMPARE(schema(), schemaBefore);
        const QStringList written = searchRows();
        QCOMPARE(written.size(), 63 + 2500);
        QVERIFY(rebuildSearchIndex(database.connection()).ok());
        QCOMPARE(written, searchRows());
        QVERIFY(written.filter(QStringLiteral("Renamed Polytechnic")).size() > 0);
        QSqlQuery check(database.connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }

    void theSummaryKeepsEveryProblemOfARejectedDocument_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void theSummaryKeepsEveryProblemOfARejectedDocument()
    {
        QTemporaryDir dir;
        QJsonObject bundle = Cairn::Test::readJsonObject(QStringLiteral(CAIRN_TEST_DATA "/small-catalogue.json"));
        QJsonArray courses = bundle.value(u"courses").toArray();
        const QJsonObject first = courses.first().toObject();
        for (int i = 0; i < 30; ++i) {
            QJsonObject broken = first;
            broken.insert(u"code", QStringLiteral("BAD%1").arg(i));
            broken.insert(u"credits", -1);
            courses.append(broken);
        }
        bundle.insert(u"courses", courses);
        const QString path = writeFile(dir, QStringLiteral("many.json"), Cairn::Test::toBytes(bundle));
        Database database;
        CAIRN_OPEN_BACKEND(database);
        ImportSummary summary;
        const Status status = Importer(database).importFile(path, &summary);
        QVERIFY(!status.ok());
        QVERIFY(!status.cancelled());
        QCOMPARE(summary.problems.size(), 30);
        QCOMPARE(summary.problems.items().last().path, QStringLiteral("courses[33].credits"));
        QVERIFY2(status.message().contains(QStringLiteral("(further problems not shown: 10)")), qPrintable(status.message()));
    }

    void demoImportExportImportIsLossless_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void demoImportExportImportIsLossless()
    {
        QTemporaryDir dir;
        Database first;
        QVERIFY(first.open(QStringLiteral(":memory:")).ok());
        QVERIFY(importDemoData(first).ok());
        Catalogue catalogue;
        QVERIFY(CatalogueRepository(first).load(catalogue).ok());
        LearnerProfile learner;
        QVERIFY(LearnerRepository(first).loadByName(QStringLiteral("Aroha Ngata"), learner).ok());
        QVERIFY(catalogue.courses.size() >= 60);

        const QString cataloguePath = dir.filePath(QStringLiteral("catalogue.json"));
        const QString learnerPath = dir.filePath(QStringLiteral("learner.json"));
        QVERIFY(writeFileAtomically(cataloguePath, catalogueToJsonBytes(catalogue)).ok());
        QVERIFY(writeFileAtomically(learnerPath, learnerToJsonBytes(learner)).ok());

        Database second;
        CAIRN_OPEN_BACKEND(second);
        QVERIFY(Importer(second).importFile(cataloguePath).ok());
        QVERIFY(Importer(second).importFile(learnerPath).ok());
        Catalogue catalogueAgain;
        QVERIFY(CatalogueRepository(second).load(catalogueAgain).ok());
        LearnerProfile learnerAgain;
        QVERIFY(LearnerRepository(second).loadByName(learner.name, learnerAgain).ok());
        QCOMPARE(catalogueAgain, catalogue);
        QCOMPARE(learnerAgain, learner);
        // And the bytes written a second time are the same as the first.
        QCOMPARE(catalogueToJsonBytes(catalogueAgain), catalogueToJsonBytes(catalogue));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
