#pragma once

#include "model/status.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace Cairn::Core {

// For a write that touches most of a table: its secondary indexes and the
// search index are set aside first and built again afterwards, in the same
// transaction (SQLite's DDL is transactional, so a failure or a cancel
// brings them back untouched). Building an index once from sorted rows
// costs a fraction of keeping it current row by row, and spills far fewer
// pages to the write-ahead log.
class DeferredIndexes final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::DeferredIndexes)
    Q_DISABLE_COPY_MOVE(DeferredIndexes)

public:
    explicit DeferredIndexes(const QSqlDatabase &db) : m_db(db) { }

    // Drops the indexes of `tables` (not the primary keys) and the search
    // index, remembering how they were made. Call inside a transaction.
    Status setAside(const QStringList &tables);
    // Makes them again from their own definitions and fills the search index
    // from the stored courses.
    Status rebuild();

private:
    QSqlDatabase m_db;
    QStringList m_definitions; // CREATE statements, as sqlite_master holds them
    QString m_searchDefinition;
};

} // namespace Cairn::Core
