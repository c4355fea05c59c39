#include "migrations.h"

#include "searchindex.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Cairn::Core {

namespace {

class MigrationText
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::Migrations)
};

// Version 1: the catalogue (frameworks, providers, skills, courses,
// qualifications) and learner profiles with their records. Rule trees
// (prerequisites, requirements, selectors, constraints) are JSON documents in
// the bundle's own syntax: they are read and written whole, never queried
// piecewise (docs/DECISIONS.md).
const char *const schemaVersion1[] = {
    R"(CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL))",
    R"(CREATE TABLE frameworks (
        id           TEXT PRIMARY KEY,
        name         TEXT NOT NULL,
        credit_hours REAL NOT NULL CHECK (credit_hours > 0),
        level_min    INTEGER NOT NULL,
        level_max    INTEGER NOT NULL))",
    R"(CREATE TABLE providers (
        id                TEXT PRIMARY KEY,
        name              TEXT NOT NULL,
        country           TEXT NOT NULL DEFAULT '',
        quality_assurance TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE skills (
        id    TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        uri   TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE courses (
        code          TEXT PRIMARY KEY,
        title         TEXT NOT NULL,
        provider_id   TEXT NOT NULL REFERENCES providers(id),
        framework_id  TEXT NOT NULL REFERENCES frameworks(id),
        credits       REAL NOT NULL CHECK (credits > 0),
        level         INTEGER NOT NULL,
        hours         REAL NOT NULL CHECK (hours > 0),
        weeks         INTEGER NOT NULL CHECK (weeks >= 1),
        cost_amount   REAL,
        cost_currency TEXT,
        delivery      TEXT NOT NULL DEFAULT '',
        intakes       TEXT NOT NULL DEFAULT '',
        outcomes      TEXT NOT NULL DEFAULT '[]',
        assessment    TEXT NOT NULL DEFAULT '',
        description   TEXT NOT NULL DEFAULT '',
        url           TEXT NOT NULL DEFAULT '',
        prerequisites TEXT NOT NULL DEFAULT '{}'))",
    R"(CREATE TABLE course_skills (
        course_code TEXT NOT NULL REFERENCES courses(code) ON DELETE CASCADE,
        skill_id    TEXT NOT NULL REFERENCES skills(id),
        position    INTEGER NOT NULL,
        PRIMARY KEY (course_code, skill_id)))",
    "CREATE INDEX course_skills_by_skill ON course_skills(skill_id)",
    R"(CREATE TABLE qualifications (
        code           TEXT PRIMARY KEY,
        title          TEXT NOT NULL,
        type           TEXT NOT NULL DEFAULT '',
        provider_id    TEXT REFERENCES providers(id),
        framework_id   TEXT NOT NULL REFERENCES frameworks(id),
        level          INTEGER,
        credits        REAL NOT NULL CHECK (credits >= 0),
        eligible       TEXT NOT NULL DEFAULT '{}',
        requirements   TEXT NOT NULL DEFAULT '{}',
        constraints    TEXT NOT NULL DEFAULT '[]',
        max_recognised REAL,
        currency_years INTEGER,
        description    TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE learners (
        id             INTEGER PRIMARY KEY,
        name           TEXT NOT NULL UNIQUE,
        hours_per_week REAL NOT NULL CHECK (hours_per_week > 0),
        goals          TEXT NOT NULL DEFAULT '[]'))",
    // Records are not tied to courses by a foreign key: an external course
    // (prior learning) has no catalogue row.
    R"(CREATE TABLE records (
        learner_id   INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        course_code  TEXT NOT NULL,
        status       TEXT NOT NULL,
        date         TEXT,
        start        TEXT,
        grade        TEXT NOT NULL DEFAULT '',
        title        TEXT NOT NULL DEFAULT '',
        credits      REAL,
        level        INTEGER,
        framework_id TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (learner_id, course_code)))",
};

// Version 2: advisor overrides of the audit, per learner and qualification.
const char *const schemaVersion2[] = {
    R"(CREATE TABLE audit_overrides (
        learner_id    INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        kind          TEXT NOT NULL CHECK (kind IN ('waive', 'substitute', 'exclude')),
        qualification TEXT NOT NULL,
        node          TEXT NOT NULL DEFAULT '',
        course_code   TEXT NOT NULL DEFAULT '',
        reason        TEXT NOT NULL,
        PRIMARY KEY (learner_id, position)))",
};

// Version 3: what the planner needs from a learner — periods with a
// different weekly budget, and a money budget per calendar year.
const char *const schemaVersion3[] = {
    R"(CREATE TABLE learner_availability (
        learner_id     INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        position       INTEGER NOT NULL,
        date_from      TEXT NOT NULL,
        date_to        TEXT NOT NULL,
        hours_per_week REAL NOT NULL CHECK (hours_per_week >= 0),
        label          TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (learner_id, position)))",
    "ALTER TABLE learners ADD COLUMN budget_amount REAL",
    "ALTER TABLE learners ADD COLUMN budget_currency TEXT",
};

