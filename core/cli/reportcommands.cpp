#include "invocation.h"

#include "audit/auditor.h"
#include "model/catalogue.h"
#include "model/learnerprofile.h"
#include "report/advisorhandout.h"
#include "report/pageddocument.h"
#include "report/progressreport.h"
#include "storage/database.h"

#include <QGuiApplication>
#include <QTextDocument>

namespace Cairn::Core {

namespace {
// Laying out text needs fonts, which need a QGuiApplication (cairn-cli makes
// one on the offscreen platform; a caller without one gets a message).
bool canPaint(QTextStream &err)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    err << "cairn-cli: " << CliText::tr("PDF output needs a QGuiApplication") << '\n';
    return false;
}

struct PdfJob
{
    PaperSize paper = PaperSize::A4;
    QDate asOf;
};

// --pdf (required), --paper and --as-of of `command`: exitSuccess, or the
// exit status after saying what is wrong.
int pdfJob(const Invocation &invocation, const QString &command, PdfJob &job, QTextStream &err)
{
    if (invocation.positional.size() != 1)
        return usageError(err, CliText::tr("%1 takes no positional arguments").arg(command));
    if (invocation.pdfFile.isEmpty())
        return usageError(err, CliText::tr("%1 needs --pdf FILE").arg(command));
    job.paper = defaultPaperSize();
    if (!invocation.paper.isEmpty()) {
        const std::optional<PaperSize> paper = paperSizeFromKey(invocation.paper);
        if (!paper)
            return usageError(err, CliText::tr("--paper expects a4 or letter, not \"%1\"").arg(invocation.paper));
        job.paper = *paper;
    }
    const std::optional<QDate> asOf = asOfDate(invocation, err);
    if (!asOf)
        return exitUsage;
    job.asOf = *asOf;
    return canPaint(err) ? exitSuccess : exitFailure;
}

int writeDocument(QTextDocument &document, const Invocation &invocation, PaperSize paper, const PageFrame &frame,
                  const QString &title, QTextStream &out, QTextStream &err)
{
    if (Status written = writePdf(document, invocation.pdfFile, paper, frame, title); !written) {
        err << "cairn-cli: " << written.message() << '\n';
        return exitFailure;
    }
    out << CliText::tr("Wrote %1").arg(invocation.pdfFile) << '\n';
    return exitSuccess;
}
} // namespace

int runReport(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    PdfJob job;
    if (const int status = pdfJob(invocation, QStringLiteral("report"), job, err); status != exitSuccess)
        return status;
    Database database;
    Catalogue catalogue;
    LearnerProfile learner;
    if (const int status = loadCatalogueAndLearner(invocation, database, catalogue, learner, err); status != exitSuccess)
        return status;
    const Auditor auditor(catalogue, learner);
    ProgressReportRequest request;
    request.today = job.asOf;
    if (!invocation.qualification.isEmpty()) {
        if (!findQualification(auditor.index(), invocation.qualification, err))
            return exitFailure;
        request.qualifications = {invocation.qualification};
    }
    QTextDocument document;
    ProgressReport::build(document, auditor, request);
    return writeDocument(document, invocation, job.paper, ProgressReport::frame(learner.name, job.asOf),
                         ProgressReport::title(learner.name), out, err);
}

int runHandout(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    PdfJob job;
    if (const int status = pdfJob(invocation, QStringLiteral("handout"), job, err); status != exitSuccess)
        return status;
    if (invocation.qualification.isEmpty())
        return usageError(err, CliText::tr("handout needs --qualification CODE"));
    // A handout holds no learner data, so it reads none.
    if (!invocation.learner.isEmpty())
        return usageError(err, CliText::tr("handout reads no learner; leave out --learner"));
    Database database;
    Catalogue catalogue;
    if (const int status = loadCatalogue(invocation, database, catalogue, err); status != exitSuccess)
        return status;
    const CatalogueIndex index(catalogue);
    const Qualification *qualification = findQualification(index, invocation.qualification, err);
    if (!qualification)
        return exitFailure;
    QTextDocument document;
    AdvisorHandout::build(document, catalogue, *qualification, job.asOf);
    return writeDocument(document, invocation, job.paper, AdvisorHandout::frame(*qualification, job.asOf),
                         AdvisorHandout::title(*qualification), out, err);
}

} // namespace Cairn::Core
