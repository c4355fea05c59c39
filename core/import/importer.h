#pragma once

#include "io/jsondocument.h"
#include "model/progress.h"
#include "model/status.h"
#include "io/problems.h"

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
    Problems problems; // every problem of a rejected document (the message shows the first 20)
};

// Imports a catalogue bundle or a learner file (told apart by "format") into
// the database. The whole document is validated first; a document with any
// problem writes nothing, and the message names the file and each JSON path.
// `progress` hears of the rows written and may cancel: the database is then
// left exactly as it was. The summary is filled in either way.
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::Importer)

public:
    explicit Importer(Database &database) : m_database(database) { }

    // Refuse any other kind of document (e.g. a learner file given where the
    // catalogue is expected) with "format: expected …". Unknown: either.
    void expectFormat(DocumentFormat format) { m_expected = format; }

    Status importFile(const QString &fileName, ImportSummary *summary = nullptr, const Progress &progress = {});
    // `displayName` stands for the file in messages (e.g. a resource path).
    Status importBytes(const QByteArray &bytes, const QString &displayName, ImportSummary *summary = nullptr,
                       const Progress &progress = {});

private:
    // Takes the text by value so that, when the caller gave it up, it is
    // freed as soon as it is no longer needed: once parsed, or for a bundle
    // once its courses are written.
    Status importDocument(QByteArray bytes, const QString &displayName, ImportSummary *summary,
                          const Progress &progress);

    Database &m_database;
    DocumentFormat m_expected = DocumentFormat::Unknown;
};

} // namespace Cairn::Core
