#include "jsondocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Cairn::Core {

namespace {
class DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::JsonDocument)
};

int expectedVersion(DocumentFormat format)
{
    return format == DocumentFormat::Catalogue ? catalogueFormatVersion : learnerFormatVersion;
}
} // namespace

QString documentFormatKey(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Catalogue:
        return QStringLiteral("cairn-catalogue");
    case DocumentFormat::Learner:
        return QStringLiteral("cairn-learner");
    case DocumentFormat::Unknown:
        break;
    }
    return {};
}

std::optional<QJsonObject> parseJsonObject(const QByteArray &bytes, Problems &problems)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        problems.add(QString(), DocumentText::tr("not valid JSON at line %1, column %2: %3")
                                    .arg(line)
                                    .arg(column)
                                    .arg(error.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        problems.add(QString(), DocumentText::tr("expected a JSON object at the top level"));
        return std::nullopt;
    }
    return document.object();
}

DocumentFormat detectDocumentFormat(const QJsonObject &root)
{
    const QString format = root.value(u"format").toString();
    for (DocumentFormat candidate : {DocumentFormat::Catalogue, DocumentFormat::Learner}) {
        if (format == documentFormatKey(candidate))
            return candidate;
    }
    return DocumentFormat::Unknown;
}

bool checkFormatAndVersion(const QJsonObject &root, DocumentFormat expected, Problems &problems)
{
    if (detectDocumentFormat(root) != expected) {
        problems.add(QStringLiteral("format"),
                     DocumentText::tr("expected \"%1\"").arg(documentFormatKey(expected)));
        return false;
    }
    const QJsonValue version = root.value(u"version");
    if (!version.isDouble()) {
        problems.add(QStringLiteral("version"), DocumentText::tr("expected a whole number"));
        return false;
    }
    if (version.toDouble() != expectedVersion(expected)) {
        problems.add(QStringLiteral("version"),
                     DocumentText::tr("version %1 is not supported; this Cairn reads version %2")
                         .arg(version.toDouble())
                         .arg(expectedVersion(expected)));
        return false;
    }
    return true;
}

std::optional<QByteArray> readFileBytes(const QString &fileName, Problems &problems)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.add(QString(), DocumentText::tr("cannot open the file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace Cairn::Core