// Version 4: what the catalogue browser needs to stay fast at 100,000
// courses — an index per sortable column (an ordered page is then a short
// index walk, not a sort of every row) and a full-text index of what the
// search box looks at — and free-text notes on a record.
const char *const schemaVersion4[] = {
    "ALTER TABLE records ADD COLUMN notes TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX courses_by_title ON courses(title COLLATE NOCASE)",
    "CREATE INDEX courses_by_provider ON courses(provider_id)",
    "CREATE INDEX courses_by_framework ON courses(framework_id)",
    "CREATE INDEX courses_by_level ON courses(level)",
    "CREATE INDEX courses_by_credits ON courses(credits)",
    "CREATE INDEX courses_by_hours ON courses(hours)",
    "CREATE INDEX courses_by_weeks ON courses(weeks)",
    "CREATE INDEX courses_by_cost ON courses(cost_amount)",
    "CREATE INDEX courses_by_delivery ON courses(delivery)",
    "CREATE INDEX providers_by_name ON providers(name COLLATE NOCASE)",
    // Covers the filters' columns: counting the courses a filter leaves reads
    // this small index, not the wide course rows.
    "CREATE INDEX courses_for_filters ON courses(level, credits, hours, cost_amount, delivery, provider_id, framework_id)",
    // Words of the code, title, provider name, skill labels and outcomes of
    // each course, its rowid the course's rowid (docs/DECISIONS.md).
    R"(CREATE VIRTUAL TABLE course_search USING fts5(
        code, title, provider, skills, outcomes,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'))",
};

// Version 5: who made an advisor's decision, shown beside its reason; a
// qualification's full programme (its length and price), compared on the
// dashboard with the stackable route.
const char *const schemaVersion5[] = {
    "ALTER TABLE audit_overrides ADD COLUMN advisor TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE qualifications ADD COLUMN programme_weeks INTEGER CHECK (programme_weeks >= 1)",
    "ALTER TABLE qualifications ADD COLUMN programme_cost_amount REAL CHECK (programme_cost_amount >= 0)",
    "ALTER TABLE qualifications ADD COLUMN programme_cost_currency TEXT",
};

// Version 6: the learner's own dated exchange rates, with which prices in
// different currencies can be compared.
const char *const schemaVersion6[] = {
    R"(CREATE TABLE learner_exchange_rates (
        learner_id    INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        currency_from TEXT NOT NULL,
        currency_to   TEXT NOT NULL,
        rate          REAL NOT NULL CHECK (rate > 0),
        taken_on      TEXT NOT NULL,
        PRIMARY KEY (learner_id, position)))",
};

// Version 7: a learner profile's revision, raised by every write, so that a
// desk (or a window) that read an older one cannot overwrite a newer one.
const char *const schemaVersion7[] = {
    "ALTER TABLE learners ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
};

// Version 8: a smaller search index. The catalogue's search asks only which
// courses hold words beginning with what was typed (no phrases, no NEAR), so
// the index keeps which column a word is in but not where (detail = column):
// at 100,000 courses it is built in 1.85 s instead of 2.3 s and takes 23 MB
// less, and a keystroke's queries are as fast as before. Keeping no columns
// either (detail = none) was faster still to build, but three times slower
// to search for a beginning longer than the prefix indexes' three letters
// (docs/PERFORMANCE.md "Import of a large bundle").
const char *const schemaVersion8[] = {
    "DROP TABLE course_search",
    R"(CREATE VIRTUAL TABLE course_search USING fts5(
        code, title, provider, skills, outcomes,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', detail = column))",
};

template<size_t N>
Status runAll(QSqlQuery &query, const char *const (&statements)[N], int version)
{
    for (const char *statement : statements) {
        if (Status status = execSql(query, QString::fromUtf8(statement),
                                    MigrationText::tr("upgrading the schema to version %1").arg(version));
            !status)
            return status;
    }
    return Status::success();
}

} // namespace

int readSchemaVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status migrateToCurrentSchema(const QSqlDatabase &db)
{
    const int from = readSchemaVersion(db);
    if (from < 0)
        return Status::failure(MigrationText::tr("cannot read the schema version; is this a Cairn database?"));
    if (from > currentSchemaVersion) {
        return Status::failure(MigrationText::tr("the database was written by a newer Cairn (schema %1); "
                                                 "this Cairn understands up to schema %2")
                                   .arg(from)
                                   .arg(currentSchemaVersion));
    }
    if (from == currentSchemaVersion)
        return Status::success();

    Transaction transaction(db);
    if (Status status = transaction.begin(); !status)
        return status;
    QSqlQuery query(db);
    if (from < 1) {
        if (Status status = runAll(query, schemaVersion1, 1); !status)
            return status;
    }
    if (from < 2) {
        if (Status status = runAll(query, schemaVersion2, 2); !status)
            return status;
    }
    if (from < 3) {
        if (Status status = runAll(query, schemaVersion3, 3); !status)
            return status;
    }
    if (from < 4) {
        if (Status status = runAll(query, schemaVersion4, 4); !status)
            return status;
    }
    if (from < 5) {
        if (Status status = runAll(query, schemaVersion5, 5); !status)
            return status;
    }
    if (from < 6) {
        if (Status status = runAll(query, schemaVersion6, 6); !status)
            return status;
    }
    if (from < 7) {
        if (Status status = runAll(query, schemaVersion7, 7); !status)
            return status;
    }
    if (from < 8) {
        // Version 4's index is made again here: it is filled once, below.
        if (Status status = runAll(query, schemaVersion8, 8); !status)
            return status;
        if (Status status = rebuildSearchIndex(db); !status)
            return status;
    }
    if (Status status = execSql(query, QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion),
                                MigrationText::tr("recording the schema version"));
        !status)
        return status;
    return transaction.commit();
}

} // namespace Cairn::Core
