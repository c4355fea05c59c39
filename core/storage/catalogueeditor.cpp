#include "catalogueeditor.h"

#include "cataloguerepository.h"
#include "cataloguerows.h"
#include "database.h"
#include "searchindex.h"
#include "sqlquery.h"
#include "transaction.h"
#include "io/jsonvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Cairn::Core {

namespace {

// At most this many names in a "still used by" phrase; the rest are counted.
constexpr qsizetype namesShown = 5;

QString listed(const QStringList &names)
{
    if (names.size() <= namesShown)
        return names.join(QStringLiteral(", "));
    return CatalogueEditor::tr("%1 and %2 more")
        .arg(names.first(namesShown).join(QStringLiteral(", ")))
        .arg(names.size() - namesShown);
}

// Runs a statement that writes one item and its search rows, in a transaction.
Status writeInTransaction(Database &database, const std::function<Status(const QSqlDatabase &)> &write)
{
    const QSqlDatabase db = database.connection();
    Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = write(db); !s)
        return s;
    return transaction.commit();
}

Status execOne(const QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &doing)
{
    QSqlQuery query(db);
    if (Status s = prepareSql(query, sql, doing); !s)
        return s;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return execPrepared(query, doing);
}

bool anyNamed(const std::optional<QStringList> &list, const QString &id)
{
    return list && list->contains(id);
}

} // namespace

Status CatalogueEditor::putCourse(const Course &course)
{
    const QString doing = tr("saving course %1").arg(course.code);
    return writeInTransaction(m_database, [&](const QSqlDatabase &db) {
        QSqlQuery query(db);
        if (Status s = prepareSql(query, upsertCourseSql(), doing); !s)
            return s;
        bindCourse(query, course);
        if (Status s = execPrepared(query, doing); !s)
            return s;
        if (Status s = execOne(db, QStringLiteral("DELETE FROM course_skills WHERE course_code = ?"), {course.code},
                               doing);
            !s)
            return s;
        for (qsizetype i = 0; i < course.skills.size(); ++i) {
            if (Status s = execOne(db, QStringLiteral("INSERT INTO course_skills(course_code, skill_id, position) "
                                                      "VALUES(?, ?, ?)"),
                                   {course.code, course.skills[i], qint64(i)}, doing);
                !s)
                return s;
        }
        return SearchIndexRows(db, SearchScope::Course).refresh(course.code);
    });
}

Status CatalogueEditor::removeCourse(const QString &code)
{
    if (Status s = refuseIfUsed(tr("Course %1").arg(code), usesOfCourse(code)); !s)
        return s;
    const QString doing = tr("removing course %1").arg(code);
    return writeInTransaction(m_database, [&](const QSqlDatabase &db) {
        if (Status s = SearchIndexRows(db, SearchScope::Course).remove(code); !s)
            return s;
        // course_skills rows go with the course (ON DELETE CASCADE).
        return execOne(db, QStringLiteral("DELETE FROM courses WHERE code = ?"), {code}, doing);
    });
}

Status CatalogueEditor::putProvider(const Provider &provider)
{
    const QString doing = tr("saving provider %1").arg(provider.id);
    return writeInTransaction(m_database, [&](const QSqlDatabase &db) {
        QSqlQuery query(db);
        if (Status s = prepareSql(query, upsertProviderSql(), doing); !s)
            return s;
        bindProvider(query, provider);
        if (Status s = execPrepared(query, doing); !s)
            return s;
        return SearchIndexRows(db, SearchScope::CoursesOfProvider).refresh(provider.id);
    });
}

Status CatalogueEditor::removeProvider(const QString &id)
{
    if (Status s = refuseIfUsed(tr("Provider %1").arg(id), usesOfProvider(id)); !s)
        return s;
    return writeInTransaction(m_database, [&](const QSqlDatabase &db) {
        return execOne(db, QStringLiteral("DELETE FROM providers WHERE id = ?"), {id},
                       tr("removing provider %1").arg(id));
    });
}

Status CatalogueEditor::putSkill(const Skill &skill)
{
    const QString doing = tr("saving skill %1").arg(skill.id);
    return writeInTransaction(m_database, [&](const QSqlDatabase &db) {
        QSqlQuery query(db);
        if (Status s = prepareSql(query, upsertSkillSql(), doing); !s)
            return s;
        bindSkill(query, skill);
        if (Status s = execPrepared(query, doing); !s)
            return s;
        return SearchIndexRows(db, SearchScope::CoursesWithSkill).refresh(skill.id);
    });
}

Status CatalogueEditor::removeSkill(const QString &id)
{
    if (Status s = refuseIfUsed(tr("Skill %1").arg(id), usesOfSkill(id)); !s)
        return s;
    return writeInTransaction(m_database, [&](const QSqlDatabase &db) {
        return execOne(db, QStringLiteral("DELETE FROM skills WHERE id = ?"), {id}, tr("removing skill %1").arg(id));
    });
}

Status CatalogueEditor::putQualification(const Qualification &qualification)
{
    const QString doing = tr("saving qualification %1").arg(qualification.code);
    return writeInTransaction(m_database, [&](const QSqlDatabase &db) {
        QSqlQuery query(db);
        if (Status s = prepareSql(query, upsertQualificationSql(), doing); !s)
            return s;
        bindQualification(query, qualification);
        return execPrepared(query, doing);
    });
}

