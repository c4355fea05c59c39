#pragma once

// What the report and handout tests share (header-only, like testsupport.h):
// the demo data as values, a small catalogue to build on, and cairn-cli run
// in-process.

#include "cli/commandline.h"
#include "import/demodata.h"
#include "model/catalogue.h"
#include "model/learnerprofile.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"

#include <QTextStream>

namespace Cairn::Test {

// The day the reports are made on.
inline const QDate reportDay(2026, 12, 3);

struct Demo
{
    Core::Catalogue catalogue;
    Core::LearnerProfile learner;
};

inline Demo demo()
{
    Core::Database database;
    Demo demo;
    if (!database.open(QStringLiteral(":memory:")) || !Core::importDemoData(database)
        || !Core::CatalogueRepository(database).load(demo.catalogue)
        || !Core::LearnerRepository(database).load(Core::LearnerRepository(database).list().first().id, demo.learner))
        qFatal("cannot load the demo data");
    return demo;
}

// One framework ("nz", 10 hours a credit) and one provider ("p"), no courses.
inline Core::Catalogue emptyCatalogue()
{
    Core::Catalogue catalogue;
    catalogue.frameworks = {{QStringLiteral("nz"), QStringLiteral("NZ"), 10, 1, 10}};
    catalogue.providers = {{QStringLiteral("p"), QStringLiteral("P"), {}, {}}};
    return catalogue;
}

// A level 5 course of provider "p" in framework "nz", ten hours a credit.
inline Core::Course course(const QString &code, const QString &title, double credits, int weeks)
{
    Core::Course course;
    course.code = code;
    course.title = title;
    course.provider = QStringLiteral("p");
    course.framework = QStringLiteral("nz");
    course.credits = credits;
    course.level = 5;
    course.hours = credits * 10;
    course.weeks = weeks;
    return course;
}

// cairn-cli's exit status for `arguments`; its standard error in `errors`.
inline int runCli(const QStringList &arguments, QString *errors = nullptr)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int status = Core::runCommandLine(arguments, outStream, errStream);
    errStream.flush();
    if (errors)
        *errors = err;
    return status;
}

} // namespace Cairn::Test
