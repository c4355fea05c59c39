#pragma once

#include "report/pageddocument.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QPrinter;
class QTextDocument;
class QWidget;

namespace Cairn::Core {
class Auditor;
}

namespace Cairn::Ui {

class AuditService;
class Workspace;

// What goes on paper, behind the File menu: the learner's progress report as
// a PDF (with the dashboard's charts) or printed after a preview, the plan as
// CSV, and an advisor's handout of a qualification's pathway. The documents
// come from the core (core/report); this asks for file names and draws the
// charts.
class ReportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportController)

public:
    // `currentQualification` names the qualification the window shows (the
    // handout's default), or "".
    ReportController(Workspace &workspace, AuditService &audits, std::function<QString()> currentQualification,
                     QWidget *window);

    QAction *exportReportAction() const { return m_exportReport; }
    QAction *printAction() const { return m_print; }
    QAction *exportPlanAction() const { return m_exportPlan; }
    QAction *exportHandoutAction() const { return m_exportHandout; }

    // Each writes all or nothing; on success message() says so. A failure
    // says why (the dialogs behind the actions show it).
    Core::Status exportReport(const QString &fileName, Core::PaperSize paper);
    Core::Status exportPlanCsv(const QString &fileName);
    Core::Status exportHandout(const QString &qualification, const QString &fileName, Core::PaperSize paper);
    // The report laid out on `printer`'s pages; the number of pages.
    int printReport(QPrinter &printer);

Q_SIGNALS:
    void message(const QString &text);

private:
    void exportReportFromDialog();
    void printFromDialog();
    void exportPlanFromDialog();
    void exportHandoutFromDialog();
    // The auditor (of the open profile when `needProfile`), or a failure
    // that says why there is none yet.
    Core::Status readyAuditor(bool needProfile, std::shared_ptr<const Core::Auditor> &auditor);
    void buildReport(QTextDocument &document, const Core::Auditor &auditor) const;
    Core::Status wrote(const Core::Status &written, const QString &fileName);
    // Shows a failure from a menu action (a missing profile in the status bar).
    void show(const Core::Status &status);

    Workspace &m_workspace;
    AuditService &m_audits;
    std::function<QString()> m_currentQualification;
    QWidget *m_window;
    QAction *m_exportReport;
    QAction *m_print;
    QAction *m_exportPlan;
    QAction *m_exportHandout;
};

} // namespace Cairn::Ui
