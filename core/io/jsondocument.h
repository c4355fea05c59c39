#pragma once

#include "jsonvalue.h"
#include "problems.h"

#include <QByteArray>

#include <optional>

namespace Cairn::Core {

// The document kinds Cairn reads, told apart by their "format" key.
enum class DocumentFormat { Unknown, Catalogue, Learner };

inline constexpr int catalogueFormatVersion = 1;
inline constexpr int learnerFormatVersion = 1;

QString documentFormatKey(DocumentFormat format); // "cairn-catalogue", "cairn-learner"

// Parses UTF-8 JSON into `parsed`; its top level must be an object. A syntax
// error is reported with its line and column.
std::optional<JsonObjectView> parseJsonObject(ParsedJson &parsed, const QByteArray &bytes, Problems &problems);

DocumentFormat detectDocumentFormat(const JsonObjectView &root);

// Checks "format" and "version" against what this build reads.
bool checkFormatAndVersion(const JsonObjectView &root, DocumentFormat expected, Problems &problems);

// Reads a whole file (with room after it for the parser to read ahead, so
// that it is not copied); failure (missing, unreadable) becomes a problem.
std::optional<QByteArray> readFileBytes(const QString &fileName, Problems &problems);

} // namespace Cairn::Core
