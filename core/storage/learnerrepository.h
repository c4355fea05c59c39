#pragma once

#include "model/learnerprofile.h"
#include "model/status.h"

#include <QCoreApplication>
#include <QList>

namespace Cairn::Core {

class Database;

struct LearnerSummary
{
    qint64 id = 0;
    QString name;
    qsizetype recordCount = 0;
};

// Several learner profiles live in one database, identified by name: saving a
// profile whose name exists replaces that profile's settings and records.
class LearnerRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::LearnerRepository)

public:
    explicit LearnerRepository(Database &database) : m_database(database) { }

    Status save(const LearnerProfile &learner, qint64 *id = nullptr);
    Status load(qint64 id, LearnerProfile &learner) const;
    Status loadByName(const QString &name, LearnerProfile &learner) const;
    QList<LearnerSummary> list() const;
    Status remove(qint64 id);

private:
    Database &m_database;
};

} // namespace Cairn::Core
