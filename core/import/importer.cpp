#include "importer.h"

#include "storage/backups.h"

#include "io/cataloguereader.h"
#include "io/learnerfile.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"

namespace Cairn::Core {

namespace {
// What an import of a bundle counts on its progress bar: first each course
// checked, then every row written (as CatalogueRepository::save counts them).
qint64 stepsOf(const JsonObjectView &root, qint64 courses)
{
    qint64 rows = courses;
    for (const QStringView key : {u"frameworks", u"providers", u"skills", u"qualifications"})
        rows += root.value(key).toArray().size(); // 0 when absent or not an array
    return courses + rows;
}

// A rejected document: the message names the file and the first problems,
// the summary keeps them all.
Status rejected(const Problems &problems, const QString &displayName, ImportSummary &result)
{
    result.problems = problems;
    return Status::failure(problems.describe(displayName));
}
} // namespace

Status Importer::importFile(const QString &fileName, ImportSummary *summary, const Progress &progress)
{
    Problems problems;
    auto bytes = readFileBytes(fileName, problems);
    if (!bytes) {
        ImportSummary result;
        const Status status = rejected(problems, fileName, result);
        if (summary)
            *summary = result;
        return status;
    }
    return importDocument(std::move(*bytes), fileName, summary, progress);
}

Status Importer::importBytes(const QByteArray &bytes, const QString &displayName, ImportSummary *summary,
                             const Progress &progress)
{
    return importDocument(bytes, displayName, summary, progress);
}

Status Importer::importDocument(QByteArray bytes, const QString &displayName, ImportSummary *summary,
                                const Progress &progress)
{
    ImportSummary result;
    const auto finish = [&result, summary](Status status) {
        if (summary)
            *summary = result;
        return status;
    };
    // The file's name before the storage's sentence; a failure another
    // program's lock caused stays one that may be tried again.
    const auto saveFailed = [&displayName](const Status &saved) {
        if (saved.cancelled())
            return saved;
        const QString message = displayName + QStringLiteral(": ") + saved.message();
        return saved.retryable() ? Status::retryable(message) : Status::failure(message);
    };

    if (m_database.isReadOnly()) {
        return Status::failure(tr("%1 is read-only here (the file or its folder cannot be written).")
                                   .arg(m_database.path()));
    }
    // A file that passed every check is about to be written: keep a copy of
    // the database as it was first (docs/DECISIONS.md "Backups").
    const auto backUp = [this, &saveFailed]() {
        const QString path = m_database.path();
        // A study centre's server is backed up by its own tools (pg_dump,
        // docs/STUDY_CENTRE.md), not into a folder beside a file.
        if (path.isEmpty() || path == u":memory:" || m_database.isServer())
            return Status::success();
        const Status made = Backups(path).make(m_database.connection(), QStringLiteral("import"));
        return made ? made : saveFailed(made);
    };

    // A bundle's courses are never all in memory, as a model or parsed: they
    // are checked, then parsed and read again one at a time as they are
    // written, from the text, which the bundle keeps. Any other text is let
    // go once parsed (simdjson's tape holds its own copy of every string).
    const auto cancelled = [] { return Status::cancellation(tr("The import was cancelled; nothing was changed.")); };
    Problems problems;
    ParsedJson parsed;
    std::optional<CatalogueBundle> catalogue;
    qint64 checking = 0; // the progress bar's steps before the writing
    std::optional<LearnerProfile> learner;
    {
        CourseElements courses;
        const auto root = parseDocument(parsed, bytes, courses, problems);
        bytes = QByteArray();
        if (!root)
            return finish(rejected(problems, displayName, result));
        result.format = detectDocumentFormat(*root);
        // A broken course can mislead the scan, so that the rest it left
        // says another format: then the text is refused for what it is.
        // (A bundle's reader checks its courses first in any case.)
        if (courses.isGiven() && result.format != DocumentFormat::Catalogue && !courses.allParse()) {
            problems = Problems();
            ParsedJson::describeRefusal(courses.text(), problems);
            return finish(rejected(problems, displayName, result));
        }
        if (m_expected != DocumentFormat::Unknown && result.format != m_expected) {
            problems.add(QStringLiteral("format"), tr("expected \"%1\"").arg(documentFormatKey(m_expected)));
            return finish(rejected(problems, displayName, result));
        }
        switch (result.format) {
        case DocumentFormat::Catalogue: {
            checking = courses.size();
            const qint64 steps = stepsOf(*root, checking);
            bool stopped = false;
            CheckProgress checked;
            if (progress)
                checked = [&progress, steps](qsizetype done) { return progress(done, steps); };
            catalogue = readCatalogueBundle(*root, courses, problems, checked, &stopped);
            if (stopped)
                return finish(cancelled());
            break;
        }
        case DocumentFormat::Learner:
            learner = readLearner(*root, problems);
            break;
        case DocumentFormat::Unknown:
            problems.add(QStringLiteral("format"), tr("expected \"%1\" or \"%2\"")
                                                       .arg(documentFormatKey(DocumentFormat::Catalogue),
                                                            documentFormatKey(DocumentFormat::Learner)));
            break;
        }
        if (!problems.isEmpty())
            return finish(rejected(problems, displayName, result));
    }

    CatalogueRepository catalogues(m_database);
    if (catalogue) {
        result.name = catalogue->catalogue.name;
        if (Status backedUp = backUp(); !backedUp)
            return finish(backedUp);
        Progress writing;
        if (progress) {
            writing = [&progress, checking](qint64 done, qint64 total) {
                return progress(checking + done, checking + total);
            };
        }
        if (Status saved = catalogues.save(catalogue->catalogue, *catalogue, writing); !saved)
            return finish(saveFailed(saved));
        result.courses = catalogue->size();
        result.qualifications = catalogue->catalogue.qualifications.size();
    } else if (learner) {
        const CatalogueLookup lookup{
            [&catalogues](const QString &code) { return catalogues.hasCourse(code); },
            [&catalogues](const QString &code) { return catalogues.loadQualification(code); },
            [&catalogues](const QString &id) { return catalogues.hasFramework(id); }};
        checkLearnerAgainstCatalogue(*learner, lookup, problems);
        if (!problems.isEmpty())
            return finish(rejected(problems, displayName, result));
        result.name = learner->name;
        if (progress && !progress(0, 1))
            return finish(cancelled());
        if (Status backedUp = backUp(); !backedUp)
            return finish(backedUp);
        LearnerRepository learners(m_database);
        if (Status saved = learners.save(*learner); !saved)
            return finish(saveFailed(saved));
        result.records = learner->records.size();
    }
    return finish(Status::success());
}

} // namespace Cairn::Core
