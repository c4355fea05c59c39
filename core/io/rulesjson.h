#pragma once

#include "model/qualification.h"
#include "model/requirement.h"
#include "model/selector.h"
#include "jsonvalue.h"

#include <QJsonObject>

namespace Cairn::Core {

class JsonFieldReader;

// JSON of selectors, requirement nodes and credit constraints, shared by the
// catalogue bundle and the database (which stores rule trees as JSON text).
enum class RequirementGrammar {
    Qualification, // course, allOf, anyOf, credits
    Prerequisite   // course, allOf, anyOf
};

Selector readSelector(const JsonView &value, const QString &path, JsonFieldReader &reader);
Requirement readRequirement(const JsonView &value, const QString &path, JsonFieldReader &reader,
                            RequirementGrammar grammar);
CreditConstraint readCreditConstraint(const JsonView &value, const QString &path,
                                      JsonFieldReader &reader);

QJsonObject selectorToJson(const Selector &selector);
QJsonObject requirementToJson(const Requirement &requirement); // {} for an empty requirement
QJsonObject creditConstraintToJson(const CreditConstraint &constraint);

} // namespace Cairn::Core
