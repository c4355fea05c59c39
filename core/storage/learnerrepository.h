#pragma once

#include "model/learnerprofile.h"
#include "model/status.h"

#include <QCoreApplication>
#include <QList>

class QSqlQuery;

namespace Cairn::Core {

class Database;

struct LearnerSummary
{
    qint64 id = 0;
    QString name;
    qsizetype recordCount = 0;
};

// Several learner profiles live in one database, each with a unique name and
// a stable id. save() is keyed by name (importing a learner file whose name
// exists replaces that profile); create() refuses a name in use; update()
// rewrites one profile by id, its name included. Each is one transaction.
class LearnerRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::LearnerRepository)

public:
    explicit LearnerRepository(Database &database) : m_database(database) { }

    Status save(const LearnerProfile &learner, qint64 *id = nullptr);
    Status create(const LearnerProfile &learner, qint64 *id = nullptr);
    Status update(qint64 id, const LearnerProfile &learner);
    // The id of the learner of that name, or -1.
    qint64 idOf(const QString &name) const;
    Status load(qint64 id, LearnerProfile &learner) const;
    Status loadByName(const QString &name, LearnerProfile &learner) const;
    QList<LearnerSummary> list() const;
    Status remove(qint64 id);

private:
    static void bindSettings(QSqlQuery &query, const LearnerProfile &learner, bool withName = true);
    // Replaces the records, overrides and availability of a learner.
    Status writeDetails(qint64 learnerId, const LearnerProfile &learner);

    Database &m_database;
};

} // namespace Cairn::Core
