#pragma once

#include "jsondocument.h"
#include "model/status.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Cairn::Core {

class Database;

struct ImportSummary
{
    DocumentFormat format = DocumentFormat::Unknown;
    QString name;
    qsizetype courses = 0;
    qsizetype qualifications = 0;
    qsizetype records = 0;
};

// Imports a catalogue bundle or a learner file (told apart by "format") into
// the database. The whole document is validated first; a document with any
// problem writes nothing, and the message names the file and each JSON path.
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::Importer)

public:
    explicit Importer(Database &database) : m_database(database) { }

    Status importFile(const QString &fileName, ImportSummary *summary = nullptr);
    // `displayName` stands for the file in messages (e.g. a resource path).
    Status importBytes(const QByteArray &bytes, const QString &displayName, ImportSummary *summary = nullptr);

private:
    Database &m_database;
};

} // namespace Cairn::Core
