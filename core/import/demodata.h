#pragma once

#include "model/status.h"

#include <QString>

namespace Cairn::Core {

class Database;

// The demo catalogue and demo learner shipped inside cairn_core's resources.
QString demoCatalogueResource(); // ":/cairn/demo/catalogue.json"
QString demoLearnerResource();   // ":/cairn/demo/learner.json"

// Imports the demo catalogue and then the demo learner.
Status importDemoData(Database &database);

} // namespace Cairn::Core
