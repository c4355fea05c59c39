#pragma once

// Looking at a database file from outside, for the fault tests: whether it is
// whole, and a fingerprint of every row. Each opens a plain connection of its
// own (not Cairn's Database, which would upgrade, back up or refuse) and
// releases it before removing it. Header-only, like testsupport.h.

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace Cairn::Test {

template<typename Body>
void withConnection(const QString &path, bool readOnly, Body body)
{
    static int serial = 0;
    const QString name = QStringLiteral("database-check-%1").arg(++serial);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// "ok" for a whole database, else what PRAGMA integrity_check found.
inline QString integrity(const QString &path, bool readOnly = false)
{
    QString result;
    withConnection(path, readOnly, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA integrity_check"));
        QStringList lines;
        while (query.next())
            lines.append(query.value(0).toString());
        result = lines.isEmpty() ? query.lastError().text() : lines.join(u'\n');
    });
    return result;
}

// Every row of every table, in storage order, hashed: two files with the
// same fingerprint hold the same data.
inline QByteArray fingerprint(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    withConnection(path, false, [&](QSqlDatabase &db) {
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &table : names) {
            hash.addData(table.toUtf8());
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
                qFatal("cannot read %s", qPrintable(table));
            while (rows.next()) {
                for (int column = 0; column < rows.record().count(); ++column) {
                    const QVariant value = rows.value(column);
                    hash.addData(value.isNull() ? QByteArray("\x01null") : value.toByteArray());
                    hash.addData(QByteArray("\x00", 1));
                }
                hash.addData(QByteArray("\n"));
            }
        }
    });
    return hash.result();
}

} // namespace Cairn::Test
