#include "pdftext.h"
#include "reportsupport.h"

#include "model/catalogue.h"
#include "pathways/pathwaygraph.h"
#include "report/advisorhandout.h"
#include "report/pageddocument.h"
#include "report/reporthtml.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Cairn::Core;
using Cairn::Test::demo;
using Cairn::Test::Demo;
using Cairn::Test::readPdf;
using Cairn::Test::runCli;

namespace {
const QDate today = Cairn::Test::reportDay;
} // namespace

// The advisor's handout of a pathway (core/report/advisorhandout) and
// cairn-cli handout.
class TestHandout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handoutPathwayIsWhatStacksWithIt();
    void handoutReadsBackWithoutLearnerData();
    void handoutListsAtMostSoManyCourses();
    void handoutOfAQualificationThatStacksWithNothing();
    void cliHandout();
    void cliHandoutErrors_data();
    void cliHandoutErrors();

private:
    QTemporaryDir m_dir;
};

void TestHandout::handoutPathwayIsWhatStacksWithIt()
{
    const Demo data = demo();
    const CatalogueIndex index(data.catalogue);
    QStringList codes;
    for (const Qualification *qualification : AdvisorHandout::pathway(data.catalogue, *index.qualification(QStringLiteral("DIP-DA5"))))
        codes.append(qualification->code);
    // Down to the certificate, up to the degree; not the other certificates
    // that lead to the degree.
    QCOMPARE(codes, (QStringList{QStringLiteral("CERT-DA4"), QStringLiteral("DIP-DA5"), QStringLiteral("BAT-DIGI")}));
    const auto stacking = stackingRelation(data.catalogue);
    QVERIFY(stacking.contains({QStringLiteral("CERT-CYB5"), QStringLiteral("BAT-DIGI")}));
}

void TestHandout::handoutReadsBackWithoutLearnerData()
{
    Demo data = demo();
    const CatalogueIndex index(data.catalogue);
    const Qualification &diploma = *index.qualification(QStringLiteral("DIP-DA5"));
    QTextDocument document;
    AdvisorHandout::build(document, data.catalogue, diploma, today);
    const QString fileName = m_dir.filePath(QStringLiteral("handout.pdf"));
    QVERIFY(writePdf(document, fileName, PaperSize::A4, AdvisorHandout::frame(diploma, today), AdvisorHandout::title(diploma)));
    const auto pdf = readPdf(fileName);
    QVERIFY(pdf.loaded);
    for (int index = 0; index < pdf.pages.size(); ++index) {
        QVERIFY(pdf.pages[index].contains(QStringLiteral("Pathway handout · DIP-DA5")));
        QVERIFY(pdf.pages[index].contains(QStringLiteral("Page %1 of %2").arg(index + 1).arg(pdf.pages.size())));
    }
    const QString text = pdf.all();
    QVERIFY(text.contains(QStringLiteral("CERT-DA4 → DIP-DA5 → BAT-DIGI")));
    for (const QString &code : {QStringLiteral("CERT-DA4"), QStringLiteral("DIP-DA5"), QStringLiteral("BAT-DIGI")}) {
        const Qualification &qualification = *index.qualification(code);
        QVERIFY2(text.contains(qualification.title + QStringLiteral(" (") + code + u')'), qPrintable(code));
        QVERIFY(text.contains(QStringLiteral("Ways through ") + code));
        // Every course that counts toward it, with its title on the same
        // page (Poppler reads wrapped cells line by line across the row, so
        // word by word).
        for (const QString &course : coursesFilling(qualification, data.catalogue.courses)) {
            const QStringList words = index.course(course)->title.split(u' ');
            const auto holds = [&](const QString &page) {
                return page.contains(course)
                       && std::all_of(words.cbegin(), words.cend(), [&](const QString &word) { return page.contains(word); });
            };
            QVERIFY2(std::any_of(pdf.pages.cbegin(), pdf.pages.cend(), holds),
                     qPrintable(course));
        }
    }
    QCOMPARE(text.count(QStringLiteral("Fastest")), 3);
    QCOMPARE(text.count(QStringLiteral("Cheapest")), 3);
    QVERIFY(text.contains(QStringLiteral("Visualisation electives: 30 credits from courses teaching Data visualisation")));
    // No learner data: the demo learner's name, grades and notes never appear.
    QVERIFY(!text.contains(data.learner.name));
    QVERIFY(!text.contains(data.learner.name.section(u' ', 0, 0)));
    for (const Record &record : data.learner.records) {
        if (record.grade.size() >= 3)
            QVERIFY2(!text.contains(record.grade), qPrintable(record.grade));
        if (!record.notes.isEmpty())
            QVERIFY2(!text.contains(record.notes), qPrintable(record.notes));
    }
}

void TestHandout::handoutListsAtMostSoManyCourses()
{
    Catalogue catalogue = Cairn::Test::emptyCatalogue();
    const int extra = 7;
    for (int index = 0; index < AdvisorHandout::mostCourses + extra; ++index) {
        catalogue.courses.append(Cairn::Test::course(QStringLiteral("K%1").arg(index, 4, 10, QLatin1Char('0')),
                                                     QStringLiteral("Course %1").arg(index), 5, 5));
    }
    Qualification broad;
    broad.code = QStringLiteral("BROAD");
    broad.title = QStringLiteral("Broad certificate");
    broad.framework = QStringLiteral("nz");
    broad.credits = 20;
    broad.requirements = Requirement::creditsFrom(20, Selector{});
    catalogue.qualifications = {broad};
    QTextDocument document;
    AdvisorHandout::build(document, catalogue, catalogue.qualifications.first(), today);
    const QString text = document.toPlainText();
    QVERIFY(text.contains(QStringLiteral("K%1").arg(AdvisorHandout::mostCourses - 1, 4, 10, QLatin1Char('0'))));
    QVERIFY(!text.contains(QStringLiteral("K%1").arg(AdvisorHandout::mostCourses, 4, 10, QLatin1Char('0'))));
    QVERIFY2(text.contains(QStringLiteral("%1 more courses count toward this pathway").arg(extra)), qPrintable(text.right(400)));
}

