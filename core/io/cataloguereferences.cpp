#include "cataloguereferences.h"

#include "jsonfields.h"

namespace Cairn::Core {

CatalogueReferences::CatalogueReferences(const Catalogue &catalogue, QSet<QString> courseCodes, Problems &problems)
    : m_index(catalogue), m_courseCodes(std::move(courseCodes)), m_problems(problems)
{
}

void CatalogueReferences::checkCourse(const Course &course, const QString &path)
{
    if (!course.provider.isEmpty() && !m_index.provider(course.provider))
        unknown(jsonChildPath(path, u"provider"), tr("provider"), course.provider);
    const Framework *framework = m_index.framework(course.framework);
    if (!course.framework.isEmpty() && !framework)
        unknown(jsonChildPath(path, u"framework"), tr("framework"), course.framework);
    if (framework && !framework->containsLevel(course.level)) {
        const QString levelPath = jsonChildPath(path, u"level");
        if (!m_problems.hasPath(levelPath)) {
            m_problems.add(levelPath,
                           tr("expected a level from %1 to %2 (framework \"%3\")")
                               .arg(framework->minLevel)
                               .arg(framework->maxLevel)
                               .arg(framework->id));
        }
    }
    for (qsizetype i = 0; i < course.skills.size(); ++i) {
        if (!m_index.skill(course.skills[i]))
            unknown(jsonIndexPath(jsonChildPath(path, u"skills"), i), tr("skill"), course.skills[i]);
    }
    if (course.prerequisites.kind == Requirement::Kind::None)
        return;
    const QString prerequisitesPath = jsonChildPath(path, u"prerequisites");
    checkRequirement(course.prerequisites, prerequisitesPath);
    if (course.prerequisites.courseCodes().contains(course.code))
        m_problems.add(prerequisitesPath, tr("a course cannot be its own prerequisite"));
}

void CatalogueReferences::checkQualification(const Qualification &qualification, const QString &path)
{
    if (!qualification.provider.isEmpty() && !m_index.provider(qualification.provider))
        unknown(jsonChildPath(path, u"provider"), tr("provider"), qualification.provider);
    if (!qualification.framework.isEmpty() && !m_index.framework(qualification.framework))
        unknown(jsonChildPath(path, u"framework"), tr("framework"), qualification.framework);
    checkSelector(qualification.eligible, jsonChildPath(path, u"eligible"));
    checkRequirement(qualification.requirements, jsonChildPath(path, u"requirements"));
    for (qsizetype i = 0; i < qualification.constraints.size(); ++i) {
        checkSelector(qualification.constraints[i].from,
                      jsonChildPath(jsonIndexPath(jsonChildPath(path, u"constraints"), i), u"from"));
    }
}

void CatalogueReferences::unknown(const QString &path, const QString &what, const QString &id)
{
    //: %1 is "course", "provider", "framework" or "skill"; %2 its id
    m_problems.add(path, tr("no %1 \"%2\" in this catalogue").arg(what, id));
}

void CatalogueReferences::checkRequirement(const Requirement &node, const QString &path)
{
    switch (node.kind) {
    case Requirement::Kind::None:
        return;
    case Requirement::Kind::Course:
        if (!node.course.isEmpty() && !m_courseCodes.contains(node.course))
            unknown(jsonChildPath(path, u"course"), tr("course"), node.course);
        return;
    case Requirement::Kind::Credits:
        checkSelector(node.from, jsonChildPath(path, u"from"));
        return;
    case Requirement::Kind::AllOf:
    case Requirement::Kind::AnyOf: {
        const QString childrenPath = jsonChildPath(path, node.kind == Requirement::Kind::AllOf ? u"allOf" : u"anyOf");
        for (size_t i = 0; i < node.children.size(); ++i)
            checkRequirement(node.children[i], jsonIndexPath(childrenPath, qsizetype(i)));
        return;
    }
    }
}

template<typename Known>
void CatalogueReferences::checkIds(const std::optional<QStringList> &ids, const QString &path, const QString &what,
                                   Known known)
{
    if (!ids)
        return;
    for (qsizetype i = 0; i < ids->size(); ++i) {
        if (!known(ids->at(i)))
            unknown(jsonIndexPath(path, i), what, ids->at(i));
    }
}

void CatalogueReferences::checkSelector(const Selector &selector, const QString &path)
{
    checkIds(selector.courses, jsonChildPath(path, u"courses"), tr("course"),
             [this](const QString &id) { return m_courseCodes.contains(id); });
    checkIds(selector.skills, jsonChildPath(path, u"skills"), tr("skill"),
             [this](const QString &id) { return m_index.skill(id) != nullptr; });
    checkIds(selector.providers, jsonChildPath(path, u"providers"), tr("provider"),
             [this](const QString &id) { return m_index.provider(id) != nullptr; });
    checkIds(selector.frameworks, jsonChildPath(path, u"frameworks"), tr("framework"),
             [this](const QString &id) { return m_index.framework(id) != nullptr; });
}

} // namespace Cairn::Core
