#pragma once

#include "pageddocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>
#include <QStringList>

class QTextDocument;

namespace Cairn::Core {

class Auditor;

// A chart drawn by the window, to be printed in the report. The command line
// has none: its report carries the same figures as tables only.
struct ReportChart
{
    QString title;
    QImage image; // printed at its device-independent size, in 1/96 inch
};

struct ProgressReportRequest
{
    QDate today;                 // the audits' as-of date, the plan's start, the date on every page
    QStringList qualifications;  // empty: the learner's goals
    QList<ReportChart> charts;
};

// A learner's progress on paper, for an employer, a funding body or their
// own file: the profile, each goal's audit tree with what is missing, the
// courses held, the plan course by course and week by week, and the costs
// per year. The learner's private notes are left out.
class ProgressReport final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::ProgressReport)

public:
    // Fills `document` with the report (its charts as image resources).
    static void build(QTextDocument &document, const Auditor &auditor, const ProgressReportRequest &request);
    static PageFrame frame(const QString &learnerName, const QDate &today);
    static QString title(const QString &learnerName);
};

} // namespace Cairn::Core
