#include "coursebrowser.h"

#include "cataloguerepository.h"
#include "database.h"
#include "searchindex.h"
#include "sqlquery.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Cairn::Core {

namespace {

// The WHERE clause of a filter over `courses c`, and the values it binds.
struct Conditions
{
    QStringList clauses;
    QVariantList values;
    QString match;         // the full-text query, if there is one
    bool textOnly = false; // the one condition is the text search

    void add(const QString &clause, const QVariant &value)
    {
        clauses.append(clause);
        values.append(value);
    }
    void add(const QString &clause, const QVariantList &several)
    {
        clauses.append(clause);
        values += several;
    }
    QString sql() const { return clauses.isEmpty() ? QStringLiteral("1 = 1") : clauses.join(QStringLiteral(" AND ")); }
    void bind(QSqlQuery &query) const
    {
        for (const QVariant &value : values)
            query.addBindValue(value);
    }
};

template<typename T>
void addRange(Conditions &conditions, const QString &column, const Range<T> &range)
{
    if (range.min)
        conditions.add(column + QStringLiteral(" >= ?"), *range.min);
    if (range.max)
        conditions.add(column + QStringLiteral(" <= ?"), *range.max);
}

Conditions conditionsFor(const CourseFilter &filter, bool server)
{
    Conditions conditions;
    if (server) {
        // The server's index holds " word word … ": a word of the text must
        // begin one of them (docs/STUDY_CENTRE.md).
        const QStringList words = searchWords(filter.text);
        if (!words.isEmpty()) {
            QStringList likes;
            QVariantList patterns;
            for (const QString &word : words) {
                likes.append(QStringLiteral("words LIKE ?"));
                patterns.append(QString(QStringLiteral("% ") + word + u'%'));
            }
            conditions.add(QStringLiteral("c.code IN (SELECT course_code FROM course_search WHERE %1)")
                               .arg(likes.join(QStringLiteral(" AND "))),
                           patterns);
        }
    } else if (const QString match = searchMatchExpression(filter.text); !match.isEmpty()) {
        conditions.add(QStringLiteral("c.rowid IN (SELECT rowid FROM course_search WHERE course_search MATCH ?)"),
                       match);
        conditions.match = match;
        conditions.textOnly = !filter.hasConditions();
    }
    if (!filter.skill.isEmpty())
        conditions.add(QStringLiteral("c.code IN (SELECT course_code FROM course_skills WHERE skill_id = ?)"), filter.skill);
    if (!filter.provider.isEmpty())
        conditions.add(QStringLiteral("c.provider_id = ?"), filter.provider);
    if (!filter.framework.isEmpty())
        conditions.add(QStringLiteral("c.framework_id = ?"), filter.framework);
    addRange(conditions, QStringLiteral("c.level"), filter.level);
    addRange(conditions, QStringLiteral("c.credits"), filter.credits);
    addRange(conditions, QStringLiteral("c.cost_amount"), filter.cost);
    addRange(conditions, QStringLiteral("c.hours"), filter.hours);
    if (filter.delivery) {
        // The column holds "online,campus": match one whole key.
        conditions.add(QStringLiteral("(',' || c.delivery || ',') LIKE ?"),
                       QStringLiteral("%,%1,%").arg(deliveryModeKey(*filter.delivery)));
    }
    return conditions;
}

// How each column order is read: the expressions it orders by, most
// significant first (catalogue order, the rowid, breaks ties), and the index
// that holds them (schema version 4), so that an ordered page is an index
// walk rather than a sort of every row.
struct SortColumn
{
    CourseSortKey key;
    QStringList expressions;
    QString index;
};

const QList<SortColumn> &sortColumns()
{
    static const QList<SortColumn> columns{
        {CourseSortKey::Catalogue, {}, {}},
        {CourseSortKey::Code, {QStringLiteral("c.code")}, QStringLiteral("sqlite_autoindex_courses_1")},
        {CourseSortKey::Title, {QStringLiteral("c.title COLLATE NOCASE")}, QStringLiteral("courses_by_title")},
        {CourseSortKey::Provider, {QStringLiteral("p.name COLLATE NOCASE"), QStringLiteral("p.rowid")},
         QStringLiteral("courses_by_provider")},
        {CourseSortKey::Level, {QStringLiteral("c.level")}, QStringLiteral("courses_by_level")},
        {CourseSortKey::Credits, {QStringLiteral("c.credits")}, QStringLiteral("courses_by_credits")},
        {CourseSortKey::Hours, {QStringLiteral("c.hours")}, QStringLiteral("courses_by_hours")},
        {CourseSortKey::Weeks, {QStringLiteral("c.weeks")}, QStringLiteral("courses_by_weeks")},
        {CourseSortKey::Cost, {QStringLiteral("c.cost_amount")}, QStringLiteral("courses_by_cost")},
        {CourseSortKey::Delivery, {QStringLiteral("c.delivery")}, QStringLiteral("courses_by_delivery")},
    };
    return columns;
}

const SortColumn &sortColumn(CourseSortKey key)
{
    for (const SortColumn &column : sortColumns()) {
        if (column.key == key)
            return column;
    }
    return sortColumns().first();
}

// SQLite's NOCASE is lower() on a server (which folds more than ASCII, and
// orders by the database's collation).
QStringList sortExpressions(CourseSortKey key, bool server)
{
    QStringList expressions = sortColumn(key).expressions + QStringList{QStringLiteral("c.rowid")};
    if (server) {
        static const QRegularExpression noCase(QStringLiteral("^(.*) COLLATE NOCASE$"));
        for (QString &expression : expressions)
            expression.replace(noCase, QStringLiteral("lower(\\1)"));
    }
    return expressions;
}

QString orderBy(const CourseOrder &order, bool server)
{
    QStringList terms;
    // SQLite puts NULL (a course without a price) first in ascending order,
    // PostgreSQL last unless told.
    const QString direction = order.descending ? (server ? QStringLiteral(" DESC NULLS LAST") : QStringLiteral(" DESC"))
                                               : (server ? QStringLiteral(" ASC NULLS FIRST") : QStringLiteral(" ASC"));
    for (const QString &expression : sortExpressions(order.key, server))
        terms.append(expression + direction);
    return terms.join(QStringLiteral(", "));
}

// "Row c comes before the target row t" in `order`, NULL-aware the way
// ORDER BY is (NULL first when ascending).
QString comesBefore(const CourseOrder &order, bool server)
{
    const QStringList expressions = sortExpressions(order.key, server);
    const QString same = server ? QStringLiteral("IS NOT DISTINCT FROM") : QStringLiteral("IS");
    QString condition = QStringLiteral("1 = 0");
    for (qsizetype i = expressions.size() - 1; i >= 0; --i) {
        const QString mine = expressions[i];
        const QString theirs = QStringLiteral("t.k%1").arg(i);
        const QString earlier = order.descending
            ? QStringLiteral("((%1) IS NOT NULL AND %2 IS NULL OR %1 > %2)").arg(mine, theirs)
            : QStringLiteral("((%1) IS NULL AND %2 IS NOT NULL OR %1 < %2)").arg(mine, theirs);
        condition = QStringLiteral("(%1 OR (%2 %3 %4 AND %5))").arg(earlier, mine, same, theirs, condition);
    }
    return condition;
}

const QString courseRowColumns = QStringLiteral(
    "c.code, c.title, p.name, c.level, c.credits, c.hours, c.weeks, c.cost_amount, c.cost_currency, c.delivery");

CourseRow courseRowFrom(const QSqlQuery &query)
{
    CourseRow row;
    row.code = query.value(0).toString();
    row.title = query.value(1).toString();
    row.provider = query.value(2).toString();
    row.level = query.value(3).toInt();
    row.credits = query.value(4).toDouble();
    row.hours = query.value(5).toDouble();
    row.weeks = query.value(6).toInt();
    if (!query.value(7).isNull())
        row.cost = Money{Amount::rounded(query.value(7).toDouble()), query.value(8).toString()};
    for (const QString &key : query.value(9).toString().split(u',', Qt::SkipEmptyParts)) {
        if (const auto mode = deliveryModeFromKey(key))
            row.delivery.append(*mode);
    }
    return row;
}

} // namespace

