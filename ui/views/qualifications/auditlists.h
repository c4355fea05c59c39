#pragma once

#include "audit/auditresult.h"
#include "model/qualification.h"

#include <QCoreApplication>

#include <functional>

class QTreeWidget;

namespace Cairn::Ui {

// The two lists under the audit tree, filled from an audit result: the
// suggested courses of each open requirement (each with a Plan button), and
// the rules with their state, the expired records and the advisor's
// decisions. Strings keep the audit panel's translation context.
class AuditLists final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Ui::AuditPanel)

public:
    static constexpr int OverrideIndexRole = Qt::UserRole + 1; // a decision's index in the profile's overrides
    static constexpr int CourseRole = Qt::UserRole + 2;        // a suggestion's course code

    static void fillSuggestions(QTreeWidget &list, const Core::AuditResult &result,
                                const std::function<void(const QString &code)> &plan);
    static void fillRules(QTreeWidget &list, const Core::AuditResult &result, const Core::Qualification &qualification,
                          const QList<Core::AuditOverride> &overrides,
                          const std::function<QString(const QString &path)> &nodeLabelOf);
};

} // namespace Cairn::Ui
