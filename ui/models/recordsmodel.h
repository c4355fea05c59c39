#pragma once

#include "model/catalogue.h"
#include "model/learnerprofile.h"
#include "planner/plan.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

#include <functional>

namespace Cairn::Ui {

// A learner's records grouped by status (planned first), each with the
// schedule the planner gave it or the planner's message about it. Status,
// dates, grade and notes are edited in place: setData() hands the changed
// record to `edit`, which writes it (as an undoable command); the model is
// then rebuilt from the profile that was written.
class RecordsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordsModel)

public:
    enum Column { Course, Title, Status, Schedule, Date, Start, Grade, Notes, ColumnCount };
    enum Role { CourseRole = Qt::UserRole + 1, StatusRole, ProblemRole };
    using Edit = std::function<bool(const Core::Record &)>;

    explicit RecordsModel(QObject *parent = nullptr);

    // `catalogue` needs to hold the records' courses only.
    void setContent(const Core::LearnerProfile &profile, const Core::Catalogue &catalogue, const Core::PlanResult &plan);
    void setEdit(Edit edit) { m_edit = std::move(edit); }

    QModelIndex indexOfCourse(const QString &code, int column = Course) const;
    const Core::Record *recordAt(const QModelIndex &index) const;
    // The status groups in the order they are shown.
    static QList<Core::RecordStatus> groupOrder();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void coursesDropped(const QStringList &codes);

private:
    struct Group
    {
        Core::RecordStatus status;
        QList<int> records; // indexes into m_profile.records
    };

    QVariant groupData(const Group &group, int column, int role) const;
    QVariant recordData(const Core::Record &record, int column, int role) const;
    QString titleOf(const Core::Record &record) const;
    QString scheduleOf(const Core::Record &record) const;

    Core::LearnerProfile m_profile;
    QHash<QString, QString> m_titles;
    QHash<QString, Core::PlanEntry> m_entries;
    QHash<QString, QString> m_problems;
    QList<Group> m_groups;
    Edit m_edit;
    QIcon m_warning;
};

} // namespace Cairn::Ui
