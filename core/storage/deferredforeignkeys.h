#pragma once

#include "model/status.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace Cairn::Core {

// For a large write: SQLite checks no reference row by row (that cost the
// import of 100,000 courses 1.2 s of its 2.6 s of writing), and check()
// looks at every reference of the written tables once before the commit
// (0.13 s). Made before the transaction begins — SQLite ignores the pragma
// inside one, and then every row is simply checked as it is written — and
// destroyed after it ends, when the checks are on again.
class DeferredForeignKeys final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::DeferredForeignKeys)
    Q_DISABLE_COPY_MOVE(DeferredForeignKeys)

public:
    explicit DeferredForeignKeys(const QSqlDatabase &db);
    ~DeferredForeignKeys();

    // Fails, naming the row and the table it refers to, when a row of
    // `tables` refers to one that does not exist. Call before the commit.
    Status check(const QStringList &tables);

private:
    QSqlDatabase m_db;
    bool m_deferred; // SQLite only
};

} // namespace Cairn::Core
