#pragma once

#include "course.h"
#include "framework.h"
#include "provider.h"
#include "qualification.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

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

// Courses handed over one at a time, so that a save of 100,000 of them need
// not hold them all (an import parses them again from the bundle's text).
class CourseStream
{
public:
    virtual ~CourseStream() = default;
    virtual qsizetype size() const = 0;
    // Calls `visit` with each course in order until it returns false; true
    // when every visit did.
    virtual bool forEach(const std::function<bool(const Course &)> &visit) const = 0;
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
