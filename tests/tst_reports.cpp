#include "pdftext.h"
#include "reportsupport.h"

#include "audit/auditor.h"
#include "model/catalogue.h"
#include "model/learnerprofile.h"
#include "report/pageddocument.h"
#include "report/planreport.h"
#include "report/progressreport.h"
#include "report/reporthtml.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Cairn::Core;
using Cairn::Test::readPdf;

namespace {

using Cairn::Test::demo;
using Cairn::Test::Demo;
using Cairn::Test::runCli;
const QDate today = Cairn::Test::reportDay;

QString writeReport(const Auditor &auditor, const QString &fileName, PaperSize paper,
                    const ProgressReportRequest &request)
{
    QTextDocument document;
    ProgressReport::build(document, auditor, request);
    const Status written = writePdf(document, fileName, paper, ProgressReport::frame(auditor.learner().name, request.today),
                                    ProgressReport::title(auditor.learner().name));
    return written ? QString() : written.message();
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void progressReportReadsBackWithEveryPart();
    void paperSizes();
    void oneQualificationOnly();
    void tableRowsAreNeverCutAcrossPages();
    void aLearnerWithNothingYetReadsSensibly();
    void unwritableFileKeepsWhatItHeld();
    void paperSizeKeys();
    void cliReport();
    void cliReportErrors_data();
    void cliReportErrors();
    void planAsCsv();

private:
    QTemporaryDir m_dir;
};

void TestReports::progressReportReadsBackWithEveryPart()
{
    Demo data = demo();
    // A private note must never reach paper.
    data.learner.records.first().notes = QStringLiteral("PRIVATE-NOTE-42");
    const Auditor auditor(data.catalogue, data.learner);
    const QString fileName = m_dir.filePath(QStringLiteral("report.pdf"));
    QCOMPARE(writeReport(auditor, fileName, PaperSize::A4, {today, {}, {}}), QString());

    const auto pdf = readPdf(fileName);
    QVERIFY(pdf.loaded);
    QVERIFY2(pdf.pages.size() >= 2, qPrintable(QString::number(pdf.pages.size())));
    const int count = int(pdf.pages.size());
    for (int index = 0; index < count; ++index) {
        // Every page: the running header and its number.
        QVERIFY2(pdf.pages[index].contains(QStringLiteral("Progress report · Aroha Ngata")), qPrintable(pdf.pages[index]));
        QVERIFY(pdf.pages[index].contains(QStringLiteral("Page %1 of %2").arg(index + 1).arg(count)));
        QVERIFY(pdf.pages[index].contains(QStringLiteral("Made on %1").arg(ReportHtml::date(today))));
    }
    const QString text = pdf.all();
    QVERIFY(pdf.pages.first().contains(QStringLiteral("Progress report: Aroha Ngata")));
    QVERIFY(pdf.pages.first().contains(QStringLiteral("Profile")));
    for (const QString &goal : data.learner.goals)
        QVERIFY2(text.contains(u'(' + goal + u')'), qPrintable(goal));
    // The audit says what is missing for the goal that is not complete.
    QVERIFY(text.contains(QStringLiteral("What is missing")));
    QVERIFY(text.contains(QStringLiteral("credits still missing")));
    // Every record, every planned course with its dates, the weeks, the costs.
    for (const Record &record : data.learner.records)
        QVERIFY2(text.contains(record.course), qPrintable(record.course));
    QVERIFY(text.contains(QStringLiteral("Week by week")));
    QVERIFY(text.contains(QStringLiteral("Costs per year")));
    QVERIFY(!text.contains(QStringLiteral("PRIVATE-NOTE-42")));
    // Sections in order: profile, goals, courses, plan, costs.
    QStringList order{QStringLiteral("Profile"), QStringLiteral("What is missing"), QStringLiteral("Courses"),
                      QStringLiteral("Week by week"), QStringLiteral("Costs per year")};
    qsizetype at = 0;
    for (const QString &section : order) {
        const qsizetype found = text.indexOf(section, at);
        QVERIFY2(found >= 0, qPrintable(section));
        at = found;
    }
}

void TestReports::paperSizes()
{
    const Demo data = demo();
    const Auditor auditor(data.catalogue, data.learner);
    const QString a4 = m_dir.filePath(QStringLiteral("a4.pdf"));
    const QString letter = m_dir.filePath(QStringLiteral("letter.pdf"));
    QCOMPARE(writeReport(auditor, a4, PaperSize::A4, {today, {}, {}}), QString());
    QCOMPARE(writeReport(auditor, letter, PaperSize::Letter, {today, {}, {}}), QString());
    const auto a4Pdf = readPdf(a4);
    const auto letterPdf = readPdf(letter);
    QVERIFY(!a4Pdf.pageSizes.isEmpty() && !letterPdf.pageSizes.isEmpty());
    for (const QSizeF &size : a4Pdf.pageSizes) {
        QCOMPARE(qRound(size.width()), 595);
        QCOMPARE(qRound(size.height()), 842);
    }
    for (const QSizeF &size : letterPdf.pageSizes) {
        QCOMPARE(qRound(size.width()), 612);
        QCOMPARE(qRound(size.height()), 792);
    }
}

void TestReports::oneQualificationOnly()
{
    const Demo data = demo();
    QVERIFY(data.learner.goals.size() >= 2);
    const Auditor auditor(data.catalogue, data.learner);
    const QString fileName = m_dir.filePath(QStringLiteral("one.pdf"));
    QCOMPARE(writeReport(auditor, fileName, PaperSize::A4, {today, {data.learner.goals[1]}, {}}), QString());
    const QString text = readPdf(fileName).all();
    const Qualification *shown = auditor.index().qualification(data.learner.goals[1]);
    const Qualification *left = auditor.index().qualification(data.learner.goals[0]);
    // Both goals are named in the profile; only the one asked for is audited.
    QCOMPARE(text.count(shown->title + QStringLiteral(" (") + shown->code + u')'), 2);
    QCOMPARE(text.count(left->title + QStringLiteral(" (") + left->code + u')'), 1);
}

void TestReports::tableRowsAreNeverCutAcrossPages()
{
    // Eighty records whose titles wrap over several lines: wherever the page
    // breaks fall, each row's first and last words share a page.
    Catalogue catalogue = Cairn::Test::emptyCatalogue();
    LearnerProfile learner;
    learner.name = QStringLiteral("Row Tester");
    for (int index = 0; index < 80; ++index) {
        const Course course = Cairn::Test::course(
            QStringLiteral("C%1").arg(index, 3, 10, QLatin1Char('0')),
            QStringLiteral("Begin%1 ").arg(index)
                + QStringLiteral("a long title that wraps over several lines of its cell ").repeated(1 + index % 3)
                + QStringLiteral("End%1").arg(index),
            5, 5);
        catalogue.courses.append(course);
        Record record;
        record.course = course.code;
        record.status = RecordStatus::Completed;
        record.date = QDate(2025, 1, 1).addDays(index);
        learner.records.append(record);
    }
    const Auditor auditor(catalogue, learner);
    const QString fileName = m_dir.filePath(QStringLiteral("rows.pdf"));
    QCOMPARE(writeReport(auditor, fileName, PaperSize::A4, {today, {}, {}}), QString());
    const auto pdf = readPdf(fileName);
    QVERIFY(pdf.pages.size() >= 3);
    QSet<int> pages;
    for (int index = 0; index < 80; ++index) {
        const int first = pdf.pageOf(QStringLiteral("Begin%1 ").arg(index));
        const int last = pdf.pageOf(QStringLiteral("End%1 ").arg(index));
        QVERIFY2(first >= 0 && first == last, qPrintable(QStringLiteral("row %1: pages %2 and %3").arg(index).arg(first).arg(last)));
        pages.insert(first);
    }
    QVERIFY2(pages.size() >= 2, "the rows should span pages for this test to mean anything");
}

void TestReports::aLearnerWithNothingYetReadsSensibly()
{
    const Demo data = demo();
    LearnerProfile newcomer;
    newcomer.name = QStringLiteral("Nobody Yet");
    const Auditor auditor(data.catalogue, newcomer);
    const QString fileName = m_dir.filePath(QStringLiteral("empty.pdf"));
    QCOMPARE(writeReport(auditor, fileName, PaperSize::A4, {today, {}, {}}), QString());
    const auto pdf = readPdf(fileName);
    QCOMPARE(pdf.pages.size(), 1);
    const QString text = pdf.all();
    QVERIFY(text.contains(QStringLiteral("No goal is chosen")));
    QVERIFY(text.contains(QStringLiteral("No courses recorded yet.")));
    QVERIFY(text.contains(QStringLiteral("No course is enrolled or planned.")));
    QVERIFY(text.contains(QStringLiteral("The plan has no priced course.")));
    QVERIFY(text.contains(QStringLiteral("none chosen")));
}

void TestReports::unwritableFileKeepsWhatItHeld()
{
    const Demo data = demo();
    const Auditor auditor(data.catalogue, data.learner);
    const QString missingFolder = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    const QString message = writeReport(auditor, missingFolder, PaperSize::A4, {today, {}, {}});
    QVERIFY2(message.contains(missingFolder), qPrintable(message));
    QVERIFY(!QFile::exists(missingFolder));
}

void TestReports::paperSizeKeys()
{
    QCOMPARE(paperSizeFromKey(u"A4"), PaperSize::A4);
    QCOMPARE(paperSizeFromKey(u"letter"), PaperSize::Letter);
    QCOMPARE(paperSizeFromKey(u"legal"), std::nullopt);
    QCOMPARE(paperSizeKey(PaperSize::Letter), QStringLiteral("letter"));
}

void TestReports::cliReport()
{
    const QString catalogue = QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/catalogue.json");
    const QString learner = QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/learner.json");
    const QString fileName = m_dir.filePath(QStringLiteral("cli-report.pdf"));
    QString errors;
    QCOMPARE(runCli({QStringLiteral("report"), QStringLiteral("--catalogue"), catalogue, QStringLiteral("--learner"),
                     learner, QStringLiteral("--pdf"), fileName, QStringLiteral("--paper"), QStringLiteral("letter"),
                     QStringLiteral("--qualification"), QStringLiteral("DIP-DA5"), QStringLiteral("--as-of"),
                     QStringLiteral("2026-12-03")},
                    &errors),
             0);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    const auto pdf = readPdf(fileName);
    QVERIFY(pdf.loaded);
    QCOMPARE(qRound(pdf.pageSizes.first().width()), 612);
    QCOMPARE(pdf.all().count(QStringLiteral("(DIP-DA5)")), 2); // the goals and the audit
    QCOMPARE(pdf.all().count(QStringLiteral("(CERT-CYB5)")), 1); // the goals only
    QVERIFY(pdf.all().contains(QStringLiteral("Made on %1").arg(ReportHtml::date(today))));
}

void TestReports::cliReportErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --pdf") << QStringList{} << 2 << QStringLiteral("report needs --pdf FILE");
    QTest::newRow("bad paper") << QStringList{QStringLiteral("--pdf"), QStringLiteral("OUT"), QStringLiteral("--paper"),
                                              QStringLiteral("legal")}
                               << 2 << QStringLiteral("--paper expects a4 or letter, not \"legal\"");
    QTest::newRow("positional") << QStringList{QStringLiteral("extra"), QStringLiteral("--pdf"), QStringLiteral("OUT")}
                                << 2 << QStringLiteral("report takes no positional arguments");
    QTest::newRow("bad as-of") << QStringList{QStringLiteral("--pdf"), QStringLiteral("OUT"), QStringLiteral("--as-of"),
                                              QStringLiteral("soon")}
                               << 2 << QStringLiteral("--as-of expects a date");
    QTest::newRow("unknown qualification")
        << QStringList{QStringLiteral("--pdf"), QStringLiteral("OUT"), QStringLiteral("--qualification"), QStringLiteral("NOPE")}
        << 1 << QStringLiteral("no qualification \"NOPE\"");
    QTest::newRow("unwritable") << QStringList{QStringLiteral("--pdf"), QStringLiteral("/no/such/folder/OUT")} << 1
                                << QStringLiteral("/no/such/folder/OUT");
}