Status CatalogueEditor::removeQualification(const QString &code)
{
    if (Status s = refuseIfUsed(tr("Qualification %1").arg(code), usesOfQualification(code)); !s)
        return s;
    return writeInTransaction(m_database, [&](const QSqlDatabase &db) {
        return execOne(db, QStringLiteral("DELETE FROM qualifications WHERE code = ?"), {code},
                       tr("removing qualification %1").arg(code));
    });
}

Status CatalogueEditor::refuseIfUsed(const QString &what, const QStringList &uses) const
{
    if (uses.isEmpty())
        return Status::success();
    return Status::failure(tr("%1 cannot be removed while it is used by %2.").arg(what, uses.join(tr("; "))));
}

QStringList CatalogueEditor::column(const QString &sql, const QString &key) const
{
    QStringList values;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(key);
    if (query.exec()) {
        while (query.next())
            values.append(query.value(0).toString());
    }
    return values;
}

QStringList CatalogueEditor::qualificationsNaming(const std::function<bool(const Selector &)> &inSelector,
                                                  const std::function<bool(const Requirement &)> &inNode) const
{
    QList<Qualification> qualifications;
    if (!CatalogueRepository(m_database).loadQualifications(qualifications))
        return {};
    QStringList codes;
    for (const Qualification &qualification : std::as_const(qualifications)) {
        bool names = inSelector(qualification.eligible);
        for (const CreditConstraint &constraint : qualification.constraints)
            names = names || inSelector(constraint.from);
        qualification.requirements.visit([&](const Requirement &node) {
            names = names || (node.kind == Requirement::Kind::Credits && inSelector(node.from))
                || (inNode && inNode(node));
        });
        if (names)
            codes.append(qualification.code);
    }
    return codes;
}

QStringList CatalogueEditor::usesOfCourse(const QString &code) const
{
    QStringList uses;
    if (const QStringList learners = column(QStringLiteral(
            "SELECT l.name FROM records r JOIN learners l ON l.id = r.learner_id WHERE r.course_code = ? "
            "ORDER BY l.name"), code);
        !learners.isEmpty())
        uses.append(tr("the records of %1").arg(listed(learners)));
    // The stored prerequisites are compact JSON written by Cairn: a course
    // node reads {"course":"CODE"} exactly.
    const QString node = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("course"), code}})
                                               .toJson(QJsonDocument::Compact));
    if (const QStringList courses = column(QStringLiteral(
            "SELECT code FROM courses WHERE instr(prerequisites, ?) > 0 ORDER BY code"), node);
        !courses.isEmpty())
        uses.append(tr("the prerequisites of %1").arg(listed(courses)));
    const QStringList qualifications = qualificationsNaming(
        [&code](const Selector &selector) { return anyNamed(selector.courses, code); },
        [&code](const Requirement &node) { return node.kind == Requirement::Kind::Course && node.course == code; });
    if (!qualifications.isEmpty())
        uses.append(tr("the rules of %1").arg(listed(qualifications)));
    return uses;
}

QStringList CatalogueEditor::usesOfProvider(const QString &id) const
{
    QStringList uses;
    if (const QStringList courses = column(QStringLiteral("SELECT code FROM courses WHERE provider_id = ? ORDER BY code"), id);
        !courses.isEmpty())
        uses.append(tr("the courses %1").arg(listed(courses)));
    if (const QStringList offered = column(QStringLiteral(
            "SELECT code FROM qualifications WHERE provider_id = ? ORDER BY code"), id);
        !offered.isEmpty())
        uses.append(tr("the qualifications %1").arg(listed(offered)));
    const QStringList qualifications = qualificationsNaming(
        [&id](const Selector &selector) { return anyNamed(selector.providers, id); });
    if (!qualifications.isEmpty())
        uses.append(tr("the rules of %1").arg(listed(qualifications)));
    return uses;
}

QStringList CatalogueEditor::usesOfSkill(const QString &id) const
{
    QStringList uses;
    if (const QStringList courses = column(QStringLiteral(
            "SELECT course_code FROM course_skills WHERE skill_id = ? ORDER BY course_code"), id);
        !courses.isEmpty())
        uses.append(tr("the courses %1").arg(listed(courses)));
    const QStringList qualifications = qualificationsNaming(
        [&id](const Selector &selector) { return anyNamed(selector.skills, id); });
    if (!qualifications.isEmpty())
        uses.append(tr("the rules of %1").arg(listed(qualifications)));
    return uses;
}

QStringList CatalogueEditor::usesOfQualification(const QString &code) const
{
    QStringList goalOf;
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT name, goals FROM learners ORDER BY name"))) {
        ParsedJson parsed;
        while (query.next()) {
            const JsonArrayView goals = parsed.parseStored(query.value(1).toString()).toArray();
            if (std::any_of(goals.begin(), goals.end(), [&code](const JsonView goal) { return goal.toString() == code; }))
                goalOf.append(query.value(0).toString());
        }
    }
    QStringList uses;
    if (!goalOf.isEmpty())
        uses.append(tr("the goals of %1").arg(listed(goalOf)));
    if (const QStringList overridden = column(QStringLiteral(
            "SELECT DISTINCT l.name FROM audit_overrides o JOIN learners l ON l.id = o.learner_id "
            "WHERE o.qualification = ? ORDER BY l.name"), code);
        !overridden.isEmpty())
        uses.append(tr("the advisor decisions for %1").arg(listed(overridden)));
    return uses;
}

} // namespace Cairn::Core
