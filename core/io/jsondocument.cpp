#include "jsondocument.h"

#include <QCoreApplication>
#include <QFile>

#include <limits>

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

std::optional<JsonObjectView> parseJsonObject(ParsedJson &parsed, const QByteArray &bytes, Problems &problems)
{
    if (!parsed.parse(bytes, problems))
        return std::nullopt;
    if (!parsed.root().isObject()) {
        problems.add(QString(), DocumentText::tr("expected a JSON object at the top level"));
        return std::nullopt;
    }
    return parsed.root().toObject();
}

DocumentFormat detectDocumentFormat(const JsonObjectView &root)
{
    const QString format = root.value(u"format").toString();
    for (DocumentFormat candidate : {DocumentFormat::Catalogue, DocumentFormat::Learner}) {
        if (format == documentFormatKey(candidate))
            return candidate;
    }
    return DocumentFormat::Unknown;
}

bool checkFormatAndVersion(const JsonObjectView &root, DocumentFormat expected, Problems &problems)
{
    if (detectDocumentFormat(root) != expected) {
        problems.add(QStringLiteral("format"),
                     DocumentText::tr("expected \"%1\"").arg(documentFormatKey(expected)));
        return false;
    }
    const JsonView version = root.value(u"version");
    if (!version.isNumber()) {
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
    const qint64 size = file.size();
    if (size <= 0 || size > std::numeric_limits<qsizetype>::max() - ParsedJson::padding())
        return file.readAll(); // a device of unknown size, or one too large to pad
    QByteArray bytes;
    bytes.reserve(qsizetype(size) + ParsedJson::padding());
    bytes.resize(qsizetype(size));
    const qint64 read = file.read(bytes.data(), size);
    if (read != size) {
        problems.add(QString(), DocumentText::tr("cannot read the file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    return bytes;
}

} // namespace Cairn::Core
