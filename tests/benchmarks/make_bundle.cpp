// Writes the synthetic catalogue of N courses three ways, for bench_import.py:
// the bundle (BUNDLE.json), its course rows exactly as Cairn stores them
// (ROWS.csv, with a header) and the courses table's definition (ROWS.sql),
// so that `sqlite3 .import` of the same rows gives the floor an import is
// measured against.

#include "io/cataloguewriter.h"
#include "storage/cataloguerows.h"
#include "storage/database.h"
#include "support/cataloguegenerator.h"

#include <QCoreApplication>
#include <QFile>
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
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    query.prepare(Core::upsertCourseSql());
    for (const Core::Course &course : catalogue.courses) {
        Core::bindCourse(query, course);
        if (!query.exec())
            return 1;
    }
    QFile csv(args.at(3) + QStringLiteral(".csv"));
    if (!csv.open(QIODevice::WriteOnly))
        return 1;
    QTextStream out(&csv);
    query.exec(QStringLiteral("SELECT * FROM courses ORDER BY rowid"));
    bool header = true;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QStringList fields;
        if (header) {
            for (int i = 0; i < record.count(); ++i)
                fields.append(record.fieldName(i));
            out << fields.join(u',') << '\n';
            fields.clear();
            header = false;
        }
        for (int i = 0; i < record.count(); ++i)
            fields.append(csvField(query.value(i)));
        out << fields.join(u',') << '\n';
    }
    query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'courses'"));
    if (!query.next() || !write(args.at(3) + QStringLiteral(".sql"), query.value(0).toString().toUtf8() + ";\n"))
        return 1;
    return 0;
}
