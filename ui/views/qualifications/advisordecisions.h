#pragma once

#include "audit/auditresult.h"

#include <QObject>

#include <functional>
#include <optional>

class QPoint;
class QTreeView;
class QTreeWidget;
class QWidget;

namespace Cairn::Core {
struct Qualification;
}

namespace Cairn::Ui {

class AuditTreeModel;
class Workspace;

// An advisor's decisions on the audit shown: waive a requirement, count
// another course toward a leaf, exclude a course; each asked in the override
// dialog and written as one undoable step. The audit tree's and the rules
// list's context menus offer them. Split from AuditPanel, which shows audits.
class AdvisorDecisions final : public QObject
{
    Q_OBJECT

public:
    // `code` and `qualification` tell which qualification's audit is shown
    // (the second is null until its auditor is ready); dialogs open over
    // `dialogParent`.
    AdvisorDecisions(Workspace &workspace, const AuditTreeModel &model, std::function<QString()> code,
                     std::function<const Core::Qualification *()> qualification, QWidget *dialogParent);

    void waive(const QString &path);
    void substitute(const QString &path);
    void exclude(const QString &course);
    void editOverride(qsizetype index);
    void removeOverride(qsizetype index);

    void showTreeMenu(const QTreeView &tree, const QPoint &at);
    void showRulesMenu(const QTreeWidget &rules, const QPoint &at);

    // The last advisor's name, offered for the next decision (kept in the settings).
    QString advisor() const { return m_advisor; }
    void setAdvisor(const QString &name) { m_advisor = name; }

Q_SIGNALS:
    void message(const QString &text);

private:
    void putOverride(std::optional<qsizetype> index, const Core::AuditOverride &proposal, const QString &nodeLabel,
                     const QStringList &courses);
    QStringList heldCourses() const;

    Workspace &m_workspace;
    const AuditTreeModel &m_model;
    std::function<QString()> m_code;
    std::function<const Core::Qualification *()> m_qualification;
    QWidget *m_dialogParent;
    QString m_advisor;
};

} // namespace Cairn::Ui