void TestHandout::handoutOfAQualificationThatStacksWithNothing()
{
    Catalogue catalogue = Cairn::Test::emptyCatalogue();
    Course only = Cairn::Test::course(QStringLiteral("ONLY1"), QStringLiteral("The only course"), 15, 10);
    only.level = 4;
    only.intakes = {QDate(2027, 2, 1), QDate(2025, 2, 3)};
    catalogue.courses = {only};
    Qualification alone;
    alone.code = QStringLiteral("ALONE");
    alone.title = QStringLiteral("Alone certificate");
    alone.framework = QStringLiteral("nz");
    alone.credits = 15;
    alone.requirements = Requirement::courseNode(QStringLiteral("ONLY1"));
    catalogue.qualifications = {alone};
    QCOMPARE(AdvisorHandout::pathway(catalogue, alone).size(), 1);
    QTextDocument document;
    AdvisorHandout::build(document, catalogue, alone, today);
    const QString text = document.toPlainText();
    QVERIFY(text.contains(QStringLiteral("ALONE does not stack with another qualification")));
    // Past intakes are left out; no price is said as such.
    QVERIFY(text.contains(ReportHtml::date(QDate(2027, 2, 1))));
    QVERIFY(!text.contains(ReportHtml::date(QDate(2025, 2, 3))));
    QVERIFY(text.contains(QStringLiteral("1 without a listed cost")));
}

void TestHandout::cliHandout()
{
    const QString fileName = m_dir.filePath(QStringLiteral("cli-handout.pdf"));
    QString errors;
    QCOMPARE(runCli({QStringLiteral("handout"), QStringLiteral("--catalogue"),
                     QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/catalogue.json"), QStringLiteral("--qualification"),
                     QStringLiteral("CERT-DA4"), QStringLiteral("--pdf"), fileName},
                    &errors),
             0);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    const QString text = readPdf(fileName).all();
    QVERIFY(text.contains(QStringLiteral("Pathway to ")));
    QVERIFY(text.contains(QStringLiteral("CERT-DA4 → DIP-DA5 → BAT-DIGI")));
}

void TestHandout::cliHandoutErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QString catalogue = QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/catalogue.json");
    QTest::newRow("no qualification") << QStringList{QStringLiteral("--catalogue"), catalogue, QStringLiteral("--pdf"),
                                                     QStringLiteral("OUT")}
                                      << 2 << QStringLiteral("handout needs --qualification CODE");
    QTest::newRow("a learner") << QStringList{QStringLiteral("--catalogue"), catalogue, QStringLiteral("--learner"),
                                              QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/learner.json"),
                                              QStringLiteral("--qualification"), QStringLiteral("DIP-DA5"),
                                              QStringLiteral("--pdf"), QStringLiteral("OUT")}
                               << 2 << QStringLiteral("handout reads no learner");
    QTest::newRow("unknown qualification") << QStringList{QStringLiteral("--catalogue"), catalogue,
                                                          QStringLiteral("--qualification"), QStringLiteral("NOPE"),
                                                          QStringLiteral("--pdf"), QStringLiteral("OUT")}
                                           << 1 << QStringLiteral("no qualification \"NOPE\"");
    QTest::newRow("no pdf") << QStringList{QStringLiteral("--catalogue"), catalogue, QStringLiteral("--qualification"),
                                           QStringLiteral("DIP-DA5")}
                            << 2 << QStringLiteral("handout needs --pdf FILE");
    QTest::newRow("catalogue and database")
        << QStringList{QStringLiteral("--catalogue"), catalogue, QStringLiteral("--database"), QStringLiteral(":memory:"),
                       QStringLiteral("--qualification"), QStringLiteral("DIP-DA5"), QStringLiteral("--pdf"), QStringLiteral("OUT")}
        << 2 << QStringLiteral("not both");
    QTest::newRow("broken catalogue") << QStringList{QStringLiteral("--catalogue"), QStringLiteral(CAIRN_SOURCE_DIR "/README.md"),
                                                     QStringLiteral("--qualification"), QStringLiteral("DIP-DA5"),
                                                     QStringLiteral("--pdf"), QStringLiteral("OUT")}
                                      << 1 << QStringLiteral("README.md");
}

void TestHandout::cliHandoutErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QString fileName =
        m_dir.filePath(QStringLiteral("handout-%1.pdf").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
    for (QString &argument : arguments) {
        if (argument == u"OUT")
            argument = fileName;
    }
    QString errors;
    QCOMPARE(runCli(QStringList{QStringLiteral("handout")} + arguments, &errors), status);
    QVERIFY2(errors.contains(message), qPrintable(errors));
    QVERIFY(!QFile::exists(fileName));
}

QTEST_MAIN(TestHandout)
#include "tst_handout.moc"
