#pragma once

#include "dashboard/qualificationcomparison.h"
#include "pageddocument.h"

#include <QCoreApplication>

class QTextDocument;

namespace Cairn::Core {

// A comparison of ways to qualifications in words, one row per aspect and
// one column per way: what the window's comparison table shows and what is
// printed, from the same rows.
class ComparisonReport final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::ComparisonReport)

public:
    struct Row
    {
        QString aspect;
        QStringList values; // one per way
    };

    // "CERT-DA4 → DIP-DA5", or the code of a single qualification.
    static QString wayName(const ComparedWay &way);
    static QList<Row> rows(const QualificationComparison &comparison);
    static void build(QTextDocument &document, const QualificationComparison &comparison, const QString &learnerLabel,
                      const QDate &today);
    static PageFrame frame(const QDate &today);
    static QString title();
};

} // namespace Cairn::Core
