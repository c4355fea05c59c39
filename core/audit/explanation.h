#pragma once

#include "auditresult.h"
#include "model/catalogue.h"

#include <QCoreApplication>

namespace Cairn::Core {

// Words for the audit: what a selector means and what a node is missing.
class Explanation final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::Explanation)

public:
    explicit Explanation(const CatalogueIndex &index) : m_index(index) { }

    // "courses teaching Data visualisation, at level 5 or above"
    QString describeSelector(const Selector &selector) const;
    // What `node` (audited from `source`) still needs, in words.
    QString missing(const NodeResult &node, const Requirement &source) const;
    // A prerequisite expression in words: "DAT401 and (DAT402 or DAT403)";
    // "none" for no prerequisite.
    QString describePrerequisites(const Requirement &prerequisites) const;
    // A leaf of a requirement tree: its label, or what it asks for.
    QString describeLeaf(const Requirement &leaf) const;

private:
    QString names(const QStringList &ids, QString (Explanation::*nameOf)(const QString &) const) const;
    QString skillName(const QString &id) const;
    QString providerName(const QString &id) const;
    QString frameworkName(const QString &id) const;
    QString courseName(const QString &code) const;

    const CatalogueIndex &m_index;
};

// Credits as people write them: "15", "12.5".
QString formatCredits(double credits);

} // namespace Cairn::Core
