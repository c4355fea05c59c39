#include "importer.h"

#include "cataloguereader.h"
#include "learnerfile.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"

namespace Cairn::Core {

Status Importer::importFile(const QString &fileName, ImportSummary *summary)
{
    Problems problems;
    const auto bytes = readFileBytes(fileName, problems);
    if (!bytes)
        return Status::failure(problems.describe(fileName));
    return importBytes(*bytes, fileName, summary);
}

Status Importer::importBytes(const QByteArray &bytes, const QString &displayName, ImportSummary *summary)
{
    Problems problems;
    const auto root = parseJsonObject(bytes, problems);
    if (!root)
        return Status::failure(problems.describe(displayName));

    ImportSummary result;
    result.format = detectDocumentFormat(*root);
    CatalogueRepository catalogues(m_database);
    switch (result.format) {
    case DocumentFormat::Catalogue: {
        const auto catalogue = readCatalogue(*root, problems);
        if (!catalogue)
            return Status::failure(problems.describe(displayName));
        if (Status saved = catalogues.save(*catalogue); !saved)
            return Status::failure(displayName + QStringLiteral(": ") + saved.message());
        result.name = catalogue->name;
        result.courses = catalogue->courses.size();
        result.qualifications = catalogue->qualifications.size();
        break;
    }
    case DocumentFormat::Learner: {
        const auto learner = readLearner(*root, problems);
        if (!learner)
            return Status::failure(problems.describe(displayName));
        const CatalogueLookup lookup{
            [&catalogues](const QString &code) { return catalogues.hasCourse(code); },
            [&catalogues](const QString &code) { return catalogues.loadQualification(code); },
            [&catalogues](const QString &id) { return catalogues.hasFramework(id); }};
        checkLearnerAgainstCatalogue(*learner, lookup, problems);
        if (!problems.isEmpty())
            return Status::failure(problems.describe(displayName));
        LearnerRepository learners(m_database);
        if (Status saved = learners.save(*learner); !saved)
            return Status::failure(displayName + QStringLiteral(": ") + saved.message());
        result.name = learner->name;
        result.records = learner->records.size();
        break;
    }
    case DocumentFormat::Unknown:
        problems.add(QStringLiteral("format"), tr("expected \"%1\" or \"%2\"")
                                                   .arg(documentFormatKey(DocumentFormat::Catalogue),
                                                        documentFormatKey(DocumentFormat::Learner)));
        return Status::failure(problems.describe(displayName));
    }
    if (summary)
        *summary = result;
    return Status::success();
}

} // namespace Cairn::Core
