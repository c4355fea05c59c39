#pragma once

#include "model/catalogue.h"
#include "model/checks.h"
#include "model/progress.h"
#include "model/status.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Cairn::Core {

class Database;

// Reads and writes the catalogue. save() merges a bundle into what is stored:
// frameworks, providers, skills, courses and qualifications are updated by
// their id or code, never duplicated, and the whole bundle lands in one
// transaction or not at all (a cancelled save included).
class CatalogueRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::CatalogueRepository)

public:
    explicit CatalogueRepository(Database &database) : m_database(database) { }

    Status save(const Catalogue &catalogue, const Progress &progress = {});
    // The same, with the courses given one at a time (catalogue.courses is
    // not read): an import of 100,000 courses need not hold them all.
    Status save(const Catalogue &catalogue, const CourseStream &courses, const Progress &progress = {});
    // `progress` hears of the courses read and may cancel (for an export).
    Status load(Catalogue &catalogue, const Progress &progress = {}) const;
    // Everything but the courses and qualifications, and of the courses only
    // those named: what the planner needs for a learner's records without
    // reading a catalogue of 100,000 courses. Unknown codes are skipped.
    Status loadPart(const QStringList &courseCodes, Catalogue &catalogue) const;

    std::optional<Course> loadCourse(const QString &code) const;
    Status loadQualifications(QList<Qualification> &qualifications) const;
    Status loadFrameworks(QList<Framework> &frameworks) const;
    Status loadProviders(QList<Provider> &providers) const;
    Status loadSkills(QList<Skill> &skills) const;

    qsizetype courseCount() const;
    // Whether there is any course, without counting them all.
    bool hasCourses() const;
    qsizetype qualificationCount() const;
    bool hasCourse(const QString &code) const;
    bool hasQualification(const QString &code) const;
    std::optional<Qualification> loadQualification(const QString &code) const;
    bool hasFramework(const QString &id) const;
    // What the core's checks of an edited item need to know of this
    // catalogue (the answers are read when asked, while the repository's
    // database is open).
    CatalogueFacts facts() const;

private:
    // How often a long save or load reports progress (and may be cancelled).
    static constexpr qint64 progressStep = 256;

    // Every course, or those named; appended to `courses` in catalogue order.
    Status loadCourses(const std::optional<QStringList> &codes, QList<Course> &courses,
                       const Progress &progress = {}) const;
    bool exists(const QString &sql, const QString &key) const;
    qsizetype count(const QString &sql) const;

    Database &m_database;
};

} // namespace Cairn::Core
