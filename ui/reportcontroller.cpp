#include "reportcontroller.h"

#include "audit/auditor.h"
#include "audit/auditservice.h"
#include "charts/chartadapter.h"
#include "dialogs/pdffiledialog.h"
#include "io/savefile.h"
#include "planner/partialplan.h"
#include "planner/planinput.h"
#include "report/advisorhandout.h"
#include "report/planreport.h"
#include "report/progressreport.h"
#include "theme.h"
#include "views/dashboard/dashboardspecs.h"
#include "workspace.h"

#include <QAction>
#include <QDir>
#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace Cairn::Ui {

namespace {
// The size a chart is printed at, in 1/96 inch (the page is about 680 wide);
// ChartAdapter draws it with twice the pixels, which ProgressReport halves.
const QSize chartSize(640, 300);

// A waiting cursor while a document is made (a large catalogue takes a moment).
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(WaitCursor)
};
} // namespace

ReportController::ReportController(Workspace &workspace, AuditService &audits,
                                   std::function<QString()> currentQualification, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_audits(audits)
    , m_currentQualification(std::move(currentQualification))
    , m_window(window)
    , m_exportReport(new QAction(tr("Export &Report…"), this))
    , m_print(new QAction(tr("&Print Report…"), this))
    , m_exportPlan(new QAction(tr("Export Plan as &CSV…"), this))
    , m_exportHandout(new QAction(tr("Export &Handout…"), this))
{
    m_exportReport->setObjectName(QStringLiteral("exportReport"));
    m_exportReport->setStatusTip(tr("Write the open profile's progress report as a PDF"));
    m_exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_print->setObjectName(QStringLiteral("printReport"));
    m_print->setStatusTip(tr("Print the open profile's progress report, after a preview"));
    m_print->setShortcut(QKeySequence::Print);
    m_exportPlan->setObjectName(QStringLiteral("exportPlanCsv"));
    m_exportPlan->setStatusTip(tr("Write the plan's courses and dates as a CSV file for a spreadsheet"));
    m_exportHandout->setObjectName(QStringLiteral("exportHandout"));
    m_exportHandout->setStatusTip(tr("Write a pathway handout for advisors as a PDF, without any learner data"));
    m_exportHandout->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_exportReport, &QAction::triggered, this, &ReportController::exportReportFromDialog);
    connect(m_print, &QAction::triggered, this, &ReportController::printFromDialog);
    connect(m_exportPlan, &QAction::triggered, this, &ReportController::exportPlanFromDialog);
    connect(m_exportHandout, &QAction::triggered, this, &ReportController::exportHandoutFromDialog);
}

Core::Status ReportController::readyAuditor(bool needProfile, std::shared_ptr<const Core::Auditor> &auditor)
{
    if (needProfile && !m_workspace.hasProfile())
        return Core::Status::cancellation(tr("Open a profile first: the report is about one learner."));
    m_audits.request();
    auditor = m_audits.auditor();
    if (auditor)
        return Core::Status::success();
    return Core::Status::cancellation(m_audits.error().isEmpty()
                                          ? tr("The catalogue is still being read; try again in a moment.")
                                          : m_audits.error());
}

void ReportController::buildReport(QTextDocument &document, const Core::Auditor &auditor) const
{
    const QDate today = QDate::currentDate();
    Core::ProgressReportRequest request;
    request.today = today;
    // Paper is white whatever the theme on screen.
    QPalette paper = lightPalette();
    paper.setColor(QPalette::Window, Qt::white);
    paper.setColor(QPalette::Base, Qt::white);
    const DashboardCharts charts = DashboardSpecs::forLearner(auditor, today);
    for (const ChartSpec *spec : charts.all()) {
        if (!spec->isEmpty())
            request.charts.append({spec->title, ChartAdapter::render(*spec, chartSize, paper)});
    }
    Core::ProgressReport::build(document, auditor, request);
}

Core::Status ReportController::wrote(const Core::Status &written, const QString &fileName)
{
    if (written)
        Q_EMIT message(tr("Wrote %1").arg(QDir::toNativeSeparators(fileName)));
    return written;
}

void ReportController::show(const Core::Status &status)
{
    if (status)
        return;
    if (status.cancelled())
        Q_EMIT message(status.message());
    else
        QMessageBox::warning(m_window, tr("Nothing was written"), status.message());
}

Core::Status ReportController::exportReport(const QString &fileName, Core::PaperSize paper)
{
    std::shared_ptr<const Core::Auditor> auditor;
    if (Core::Status ready = readyAuditor(true, auditor); !ready)
        return ready;
    const WaitCursor wait;
    QTextDocument document;
    buildReport(document, *auditor);
    const QString name = auditor->learner().name;
    return wrote(Core::writePdf(document, fileName, paper, Core::ProgressReport::frame(name, QDate::currentDate()),
                                Core::ProgressReport::title(name)),
                 fileName);
}

