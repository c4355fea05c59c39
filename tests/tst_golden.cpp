// Golden outputs: what `audit`, `whatif` and `plan` print for the demo data,
// as text and as JSON, kept in tests/golden/. An unintended change to an
// engine or to a report shows here as a diff of lines. After an intended
// change, rewrite the files and review the diff in version control:
//     CAIRN_UPDATE_GOLDEN=1 build/default/tests/tst_golden

#include "cli/commandline.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>

using namespace Cairn::Core;

namespace {

const QString demoCatalogue = QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/catalogue.json");
const QString demoLearner = QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/learner.json");

QString goldenPath(const QString &name)
{
    return QStringLiteral(CAIRN_SOURCE_DIR "/tests/golden/") + name;
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void outputsMatchTheirGoldenFiles_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QStringList files{QStringLiteral("--catalogue"), demoCatalogue, QStringLiteral("--learner"), demoLearner};
        const QStringList asOf{QStringLiteral("--as-of"), QStringLiteral("2026-11-28")};
        const QStringList start{QStringLiteral("--start"), QStringLiteral("2026-11-30")};
        const auto row = [&](const char *name, const QStringList &arguments) { QTest::newRow(name) << arguments + files; };
        row("audit-DIP-DA5-earned.txt", QStringList{QStringLiteral("audit"), QStringLiteral("--qualification"), QStringLiteral("DIP-DA5")} + asOf);
        row("audit-DIP-DA5-planned.json", QStringList{QStringLiteral("audit"), QStringLiteral("--qualification"), QStringLiteral("DIP-DA5"),
                                                      QStringLiteral("--mode"), QStringLiteral("planned"), QStringLiteral("--json")} + asOf);
        row("audit-CERT-CYB5-earned.json", QStringList{QStringLiteral("audit"), QStringLiteral("--qualification"), QStringLiteral("CERT-CYB5"),
                                                       QStringLiteral("--json")} + asOf);
        row("whatif.txt", QStringList{QStringLiteral("whatif")} + asOf);
        row("whatif.json", QStringList{QStringLiteral("whatif"), QStringLiteral("--json")} + asOf);
        row("plan.txt", QStringList{QStringLiteral("plan")} + start);
        row("plan.json", QStringList{QStringLiteral("plan"), QStringLiteral("--json")} + start);
        row("plan-finish-CERT-CYB5-cost.txt", QStringList{QStringLiteral("plan"), QStringLiteral("--qualification"), QStringLiteral("CERT-CYB5"),
                                                           QStringLiteral("--optimise"), QStringLiteral("cost")} + start);
        row("plan-finish-CERT-CYB5-cost.json", QStringList{QStringLiteral("plan"), QStringLiteral("--qualification"), QStringLiteral("CERT-CYB5"),
                                                            QStringLiteral("--optimise"), QStringLiteral("cost"), QStringLiteral("--json")} + start);
    }

    void outputsMatchTheirGoldenFiles()
    {
        QFETCH(QStringList, arguments);
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int status = runCommandLine(arguments, outStream, errStream);
        outStream.flush();
        errStream.flush();
        QVERIFY2(status == 0, qPrintable(err));

        const QString path = goldenPath(QString::fromUtf8(QTest::currentDataTag()));
        if (qEnvironmentVariableIsSet("CAIRN_UPDATE_GOLDEN")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(out.toUtf8());
            QSKIP("golden file rewritten");
        }
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(" is missing; see the comment at the top")));
        const QStringList expected = QString::fromUtf8(file.readAll()).split(u'\n');
        const QStringList actual = out.split(u'\n');
        for (qsizetype i = 0; i < std::min(expected.size(), actual.size()); ++i)
            QVERIFY2(actual[i] == expected[i], qPrintable(QStringLiteral("line %1 differs:\n  golden: %2\n  now:    %3")
                                                              .arg(i + 1).arg(expected[i], actual[i])));
        QCOMPARE(actual.size(), expected.size());
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
