#pragma once

#include "model/requirement.h"

#include <QDate>
#include <QSet>

#include <functional>

namespace Cairn::Core {

// The earliest date a course may start as far as its prerequisites go: an
// earned course allows `planStart`; a course in the plan allows the Monday
// after the week it finishes (`finishOf` gives an invalid date while it is
// not scheduled); allOf takes the latest, anyOf(k) the k-th earliest. An
// invalid date while the prerequisites cannot be met yet.
QDate prerequisitesAllowFrom(const Requirement &prerequisites, const QDate &planStart, const QSet<QString> &earned,
                             const std::function<QDate(const QString &)> &finishOf);

} // namespace Cairn::Core
