#pragma once

#include "model/catalogue.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Cairn::Core {

// A qualification a course can count toward, and the requirements it can
// fill there (described in words). A course that is eligible but fills no
// particular requirement still adds to the qualification's credit total.
struct Contribution
{
    QString qualification;
    QString title;
    QStringList requirements; // empty: it counts toward the total credits only
};

// Every qualification whose `eligible` selector admits `course`, in the given
// order, with the leaves of its requirement tree the course matches (a course
// leaf of its own code, a credits leaf whose selector matches it), as the
// audit's allocation would consider them (DESIGN.md audit steps 3 and 7).
// `index` names skills, providers and frameworks in the descriptions.
QList<Contribution> contributionsOf(const Course &course, const QList<Qualification> &qualifications,
                                    const CatalogueIndex &index);

} // namespace Cairn::Core
