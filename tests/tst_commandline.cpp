#include "cli/commandline.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "clirun.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Cairn::Core;

namespace {
using Run = Cairn::Test::CliRun;

Run run(const QStringList &arguments)
{
    return Cairn::Test::runCli(arguments);
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    static QString demo(const char *file) { return QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/") + QString::fromLatin1(file); }

    // A database of its own for each test that needs one, holding the small
    // catalogue and its learner Aroha: no test depends on another's run.
    QString storedDatabase(const QString &name) const
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
        for (const char *file : {CAIRN_TEST_DATA "/small-catalogue.json", CAIRN_TEST_DATA "/small-learner.json"}) {
            if (run({QStringLiteral("import"), QString::fromUtf8(file), QStringLiteral("--database"), path}).status != 0)
                qFatal("cannot prepare %s", qPrintable(path));
        }
        return path;
    }

    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    }

    void helpListsTheCommands()
    {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.status, 0);
        for (const char *text : {"import FILE", "export catalogue FILE", "export learner NAME FILE", "--database DB"})
            QVERIFY2(result.out.contains(QString::fromLatin1(text)), text);
    }

    void versionPrintsTheApplicationVersion()
    {
        const Run result = run({QStringLiteral("--version")});
        QCOMPARE(result.status, 0);
        QCOMPARE(result.out, QStringLiteral("cairn-cli 9.8.7\n"));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no command") << QStringList{} << "no command given";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command \"frobnicate\"";
        QTest::newRow("import without file") << QStringList{QStringLiteral("import")} << "import takes exactly one FILE";
        QTest::newRow("export of nothing") << QStringList{QStringLiteral("export"), QStringLiteral("x")} << "use 'export catalogue FILE'";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")} << "Unknown option 'colour'";
        QTest::newRow("learners with arguments") << QStringList{QStringLiteral("learners"), QStringLiteral("all")} << "learners takes no arguments";
        const QStringList files{QStringLiteral("--catalogue"), demo("catalogue.json"), QStringLiteral("--learner"), demo("learner.json")};
        for (const char *command : {"audit", "whatif", "plan"}) {
            QTest::addRow("%s with a positional argument", command)
                << (QStringList{QString::fromLatin1(command), QStringLiteral("DIP-DA5"), QStringLiteral("--qualification"),
                                QStringLiteral("DIP-DA5")} + files)
                << QString::fromLatin1(command) + QStringLiteral(" takes no positional arguments");
        }
        QTest::newRow("files and a database") << (QStringList{QStringLiteral("whatif"), QStringLiteral("--database"), QStringLiteral("x.sqlite")} + files)
                                              << "use either --catalogue and --learner files or --database, not both";
        QTest::newRow("whatif in a mode it lacks") << (QStringList{QStringLiteral("whatif"), QStringLiteral("--mode"), QStringLiteral("hopeful")} + files)
                                                   << "--mode expects earned or planned, not \"hopeful\"";
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run result = run(arguments);
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("--help")));
    }

    void importsTheCatalogueAndLearner()
    {
        const QString database = m_dir.filePath(QStringLiteral("imports.sqlite"));
        QFile::remove(database);
        Run result = run({QStringLiteral("import"), QStringLiteral(CAIRN_TEST_DATA "/small-catalogue.json"),
                          QStringLiteral("--database"), database});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.contains(QStringLiteral("courses: 4, qualifications: 2")), qPrintable(result.out));
        result = run({QStringLiteral("--database"), database, QStringLiteral("import"),
                      QStringLiteral(CAIRN_TEST_DATA "/small-learner.json")});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Imported learner \"Aroha\"")), qPrintable(result.out));
        result = run({QStringLiteral("learners"), QStringLiteral("--database"), database});
        QCOMPARE(result.status, 0);
        QCOMPARE(result.out, QStringLiteral("Aroha (records: 5)\n"));
    }

    void aMalformedBundleExitsNonZeroAndChangesNothing()
    {
        QJsonObject bundle = Cairn::Test::readJsonObject(QStringLiteral(CAIRN_TEST_DATA "/small-catalogue.json"));
        bundle = Cairn::Test::editJson(bundle, QStringLiteral("courses[1].title"), QStringLiteral("Renamed"));
        bundle = Cairn::Test::editJson(bundle, QStringLiteral("courses[3].level"), QStringLiteral("six"));
        const QString path = m_dir.filePath(QStringLiteral("malformed.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Cairn::Test::toBytes(bundle));
        file.close();

        const QString database = storedDatabase(QStringLiteral("malformed"));
        const QByteArray before = Cairn::Test::readAll(database);
        const Run result = run({QStringLiteral("import"), path, QStringLiteral("--database"), database});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains(path + QStringLiteral(": courses[3].level: expected a whole number")),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("Nothing was imported.")));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(Cairn::Test::readAll(database), before);
    }

    void exportsWhatWasImported()
    {
        const QString cataloguePath = m_dir.filePath(QStringLiteral("exported-catalogue.json"));
        const QString learnerPath = m_dir.filePath(QStringLiteral("exported-learner.json"));
        const QString database = storedDatabase(QStringLiteral("exports"));
        Run result = run({QStringLiteral("export"), QStringLiteral("catalogue"), cataloguePath,
                          QStringLiteral("--database"), database});
        QCOMPARE(result.status, 0);
        const QJsonObject catalogue = Cairn::Test::readJsonObject(cataloguePath);
        QCOMPARE(catalogue.value(u"format").toString(), QStringLiteral("cairn-catalogue"));
        QCOMPARE(catalogue.value(u"courses").toArray().size(), 4);

        result = run({QStringLiteral("export"), QStringLiteral("learner"), QStringLiteral("Aroha"), learnerPath,
                      QStringLiteral("--database"), database});
        QCOMPARE(result.status, 0);
        QCOMPARE(Cairn::Test::readJsonObject(learnerPath).value(u"records").toArray().size(), 5);

        result = run({QStringLiteral("export"), QStringLiteral("learner"), QStringLiteral("Nobody"), learnerPath,
                      QStringLiteral("--database"), database});
        QCOMPARE(result.status, 1);
        QVERIFY(result.err.contains(QStringLiteral("no learner named \"Nobody\"")));
    }

    void aWriteFailureIsReported()
    {
        const QString database = storedDatabase(QStringLiteral("write-failure"));
        const Run result = run({QStringLiteral("export"), QStringLiteral("catalogue"),
                                QStringLiteral("/no/such/folder/out.json"), QStringLiteral("--database"), database});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains(QStringLiteral("/no/such/folder/out.json: cannot write the file")), qPrintable(result.err));
    }

    void auditPrintsTheDocumentedJson()
    {
        const Run result = run({QStringLiteral("audit"), QStringLiteral("--catalogue"), demo("catalogue.json"),
                                QStringLiteral("--learner"), demo("learner.json"), QStringLiteral("--qualification"),
                                QStringLiteral("DIP-DA5"), QStringLiteral("--as-of"), QStringLiteral("2026-11-28"),
                                QStringLiteral("--json")});
        QCOMPARE(result.status, 0);
        QJsonParseError error;
        const QJsonObject audit = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char *key : {"qualification", "mode", "asOf", "complete", "remainingCredits", "creditsCounted",
                                "creditsRequired", "percent", "expired", "constraints", "requirements"})
            QVERIFY2(audit.contains(QString::fromLatin1(key)), key);
        QCOMPARE(audit.value(u"qualification").toString(), QStringLiteral("DIP-DA5"));
        QCOMPARE(audit.value(u"mode").toString(), QStringLiteral("earned"));
        QCOMPARE(audit.value(u"asOf").toString(), QStringLiteral("2026-11-28"));
        QCOMPARE(audit.value(u"expired").toArray(), QJsonArray{QStringLiteral("EXT-STAT")});
        for (const QJsonValue &constraint : audit.value(u"constraints").toArray()) {
            for (const char *key : {"kind", "limit", "credits", "remaining"})
                QVERIFY2(constraint.toObject().contains(QString::fromLatin1(key)), key);
        }
        int leaves = 0;
        std::function<void(const QJsonObject &)> check = [&](const QJsonObject &node) {
            for (const char *key : {"kind", "remaining", "satisfied", "children"})
                QVERIFY2(node.contains(QString::fromLatin1(key)), key);
            const QString kind = node.value(u"kind").toString();
            QVERIFY(QStringList({QStringLiteral("course"), QStringLiteral("allOf"), QStringLiteral("anyOf"),
                                 QStringLiteral("credits")}).contains(kind));
            if (kind == u"course" || kind == u"credits") {
                QVERIFY2(node.value(u"allocated").isArray(), qPrintable(node.value(u"path").toString()));
                ++leaves;
            }
            for (const QJsonValue &child : node.value(u"children").toArray())
                check(child.toObject());
        };
        check(audit.value(u"requirements").toObject());
        QCOMPARE(leaves, 6);
        const QJsonArray parts = audit.value(u"requirements").toObject().value(u"children").toArray();
        QCOMPARE(parts[0].toObject().value(u"allocated").toArray(), QJsonArray{QStringLiteral("DAT401")});
    }

    void auditPrintsATreeByDefault()
    {
        const Run result = run({QStringLiteral("audit"), QStringLiteral("--catalogue"), demo("catalogue.json"),
                                QStringLiteral("--learner"), demo("learner.json"), QStringLiteral("--qualification"),
                                QStringLiteral("DIP-DA5"), QStringLiteral("--as-of"), QStringLiteral("2026-11-28")});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Counting earned credit, as of 2026-11-28")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("    ✓ DAT401\n")));
        // EXT-UX1 counts there because an advisor substituted it.
        QVERIFY(result.out.contains(QStringLiteral("✗ Visualisation electives: 15 of 30 credits (EXT-UX1)")));
        QVERIFY(result.out.contains(QStringLiteral("→ DAT505 Storytelling with dashboards")));
        QVERIFY(result.out.contains(QStringLiteral("Take DAT510 Analytics capstone project (30 credits) — planned")));
        QVERIFY(result.out.contains(QStringLiteral("EXT-STAT, dated 2019-08-30, stopped counting on 2024-08-31")));
        QVERIFY(result.out.contains(QStringLiteral("EXT-UX1 counts toward Visualisation electives (requirements.allOf[2])")));

        const Run planned = run({QStringLiteral("audit"), QStringLiteral("--catalogue"), demo("catalogue.json"),
                                 QStringLiteral("--learner"), demo("learner.json"), QStringLiteral("--qualification"),
                                 QStringLiteral("DIP-DA5"), QStringLiteral("--mode"), QStringLiteral("planned"),
                                 QStringLiteral("--as-of"), QStringLiteral("2026-11-28")});
        QVERIFY2(planned.out.contains(QStringLiteral("Counting earned and planned credit")), qPrintable(planned.out));
        QVERIFY(planned.out.contains(QStringLiteral("Complete: ")));
    }

    void whatIfRanksEveryQualification()
    {
        const Run result = run({QStringLiteral("whatif"), QStringLiteral("--catalogue"), demo("catalogue.json"),
                                QStringLiteral("--learner"), demo("learner.json"), QStringLiteral("--as-of"),
                                QStringLiteral("2026-11-28"), QStringLiteral("--json")});
        QCOMPARE(result.status, 0);
        const QJsonArray ranking = QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"qualifications").toArray();
        QCOMPARE(ranking.size(), 10);
        QCOMPARE(ranking[0].toObject().value(u"qualification").toString(), QStringLiteral("DIP-DA5"));
        double previous = -1;
        for (const QJsonValue &entry : ranking) {
            const double remaining = entry.toObject().value(u"plannedRemaining").toDouble();
            QVERIFY(remaining >= previous);
            previous = remaining;
            QVERIFY(entry.toObject().value(u"estimate").toObject().contains(u"hours"));
        }
    }

    void auditAndWhatIfErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        const QStringList files{QStringLiteral("--catalogue"), demo("catalogue.json"), QStringLiteral("--learner"),
                                demo("learner.json")};
        QTest::newRow("no qualification") << (QStringList{QStringLiteral("audit")} + files) << 2 << "audit needs --qualification CODE";
        QTest::newRow("unknown qualification") << (QStringList{QStringLiteral("audit"), QStringLiteral("--qualification"), QStringLiteral("NOPE")} + files) << 1 << "no qualification \"NOPE\" in the catalogue";
        QTest::newRow("bad mode") << (QStringList{QStringLiteral("audit"), QStringLiteral("--qualification"), QStringLiteral("DIP-DA5"), QStringLiteral("--mode"), QStringLiteral("hopeful")} + files) << 2 << "--mode expects earned or planned";
        QTest::newRow("bad date") << (QStringList{QStringLiteral("whatif"), QStringLiteral("--as-of"), QStringLiteral("28/11/2026")} + files) << 2 << "--as-of expects a date YYYY-MM-DD";
        QTest::newRow("catalogue without learner") << QStringList{QStringLiteral("whatif"), QStringLiteral("--catalogue"), demo("catalogue.json")} << 2 << "--catalogue needs --learner FILE";
        QTest::newRow("missing learner file") << QStringList{QStringLiteral("whatif"), QStringLiteral("--catalogue"), demo("catalogue.json"), QStringLiteral("--learner"), QStringLiteral("/no/learner.json")} << 1 << "/no/learner.json: cannot open the file";
        QTest::newRow("broken catalogue file") << QStringList{QStringLiteral("whatif"), QStringLiteral("--catalogue"), QStringLiteral(CAIRN_TEST_DATA "/../data/small-learner.json"), QStringLiteral("--learner"), demo("learner.json")} << 1 << "small-learner.json: format: expected \"cairn-catalogue\"";
        QTest::newRow("a catalogue as the learner") << QStringList{QStringLiteral("whatif"), QStringLiteral("--catalogue"), demo("catalogue.json"), QStringLiteral("--learner"), demo("catalogue.json")} << 1 << "catalogue.json: format: expected \"cairn-learner\"";
        QTest::newRow("learner file with an error") << QStringList{QStringLiteral("whatif"), QStringLiteral("--catalogue"), QStringLiteral(CAIRN_TEST_DATA "/small-catalogue.json"), QStringLiteral("--learner"), demo("learner.json")} << 1 << "learner.json: goals[1]: no qualification \"CERT-CYB5\"";
    }

    void auditAndWhatIfErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, expected);
        const Run result = run(arguments);
        QCOMPARE(result.status, status);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void auditUsesAStoredLearnerByName()
    {
        const QString database = storedDatabase(QStringLiteral("stored"));
        Run result = run({QStringLiteral("audit"), QStringLiteral("--database"), database,
                          QStringLiteral("--qualification"), QStringLiteral("DIP-DA5"), QStringLiteral("--json")});
        QCOMPARE(result.status, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"qualification").toString(),
                 QStringLiteral("DIP-DA5"));
        result = run({QStringLiteral("audit"), QStringLiteral("--database"), database, QStringLiteral("--learner"),
                      QStringLiteral("Nobody"), QStringLiteral("--qualification"), QStringLiteral("DIP-DA5")});
        QCOMPARE(result.status, 1);
        QVERIFY(result.err.contains(QStringLiteral("no learner named \"Nobody\"")));
    }

    void planPrintsTheDocumentedJson()
    {
        const QString ics = m_dir.filePath(QStringLiteral("plan.ics"));
        const Run result = run({QStringLiteral("plan"), QStringLiteral("--catalogue"), demo("catalogue.json"),
                                QStringLiteral("--learner"), demo("learner.json"), QStringLiteral("--start"),
                                QStringLiteral("2026-11-30"), QStringLiteral("--json"), QStringLiteral("--ics"), ics});
        QCOMPARE(result.status, 0);
        const QJsonObject plan = QJsonDocument::fromJson(result.out.toUtf8()).object();
        for (const char *key : {"feasible", "completion", "lowerBound", "entries", "load", "errors"})
            QVERIFY2(plan.contains(QString::fromLatin1(key)), key);
        QVERIFY(plan.value(u"feasible").toBool());
        QVERIFY(plan.value(u"errors").toArray().isEmpty());
        QVERIFY(plan.value(u"lowerBound").toString() <= plan.value(u"completion").toString());
        const QJsonArray entries = plan.value(u"entries").toArray();
        QCOMPARE(entries.size(), 5); // enrolled DAT501, DAT504; planned DAT510, CYB502, LDS603
        for (const QJsonValue &entry : entries) {
            for (const char *key : {"course", "start", "finish", "hoursPerWeek", "cost"})
                QVERIFY2(entry.toObject().contains(QString::fromLatin1(key)), key);
            if (entry.toObject().value(u"course").toString() == u"DAT501")
                QCOMPARE(entry.toObject().value(u"start").toString(), QStringLiteral("2027-02-08")); // enrolment keeps its date
        }
        const QJsonObject week = plan.value(u"load").toArray().first().toObject();
        QCOMPARE(week.value(u"week").toString(), QStringLiteral("2026-11-30"));
        QVERIFY(week.contains(u"hours"));
        QVERIFY(Cairn::Test::readAll(ics).contains("BEGIN:VEVENT"));
    }

    void planPrintsAWeekTable()
    {
        const Run result = run({QStringLiteral("plan"), QStringLiteral("--catalogue"), demo("catalogue.json"),
                                QStringLiteral("--learner"), demo("learner.json"), QStringLiteral("--start"),
                                QStringLiteral("2026-11-30")});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Study plan for Aroha Ngata from 2026-11-30 at up to 20 hours a week")),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("DAT501      2027-02-08  2027-05-23")));
        QVERIFY(result.out.contains(QStringLiteral("2027-02-08 – 2027-05-17       20  CYB502, DAT501")));
    }

    void anInfeasiblePlanExitsNonZeroNamingTheCourse()
    {
        const Run result = run({QStringLiteral("plan"), QStringLiteral("--catalogue"), demo("catalogue.json"),
                                QStringLiteral("--learner"), demo("learner.json"), QStringLiteral("--start"),
                                QStringLiteral("2028-08-01")});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains(QStringLiteral("DAT510 has no intake on or after 2028-08-01 (its last intake is 2028-07-10)")),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("CYB502 has no intake on or after 2028-08-01")));
        QVERIFY(result.out.isEmpty());
        const Run heavy = run({QStringLiteral("plan"), QStringLiteral("--catalogue"), demo("catalogue.json"),
                               QStringLiteral("--learner"), demo("learner.json"), QStringLiteral("--hours-per-week"),
                               QStringLiteral("5"), QStringLiteral("--json")});
        QCOMPARE(heavy.status, 1);
        const QJsonObject plan = QJsonDocument::fromJson(heavy.out.toUtf8()).object();
        QVERIFY(!plan.value(u"feasible").toBool());
        QStringList courses;
        for (const QJsonValue &error : plan.value(u"errors").toArray())
            courses.append(error.toObject().value(u"course").toString());
        QVERIFY2(courses.contains(QStringLiteral("DAT510")), qPrintable(courses.join(u',')));
        QVERIFY(heavy.err.contains(QStringLiteral("DAT510 needs 10 hours a week")));
    }

    void planChoosesCoursesToFinishAQualification()
    {
        const Run result = run({QStringLiteral("plan"), QStringLiteral("--catalogue"), demo("catalogue.json"),
                                QStringLiteral("--learner"), demo("learner.json"), QStringLiteral("--start"),
                                QStringLiteral("2026-11-30"), QStringLiteral("--qualification"), QStringLiteral("CERT-CYB5"),
                                QStringLiteral("--optimise"), QStringLiteral("cost"), QStringLiteral("--json")});
        QCOMPARE(result.status, 0);
        const QJsonObject plan = QJsonDocument::fromJson(result.out.toUtf8()).object();
        const QJsonObject finish = plan.value(u"finish").toObject();
        QCOMPARE(finish.value(u"qualification").toString(), QStringLiteral("CERT-CYB5"));
        QCOMPARE(finish.value(u"optimise").toString(), QStringLiteral("cost"));
        const QJsonArray chosen = finish.value(u"chosen").toArray();
        QVERIFY(!chosen.isEmpty());
        QStringList planned;
        for (const QJsonValue &entry : plan.value(u"entries").toArray())
            planned.append(entry.toObject().value(u"course").toString());
        for (const QJsonValue &course : chosen) {
            QVERIFY(!course.toObject().value(u"reason").toString().isEmpty());
            QVERIFY(planned.contains(course.toObject().value(u"course").toString())); // scheduled with the rest
        }
        const Run text = run({QStringLiteral("plan"), QStringLiteral("--catalogue"), demo("catalogue.json"),
                              QStringLiteral("--learner"), demo("learner.json"), QStringLiteral("--start"),
                              QStringLiteral("2026-11-30"), QStringLiteral("--qualification"), QStringLiteral("CERT-CYB5")});
        QCOMPARE(text.status, 0);
        QVERIFY2(text.out.startsWith(QStringLiteral("Fastest way to finish Certificate in Cyber Security (Level 5) (CERT-CYB5)")),
                 qPrintable(text.out));
    }

    void planUsageErrors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hours not a number") << QStringList{QStringLiteral("--hours-per-week"), QStringLiteral("lots")} << "--hours-per-week expects a number";
        QTest::newRow("hours beyond a week") << QStringList{QStringLiteral("--hours-per-week"), QStringLiteral("200")} << "--hours-per-week expects a number";
        QTest::newRow("bad start") << QStringList{QStringLiteral("--start"), QStringLiteral("soon")} << "--start expects a date YYYY-MM-DD";
        QTest::newRow("unknown objective") << QStringList{QStringLiteral("--qualification"), QStringLiteral("DIP-DA5"), QStringLiteral("--optimise"), QStringLiteral("joy")} << "--optimise expects time or cost";
        QTest::newRow("objective without goal") << QStringList{QStringLiteral("--optimise"), QStringLiteral("cost")} << "--optimise needs --qualification CODE";
        QTest::newRow("no hours") << QStringList{QStringLiteral("--hours-per-week"), QStringLiteral("0")} << "--hours-per-week expects a number of hours above 0 and at most 168, not \"0\"";
        QTest::newRow("negative hours") << QStringList{QStringLiteral("--hours-per-week"), QStringLiteral("-3")} << "--hours-per-week expects a number of hours above 0";
    }

    void planUsageErrors()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, expected);
        const Run result = run(QStringList{QStringLiteral("plan"), QStringLiteral("--catalogue"), demo("catalogue.json"),
                                           QStringLiteral("--learner"), demo("learner.json")} + extra);
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    }

    void aStoredLearnerMustBeNamedUnlessThereIsOne()
    {
        const QString empty = m_dir.filePath(QStringLiteral("no-learner.sqlite"));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral(CAIRN_TEST_DATA "/small-catalogue.json"), QStringLiteral("--database"), empty}).status, 0);
        Run result = run({QStringLiteral("whatif"), QStringLiteral("--database"), empty});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains(QStringLiteral("there is no learner profile; import a learner file first")), qPrintable(result.err));

        const QString two = storedDatabase(QStringLiteral("two-learners"));
        QJsonObject second = Cairn::Test::readJsonObject(QStringLiteral(CAIRN_TEST_DATA "/small-learner.json"));
        second.insert(QStringLiteral("name"), QStringLiteral("Ben"));
        QCOMPARE(run({QStringLiteral("import"), writeFile(QStringLiteral("ben.json"), Cairn::Test::toBytes(second)),
                      QStringLiteral("--database"), two}).status, 0);
        result = run({QStringLiteral("audit"), QStringLiteral("--database"), two, QStringLiteral("--qualification"), QStringLiteral("DIP-DA5")});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains(QStringLiteral("there are 2 learner profiles; name one with --learner NAME")), qPrintable(result.err));
        result = run({QStringLiteral("audit"), QStringLiteral("--database"), two, QStringLiteral("--learner"), QStringLiteral("Ben"),
                      QStringLiteral("--qualification"), QStringLiteral("DIP-DA5")});
        QCOMPARE(result.status, 0);
    }

    void planErrorsWithoutAUsageMistake()
    {
        const QStringList files{QStringLiteral("--catalogue"), demo("catalogue.json"), QStringLiteral("--learner"), demo("learner.json")};
        // A qualification the catalogue does not have.
        Run result = run(QStringList{QStringLiteral("plan"), QStringLiteral("--qualification"), QStringLiteral("NOPE")} + files);
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains(QStringLiteral("no qualification \"NOPE\" in the catalogue")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());

        // A calendar file that cannot be written: the plan is shown, the failure said.
        result = run(QStringList{QStringLiteral("plan"), QStringLiteral("--start"), QStringLiteral("2026-11-30"), QStringLiteral("--ics"),
                                 QStringLiteral("/no/such/folder/plan.ics")} + files);
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains(QStringLiteral("/no/such/folder/plan.ics: cannot write the file")), qPrintable(result.err));

        // A finish that cannot be scheduled: every course it needs has its
        // last intake before the start.
        const QString newcomer = writeFile(QStringLiteral("newcomer.json"), R"({"format": "cairn-learner", "version": 1, "name": "New"})");
        result = run({QStringLiteral("plan"), QStringLiteral("--catalogue"), demo("catalogue.json"), QStringLiteral("--learner"), newcomer,
                      QStringLiteral("--qualification"), QStringLiteral("CERT-DA4"), QStringLiteral("--start"), QStringLiteral("2029-01-01")});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains(QStringLiteral("no schedule is possible")), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("DAT401 has no intake on or after 2029-01-01")));
    }

    void anUnopenableDatabaseIsReported()
    {
        const Run result = run({QStringLiteral("learners"), QStringLiteral("--database"), QStringLiteral("/proc/cairn.sqlite")});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains(QStringLiteral("/proc/cairn.sqlite")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
