#include "demodata.h"

#include "importer.h"

namespace Cairn::Core {

QString demoCatalogueResource()
{
    return QStringLiteral(":/cairn/demo/catalogue.json");
}

QString demoLearnerResource()
{
    return QStringLiteral(":/cairn/demo/learner.json");
}

Status importDemoData(Database &database)
{
    Importer importer(database);
    if (Status status = importer.importFile(demoCatalogueResource()); !status)
        return status;
    return importer.importFile(demoLearnerResource());
}

} // namespace Cairn::Core
