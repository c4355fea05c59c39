#pragma once

#include "model/status.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Cairn::Core {

// A statement prepared with SQLite's own interface on a Qt SQL connection to
// a SQLite file, for the loops that write a row per course of a large
// import: Qt SQL makes and hashes a placeholder name for every value it
// binds, which was 15 % of an import of 100,000 courses (docs/PERFORMANCE.md
// "Import of a large bundle"). It runs in the connection's transaction, and
// its failures read as Qt SQL's do (describeSqlError). Values are bound in
// order from the first placeholder; run() steps the statement once, then
// makes it ready for the next row.
class SqliteStatement
{
public:
    // Whether `db` is a SQLite connection this class can use.
    static bool isAvailable(const QSqlDatabase &db);

    explicit SqliteStatement(const QSqlDatabase &db);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    Status prepare(const QString &sql, const QString &doing);

    void bindText(const QString &text); // a null QString as NULL, as Qt SQL binds it
    void bindNumber(double value);
    void bindInteger(qint64 value);
    void bindNull();

    // Steps the statement (an INSERT, UPDATE or DELETE) and resets it; a
    // failure says "database error while <doing()>: …". `doing` is called
    // only on failure, so that no sentence is made for each of 100,000 rows.
    template<typename Doing>
    Status run(Doing &&doing)
    {
        const int code = step();
        return code == 0 ? Status::success() : failure(code, doing());
    }

private:
    int step(); // 0, or SQLite's extended error code
    Status failure(int code, const QString &doing) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_next = 1;     // the next placeholder to bind
    QString m_message; // SQLite's words for the last failure
};

} // namespace Cairn::Core