Status CourseBrowser::count(const CourseFilter &filter, qsizetype &count) const
{
    const Conditions conditions = conditionsFor(filter, m_database.isServer());
    const QString doing = tr("counting the courses");
    QSqlQuery query(m_database.connection());
    // The search index has one row per course: counting its matches alone
    // is several times cheaper than looking each course up.
    const QString sql = conditions.textOnly
        ? QStringLiteral("SELECT count(*) FROM course_search WHERE course_search MATCH ?")
        : QStringLiteral("SELECT count(*) FROM courses c WHERE %1").arg(conditions.sql());
    if (Status s = prepareSql(query, sql, doing); !s)
        return s;
    conditions.bind(query);
    if (Status s = execPrepared(query, doing); !s)
        return s;
    count = query.next() ? query.value(0).toLongLong() : 0;
    return Status::success();
}

Status CourseBrowser::rows(const CourseFilter &filter, const CourseOrder &order, qsizetype offset, qsizetype limit,
                           QList<CourseRow> &rows, qsizetype total) const
{
    rows.clear();
    CourseOrder readOrder = order;
    const bool fromTheEnd = total >= 0 && offset > total / 2;
    if (fromTheEnd) {
        // Rows [offset, offset + limit) are rows [total - offset - limit, total - offset)
        // of the reversed order.
        readOrder.descending = !order.descending;
        const qsizetype end = std::min(total, offset + limit);
        limit = std::max<qsizetype>(0, end - offset);
        offset = total - end;
    }
    const Conditions conditions = conditionsFor(filter, m_database.isServer());
    const QString doing = tr("reading the courses");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Two steps: the rows to skip are walked in the sort order's index
    // without reading them (the inner select needs only rowids), then only
    // the page's rows are read. One step read every skipped row: 75-300 ms
    // for a page half way down 100,000 courses, against 12 ms.
    QString inner;
    if (!conditions.match.isEmpty() && readOrder.key == CourseSortKey::Catalogue) {
        // In catalogue (rowid) order the search index streams its matches in
        // order and stops at the page: no list of every match is built
        // (27 ms for the 18,000 courses "data" finds among 100,000; 63 ms
        // for the 100,000 that "s" finds).
        QStringList others = conditions.clauses.mid(1);
        inner = QStringLiteral("SELECT s.rowid FROM course_search s%1 WHERE s.course_search MATCH ?%2 "
                               "ORDER BY s.rowid %3 LIMIT ? OFFSET ?")
                    .arg(others.isEmpty() ? QString() : QStringLiteral(" JOIN courses c ON c.rowid = s.rowid"),
                         others.isEmpty() ? QString() : QStringLiteral(" AND ") + others.join(QStringLiteral(" AND ")),
                         readOrder.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    } else if (!conditions.match.isEmpty() && matchesAtLeast(conditions.match, m_manyMatches)) {
        // SQLite's own plan reads every match and sorts them (80 ms for the
        // 18,000 "data" finds among 100,000 courses, sorted by provider);
        // walking the order's index stops at the page (15 ms).
        const QString from = readOrder.key == CourseSortKey::Provider
            ? QStringLiteral("providers p INDEXED BY providers_by_name CROSS JOIN courses c INDEXED BY %1 "
                             "ON p.id = c.provider_id").arg(sortColumn(readOrder.key).index)
            : QStringLiteral("courses c INDEXED BY %1").arg(sortColumn(readOrder.key).index);
        inner = QStringLiteral("SELECT c.rowid FROM %1 WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?")
                    .arg(from, conditions.sql(), orderBy(readOrder, m_database.isServer()));
    } else {
        const QString join = readOrder.key == CourseSortKey::Provider
            ? QStringLiteral(" JOIN providers p ON p.id = c.provider_id") : QString();
        inner = QStringLiteral("SELECT c.rowid FROM courses c%1 WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?")
                    .arg(join, conditions.sql(), orderBy(readOrder, m_database.isServer()));
    }
    if (Status s = prepareSql(query, QStringLiteral(
            "SELECT %1 FROM courses c JOIN providers p ON p.id = c.provider_id WHERE c.rowid IN (%2) ORDER BY %3")
                                         .arg(courseRowColumns, inner, orderBy(readOrder, m_database.isServer())),
                              doing);
        !s)
        return s;
    conditions.bind(query);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (Status s = execPrepared(query, doing); !s)
        return s;
    while (query.next())
        rows.append(courseRowFrom(query));
    if (fromTheEnd)
        std::reverse(rows.begin(), rows.end());
    return Status::success();
}

bool CourseBrowser::matchesAtLeast(const QString &match, int count) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM course_search WHERE course_search MATCH ? LIMIT ?)"));
    query.addBindValue(match);
    query.addBindValue(count);
    return query.exec() && query.next() && query.value(0).toInt() >= count;
}

