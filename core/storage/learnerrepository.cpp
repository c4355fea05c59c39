#include "learnerrepository.h"

#include "database.h"
#include "sqlquery.h"
#include "transaction.h"
#include "io/jsonvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Cairn::Core {

namespace {

// Prepares `sql`, whose only parameter is the learner's id, and runs it.
Status execForLearner(QSqlQuery &query, const QString &sql, qint64 learnerId, const QString &doing)
{
    if (Status s = prepareSql(query, sql, doing); !s)
        return s;
    query.addBindValue(learnerId);
    return execPrepared(query, doing);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString overrideKindKey(AuditOverride::Kind kind)
{
    switch (kind) {
    case AuditOverride::Kind::Waive:
        return QStringLiteral("waive");
    case AuditOverride::Kind::Substitute:
        return QStringLiteral("substitute");
    case AuditOverride::Kind::Exclude:
        return QStringLiteral("exclude");
    }
    return {};
}

Status saveOverrides(const QSqlDatabase &db, qint64 learnerId, const QList<AuditOverride> &overrides)
{
    const QString doing = LearnerRepository::tr("saving the advisor overrides");
    QSqlQuery query(db);
    if (Status s = execForLearner(query, QStringLiteral("DELETE FROM audit_overrides WHERE learner_id = ?"), learnerId, doing); !s)
        return s;
    if (Status s = prepareSql(query, QStringLiteral(
            "INSERT INTO audit_overrides(learner_id, position, kind, qualification, node, course_code, reason, advisor) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"), doing); !s)
        return s;
    for (qsizetype i = 0; i < overrides.size(); ++i) {
        const AuditOverride &override = overrides[i];
        query.addBindValue(learnerId);
        query.addBindValue(i);
        query.addBindValue(overrideKindKey(override.kind));
        query.addBindValue(nonNull(override.qualification));
        query.addBindValue(nonNull(override.node));
        query.addBindValue(nonNull(override.course));
        query.addBindValue(nonNull(override.reason));
        query.addBindValue(nonNull(override.advisor));
        if (Status s = execPrepared(query, doing); !s)
            return s;
    }
    return Status::success();
}

Status loadOverrides(const QSqlDatabase &db, qint64 learnerId, QList<AuditOverride> &overrides)
{
    const QString doing = LearnerRepository::tr("reading the advisor overrides");
    QSqlQuery query(db);
    if (Status s = execForLearner(query, QStringLiteral(
            "SELECT kind, qualification, node, course_code, reason, advisor FROM audit_overrides "
            "WHERE learner_id = ? ORDER BY position"), learnerId, doing); !s)
        return s;
    while (query.next()) {
        AuditOverride override;
        const QString kind = query.value(0).toString();
        for (AuditOverride::Kind candidate :
             {AuditOverride::Kind::Waive, AuditOverride::Kind::Substitute, AuditOverride::Kind::Exclude}) {
            if (kind == overrideKindKey(candidate))
                override.kind = candidate;
        }
        override.qualification = query.value(1).toString();
        override.node = query.value(2).toString();
        override.course = query.value(3).toString();
        override.reason = query.value(4).toString();
        override.advisor = query.value(5).toString();
        overrides.append(override);
    }
    return Status::success();
}

Status saveAvailability(const QSqlDatabase &db, qint64 learnerId, const QList<AvailabilityPeriod> &periods)
{
    const QString doing = LearnerRepository::tr("saving the availability periods");
    QSqlQuery query(db);
    if (Status s = execForLearner(query, QStringLiteral("DELETE FROM learner_availability WHERE learner_id = ?"), learnerId, doing); !s)
        return s;
    if (Status s = prepareSql(query, QStringLiteral(
            "INSERT INTO learner_availability(learner_id, position, date_from, date_to, hours_per_week, label) "
            "VALUES(?, ?, ?, ?, ?, ?)"), doing); !s)
        return s;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        query.addBindValue(learnerId);
        query.addBindValue(i);
        query.addBindValue(periods[i].from.toString(Qt::ISODate));
        query.addBindValue(periods[i].to.toString(Qt::ISODate));
        query.addBindValue(periods[i].hoursPerWeek);
        query.addBindValue(nonNull(periods[i].label));
        if (Status s = execPrepared(query, doing); !s)
            return s;
    }
    return Status::success();
}

Status loadAvailability(const QSqlDatabase &db, qint64 learnerId, QList<AvailabilityPeriod> &periods)
{
    const QString doing = LearnerRepository::tr("reading the availability periods");
    QSqlQuery query(db);
    if (Status s = execForLearner(query, QStringLiteral(
            "SELECT date_from, date_to, hours_per_week, label FROM learner_availability "
            "WHERE learner_id = ? ORDER BY position"), learnerId, doing); !s)
        return s;
    while (query.next()) {
        periods.append({QDate::fromString(query.value(0).toString(), Qt::ISODate),
                        QDate::fromString(query.value(1).toString(), Qt::ISODate), query.value(2).toDouble(),
                        query.value(3).toString()});
    }
    return Status::success();
}

Status saveExchangeRates(const QSqlDatabase &db, qint64 learnerId, const QList<ExchangeRate> &rates)
{
    const QString doing = LearnerRepository::tr("saving the exchange rates");
    QSqlQuery query(db);
    if (Status s = execForLearner(query, QStringLiteral("DELETE FROM learner_exchange_rates WHERE learner_id = ?"), learnerId, doing); !s)
        return s;
    if (Status s = prepareSql(query, QStringLiteral(
            "INSERT INTO learner_exchange_rates(learner_id, position, currency_from, currency_to, rate, taken_on) "
            "VALUES(?, ?, ?, ?, ?, ?)"), doing); !s)
        return s;
    for (qsizetype i = 0; i < rates.size(); ++i) {
        query.addBindValue(learnerId);
        query.addBindValue(i);
        query.addBindValue(rates[i].from);
        query.addBindValue(rates[i].to);
        query.addBindValue(rates[i].rate);
        query.addBindValue(rates[i].date.toString(Qt::ISODate));
        if (Status s = execPrepared(query, doing); !s)
            return s;
    }
    return Status::success();
}

Status loadExchangeRates(const QSqlDatabase &db, qint64 learnerId, QList<ExchangeRate> &rates)
{
    const QString doing = LearnerRepository::tr("reading the exchange rates");
    QSqlQuery query(db);
    if (Status s = execForLearner(query, QStringLiteral(
            "SELECT currency_from, currency_to, rate, taken_on FROM learner_exchange_rates "
            "WHERE learner_id = ? ORDER BY position"), learnerId, doing); !s)
        return s;
    while (query.next()) {
        rates.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toDouble(),
                      QDate::fromString(query.value(3).toString(), Qt::ISODate)});
    }
    return Status::success();
}

} // namespace

