#pragma once

#include "model/catalogue.h"
#include "model/status.h"

#include <QCoreApplication>

#include <optional>

namespace Cairn::Core {

class Database;

// Reads and writes the catalogue. save() merges a bundle into what is stored:
// frameworks, providers, skills, courses and qualifications are updated by
// their id or code, never duplicated, and the whole bundle lands in one
// transaction or not at all.
class CatalogueRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::CatalogueRepository)

public:
    explicit CatalogueRepository(Database &database) : m_database(database) { }

    Status save(const Catalogue &catalogue);
    Status load(Catalogue &catalogue) const;

    qsizetype courseCount() const;
    qsizetype qualificationCount() const;
    bool hasCourse(const QString &code) const;
    bool hasQualification(const QString &code) const;
    std::optional<Qualification> loadQualification(const QString &code) const;
    bool hasFramework(const QString &id) const;

private:
    bool exists(const QString &sql, const QString &key) const;
    qsizetype count(const QString &sql) const;

    Database &m_database;
};

} // namespace Cairn::Core
