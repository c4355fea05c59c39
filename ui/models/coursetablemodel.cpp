#include "coursetablemodel.h"

#include <QLocale>

namespace Cairn::Ui {

CourseTableModel::CourseTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void CourseTableModel::setCatalogue(const Core::Catalogue &catalogue)
{
    beginResetModel();
    m_courses = catalogue.courses;
    m_providerNames.clear();
    for (const Core::Provider &provider : catalogue.providers)
        m_providerNames.insert(provider.id, provider.name);
    endResetModel();
}

int CourseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_courses.size());
}

int CourseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::Course &course = m_courses.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(course, index.column());
    case SortRole:
        return sortValue(course, index.column());
    case Qt::ToolTipRole:
        return index.column() == Title && !course.description.isEmpty() ? QVariant(course.description) : QVariant();
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Level:
        case Credits:
        case Hours:
        case Weeks:
        case Cost:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    default:
        return {};
    }
}

QVariant CourseTableModel::displayValue(const Core::Course &course, int column) const
{
    const QLocale locale;
    switch (column) {
    case Code:
        return course.code;
    case Title:
        return course.title;
    case Provider:
        return m_providerNames.value(course.provider, course.provider);
    case Level:
        return course.level;
    case Credits:
        return locale.toString(course.credits, 'g', 6);
    case Hours:
        return locale.toString(course.hours, 'g', 6);
    case Weeks:
        return course.weeks;
    case Cost:
        if (!course.cost)
            return tr("—");
        if (course.cost->amount == 0)
            return tr("Free");
        //: Cost column: %1 is the ISO currency code, %2 the amount
        return tr("%1 %2").arg(course.cost->currency, locale.toString(course.cost->amount, 'f', 2));
    case Delivery: {
        QStringList modes;
        for (Core::DeliveryMode mode : course.delivery) {
            switch (mode) {
            case Core::DeliveryMode::Online:
                modes.append(tr("Online"));
                break;
            case Core::DeliveryMode::Campus:
                modes.append(tr("Campus"));
                break;
            case Core::DeliveryMode::Workplace:
                modes.append(tr("Workplace"));
                break;
            }
        }
        return modes.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant CourseTableModel::sortValue(const Core::Course &course, int column) const
{
    switch (column) {
    case Level:
        return course.level;
    case Credits:
        return course.credits;
    case Hours:
        return course.hours;
    case Weeks:
        return course.weeks;
    case Cost:
        return course.cost ? course.cost->amount : -1.0;
    default:
        return displayValue(course, column);
    }
}

QVariant CourseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Title");
    case Provider:
        return tr("Provider");
    case Level:
        return tr("Level");
    case Credits:
        return tr("Credits");
    case Hours:
        return tr("Hours");
    case Weeks:
        return tr("Weeks");
    case Cost:
        return tr("Cost");
    case Delivery:
        return tr("Delivery");
    default:
        return {};
    }
}

} // namespace Cairn::Ui
