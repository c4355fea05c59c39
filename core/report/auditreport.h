#pragma once

#include "audit/auditresult.h"
#include "audit/whatif.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Cairn::Core {

// The audit and what-if ranking as JSON (the keys of DESIGN.md "Command
// line") and as readable text: an indented tree with ticks, credits and what
// is missing.
class AuditReport final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::AuditReport)

public:
    static QJsonObject toJson(const AuditResult &result);
    static QString toText(const AuditResult &result);

    static QJsonObject toJson(const QList<WhatIfEntry> &entries, const QDate &asOf);
    static QString toText(const QList<WhatIfEntry> &entries, const QDate &asOf);

    // A node's name: its label, the course, "All of", "2 of", "30 credits".
    static QString kindName(const NodeResult &node);

private:
    static QJsonObject nodeToJson(const NodeResult &node);
    static void nodeToText(const NodeResult &node, int depth, QStringList &lines);
};

QString requirementKindKey(Requirement::Kind kind); // "course", "allOf", "anyOf", "credits"

} // namespace Cairn::Core
