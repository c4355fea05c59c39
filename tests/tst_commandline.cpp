#include "cli/commandline.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Cairn::Core;

namespace {
struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.status = runCommandLine(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString database() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }

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
        Run result = run({QStringLiteral("import"), QStringLiteral(CAIRN_TEST_DATA "/small-catalogue.json"),
                          QStringLiteral("--database"), database()});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.contains(QStringLiteral("courses: 4, qualifications: 2")), qPrintable(result.out));
        result = run({QStringLiteral("--database"), database(), QStringLiteral("import"),
                      QStringLiteral(CAIRN_TEST_DATA "/small-learner.json")});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Imported learner \"Aroha\"")), qPrintable(result.out));
        result = run({QStringLiteral("learners"), QStringLiteral("--database"), database()});
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

        const QByteArray before = Cairn::Test::readAll(database());
        const Run result = run({QStringLiteral("import"), path, QStringLiteral("--database"), database()});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains(path + QStringLiteral(": courses[3].level: expected a whole number")),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("Nothing was imported.")));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(Cairn::Test::readAll(database()), before);
    }

    void exportsWhatWasImported()
    {
        const QString cataloguePath = m_dir.filePath(QStringLiteral("exported-catalogue.json"));
        const QString learnerPath = m_dir.filePath(QStringLiteral("exported-learner.json"));
        Run result = run({QStringLiteral("export"), QStringLiteral("catalogue"), cataloguePath,
                          QStringLiteral("--database"), database()});
        QCOMPARE(result.status, 0);
        const QJsonObject catalogue = Cairn::Test::readJsonObject(cataloguePath);
        QCOMPARE(catalogue.value(u"format").toString(), QStringLiteral("cairn-catalogue"));
        QCOMPARE(catalogue.value(u"courses").toArray().size(), 4);

        result = run({QStringLiteral("export"), QStringLiteral("learner"), QStringLiteral("Aroha"), learnerPath,
                      QStringLiteral("--database"), database()});
        QCOMPARE(result.status, 0);
        QCOMPARE(Cairn::Test::readJsonObject(learnerPath).value(u"records").toArray().size(), 5);

        result = run({QStringLiteral("export"), QStringLiteral("learner"), QStringLiteral("Nobody"), learnerPath,
                      QStringLiteral("--database"), database()});
        QCOMPARE(result.status, 1);
        QVERIFY(result.err.contains(QStringLiteral("no learner named \"Nobody\"")));
    }

    void aWriteFailureIsReported()
    {
        const Run result = run({QStringLiteral("export"), QStringLiteral("catalogue"),
                                QStringLiteral("/no/such/folder/out.json"), QStringLiteral("--database"), database()});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains(QStringLiteral("/no/such/folder/out.json: cannot write the file")), qPrintable(result.err));
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
