#pragma once

#include "model/catalogue.h"
#include "model/status.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Cairn::Core {

class Database;

// Writes one catalogue item at a time, as the GUI's dialogs and their undo
// commands do: put (insert or replace by code or id) and remove. Each write
// is one transaction and keeps the search index current. A removal that
// would leave something pointing at nothing — a learner's record, another
// course's prerequisite, a qualification's rule, a goal — is refused, and the
// message says what still uses the item.
class CatalogueEditor final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::CatalogueEditor)

public:
    explicit CatalogueEditor(Database &database) : m_database(database) { }

    Status putCourse(const Course &course);
    Status removeCourse(const QString &code);
    Status putProvider(const Provider &provider);
    Status removeProvider(const QString &id);
    Status putSkill(const Skill &skill);
    Status removeSkill(const QString &id);
    Status putQualification(const Qualification &qualification);
    Status removeQualification(const QString &code);

    // What still uses an item, one phrase each ("the records of Aroha");
    // empty when it can be removed.
    QStringList usesOfCourse(const QString &code) const;
    QStringList usesOfProvider(const QString &id) const;
    QStringList usesOfSkill(const QString &id) const;
    QStringList usesOfQualification(const QString &code) const;

private:
    Status refuseIfUsed(const QString &what, const QStringList &uses) const;
    QStringList qualificationsNaming(const std::function<bool(const Selector &)> &inSelector,
                                     const std::function<bool(const Requirement &)> &inNode = {}) const;
    QStringList column(const QString &sql, const QString &key) const;

    Database &m_database;
};

} // namespace Cairn::Core