int ReportController::printReport(QPrinter &printer)
{
    std::shared_ptr<const Core::Auditor> auditor;
    if (!readyAuditor(true, auditor))
        return 0;
    const WaitCursor wait;
    QTextDocument document;
    buildReport(document, *auditor);
    return Core::paintPages(document, printer, Core::ProgressReport::frame(auditor->learner().name, QDate::currentDate()));
}

Core::Status ReportController::exportPlanCsv(const QString &fileName)
{
    std::shared_ptr<const Core::Auditor> auditor;
    if (Core::Status ready = readyAuditor(true, auditor); !ready)
        return ready;
    // The plan the dashboard draws, without working out its charts.
    const Core::LearnerProfile &learner = auditor->learner();
    const Core::PlanResult plan = Core::schedulePlaceable(
        Core::planProblemFor(auditor->catalogue(), learner, learner.hoursPerWeek, QDate::currentDate()));
    return wrote(Core::writeFileAtomically(fileName, Core::PlanReport::toCsv(plan)), fileName);
}

Core::Status ReportController::exportHandout(const QString &qualification, const QString &fileName,
                                             Core::PaperSize paper)
{
    std::shared_ptr<const Core::Auditor> auditor;
    if (Core::Status ready = readyAuditor(false, auditor); !ready)
        return ready;
    const Core::Qualification *chosen = auditor->index().qualification(qualification);
    if (!chosen)
        return Core::Status::failure(tr("There is no qualification %1 in the catalogue.").arg(qualification));
    const WaitCursor wait;
    QTextDocument document;
    const QDate today = QDate::currentDate();
    Core::AdvisorHandout::build(document, auditor->catalogue(), *chosen, today);
    return wrote(Core::writePdf(document, fileName, paper, Core::AdvisorHandout::frame(*chosen, today),
                                Core::AdvisorHandout::title(*chosen)),
                 fileName);
}

void ReportController::exportReportFromDialog()
{
    std::shared_ptr<const Core::Auditor> auditor;
    if (Core::Status ready = readyAuditor(true, auditor); !ready)
        return show(ready);
    if (const auto target = PdfFileDialog::ask(m_window, tr("Export Report"),
                                               tr("%1 progress report.pdf").arg(m_workspace.profile().name)))
        show(exportReport(target->fileName, target->paper));
}

void ReportController::printFromDialog()
{
    std::shared_ptr<const Core::Auditor> auditor;
    if (Core::Status ready = readyAuditor(true, auditor); !ready)
        return show(ready);
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(Core::ProgressReport::title(m_workspace.profile().name));
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Report"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) { printReport(*target); });
    preview.exec();
}

void ReportController::exportPlanFromDialog()
{
    std::shared_ptr<const Core::Auditor> auditor;
    if (Core::Status ready = readyAuditor(true, auditor); !ready)
        return show(ready);
    const QString fileName = QFileDialog::getSaveFileName(m_window, tr("Export Plan"),
                                                          tr("%1 plan.csv").arg(m_workspace.profile().name),
                                                          tr("CSV (*.csv)"));
    if (!fileName.isEmpty())
        show(exportPlanCsv(fileName));
}

void ReportController::exportHandoutFromDialog()
{
    std::shared_ptr<const Core::Auditor> auditor;
    if (Core::Status ready = readyAuditor(false, auditor); !ready)
        return show(ready);
    const QList<Core::Qualification> &qualifications = auditor->catalogue().qualifications;
    if (qualifications.isEmpty()) {
        Q_EMIT message(tr("The catalogue has no qualification to make a handout of."));
        return;
    }
    QStringList items;
    int current = 0;
    const QString shown = m_currentQualification ? m_currentQualification() : QString();
    for (const Core::Qualification &qualification : qualifications) {
        if (qualification.code == shown)
            current = int(items.size());
        items.append(tr("%1 — %2").arg(qualification.code, qualification.title));
    }
    bool chosen = false;
    const QString item = QInputDialog::getItem(m_window, tr("Export Handout"), tr("Pathway of:"), items, current,
                                               false, &chosen);
    if (!chosen)
        return;
    const Core::Qualification &qualification = qualifications.at(items.indexOf(item));
    if (const auto target = PdfFileDialog::ask(m_window, tr("Export Handout"), tr("%1 pathway.pdf").arg(qualification.code)))
        show(exportHandout(qualification.code, target->fileName, target->paper));
}

} // namespace Cairn::Ui
