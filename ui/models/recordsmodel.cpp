#include "recordsmodel.h"

#include "coursebrowsermodel.h"
#include "coursetext.h"
#include "icons/icons.h"

#include <QFont>
#include <QMimeData>

namespace Cairn::Ui {

namespace {
// Group rows have internal id 0; a record row has its group's index + 1.
constexpr quintptr groupId = 0;
} // namespace

RecordsModel::RecordsModel(QObject *parent) : QAbstractItemModel(parent), m_warning(icon(QStringLiteral("warning"))) { }

QList<Core::RecordStatus> RecordsModel::groupOrder()
{
    return {Core::RecordStatus::Planned,    Core::RecordStatus::Enrolled,  Core::RecordStatus::Completed,
            Core::RecordStatus::Recognised, Core::RecordStatus::Withdrawn, Core::RecordStatus::Failed};
}

void RecordsModel::setContent(const Core::LearnerProfile &profile, const Core::Catalogue &catalogue,
                              const Core::PlanResult &plan)
{
    beginResetModel();
    m_profile = profile;
    m_titles.clear();
    for (const Core::Course &course : catalogue.courses)
        m_titles.insert(course.code, course.title);
    m_entries.clear();
    for (const Core::PlanEntry &entry : plan.entries)
        m_entries.insert(entry.course, entry);
    m_problems.clear();
    for (const Core::PlanError &error : plan.errors) {
        if (!error.course.isEmpty())
            m_problems[error.course] += (m_problems.contains(error.course) ? QStringLiteral(" ") : QString()) + error.message;
    }
    m_groups.clear();
    for (Core::RecordStatus status : groupOrder()) {
        Group group{status, {}};
        for (int i = 0; i < m_profile.records.size(); ++i) {
            if (m_profile.records[i].status == status)
                group.records.append(i);
        }
        if (!group.records.isEmpty())
            m_groups.append(group);
    }
    endResetModel();
}

QModelIndex RecordsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RecordsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupId);
}

int RecordsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == groupId && parent.column() == 0)
        return int(m_groups.at(parent.row()).records.size());
    return 0;
}

int RecordsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Core::Record *RecordsModel::recordAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == groupId)
        return nullptr;
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return &m_profile.records.at(group.records.at(index.row()));
}

QModelIndex RecordsModel::indexOfCourse(const QString &code, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<int> &records = m_groups[g].records;
        for (int r = 0; r < records.size(); ++r) {
            if (m_profile.records[records[r]].course == code)
                return index(r, column, index(g, 0));
        }
    }
    return {};
}

QString RecordsModel::titleOf(const Core::Record &record) const
{
    if (!record.title.isEmpty())
        return record.title;
    return m_titles.value(record.course, tr("(not in the catalogue)"));
}

QString RecordsModel::scheduleOf(const Core::Record &record) const
{
    if (m_problems.contains(record.course))
        return m_problems.value(record.course);
    const auto entry = m_entries.constFind(record.course);
    if (entry == m_entries.constEnd())
        return {};
    //: a course's place in the plan: dates, then weekly hours
    return tr("%1 · %2 h a week").arg(CourseText::dateRange(entry->start, entry->finish), CourseText::number(entry->hoursPerWeek));
}

QVariant RecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == groupId)
        return groupData(m_groups.at(index.row()), index.column(), role);
    return recordData(*recordAt(index), index.column(), role);
}

QVariant RecordsModel::groupData(const Group &group, int column, int role) const
{
    if (column != Course)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        //: a group of records: "Planned (3)"
        return tr("%1 (%2)").arg(CourseText::status(group.status)).arg(group.records.size());
    case StatusRole:
        return int(group.status);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

QVariant RecordsModel::recordData(const Core::Record &record, int column, int role) const
{
    switch (role) {
    case CourseRole:
        return record.course;
    case StatusRole:
        return int(record.status);
    case ProblemRole:
        return m_problems.value(record.course);
    case Qt::DecorationRole:
        if (column == Schedule && m_problems.contains(record.course))
            return m_warning;
        return {};
    case Qt::ToolTipRole:
        if (column == Title || column == Notes || column == Schedule)
            return recordData(record, column, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case Course:
            return record.course;
        case Title:
            return titleOf(record);
        case Status:
            return CourseText::status(record.status);
        case Date:
            return CourseText::date(record.date);
        case Start:
            return CourseText::date(record.start);
        case Grade:
            return record.grade;
        case Notes:
            return record.notes;
        case Schedule:
            return scheduleOf(record);
        default:
            return {};
        }
    case Qt::EditRole:
        switch (column) {
        case Status:
            return int(record.status);
        case Date:
            return record.date;
        case Start:
            return record.start;
        case Grade:
            return record.grade;
        case Notes:
            return record.notes;
        default:
            return recordData(record, column, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

bool RecordsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Core::Record *current = recordAt(index);
    if (!current || role != Qt::EditRole || !m_edit)
        return false;
    Core::Record record = *current;
    switch (index.column()) {
    case Status:
        record.status = static_cast<Core::RecordStatus>(value.toInt());
        break;
    case Date:
        record.date = value.toDate();
        break;
    case Start:
        record.start = value.toDate();
        break;
    case Grade:
        record.grade = value.toString().trimmed();
        break;
    case Notes:
        record.notes = value.toString().trimmed();
        break;
    default:
        return false;
    }
    if (record == *current)
        return false;
    return m_edit(record);
}

QVariant RecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Course:
        return tr("Course");
    case Title:
        return tr("Title");
    case Status:
        return tr("Status");
    case Date:
        return tr("Date");
    case Start:
        return tr("Starts");
    case Grade:
        return tr("Grade");
    case Notes:
        return tr("Notes");
    case Schedule:
        return tr("Schedule");
    default:
        return {};
    }
}

Qt::ItemFlags RecordsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index) | Qt::ItemIsDropEnabled;
    const Core::Record *record = recordAt(index);
    if (!record)
        return flags;
    switch (index.column()) {
    case Status:
    case Grade:
    case Notes:
        return flags | Qt::ItemIsEditable;
    case Date: // the day a course was completed or recognised
        return record->isEarned() ? flags | Qt::ItemIsEditable : flags;
    case Start: // an enrolment's fixed start
        return record->status == Core::RecordStatus::Enrolled ? flags | Qt::ItemIsEditable : flags;
    default:
        return flags;
    }
}

QStringList RecordsModel::mimeTypes() const
{
    return {CourseBrowserModel::mimeType()};
}

Qt::DropActions RecordsModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool RecordsModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    return data && data->hasFormat(CourseBrowserModel::mimeType());
}

bool RecordsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList codes = CourseBrowserModel::coursesIn(data);
    if (codes.isEmpty())
        return false;
    Q_EMIT coursesDropped(codes);
    // The records are added through the workspace; nothing is inserted here.
    return false;
}

} // namespace Cairn::Ui
