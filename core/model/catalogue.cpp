#include "catalogue.h"

namespace Cairn::Core {

namespace {
template<typename T, typename KeyOf>
QHash<QString, const T *> indexBy(const QList<T> &items, KeyOf keyOf)
{
    QHash<QString, const T *> index;
    index.reserve(items.size());
    for (const T &item : items)
        index.insert(keyOf(item), &item);
    return index;
}
} // namespace

CatalogueIndex::CatalogueIndex(const Catalogue &catalogue)
    : m_frameworks(indexBy(catalogue.frameworks, [](const Framework &f) { return f.id; }))
    , m_providers(indexBy(catalogue.providers, [](const Provider &p) { return p.id; }))
    , m_skills(indexBy(catalogue.skills, [](const Skill &s) { return s.id; }))
    , m_courses(indexBy(catalogue.courses, [](const Course &c) { return c.code; }))
    , m_qualifications(indexBy(catalogue.qualifications, [](const Qualification &q) { return q.code; }))
{
}

} // namespace Cairn::Core
