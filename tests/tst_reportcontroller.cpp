#include "pdftext.h"

#include "audit/auditor.h"
#include "audit/auditservice.h"
#include "import/demodata.h"
#include "reportcontroller.h"
#include "storage/database.h"
#include "views/dashboard/dashboardspecs.h"
#include "workspace.h"

#include <QFile>
#include <QPrinter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Cairn::Core;
using namespace Cairn::Ui;
using Cairn::Test::readPdf;

namespace {

struct Session
{
    explicit Session(bool withProfile = true)
    {
        if (!database.open(QStringLiteral(":memory:")).ok() || !importDemoData(database).ok())
            qFatal("cannot open the test database");
        workspace = std::make_unique<Workspace>(database);
        if (withProfile && !workspace->openProfileNamed(QStringLiteral("Aroha Ngata")))
            qFatal("no demo profile");
        if (!withProfile)
            (void)workspace->openProfile(0);
        audits = std::make_unique<AuditService>(*workspace);
        reports = std::make_unique<ReportController>(*workspace, *audits, [] { return QStringLiteral("DIP-DA5"); }, &window);
        audits->request();
        if (!QTest::qWaitFor([&] { return audits->auditor() != nullptr; }))
            qFatal("the catalogue was not read");
    }

    Database database;
    QWidget window;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<AuditService> audits;
    std::unique_ptr<ReportController> reports;
};

// Pixels clearly coloured (not black, white or grey): a chart's bars and
// lines, never the report's text or table rules.
int colouredPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (QColor(image.pixel(x, y)).hsvSaturation() > 80)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestReportController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void exportedReportCarriesTheDashboardCharts();
    void printingLaysOutTheSamePages();
    void planAsCsvIsThePlan();
    void handoutOfAQualification();
    void nothingWithoutAProfile();
    void unwritableFileIsRefused();

private:
    QTemporaryDir m_dir;
};

void TestReportController::exportedReportCarriesTheDashboardCharts()
{
    Session session;
    QSignalSpy messages(session.reports.get(), &ReportController::message);
    const QString fileName = m_dir.filePath(QStringLiteral("report.pdf"));
    const Status written = session.reports->exportReport(fileName, PaperSize::A4);
    QVERIFY2(written, qPrintable(written.message()));
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().contains(QStringLiteral("report.pdf")));

    const auto pdf = readPdf(fileName);
    QVERIFY(pdf.loaded);
    const QString text = pdf.all();
    QVERIFY(text.contains(QStringLiteral("Charts")));
    const DashboardCharts charts = DashboardSpecs::forLearner(*session.audits->auditor(), QDate::currentDate());
    for (const ChartSpec *spec : charts.all()) {
        if (!spec->isEmpty())
            QVERIFY2(text.contains(spec->title), qPrintable(spec->title));
    }
    // The charts are drawn: the pages after the chart heading hold colour.
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(fileName);
    const int chartsPage = pdf.pageOf(QStringLiteral("Charts"));
    int colour = 0;
    for (int page = chartsPage; page < document->numPages(); ++page)
        colour += colouredPixels(document->page(page)->renderToImage(50, 50));
    QVERIFY2(colour > 500, qPrintable(QString::number(colour)));
    int textOnly = 0;
    for (int page = 0; page < chartsPage; ++page)
        textOnly += colouredPixels(document->page(page)->renderToImage(50, 50));
    QVERIFY2(textOnly < colour / 10, qPrintable(QStringLiteral("%1 vs %2").arg(textOnly).arg(colour)));
}

void TestReportController::printingLaysOutTheSamePages()
{
    Session session;
    const QString exported = m_dir.filePath(QStringLiteral("exported.pdf"));
    QVERIFY(session.reports->exportReport(exported, PaperSize::Letter));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    const int pages = session.reports->printReport(printer);
    QVERIFY(pages > 1);
    const auto exportedPdf = readPdf(exported);
    const auto printedPdf = readPdf(printed);
    QCOMPARE(printedPdf.pages.size(), pages);
    QCOMPARE(exportedPdf.pages.size(), pages);
    for (int page = 0; page < pages; ++page)
        QCOMPARE(printedPdf.pages[page], exportedPdf.pages[page]);
}

void TestReportController::planAsCsvIsThePlan()
{
    Session session;
    const QString fileName = m_dir.filePath(QStringLiteral("plan.csv"));
    QVERIFY(session.reports->exportPlanCsv(fileName));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const PlanResult plan = DashboardSpecs::forLearner(*session.audits->auditor(), QDate::currentDate()).plan;
    QVERIFY(!plan.entries.isEmpty());
    QCOMPARE(lines.size(), plan.entries.size() + 1);
    QCOMPARE(lines.first(), QStringLiteral("course,title,start,finish,weeks,hoursPerWeek,cost,currency"));
    for (qsizetype index = 0; index < plan.entries.size(); ++index) {
        const PlanEntry &entry = plan.entries[index];
        QVERIFY2(lines[index + 1].startsWith(entry.course + u','), qPrintable(lines[index + 1]));
        QVERIFY(lines[index + 1].contains(entry.start.toString(Qt::ISODate) + u',' + entry.finish.toString(Qt::ISODate)));
    }
}

void TestReportController::handoutOfAQualification()
{
    Session session;
    const QString fileName = m_dir.filePath(QStringLiteral("handout.pdf"));
    QVERIFY(session.reports->exportHandout(QStringLiteral("DIP-DA5"), fileName, PaperSize::A4));
    const QString text = readPdf(fileName).all();
    QVERIFY(text.contains(QStringLiteral("CERT-DA4 → DIP-DA5 → BAT-DIGI")));
    QVERIFY(!text.contains(QStringLiteral("Aroha")));

    const QString missing = m_dir.filePath(QStringLiteral("missing.pdf"));
    const Status refused = session.reports->exportHandout(QStringLiteral("NOPE"), missing, PaperSize::A4);
    QVERIFY(!refused);
    QVERIFY(refused.message().contains(QStringLiteral("NOPE")));
    QVERIFY(!QFile::exists(missing));
}

void TestReportController::nothingWithoutAProfile()
{
    Session session(false);
    QVERIFY(!session.workspace->hasProfile());
    const QString fileName = m_dir.filePath(QStringLiteral("nobody.pdf"));
    const Status refused = session.reports->exportReport(fileName, PaperSize::A4);
    QVERIFY(!refused);
    QVERIFY(refused.message().contains(QStringLiteral("Open a profile")));
    QVERIFY(!session.reports->exportPlanCsv(fileName));
    QVERIFY(!QFile::exists(fileName));
    // A handout needs no learner.
    QVERIFY(session.reports->exportHandout(QStringLiteral("CERT-DA4"), fileName, PaperSize::A4));
}

void TestReportController::unwritableFileIsRefused()
{
    Session session;
    const QString fileName = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    QSignalSpy messages(session.reports.get(), &ReportController::message);
    const Status refused = session.reports->exportReport(fileName, PaperSize::A4);
    QVERIFY(!refused);
    QVERIFY(refused.message().contains(fileName));
    QVERIFY(messages.isEmpty());
    QVERIFY(!QFile::exists(fileName));
}

QTEST_MAIN(TestReportController)
#include "tst_reportcontroller.moc"
