#pragma once

#include "course.h"
#include "framework.h"
#include "provider.h"
#include "qualification.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Cairn::Core {

// Everything a catalogue bundle holds (DESIGN.md, "Catalogue bundle").
struct Catalogue
{
    QString name;
    QList<Framework> frameworks;
    QList<Provider> providers;
    QList<Skill> skills;
    QList<Course> courses;
    QList<Qualification> qualifications;

    bool operator==(const Catalogue &) const = default;
};

// Lookups by code or id into a catalogue. The pointers stay valid while the
// catalogue it was built from is alive and not modified.
class CatalogueIndex final
{
public:
    explicit CatalogueIndex(const Catalogue &catalogue);

    const Framework *framework(const QString &id) const { return m_frameworks.value(id); }
    const Provider *provider(const QString &id) const { return m_providers.value(id); }
    const Skill *skill(const QString &id) const { return m_skills.value(id); }
    const Course *course(const QString &code) const { return m_courses.value(code); }
    const Qualification *qualification(const QString &code) const
    {
        return m_qualifications.value(code);
    }

private:
    QHash<QString, const Framework *> m_frameworks;
    QHash<QString, const Provider *> m_providers;
    QHash<QString, const Skill *> m_skills;
    QHash<QString, const Course *> m_courses;
    QHash<QString, const Qualification *> m_qualifications;
};

} // namespace Cairn::Core
