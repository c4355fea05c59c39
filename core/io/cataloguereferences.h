#pragma once

#include "model/catalogue.h"
#include "problems.h"

#include <QCoreApplication>
#include <QSet>

namespace Cairn::Core {

// Every id a bundle names must exist in the same bundle (DESIGN.md): course
// providers, frameworks and skills; prerequisite and requirement courses;
// selector courses, skills, providers and frameworks; qualification providers
// and frameworks. Also: a course level lies within its framework's levels and
// a course is not its own prerequisite. Problems carry the JSON path.
//
// The courses are named by their codes, so that a bundle's courses can be
// checked one at a time as they are read; the rest of `catalogue` is indexed
// (and must outlive the checker).
class CatalogueReferences final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::CatalogueReferences)

public:
    CatalogueReferences(const Catalogue &catalogue, QSet<QString> courseCodes, Problems &problems);

    void checkCourse(const Course &course, const QString &path);
    void checkQualification(const Qualification &qualification, const QString &path);

private:
    void unknown(const QString &path, const QString &what, const QString &id);
    void checkRequirement(const Requirement &node, const QString &path);
    void checkSelector(const Selector &selector, const QString &path);
    template<typename Known>
    void checkIds(const std::optional<QStringList> &ids, const QString &path, const QString &what, Known known);

    CatalogueIndex m_index;
    QSet<QString> m_courseCodes;
    Problems &m_problems;
};

} // namespace Cairn::Core
