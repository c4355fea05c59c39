#pragma once

#include "model/learnerprofile.h"
#include "model/status.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

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
//
// Every write raises the profile's revision. A desk that read revision r
// passes it to update(): if another desk (or window) wrote the profile in
// the meantime, the update is refused with Status::conflict() and nothing
// is written — no lost update.
class LearnerRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::LearnerRepository)

public:
    explicit LearnerRepository(Database &database) : m_database(database) { }

    Status save(const LearnerProfile &learner, qint64 *id = nullptr);
    Status create(const LearnerProfile &learner, qint64 *id = nullptr);
    Status update(qint64 id, const LearnerProfile &learner, std::optional<qint64> expectedRevision = std::nullopt,
                  qint64 *newRevision = nullptr);
    // The id of the learner of that name, or -1.
    qint64 idOf(const QString &name) const;
    // The stored revision of learner `id`, or -1 when there is none.
    qint64 revisionOf(qint64 id) const;
    Status load(qint64 id, LearnerProfile &learner, qint64 *revision = nullptr) const;
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