Status CourseBrowser::position(const CourseFilter &filter, const CourseOrder &order, const QString &code,
                               qsizetype &row) const
{
    row = -1;
    const Conditions conditions = conditionsFor(filter, m_database.isServer());
    const QString doing = tr("finding course %1").arg(code);
    QSqlQuery query(m_database.connection());
    if (Status s = prepareSql(query, QStringLiteral("SELECT 1 FROM courses c WHERE c.code = ? AND %1")
                                         .arg(conditions.sql()),
                              doing);
        !s)
        return s;
    query.addBindValue(code);
    conditions.bind(query);
    if (Status s = execPrepared(query, doing); !s)
        return s;
    if (!query.next())
        return Status::success();

    QStringList targetColumns;
    const QStringList expressions = sortExpressions(order.key, m_database.isServer());
    for (qsizetype i = 0; i < expressions.size(); ++i)
        targetColumns.append(QStringLiteral("%1 AS k%2").arg(expressions[i]).arg(i));
    if (Status s = prepareSql(query, QStringLiteral(
            "WITH t AS (SELECT %1 FROM courses c JOIN providers p ON p.id = c.provider_id WHERE c.code = ?) "
            "SELECT count(*) FROM courses c JOIN providers p ON p.id = c.provider_id, t WHERE %2 AND %3")
                                         .arg(targetColumns.join(QStringLiteral(", ")), conditions.sql(),
                                              comesBefore(order, m_database.isServer())),
                              doing);
        !s)
        return s;
    query.addBindValue(code);
    conditions.bind(query);
    if (Status s = execPrepared(query, doing); !s)
        return s;
    row = query.next() ? query.value(0).toLongLong() : -1;
    return Status::success();
}

std::optional<CourseDetails> CourseBrowser::details(const QString &code) const
{
    CatalogueRepository repository(m_database);
    Catalogue part;
    if (!repository.loadPart({code}, part) || part.courses.isEmpty())
        return std::nullopt;
    CourseDetails details;
    details.course = part.courses.first();
    const CatalogueIndex index(part);
    if (const Provider *provider = index.provider(details.course.provider))
        details.provider = *provider;
    if (const Framework *framework = index.framework(details.course.framework))
        details.framework = *framework;
    for (const QString &skill : details.course.skills) {
        if (const Skill *known = index.skill(skill))
            details.skills.append(*known);
    }
    return details;
}

} // namespace Cairn::Core
