#include "coursebrowsermodel.h"

#include "coursetext.h"
#include "storage/coursebrowser.h"

#include <QMimeData>

namespace Cairn::Ui {

CourseBrowserModel::CourseBrowserModel(Core::Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_database(database)
{
}

void CourseBrowserModel::setFilter(const Core::CourseFilter &filter)
{
    m_filter = filter;
    reload();
}

void CourseBrowserModel::refresh()
{
    reload();
}

void CourseBrowserModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    const Core::CourseBrowser browser(m_database);
    m_count = 0;
    if (Core::Status counted = browser.count(m_filter, m_count); !counted)
        Q_EMIT readFailed(counted.message());
    if (m_filter.isEmpty()) {
        m_catalogueSize = m_count;
    } else if (Core::Status counted = browser.count({}, m_catalogueSize); !counted) {
        Q_EMIT readFailed(counted.message());
    }
    endResetModel();
}

const Core::CourseRow *CourseBrowserModel::row(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / pageSize;
    auto found = m_pages.find(page);
    if (found == m_pages.end()) {
        QList<Core::CourseRow> rows;
        if (Core::Status read = Core::CourseBrowser(m_database).rows(m_filter, m_order, qsizetype(page) * pageSize,
                                                                     pageSize, rows, m_count);
            !read) {
            Q_EMIT readFailed(read.message());
        }
        if (m_pageUse.size() >= pagesKept)
            m_pages.remove(m_pageUse.takeFirst());
        found = m_pages.insert(page, rows);
    } else {
        m_pageUse.removeOne(page);
    }
    m_pageUse.append(page);
    const qsizetype offset = row % pageSize;
    return offset < found->size() ? &found->at(offset) : nullptr;
}

QString CourseBrowserModel::codeAt(int row) const
{
    const Core::CourseRow *course = this->row(row);
    return course ? course->code : QString();
}

int CourseBrowserModel::rowOf(const QString &code) const
{
    qsizetype position = -1;
    if (Core::Status found = Core::CourseBrowser(m_database).position(m_filter, m_order, code, position); !found)
        Q_EMIT readFailed(found.message());
    return int(position);
}

int CourseBrowserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int CourseBrowserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourseBrowserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != CodeRole && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() >= Level && index.column() <= Cost;
        return QVariant((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    const Core::CourseRow *course = row(index.row());
    if (!course)
        return {};
    switch (role) {
    case CodeRole:
        return course->code;
    case Qt::ToolTipRole:
        // Long titles and provider names are elided in the cell.
        return index.column() == Title || index.column() == Provider ? display(*course, index.column()) : QVariant();
    default:
        return display(*course, index.column());
    }
}

QVariant CourseBrowserModel::display(const Core::CourseRow &course, int column) const
{
    const QLocale locale;
    switch (column) {
    case Code:
        return course.code;
    case Title:
        return course.title;
    case Provider:
        return course.provider;
    case Level:
        return locale.toString(course.level);
    case Credits:
        return CourseText::number(course.credits);
    case Hours:
        return CourseText::number(course.hours);
    case Weeks:
        return locale.toString(course.weeks);
    case Cost:
        return CourseText::cost(course.cost);
    case Delivery:
        return CourseText::delivery(course.delivery);
    default:
        return {};
    }
}

QVariant CourseBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
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

Qt::ItemFlags CourseBrowserModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

void CourseBrowserModel::sort(int column, Qt::SortOrder order)
{
    static const Core::CourseSortKey keys[ColumnCount] = {
        Core::CourseSortKey::Code,  Core::CourseSortKey::Title, Core::CourseSortKey::Provider,
        Core::CourseSortKey::Level, Core::CourseSortKey::Credits, Core::CourseSortKey::Hours,
        Core::CourseSortKey::Weeks, Core::CourseSortKey::Cost,  Core::CourseSortKey::Delivery};
    if (column < 0 || column >= ColumnCount)
        return;
    const Core::CourseOrder wanted{keys[column], order == Qt::DescendingOrder};
    if (wanted == m_order && !m_pages.isEmpty())
        return;
    // A new order moves every row: the layout changes, the count does not.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_order = wanted;
    m_pages.clear();
    m_pageUse.clear();
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QStringList CourseBrowserModel::mimeTypes() const
{
    return {mimeType(), QStringLiteral("text/plain")};
}

QMimeData *CourseBrowserModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList codes;
    for (const QModelIndex &index : indexes) {
        const QString code = codeAt(index.row());
        if (!code.isEmpty() && !codes.contains(code))
            codes.append(code);
    }
    auto *mime = new QMimeData;
    mime->setData(mimeType(), codes.join(u'\n').toUtf8());
    mime->setText(codes.join(u'\n'));
    return mime;
}

} // namespace Cairn::Ui
