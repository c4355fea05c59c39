#pragma once

#include "model/catalogue.h"

#include <QSqlQuery>
#include <QString>

namespace Cairn::Core {

class JsonFieldReader;

// How catalogue values map to table rows, both ways: the SQL of an upsert
// and the binding of its values, and the column list of a select and the
// reading of its row. Shared by the bundle repository, the single-item editor
// and the browser so that a column is mapped in one place.

QString upsertFrameworkSql();
void bindFramework(QSqlQuery &query, const Framework &framework);
QString upsertProviderSql();
void bindProvider(QSqlQuery &query, const Provider &provider);
QString upsertSkillSql();
void bindSkill(QSqlQuery &query, const Skill &skill);

// Receives a row's values in column order: Qt SQL's binding, or SQLite's own
// for the rows of a large import (CourseRowWriter). A null QString is NULL.
class RowValues
{
public:
    virtual ~RowValues() = default;
    virtual void text(const QString &value) = 0;
    virtual void number(double value) = 0;
    virtual void integer(qint64 value) = 0;
    virtual void null() = 0;
};

QString upsertCourseSql();
// The values of upsertCourseSql()'s placeholders.
void courseValues(const Course &course, RowValues &values);
void bindCourse(QSqlQuery &query, const Course &course);
// "code, title, ..." qualified with `alias`; courseFromRow reads them from
// `first` on. Skills are a table of their own and are not read here.
QString courseColumns(const QString &alias = QStringLiteral("courses"));
Course courseFromRow(const QSqlQuery &query, int first, JsonFieldReader &reader);

QString upsertQualificationSql();
void bindQualification(QSqlQuery &query, const Qualification &qualification);
QString qualificationColumns();
Qualification qualificationFromRow(const QSqlQuery &query, JsonFieldReader &reader);

} // namespace Cairn::Core
