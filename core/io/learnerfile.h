#pragma once

#include "model/learnerprofile.h"
#include "model/qualification.h"
#include "jsonvalue.h"
#include "problems.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace Cairn::Core {

// Reads a learner file ("format": "cairn-learner", "version": 1): shapes,
// statuses, dates, one record per code, and the fields an external record needs.
std::optional<LearnerProfile> readLearner(const QByteArray &json, Problems &problems);
std::optional<LearnerProfile> readLearner(const JsonObjectView &root, Problems &problems);
std::optional<LearnerProfile> readLearnerFile(const QString &fileName, Problems &problems);

// What a learner file is checked against (a query of the database or of a
// loaded catalogue).
struct CatalogueLookup
{
    std::function<bool(const QString &)> hasCourse;
    std::function<std::optional<Qualification>(const QString &)> qualification;
    std::function<bool(const QString &)> hasFramework;
};

// A record whose course is not in the catalogue must carry title, credits,
// level and framework (a known one); every goal must name a qualification;
// every override must name a qualification and, where it needs one, a
// requirement node of it (a leaf for a substitution).
void checkLearnerAgainstCatalogue(const LearnerProfile &learner, const CatalogueLookup &lookup,
                                  Problems &problems);

QJsonObject learnerToJson(const LearnerProfile &learner);
// One override as the learner file writes it, without its qualification.
QJsonObject overrideToJson(const AuditOverride &override);
QByteArray learnerToJsonBytes(const LearnerProfile &learner);

} // namespace Cairn::Core