Status LearnerRepository::save(const LearnerProfile &learner, qint64 *id)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s;
    const QString doing = tr("saving learner %1").arg(learner.name);

    QSqlQuery query(db);
    if (Status s = prepareSql(query, QStringLiteral(
            "INSERT INTO learners(name, hours_per_week, goals, budget_amount, budget_currency) VALUES(?, ?, ?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET hours_per_week = excluded.hours_per_week, goals = excluded.goals, "
            "budget_amount = excluded.budget_amount, budget_currency = excluded.budget_currency, "
            "revision = learners.revision + 1"),
            doing); !s)
        return s;
    bindSettings(query, learner);
    if (Status s = execPrepared(query, doing); !s)
        return s;
    const qint64 learnerId = idOf(learner.name);
    if (learnerId < 0)
        return Status::failure(tr("learner %1 vanished while it was being saved").arg(learner.name));
    if (Status s = writeDetails(learnerId, learner); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    if (id)
        *id = learnerId;
    return Status::success();
}

Status LearnerRepository::create(const LearnerProfile &learner, qint64 *id)
{
    if (idOf(learner.name) >= 0)
        return Status::failure(tr("there is already a learner named \"%1\"").arg(learner.name));
    return save(learner, id);
}

Status LearnerRepository::update(qint64 id, const LearnerProfile &learner, std::optional<qint64> expectedRevision,
                                 qint64 *newRevision)
{
    const qint64 holder = idOf(learner.name);
    if (holder >= 0 && holder != id)
        return Status::failure(tr("there is already a learner named \"%1\"").arg(learner.name));
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s;
    const QString doing = tr("saving learner %1").arg(learner.name);
    QSqlQuery query(db);
    if (Status s = prepareSql(query, QStringLiteral(
            "UPDATE learners SET name = ?, hours_per_week = ?, goals = ?, budget_amount = ?, budget_currency = ?, "
            "revision = revision + 1 WHERE id = ?%1").arg(expectedRevision ? QStringLiteral(" AND revision = ?") : QString()),
            doing); !s)
        return s;
    query.addBindValue(nonNull(learner.name));
    bindSettings(query, learner, false);
    query.addBindValue(id);
    if (expectedRevision)
        query.addBindValue(*expectedRevision);
    if (Status s = execPrepared(query, doing); !s)
        return s;
    if (query.numRowsAffected() != 1) {
        if (expectedRevision && revisionOf(id) > 0) {
            return Status::conflict(tr("the profile %1 was changed at another desk or in another window after it "
                                       "was read here; this change was not saved")
                                        .arg(learner.name));
        }
        return Status::failure(tr("there is no learner %1").arg(id));
    }
    if (newRevision)
        *newRevision = revisionOf(id);
    if (Status s = writeDetails(id, learner); !s)
        return s;
    return transaction.commit();
}

