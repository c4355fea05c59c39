#include "audittreemodel.h"

#include "audit/explanation.h"
#include "models/coursetext.h"

#include <QFont>

namespace Cairn::Ui {

namespace {

QString kindText(const Core::NodeResult &node)
{
    switch (node.kind) {
    case Core::Requirement::Kind::AllOf:
        return AuditTreeModel::tr("All of");
    case Core::Requirement::Kind::AnyOf:
        return node.count == 1 ? AuditTreeModel::tr("One of") : AuditTreeModel::tr("%1 of").arg(node.count);
    case Core::Requirement::Kind::Course:
        return AuditTreeModel::tr("Course %1").arg(node.course);
    case Core::Requirement::Kind::Credits:
        return AuditTreeModel::tr("Credits");
    case Core::Requirement::Kind::None:
        break;
    }
    return {};
}

} // namespace

AuditTreeModel::AuditTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void AuditTreeModel::clear()
{
    beginResetModel();
    m_shown = {};
    m_earned.reset();
    m_items.clear();
    endResetModel();
}

void AuditTreeModel::setResults(const Core::AuditResult &shown, const std::optional<Core::AuditResult> &earned)
{
    beginResetModel();
    m_shown = shown;
    m_earned = earned;
    m_items.clear();
    if (m_shown.requirements) {
        const Core::NodeResult *earnedRoot = m_earned && m_earned->requirements ? &*m_earned->requirements : nullptr;
        add(*m_shown.requirements, -1, 0, earnedRoot);
    }
    endResetModel();
}

int AuditTreeModel::add(const Core::NodeResult &node, int parent, int row, const Core::NodeResult *earned)
{
    const int at = int(m_items.size());
    Item item;
    item.node = &node;
    item.parent = parent;
    item.row = row;
    // Both audits walk the same tree, so their nodes match one for one.
    const double required = node.required;
    item.progress.required = required;
    item.progress.waived = node.waived;
    item.progress.planned = node.waived ? required : required - node.remaining;
    item.progress.earned = earned ? (earned->waived ? required : required - earned->remaining) : item.progress.planned;
    m_items.push_back(item);
    for (size_t i = 0; i < node.children.size(); ++i) {
        const Core::NodeResult *earnedChild = earned && i < earned->children.size() ? &earned->children[i] : nullptr;
        const int child = add(node.children[i], at, int(i), earnedChild);
        m_items[size_t(at)].children.push_back(child);
    }
    return at;
}

const AuditTreeModel::Item *AuditTreeModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto at = size_t(index.internalId());
    return at < m_items.size() ? &m_items[at] : nullptr;
}

const Core::NodeResult *AuditTreeModel::nodeAt(const QModelIndex &index) const
{
    const Item *item = itemAt(index);
    return item ? item->node : nullptr;
}

QModelIndex AuditTreeModel::indexOfPath(const QString &path, int column) const
{
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].node->path == path)
            return createIndex(m_items[i].row, column, quintptr(i));
    }
    return {};
}

QModelIndex AuditTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 && !m_items.empty() ? createIndex(0, column, quintptr(0)) : QModelIndex();
    const Item *item = itemAt(parent);
    if (!item || row >= int(item->children.size()))
        return {};
    return createIndex(row, column, quintptr(item->children[size_t(row)]));
}

QModelIndex AuditTreeModel::parent(const QModelIndex &child) const
{
    const Item *item = itemAt(child);
    if (!item || item->parent < 0)
        return {};
    return createIndex(m_items[size_t(item->parent)].row, 0, quintptr(item->parent));
}

int AuditTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_items.empty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    const Item *item = itemAt(parent);
    return item ? int(item->children.size()) : 0;
}

int AuditTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AuditTreeModel::data(const QModelIndex &index, int role) const
{
    const Item *item = itemAt(index);
    if (!item)
        return {};
    const Core::NodeResult &node = *item->node;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Requirement:
            if (!node.label.isEmpty())
                return node.label;
            if (node.kind == Core::Requirement::Kind::Course && m_titleOf) {
                if (const QString title = m_titleOf(node.course); !title.isEmpty())
                    return tr("%1 %2").arg(node.course, title);
            }
            return kindText(node);
        case Progress:
            if (node.waived)
                return tr("Waived");
            if (node.satisfied)
                return tr("Met");
            return tr("%1 of %2 credits").arg(CourseText::number(item->progress.planned),
                                               CourseText::number(item->progress.required));
        case Counted: {
            // A course that counts here by an advisor's decision says so.
            QStringList courses = node.allocated;
            for (QString &course : courses) {
                for (const Core::AuditOverride &override : m_shown.overrides) {
                    if (override.kind == Core::AuditOverride::Kind::Substitute && override.course == course
                        && override.node == node.path)
                        course = tr("%1 (by decision)").arg(course);
                }
            }
            return courses.join(QStringLiteral(", "));
        }
        case Missing:
            if (node.waived)
                return tr("Waived: %1").arg(node.waiverReason);
            if (!node.counted)
                return tr("Another option: the closer ones count");
            return node.missing;
        }
        break;
    case Qt::ToolTipRole:
        if (node.waived)
            return tr("Waived by an advisor: %1").arg(node.waiverReason);
        if (!node.missing.isEmpty())
            return node.missing;
        if (!node.allocated.isEmpty())
            return tr("Counted: %1 (%2 credits)").arg(node.allocated.join(QStringLiteral(", ")),
                                                    CourseText::number(node.allocatedCredits));
        break;
    case Qt::FontRole:
        if (index.column() == Requirement && !node.children.empty()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case ProgressRole:
        return QVariant::fromValue(item->progress);
    case PathRole:
        return node.path;
    case LeafRole:
        return node.children.empty();
    case WaivedRole:
        return node.waived;
    case CountedRole:
        return node.counted;
    default:
        break;
    }
    return {};
}

QVariant AuditTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Requirement:
        return tr("Requirement");
    case Progress:
        return tr("Progress");
    case Counted:
        return tr("Courses counted");
    case Missing:
        return tr("What is missing");
    }
    return {};
}

} // namespace Cairn::Ui
