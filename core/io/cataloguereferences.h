#pragma once

#include "model/catalogue.h"
#include "problems.h"

namespace Cairn::Core {

// Every id a bundle names must exist in the same bundle (DESIGN.md): course
// providers, frameworks and skills; prerequisite and requirement courses;
// selector courses, skills, providers and frameworks; qualification providers
// and frameworks. Also: a course level lies within its framework's levels and
// a course is not its own prerequisite. Problems carry the JSON path.
void checkCatalogueReferences(const Catalogue &catalogue, Problems &problems);

} // namespace Cairn::Core
