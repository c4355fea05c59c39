// Load on a study centre's server (issue "Study centres", docs/PERFORMANCE.md):
// many desks at once, each its own connection as its own learner role,
// reading, auditing and editing its own profile against one PostgreSQL server
// holding a large catalogue. Reports the audit's latency as a desk sees it
// (the profile read from the server, then the audit), the edit's round trip,
// and checks that every edit was stored and none was lost.
//
// Run (a throwaway server started and removed around it):
//   tests/benchmarks/bench_serverload.sh [--clients 50] [--seconds 60] [--courses 100000]
// or against a server of your own, where the user may create databases and roles:
//   build/default/tests/benchmarks/bench_serverload --server CONNINFO ...

#include "audit/auditor.h"
#include "model/learnerprofile.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"
#include "support/cataloguegenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace {

using namespace Cairn::Core;

struct ClientResult
{
    std::vector<double> auditMs; // profile read + audit
    std::vector<double> readMs;  // the profile read alone
    std::vector<double> editMs;  // one update, with its revision check
    int edits = 0;
    QStringList errors;
    bool lostUpdate = false;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    std::fprintf(stderr, "bench_serverload: %s: %s\n", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

// A profile of `records` catalogue courses toward `goal`, half of them done.
LearnerProfile startingProfile(const Catalogue &catalogue, const QString &goal, int client, int records)
{
    QRandomGenerator random(quint32(1000 + client));
    LearnerProfile learner;
    learner.name = QStringLiteral("Load learner %1").arg(client);
    learner.hoursPerWeek = 15;
    learner.goals = {goal};
    QSet<QString> taken;
    while (learner.records.size() < records) {
        const Course &course = catalogue.courses[random.bounded(int(catalogue.courses.size()))];
        if (taken.contains(course.code))
            continue;
        taken.insert(course.code);
        Record record;
        record.course = course.code;
        record.status = learner.records.size() % 2 ? RecordStatus::Planned : RecordStatus::Completed;
        if (record.status == RecordStatus::Completed)
            record.date = QDate(2025, 1 + random.bounded(12), 1 + random.bounded(28));
        learner.records.append(record);
    }
    return learner;
}

void runClient(const QString &conninfo, const std::shared_ptr<const Catalogue> &catalogue, const QString &goal,
               int client, QDeadlineTimer deadline, int thinkMs, ClientResult &result)
{
    Database database;
    if (Status opened = database.openServer(conninfo); !opened) {
        result.errors.append(opened.message());
        return;
    }
    LearnerRepository repository(database);
    const Qualification *qualification = nullptr;
    for (const Qualification &candidate : catalogue->qualifications) {
        if (candidate.code == goal)
            qualification = &candidate;
    }
    qint64 id = 0;
    LearnerProfile written = startingProfile(*catalogue, goal, client, 20);
    if (Status created = repository.create(written, &id); !created) {
        result.errors.append(created.message());
        return;
    }
    QRandomGenerator random{quint32(client)};
    qint64 expectedRevision = 1;
    while (!deadline.hasExpired()) {
        QElapsedTimer timer;
        timer.start();
        LearnerProfile profile;
        qint64 revision = 0;
        if (Status loaded = repository.load(id, profile, &revision); !loaded) {
            result.errors.append(loaded.message());
            break;
        }
        result.readMs.push_back(msSince(timer));
        if (profile != written || revision != expectedRevision)
            result.lostUpdate = true;
        const Auditor auditor(catalogue, profile);
        const AuditResult audit = auditor.audit(*qualification, AuditMode::Planned, QDate(2027, 1, 1));
        Q_UNUSED(audit);
        result.auditMs.push_back(msSince(timer));

        // An edit as the window makes one: a grade, or a planned course done.
        Record &record = profile.records[random.bounded(int(profile.records.size()))];
        record.grade = record.grade.isEmpty() ? QStringLiteral("A") : QString();
        timer.restart();
        qint64 newRevision = 0;
        if (Status updated = repository.update(id, profile, revision, &newRevision); !updated) {
            result.errors.append(updated.message());
            break;
        }
        result.editMs.push_back(msSince(timer));
        ++result.edits;
        written = profile;
        expectedRevision = newRevision;
        if (thinkMs > 0)
            QThread::msleep(ulong(thinkMs / 2 + random.bounded(thinkMs)));
    }
    // Every edit stored, none lost: the profile as last written, at the
    // revision its creation and every edit raised it to.
    LearnerProfile stored;
    qint64 revision = 0;
    if (Status loaded = repository.load(id, stored, &revision); !loaded)
        result.errors.append(loaded.message());
    else if (stored != written || revision != 1 + result.edits)
        result.lostUpdate = true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("a server where the user may create "
                                                                                   "databases and roles"),
                                          QStringLiteral("CONNINFO"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("desks at once"), QStringLiteral("N"),
                                           QStringLiteral("50"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("how long they work"),
                                           QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption coursesOption(QStringLiteral("courses"), QStringLiteral("catalogue size"), QStringLiteral("N"),
                                           QStringLiteral("100000"));
    const QCommandLineOption thinkOption(QStringLiteral("think-ms"),
                                         QStringLiteral("a desk's pause between edits, on average"), QStringLiteral("MS"),
                                         QStringLiteral("1000"));
    parser.addOptions({serverOption, clientsOption, secondsOption, coursesOption, thinkOption});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(serverOption)) {
        std::fprintf(stderr, "bench_serverload: --server CONNINFO is needed (or run bench_serverload.sh)\n");
        return 2;
    }
    const QString server = parser.value(serverOption);
    const int clients = parser.value(clientsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int courses = parser.value(coursesOption).toInt();
    const int thinkMs = parser.value(thinkOption).toInt();
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const QString databaseName = QStringLiteral("cairn_load_") + suffix;

    // A database of its own, with the schema and roles, and the catalogue.
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        admin.setConnectOptions(server);
        if (!admin.open() || !exec(admin, QStringLiteral("CREATE DATABASE ") + databaseName)) {
            std::fprintf(stderr, "bench_serverload: cannot create a database: %s\n", qPrintable(admin.lastError().text()));
            return 1;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    const QString conninfo = server + QStringLiteral(" dbname=") + databaseName;
    Database owner;
    if (Status init = owner.openServer(conninfo, Database::ServerSchema::Init); !init) {
        std::fprintf(stderr, "bench_serverload: %s\n", qPrintable(init.message()));
        return 1;
    }
    std::printf("bench_serverload: %d desks for %d s, %d courses, a pause of %d ms on average between edits\n", clients,
                seconds, courses, thinkMs);
    QElapsedTimer timer;
    timer.start();
    const Catalogue generated = Cairn::Test::generateCatalogue(courses);
    if (Status saved = CatalogueRepository(owner).save(generated); !saved) {
        std::fprintf(stderr, "bench_serverload: %s\n", qPrintable(saved.message()));
        return 1;
    }
    std::printf("catalogue written to the server (one transaction): %.1f s\n", msSince(timer) / 1000.0);
    timer.restart();
    auto catalogue = std::make_shared<Catalogue>();
    if (Status loaded = CatalogueRepository(owner).load(*catalogue); !loaded) {
        std::fprintf(stderr, "bench_serverload: %s\n", qPrintable(loaded.message()));
        return 1;
    }
    std::printf("catalogue read back by a desk at start-up: %.1f s (%lld courses, %lld qualifications)\n",
                msSince(timer) / 1000.0, qlonglong(catalogue->courses.size()), qlonglong(catalogue->qualifications.size()));
    const QString goal = catalogue->qualifications.first().code;

    // The audit alone, on one desk with the machine to itself: what each real
    // desk spends on its own processor, whatever the server's load.
    std::vector<double> alone;
    {
        const LearnerProfile sample = startingProfile(*catalogue, goal, 0, 20);
        for (int round = 0; round < 10; ++round) {
            QElapsedTimer one;
            one.start();
            const Auditor auditor(std::shared_ptr<const Catalogue>(catalogue), sample);
            const AuditResult audit = auditor.audit(catalogue->qualifications.first(), AuditMode::Planned, QDate(2027, 1, 1));
            Q_UNUSED(audit);
            alone.push_back(msSince(one));
        }
    }
    std::printf("audit alone on one desk (index of the catalogue + the audit): median %.1f ms, slowest %.1f ms\n",
                percentile(alone, 0.5), percentile(alone, 1.0));

    QStringList roles;
    for (int c = 0; c < clients; ++c) {
        roles.append(QStringLiteral("cairn_load_%1_%2").arg(suffix).arg(c));
        if (!exec(owner.connection(), QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE cairn_learner").arg(roles.last())))
            return 1;
    }

    std::vector<ClientResult> results(static_cast<size_t>(clients));
    std::vector<std::thread> threads;
    const QDeadlineTimer deadline{std::chrono::seconds(seconds)};
    timer.restart();
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back(runClient, QString(conninfo + QStringLiteral(" user=") + roles[c]),
                             std::shared_ptr<const Catalogue>(catalogue), goal, c, deadline, thinkMs,
                             std::ref(results[size_t(c)]));
    }
    for (std::thread &thread : threads)
        thread.join();
    const double elapsed = msSince(timer) / 1000.0;

    std::vector<double> audits;
    std::vector<double> reads;
    std::vector<double> edits;
    int editCount = 0;
    int errorCount = 0;
    int lost = 0;
    for (const ClientResult &result : results) {
        audits.insert(audits.end(), result.auditMs.begin(), result.auditMs.end());
        reads.insert(reads.end(), result.readMs.begin(), result.readMs.end());
        edits.insert(edits.end(), result.editMs.begin(), result.editMs.end());
        editCount += result.edits;
        errorCount += int(result.errors.size());
        lost += result.lostUpdate ? 1 : 0;
        for (const QString &error : result.errors)
            std::fprintf(stderr, "bench_serverload: error: %s\n", qPrintable(error));
    }
    std::printf("%d desks, %.1f s: %d edits stored (%.1f a second), %d errors, %d desks with a lost update\n", clients,
                elapsed, editCount, editCount / elapsed, errorCount, lost);
    std::printf("audit as a desk sees it (profile read + audit), the desks sharing this machine's %d cores: "
                "median %.1f ms, 99th percentile %.1f ms (%zu audits)\n",
                QThread::idealThreadCount(), percentile(audits, 0.5), percentile(audits, 0.99), audits.size());
    std::printf("  of which the profile read from the server: median %.1f ms, 99th percentile %.1f ms\n",
                percentile(reads, 0.5), percentile(reads, 0.99));
    std::printf("edit (one update with its revision check): median %.1f ms, 99th percentile %.1f ms\n",
                percentile(edits, 0.5), percentile(edits, 0.99));

    owner.close();
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("cleanup"));
        admin.setConnectOptions(server);
        if (admin.open()) {
            exec(admin, QStringLiteral("DROP DATABASE ") + databaseName);
            for (const QString &role : std::as_const(roles))
                exec(admin, QStringLiteral("DROP ROLE ") + role);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cleanup"));
    return errorCount == 0 && lost == 0 ? 0 : 1;
}