void TestReports::cliReportErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QString fileName = m_dir.filePath(QStringLiteral("err-%1.pdf").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
    for (QString &argument : arguments) {
        if (argument == u"OUT")
            argument = fileName;
    }
    QStringList all{QStringLiteral("report"), QStringLiteral("--catalogue"),
                    QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/catalogue.json"), QStringLiteral("--learner"),
                    QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/learner.json")};
    all.append(arguments);
    QString errors;
    QCOMPARE(runCli(all, &errors), status);
    QVERIFY2(errors.contains(message), qPrintable(errors));
    QVERIFY(!QFile::exists(fileName));
}

void TestReports::planAsCsv()
{
    PlanResult plan;
    PlanEntry plain;
    plain.course = QStringLiteral("A1");
    plain.title = QStringLiteral("Plain title");
    plain.start = QDate(2027, 2, 1);
    plain.finish = QDate(2027, 3, 14);
    plain.weeks = 6;
    plain.hoursPerWeek = 12.5;
    plain.cost = money(1250.5, QStringLiteral("NZD"));
    PlanEntry awkward = plain;
    awkward.course = QStringLiteral("B2");
    awkward.title = QStringLiteral("Data, \"quoted\" and\nwrapped");
    awkward.cost.reset();
    plan.entries = {plain, awkward};
    QCOMPARE(PlanReport::toCsv(plan),
             QByteArray("course,title,start,finish,weeks,hoursPerWeek,cost,currency\r\n"
                        "A1,Plain title,2027-02-01,2027-03-14,6,12.5,1250.50,NZD\r\n"
                        "B2,\"Data, \"\"quoted\"\" and\nwrapped\",2027-02-01,2027-03-14,6,12.5,,\r\n"));
    QCOMPARE(PlanReport::toCsv(PlanResult{}), QByteArray("course,title,start,finish,weeks,hoursPerWeek,cost,currency\r\n"));
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
