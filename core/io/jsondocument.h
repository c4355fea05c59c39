#pragma once

#include "problems.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace Cairn::Core {

// The document kinds Cairn reads, told apart by their "format" key.
enum class DocumentFormat { Unknown, Catalogue, Learner };

inline constexpr int catalogueFormatVersion = 1;
inline constexpr int learnerFormatVersion = 1;

QString documentFormatKey(DocumentFormat format); // "cairn-catalogue", "cairn-learner"

// Parses UTF-8 JSON whose top level must be an object; a syntax error is
// reported with its line and column.
std::optional<QJsonObject> parseJsonObject(const QByteArray &bytes, Problems &problems);

DocumentFormat detectDocumentFormat(const QJsonObject &root);

// Checks "format" and "version" against what this build reads.
bool checkFormatAndVersion(const QJsonObject &root, DocumentFormat expected, Problems &problems);

// Reads a whole file; failure (missing, unreadable) becomes a problem.
std::optional<QByteArray> readFileBytes(const QString &fileName, Problems &problems);

} // namespace Cairn::Core
