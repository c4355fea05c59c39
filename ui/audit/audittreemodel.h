#pragma once

#include "audit/auditresult.h"

#include <QAbstractItemModel>

#include <functional>
#include <optional>
#include <vector>

namespace Cairn::Ui {

// How much of one requirement is done, for the three-colour bar: credits
// earned (completed, recognised), credits that enrolled and planned courses
// add, out of what the requirement asks for.
struct NodeProgress
{
    double required = 0.0;
    double earned = 0.0;
    double planned = 0.0; // earned included
    bool waived = false;
};

// An audited requirement tree, in bundle order: each node with its progress,
// the courses allocated to it and what it is missing, in words. Built from
// the audit in the mode the user chose and, in planned mode, the earned-only
// audit too, so that a bar can tell what is earned from what is only planned.
class AuditTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTreeModel)

public:
    enum Column { Requirement, Progress, Counted, Missing, ColumnCount };
    enum Role { ProgressRole = Qt::UserRole + 1, PathRole, LeafRole, WaivedRole, CountedRole };

    explicit AuditTreeModel(QObject *parent = nullptr);

    // `earned`: the earned-only audit of the same qualification, or nothing
    // when `shown` is that audit itself.
    void setResults(const Core::AuditResult &shown, const std::optional<Core::AuditResult> &earned);
    void clear();
    // Names a course leaf by its course's title ("DAT401 Data basics").
    void setCourseTitles(std::function<QString(const QString &code)> titleOf) { m_titleOf = std::move(titleOf); }
    const Core::AuditResult &result() const { return m_shown; }
    const Core::NodeResult *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOfPath(const QString &path, int column = Requirement) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        const Core::NodeResult *node = nullptr;
        NodeProgress progress;
        int parent = -1; // index into m_items
        int row = 0;
        std::vector<int> children;
    };

    int add(const Core::NodeResult &node, int parent, int row, const Core::NodeResult *earned);
    const Item *itemAt(const QModelIndex &index) const;

    Core::AuditResult m_shown;
    std::optional<Core::AuditResult> m_earned;
    std::vector<Item> m_items; // m_items[0] is the root requirement, when there is one
    std::function<QString(const QString &)> m_titleOf;
};

} // namespace Cairn::Ui

Q_DECLARE_METATYPE(Cairn::Ui::NodeProgress)
