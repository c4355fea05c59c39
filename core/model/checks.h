#pragma once

#include "catalogue.h"
#include "learnerprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace Cairn::Core {

// Something wrong with a value being edited, keyed by its field the way the
// file formats name it ("credits", "cost.currency", "availability[1].to"), so
// that a dialog can show each next to its field as the user types.
struct FieldProblem
{
    QString field;
    QString message;

    bool operator==(const FieldProblem &) const = default;
};
using FieldProblems = QList<FieldProblem>;

// What checking an edited catalogue item needs to know of the catalogue.
struct CatalogueFacts
{
    QList<Framework> frameworks;
    std::function<bool(const QString &)> courseExists;
    std::function<bool(const QString &)> providerExists;
    std::function<bool(const QString &)> skillExists;
    std::function<bool(const QString &)> qualificationExists;
};

// The rules of the catalogue bundle (docs/FORMATS.md) for one item, plus what
// an editor adds: a new code or id must be free, titles and names must not
// be blank, a currency is an ISO 4217 code.
FieldProblems checkCourse(const Course &course, bool isNew, const CatalogueFacts &facts);
FieldProblems checkProvider(const Provider &provider, bool isNew, const CatalogueFacts &facts);
FieldProblems checkSkill(const Skill &skill, bool isNew, const CatalogueFacts &facts);
FieldProblems checkQualification(const Qualification &qualification, bool isNew, const CatalogueFacts &facts);

// A profile's own settings: a name no other profile has (ignoring case), at
// most 168 hours a week, availability periods that end on or after they
// start, a budget in a currency code, goals that name qualifications.
FieldProblems checkProfile(const LearnerProfile &profile, const QStringList &otherNames,
                           const std::function<bool(const QString &)> &qualificationExists);
// One record: a completed course needs the date it was completed.
FieldProblems checkRecord(const Record &record);

// An advisor's decision about `qualification` for `profile`: a reason and the
// advisor's name, a requirement node that exists (a course or credits leaf
// for a substitution), a course the learner holds for a substitution, a
// course for an exclusion, and no identical decision already made.
FieldProblems checkOverride(const AuditOverride &override, const Qualification &qualification,
                            const LearnerProfile &profile);

// Three capital letters, as ISO 4217 writes currencies.
bool isCurrencyCode(QStringView text);

// The first problem's message, or "" (what a dialog shows beside its OK button).
QString firstMessage(const FieldProblems &problems);

} // namespace Cairn::Core
