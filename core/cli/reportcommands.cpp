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

// --pdf (required) and --paper; std::nullopt after a usage error.
std::optional<PaperSize> pdfOptions(const Invocation &invocation, const QString &command, QTextStream &err)
{
    if (invocation.positional.size() != 1) {
        usageError(err, CliText::tr("%1 takes no positional arguments").arg(command));
        return std::nullopt;
    }
    if (invocation.pdfFile.isEmpty()) {
        usageError(err, CliText::tr("%1 needs --pdf FILE").arg(command));
        return std::nullopt;
    }
    if (invocation.paper.isEmpty())
        return defaultPaperSize();
    const std::optional<PaperSize> paper = paperSizeFromKey(invocation.paper);
    if (!paper)
        usageError(err, CliText::tr("--paper expects a4 or letter, not \"%1\"").arg(invocation.paper));
    return paper;
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
    const std::optional<PaperSize> paper = pdfOptions(invocation, QStringLiteral("report"), err);
    if (!paper)
        return exitUsage;
    const auto asOf = asOfDate(invocation, err);
    if (!asOf)
        return exitUsage;
    if (!canPaint(err))
        return exitFailure;
    Database database;
    Catalogue catalogue;
    LearnerProfile learner;
    if (const int status = loadCatalogueAndLearner(invocation, database, catalogue, learner, err); status != exitSuccess)
        return status;
    const Auditor auditor(catalogue, learner);
    ProgressReportRequest request;
    request.today = *asOf;
    if (!invocation.qualification.isEmpty()) {
        if (!findQualification(auditor.index(), invocation.qualification, err))
            return exitFailure;
        request.qualifications = {invocation.qualification};
    }
    QTextDocument document;
    ProgressReport::build(document, auditor, request);
    return writeDocument(document, invocation, *paper, ProgressReport::frame(learner.name, *asOf),
                         ProgressReport::title(learner.name), out, err);
}

int runHandout(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const std::optional<PaperSize> paper = pdfOptions(invocation, QStringLiteral("handout"), err);
    if (!paper)
        return exitUsage;
    if (invocation.qualification.isEmpty())
        return usageError(err, CliText::tr("handout needs --qualification CODE"));
    // A handout holds no learner data, so it reads none.
    if (!invocation.learner.isEmpty())
        return usageError(err, CliText::tr("handout reads no learner; leave out --learner"));
    const auto asOf = asOfDate(invocation, err);
    if (!asOf)
        return exitUsage;
    if (!canPaint(err))
        return exitFailure;
    Database database;
    Catalogue catalogue;
    if (const int status = loadCatalogue(invocation, database, catalogue, err); status != exitSuccess)
        return status;
    const CatalogueIndex index(catalogue);
    const Qualification *qualification = findQualification(index, invocation.qualification, err);
    if (!qualification)
        return exitFailure;
    QTextDocument document;
    AdvisorHandout::build(document, catalogue, *qualification, *asOf);
    return writeDocument(document, invocation, *paper, AdvisorHandout::frame(*qualification, *asOf),
                         AdvisorHandout::title(*qualification), out, err);
}

} // namespace Cairn::Core