qint64 LearnerRepository::revisionOf(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT revision FROM learners WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

qint64 LearnerRepository::idOf(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM learners WHERE name = ?"));
    query.addBindValue(nonNull(name));
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

void LearnerRepository::bindSettings(QSqlQuery &query, const LearnerProfile &learner, bool withName)
{
    if (withName)
        query.addBindValue(nonNull(learner.name));
    query.addBindValue(learner.hoursPerWeek);
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(learner.goals)).toJson(QJsonDocument::Compact)));
    query.addBindValue(learner.budgetPerYear ? QVariant(learner.budgetPerYear->amount.toDouble()) : QVariant());
    query.addBindValue(learner.budgetPerYear ? QVariant(learner.budgetPerYear->currency) : QVariant());
}

Status LearnerRepository::writeDetails(qint64 learnerId, const LearnerProfile &learner)
{
    const QSqlDatabase db = m_database.connection();
    const QString doing = tr("saving learner %1").arg(learner.name);
    QSqlQuery query(db);
    if (Status s = execForLearner(query, QStringLiteral("DELETE FROM records WHERE learner_id = ?"), learnerId, doing); !s)
        return s;
    if (Status s = prepareSql(query, QStringLiteral(
            "INSERT INTO records(learner_id, position, course_code, status, date, start, grade, title, credits, "
            "level, framework_id, notes) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), doing); !s)
        return s;
    for (qsizetype i = 0; i < learner.records.size(); ++i) {
        const Record &record = learner.records[i];
        query.addBindValue(learnerId);
        query.addBindValue(i);
        query.addBindValue(nonNull(record.course));
        query.addBindValue(recordStatusKey(record.status));
        query.addBindValue(dateOrNull(record.date));
        query.addBindValue(dateOrNull(record.start));
        query.addBindValue(nonNull(record.grade));
        query.addBindValue(nonNull(record.title));
        query.addBindValue(optionalValue(record.credits));
        query.addBindValue(optionalValue(record.level));
        query.addBindValue(nonNull(record.framework));
        query.addBindValue(nonNull(record.notes));
        if (Status s = execPrepared(query, tr("saving the record of %1").arg(record.course)); !s)
            return s;
    }
    if (Status s = saveOverrides(db, learnerId, learner.overrides); !s)
        return s;
    if (Status s = saveAvailability(db, learnerId, learner.availability); !s)
        return s;
    if (Status s = saveExchangeRates(db, learnerId, learner.exchangeRates); !s)
        return s;
    return Status::success();
}

Status LearnerRepository::load(qint64 id, LearnerProfile &learner, qint64 *revision) const
{
    QSqlQuery query(m_database.connection());
    const QString doing = tr("reading learner %1").arg(id);
    if (Status s = execForLearner(query, QStringLiteral(
            "SELECT name, hours_per_week, goals, budget_amount, budget_currency, revision FROM learners WHERE id = ?"),
            id, doing); !s)
        return s;
    if (!query.next())
        return Status::failure(tr("there is no learner %1").arg(id));

    LearnerProfile loaded;
    const qint64 loadedRevision = query.value(5).toLongLong();
    loaded.name = query.value(0).toString();
    loaded.hoursPerWeek = query.value(1).toDouble();
    ParsedJson goals;
    for (const JsonView goal : goals.parseStored(query.value(2).toString()).toArray())
        loaded.goals.append(goal.toString());
    if (!query.value(3).isNull())
        loaded.budgetPerYear = Money{Amount::rounded(query.value(3).toDouble()), query.value(4).toString()};

    if (Status s = execForLearner(query, QStringLiteral(
            "SELECT course_code, status, date, start, grade, title, credits, level, framework_id, notes "
            "FROM records WHERE learner_id = ? ORDER BY position"), id, doing); !s)
        return s;
    while (query.next()) {
        Record record;
        record.course = query.value(0).toString();
        const auto status = recordStatusFromKey(query.value(1).toString());
        if (!status) {
            return Status::failure(tr("the stored record of %1 has an unknown status \"%2\"")
                                       .arg(record.course, query.value(1).toString()));
        }
        record.status = *status;
        record.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        record.start = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        record.grade = query.value(4).toString();
        record.title = query.value(5).toString();
        if (!query.value(6).isNull())
            record.credits = query.value(6).toDouble();
        if (!query.value(7).isNull())
            record.level = query.value(7).toInt();
        record.framework = query.value(8).toString();
        record.notes = query.value(9).toString();
        loaded.records.append(std::move(record));
    }
    if (Status s = loadOverrides(m_database.connection(), id, loaded.overrides); !s)
        return s;
    if (Status s = loadAvailability(m_database.connection(), id, loaded.availability); !s)
        return s;
    if (Status s = loadExchangeRates(m_database.connection(), id, loaded.exchangeRates); !s)
        return s;
    learner = std::move(loaded);
    // Read before the details: should another desk write in between, the
    // revision is the older one, and an update based on this read is refused.
    if (revision)
        *revision = loadedRevision;
    return Status::success();
}

Status LearnerRepository::loadByName(const QString &name, LearnerProfile &learner) const
{
    for (const LearnerSummary &summary : list()) {
        if (summary.name == name)
            return load(summary.id, learner);
    }
    return Status::failure(tr("there is no learner named \"%1\"").arg(name));
}

QList<LearnerSummary> LearnerRepository::list() const
{
    QList<LearnerSummary> summaries;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT l.id, l.name, (SELECT COUNT(*) FROM records r WHERE r.learner_id = l.id) "
            "FROM learners l ORDER BY lower(l.name), l.name"))) // both backends know lower()
        return summaries;
    while (query.next())
        summaries.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong()});
    return summaries;
}

Status LearnerRepository::remove(qint64 id)
{
    QSqlQuery query(m_database.connection());
    const QString doing = tr("removing learner %1").arg(id);
    if (Status s = prepareSql(query, QStringLiteral("DELETE FROM learners WHERE id = ?"), doing); !s)
        return s;
    query.addBindValue(id);
    return execPrepared(query, doing);
}

} // namespace Cairn::Core
