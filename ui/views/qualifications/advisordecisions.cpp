#include "advisordecisions.h"

#include "audit/audittreemodel.h"
#include "auditlists.h"
#include "dialogs/overridedialog.h"
#include "workspace.h"

#include <QMenu>
#include <QTreeView>
#include <QTreeWidget>

namespace Cairn::Ui {

AdvisorDecisions::AdvisorDecisions(Workspace &workspace, const AuditTreeModel &model, std::function<QString()> code,
                                   std::function<const Core::Qualification *()> qualification, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workspace(workspace)
    , m_model(model)
    , m_code(std::move(code))
    , m_qualification(std::move(qualification))
    , m_dialogParent(dialogParent)
{
}

QStringList AdvisorDecisions::heldCourses() const
{
    QStringList courses;
    for (const Core::Record &record : m_workspace.profile().records) {
        if (record.status != Core::RecordStatus::Withdrawn && record.status != Core::RecordStatus::Failed)
            courses.append(record.course);
    }
    return courses;
}

void AdvisorDecisions::showTreeMenu(const QTreeView &tree, const QPoint &at)
{
    const QModelIndex index = tree.indexAt(at);
    const Core::NodeResult *node = m_model.nodeAt(index);
    if (!node || !m_workspace.hasProfile())
        return;
    QMenu menu(m_dialogParent);
    const QString path = node->path;
    const QList<Core::AuditOverride> &all = m_workspace.profile().overrides;
    qsizetype waiver = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].kind == Core::AuditOverride::Kind::Waive && all[i].qualification == m_code()
            && all[i].node == path)
            waiver = i;
    }
    if (waiver >= 0) {
        menu.addAction(tr("Edit Waiver…"), this, [this, waiver] { editOverride(waiver); });
        menu.addAction(tr("Remove Waiver"), this, [this, waiver] { removeOverride(waiver); });
    } else {
        menu.addAction(tr("&Waive This Requirement…"), this, [this, path] { waive(path); });
    }
    if (node->children.empty())
        menu.addAction(tr("&Count Another Course Toward This…"), this, [this, path] { substitute(path); });
    const QStringList counted = node->children.empty() ? node->allocated : m_model.result().counted;
    if (!counted.isEmpty()) {
        QMenu *exclude = menu.addMenu(tr("&Exclude a Course"));
        for (const QString &course : counted)
            exclude->addAction(tr("%1…").arg(course), this, [this, course] { this->exclude(course); });
    }
    menu.exec(tree.viewport()->mapToGlobal(at));
}

void AdvisorDecisions::showRulesMenu(const QTreeWidget &rules, const QPoint &at)
{
    QTreeWidgetItem *item = rules.itemAt(at);
    const QVariant index = item ? item->data(0, AuditLists::OverrideIndexRole) : QVariant();
    if (!index.isValid())
        return;
    QMenu menu(m_dialogParent);
    menu.addAction(tr("&Edit Decision…"), this, [this, index] { editOverride(index.toLongLong()); });
    menu.addAction(tr("&Remove Decision"), this, [this, index] { removeOverride(index.toLongLong()); });
    menu.exec(rules.viewport()->mapToGlobal(at));
}

void AdvisorDecisions::waive(const QString &path)
{
    const QModelIndex node = m_model.indexOfPath(path);
    Core::AuditOverride proposal{Core::AuditOverride::Kind::Waive, m_code(), path, {}, {}, m_advisor};
    putOverride(std::nullopt, proposal, node.isValid() ? node.data().toString() : path, {});
}

void AdvisorDecisions::substitute(const QString &path)
{
    const QModelIndex node = m_model.indexOfPath(path);
    QStringList courses = heldCourses();
    if (const Core::NodeResult *result = m_model.nodeAt(node)) {
        for (const QString &counted : result->allocated)
            courses.removeAll(counted);
    }
    if (courses.isEmpty()) {
        Q_EMIT message(tr("This profile holds no other course that could count toward it."));
        return;
    }
    Core::AuditOverride proposal{Core::AuditOverride::Kind::Substitute, m_code(), path, courses.first(), {},
                                 m_advisor};
    putOverride(std::nullopt, proposal, node.isValid() ? node.data().toString() : path, courses);
}

void AdvisorDecisions::exclude(const QString &course)
{
    Core::AuditOverride proposal{Core::AuditOverride::Kind::Exclude, m_code(), {}, course, {}, m_advisor};
    QStringList courses = m_model.result().counted;
    if (!courses.contains(course))
        courses.prepend(course);
    putOverride(std::nullopt, proposal, QString(), courses);
}

void AdvisorDecisions::editOverride(qsizetype index)
{
    const QList<Core::AuditOverride> &all = m_workspace.profile().overrides;
    if (index < 0 || index >= all.size())
        return;
    const Core::AuditOverride existing = all[index];
    const QModelIndex node = m_model.indexOfPath(existing.node);
    QStringList courses;
    if (existing.kind == Core::AuditOverride::Kind::Substitute)
        courses = heldCourses();
    else if (existing.kind == Core::AuditOverride::Kind::Exclude)
        courses = QStringList(m_model.result().counted) << existing.course;
    courses.removeDuplicates();
    putOverride(index, existing, node.isValid() ? node.data().toString() : existing.node, courses);
}

void AdvisorDecisions::removeOverride(qsizetype index)
{
    if (Core::Status removed = m_workspace.removeOverride(index); !removed)
        Q_EMIT message(removed.message());
}

void AdvisorDecisions::putOverride(std::optional<qsizetype> index, const Core::AuditOverride &proposal,
                             const QString &nodeLabel, const QStringList &courses)
{
    const Core::Qualification *q = m_qualification();
    if (!q || !m_workspace.hasProfile())
        return;
    Core::LearnerProfile without = m_workspace.profile();
    if (index)
        without.overrides.removeAt(*index);
    const auto decided = OverrideDialog::edit(m_dialogParent, proposal, nodeLabel, courses, *q, without, !index);
    if (!decided)
        return;
    m_advisor = decided->advisor;
    if (Core::Status put = m_workspace.putOverride(index, *decided, *q); !put)
        Q_EMIT message(put.message());
}

} // namespace Cairn::Ui
