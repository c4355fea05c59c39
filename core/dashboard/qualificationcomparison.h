#pragma once

#include "model/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

namespace Cairn::Core {

class Auditor;

// One way to a qualification, for the learner as they stand: a single
// qualification, or a route through several in turn ("CERT-DA4 then
// DIP-DA5": the courses chosen for the first are planned before the next is
// worked out), which answers "certificate first, or straight to the
// diploma?".
struct ComparedWay
{
    QStringList steps;          // qualification codes, in the order taken
    QString title;              // of the last step
    QString type;               // of the last step ("certificate", ...)
    int level = 0;              // of the last step; 0 when it names none
    double credits = 0.0;       // what the last step asks for in all (AuditResult::creditsInAll)
    double remainingCredits = 0.0; // still needed for the last step now (planned mode)
    double percent = 0.0;

    struct Finish
    {
        bool possible = false;
        QString problem;            // why not, when not possible
        QStringList courses;        // to add, over every step
        QDate finishes;             // the schedule's completion, if it has one
        QList<QDate> stepFinishes;  // when each step's courses are done (a route)
        QMap<QString, Amount> cost; // of the courses to add, per currency (never added across)
        int coursesWithoutCost = 0;
        double hours = 0.0;         // study hours of the courses to add
        double hoursPerWeek = 0.0;  // the schedule's average weekly load
        QMap<QString, int> delivery; // delivery mode key -> courses offering it
        int lowestLevel = 0;        // of the courses to add
        int highestLevel = 0;
    };
    Finish fastest;
    Finish cheapest;
};

// Two ways' common ground: the catalogue courses that can count toward the
// last step of both, and their credits together.
struct SharedCourses
{
    int first = 0;  // indices into QualificationComparison::ways
    int second = 0;
    QStringList courses; // in catalogue order
    double credits = 0.0;
};

struct QualificationComparison
{
    QList<ComparedWay> ways;
    QList<SharedCourses> shared; // every pair, first < second
};

// Compares ways to qualifications for the auditor's learner, from `today`
// at the learner's weekly hours. Each way is a list of qualification codes
// (one code: that qualification). Codes the catalogue does not hold are
// left out.
QualificationComparison compareWays(const Auditor &auditor, const QList<QStringList> &ways, const QDate &today);

} // namespace Cairn::Core
