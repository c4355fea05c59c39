#pragma once

#include "pageddocument.h"

#include <QCoreApplication>
#include <QDate>

class QTextDocument;

namespace Cairn::Core {

struct Catalogue;
struct Qualification;

// An advisor's handout of a pathway, with no learner data (it takes none):
// the qualifications that stack with the one chosen (certificate → diploma →
// degree), each one's rules in words, the courses that count toward them
// with credits, hours, cost, delivery and intakes, and the fastest and the
// cheapest way through each for someone starting from nothing.
class AdvisorHandout final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::AdvisorHandout)

public:
    // At most this many courses are listed; the handout says how many more count.
    static constexpr int mostCourses = 150;
    // The weekly hours the fastest and cheapest ways are planned with.
    static constexpr double plannedHoursPerWeek = 40.0; // full time: some courses need 30

    // The qualifications of `qualification`'s pathway: those that stack into
    // it and those it stacks into, directly or through others, fewest
    // credits first.
    static QList<const Qualification *> pathway(const Catalogue &catalogue, const Qualification &qualification);

    static void build(QTextDocument &document, const Catalogue &catalogue, const Qualification &qualification,
                      const QDate &today);
    static PageFrame frame(const Qualification &qualification, const QDate &today);
    static QString title(const Qualification &qualification);
};

} // namespace Cairn::Core
