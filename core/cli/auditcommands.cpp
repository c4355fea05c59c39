#include "invocation.h"

#include "audit/auditor.h"
#include "report/auditreport.h"
#include "audit/whatif.h"
#include "model/catalogue.h"
#include "model/learnerprofile.h"
#include "storage/database.h"

#include <QJsonDocument>

namespace Cairn::Core {

namespace {
std::optional<AuditMode> modeOf(const Invocation &invocation, QTextStream &err, AuditMode fallback)
{
    if (invocation.mode.isEmpty())
        return fallback;
    const auto mode = auditModeFromKey(invocation.mode);
    if (!mode)
        usageError(err, CliText::tr("--mode expects earned or planned, not \"%1\"").arg(invocation.mode));
    return mode;
}
} // namespace

int runAudit(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    if (invocation.positional.size() != 1)
        return usageError(err, CliText::tr("audit takes no positional arguments"));
    if (invocation.qualification.isEmpty())
        return usageError(err, CliText::tr("audit needs --qualification CODE"));
    const auto mode = modeOf(invocation, err, AuditMode::Earned);
    if (!mode)
        return exitUsage;
    const auto asOf = asOfDate(invocation, err);
    if (!asOf)
        return exitUsage;
    Database database;
    Catalogue catalogue;
    LearnerProfile learner;
    if (const int status = loadCatalogueAndLearner(invocation, database, catalogue, learner, err); status != exitSuccess)
        return status;
    const CatalogueIndex index(catalogue);
    const Qualification *qualification = findQualification(index, invocation.qualification, err);
    if (!qualification)
        return exitFailure;
    const AuditResult result = Auditor(catalogue, learner).audit(*qualification, *mode, *asOf);
    if (invocation.json)
        out << QJsonDocument(AuditReport::toJson(result)).toJson(QJsonDocument::Indented);
    else
        out << AuditReport::toText(result);
    return exitSuccess;
}

int runWhatIf(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    if (invocation.positional.size() != 1)
        return usageError(err, CliText::tr("whatif takes no positional arguments"));
    const auto mode = modeOf(invocation, err, AuditMode::Planned);
    if (!mode)
        return exitUsage;
    const auto asOf = asOfDate(invocation, err);
    if (!asOf)
        return exitUsage;
    Database database;
    Catalogue catalogue;
    LearnerProfile learner;
    if (const int status = loadCatalogueAndLearner(invocation, database, catalogue, learner, err); status != exitSuccess)
        return status;
    const QList<WhatIfEntry> entries = rankQualifications(Auditor(catalogue, learner), *asOf, *mode);
    if (invocation.json)
        out << QJsonDocument(AuditReport::toJson(entries, *asOf)).toJson(QJsonDocument::Indented);
    else
        out << AuditReport::toText(entries, *asOf);
    return exitSuccess;
}

} // namespace Cairn::Core
