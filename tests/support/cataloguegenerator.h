#pragma once

#include "model/catalogue.h"

#include <QtGlobal>

namespace Cairn::Test {

// A deterministic synthetic catalogue of any size for tests and benchmarks:
// `courses` courses from 40 providers in three frameworks, 300 skills,
// titles and outcomes built from word lists (so that searches find a few
// rows or thousands), costs in three currencies (one course in 25 without a
// cost), one to three delivery modes, up to three intakes, prerequisites
// among earlier courses, and one qualification per 100 courses.
// The same size and seed always give the same catalogue.
Core::Catalogue generateCatalogue(int courses, quint32 seed = 2027);

} // namespace Cairn::Test
