#pragma once

#include "model/status.h"

#include <QString>

class QSqlError;

namespace Cairn::Core {

// What SQLite reported, sorted by what the user can do about it.
enum class SqliteProblem {
    None,
    Busy,      // another program holds the database past the busy timeout
    ReadOnly,  // the file or its folder cannot be written
    Damaged,   // the file is malformed
    Full,      // the disk (or a quota) is full
    NotADatabase,
    CannotOpen,
    InputOutput,
    Constraint, // a rule of the schema refused a value (a bug or a validation gap)
    Other
};

SqliteProblem sqliteProblemOf(const QSqlError &error);

// The error in a sentence a user can act on ("another program is using the
// database…", "the disk is full"), without the Qt driver's own words
// ("Unable to fetch row").
QString describeSqlError(const QSqlError &error);
QString describeSqliteProblem(SqliteProblem problem);

// A failure with `message`, retryable when `error` was another program's
// lock (Status::retryable()).
Status sqlFailure(const QSqlError &error, const QString &message);

} // namespace Cairn::Core
