// Writes the synthetic catalogue of N courses three ways, for bench_import.py:
// the bundle (BUNDLE.json), its course rows exactly as Cairn stores them
// (ROWS.csv, with a header) and the courses table's definition (ROWS.sql),
// so that `sqlite3 .import` of the same rows gives the floor an import is
// measured against. For a second floor, the same work as Cairn's import done
// by sqlite3 alone: the rows of the other tables it writes
// (ROWS-providers.csv, ROWS-skills.csv, ROWS-course_skills.csv) and a script
// (ROWS-all.sql) that makes Cairn's tables, imports every CSV, and builds the
// same indexes and search index.

#include "io/cataloguewriter.h"
#include "storage/cataloguerows.h"
#include "storage/database.h"
#include "support/cataloguegenerator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>

using namespace Cairn;

namespace {

QString csvField(const QVariant &value)
{
    if (value.isNull())
        return {};
    QString text = value.toString();
    return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Every row of `table`, with a header, as `sqlite3 .import --csv --skip 1` reads it.
bool writeCsv(const QSqlDatabase &db, const QString &table, const QString &path)
{
    QFile csv(path);
    if (!csv.open(QIODevice::WriteOnly))
        return false;
    QTextStream out(&csv);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)))
        return false;
    const QSqlRecord record = query.record();
    QStringList fields;
    for (int i = 0; i < record.count(); ++i)
        fields.append(record.fieldName(i));
    out << fields.join(u',') << '\n';
    while (query.next()) {
        fields.clear();
        for (int i = 0; i < record.count(); ++i)
            fields.append(csvField(query.value(i)));
        out << fields.join(u',') << '\n';
    }
    return true;
}

QStringList column(const QSqlDatabase &db, const QString &sql)
{
    QStringList values;
    QSqlQuery query(db);
    query.exec(sql);
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const int courses = args.size() == 4 ? args.at(1).toInt(&ok) : 0;
    if (!ok || courses < 1) {
        QTextStream(stderr) << "usage: make_bundle COURSES BUNDLE.json ROWS (writes ROWS.csv and ROWS.sql)\n";
        return 2;
    }
    const Core::Catalogue catalogue = Test::generateCatalogue(courses);
    if (!write(args.at(2), Core::catalogueToJsonBytes(catalogue))) {
        QTextStream(stderr) << "cannot write " << args.at(2) << '\n';
        return 1;
    }

    // The rows as Cairn binds them, through an in-memory database of
    // Cairn's own schema.
    Core::Database database;
    if (!database.open(QStringLiteral(":memory:")))
        return 1;
    const QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    query.prepare(Core::upsertProviderSql());
    for (const Core::Provider &provider : catalogue.providers) {
        Core::bindProvider(query, provider);
        if (!query.exec())
            return 1;
    }
    query.prepare(Core::upsertSkillSql());
    for (const Core::Skill &skill : catalogue.skills) {
        Core::bindSkill(query, skill);
        if (!query.exec())
            return 1;
    }
    query.prepare(Core::upsertCourseSql());
    QSqlQuery skillRow(db);
    skillRow.prepare(QStringLiteral("INSERT INTO course_skills(course_code, skill_id, position) VALUES(?, ?, ?)"));
    for (const Core::Course &course : catalogue.courses) {
        Core::bindCourse(query, course);
        if (!query.exec())
            return 1;
        for (qsizetype i = 0; i < course.skills.size(); ++i) {
            skillRow.addBindValue(course.code);
            skillRow.addBindValue(course.skills[i]);
            skillRow.addBindValue(i);
            if (!skillRow.exec())
                return 1;
        }
    }
    const QString rows = args.at(3);
    if (!writeCsv(db, QStringLiteral("courses"), rows + QStringLiteral(".csv")))
        return 1;
    query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'courses'"));
    if (!query.next() || !write(rows + QStringLiteral(".sql"), query.value(0).toString().toUtf8() + ";\n"))
        return 1;

    // The second floor: Cairn's import's work, done by sqlite3.
    const QString name = QFileInfo(rows).fileName();
    const QString tables = QStringLiteral("'providers', 'skills', 'courses', 'course_skills'");
    QString script = QStringLiteral("PRAGMA journal_mode = WAL;\nPRAGMA synchronous = NORMAL;\n");
    for (const QString &table : {QStringLiteral("providers"), QStringLiteral("skills"), QStringLiteral("courses"),
                                 QStringLiteral("course_skills")}) {
        script += column(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(table))
                      .value(0)
            + QStringLiteral(";\n");
        const QString csvName = table == u"courses" ? name : name + u'-' + table;
        if (table != u"courses" && !writeCsv(db, table, rows + u'-' + table + QStringLiteral(".csv")))
            return 1;
        script += QStringLiteral(".import --csv --skip 1 %1.csv %2\n").arg(csvName, table);
    }
    script += QStringLiteral("BEGIN;\n");
    for (const QString &index : column(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' "
                                                          "AND sql IS NOT NULL AND tbl_name IN (%1)").arg(tables)))
        script += index + QStringLiteral(";\n");
    script += column(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'course_search'")).value(0)
        + QStringLiteral(";\n");
    // As storage/searchindex.cpp fills it for every course.
    script += QStringLiteral(
        "INSERT INTO course_search(rowid, code, title, provider, skills, outcomes) "
        "SELECT c.rowid, c.code, c.title, COALESCE(p.name, ''), "
        "COALESCE((SELECT group_concat(s.label, ' ') FROM course_skills cs "
        "JOIN skills s ON s.id = cs.skill_id WHERE cs.course_code = c.code), ''), c.outcomes "
        "FROM courses c LEFT JOIN providers p ON p.id = c.provider_id;\nCOMMIT;\n");
    if (!write(rows + QStringLiteral("-all.sql"), script.toUtf8()))
        return 1;
    return 0;
}
