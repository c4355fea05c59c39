#include "coursebrowsermodel.h"

#include "coursetext.h"
#include "storage/coursebrowser.h"

#include <QMimeData>
#include <QSet>
#include <QTimer>

namespace Cairn::Ui {

CourseBrowserModel::CourseBrowserModel(Core::Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_database(database)
{
}

void CourseBrowserModel::setFilter(const Core::CourseFilter &filter)
{
    m_filter = filter;
    reload(false);
}

void CourseBrowserModel::refresh()
{
    reload(true);
}

void CourseBrowserModel::reload(bool recountCatalogue)
{
    const Core::CourseBrowser browser(m_database);
    if (recountCatalogue || m_catalogueSize < 0) {
        if (Core::Status counted = browser.count({}, m_catalogueSize); !counted)
            Q_EMIT readFailed(counted.message());
    }
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    ++m_generation;
    // One row more than a page says whether there is more than a page.
    QList<Core::CourseRow> first;
    if (Core::Status read = browser.rows(m_filter, m_order, 0, pageSize + 1, first); !read)
        Q_EMIT readFailed(read.message());
    m_countKnown = first.size() <= pageSize;
    first.resize(std::min<qsizetype>(first.size(), pageSize));
    m_count = first.size();
    m_pages.insert(0, first);
    m_pageUse.append(0);
    endResetModel();
    if (m_countKnown) {
        Q_EMIT counted(m_count, m_catalogueSize);
        return;
    }
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation && !m_countKnown)
            countNow();
    });
}

void CourseBrowserModel::countNow()
{
    qsizetype count = m_count;
    if (Core::Status read = Core::CourseBrowser(m_database).count(m_filter, count); !read)
        Q_EMIT readFailed(read.message());
    m_countKnown = true;
    if (count > m_count) {
        beginInsertRows({}, int(m_count), int(count - 1));
        m_count = count;
        endInsertRows();
    }
    Q_EMIT counted(m_count, m_catalogueSize);
}

qsizetype CourseBrowserModel::matchCount()
{
    if (!m_countKnown)
        countNow();
    return m_count;
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
                                                                     pageSize, rows, m_countKnown ? m_count : -1);
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
    if (column >= ColumnCount)
        return;
    const Core::CourseOrder wanted{column < 0 ? Core::CourseSortKey::Catalogue : keys[column],
                                   column >= 0 && order == Qt::DescendingOrder};
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
    // A selected row brings one index per column: each code once, in order.
    QStringList codes;
    QSet<QString> seen;
    for (const QModelIndex &index : indexes) {
        const QString code = codeAt(index.row());
        if (!code.isEmpty() && !seen.contains(code)) {
            seen.insert(code);
            codes.append(code);
        }
    }
    auto *mime = new QMimeData;
    mime->setData(mimeType(), codes.join(u'\n').toUtf8());
    mime->setText(codes.join(u'\n'));
    return mime;
}

QStringList CourseBrowserModel::coursesIn(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(mimeType()))
        return {};
    return QString::fromUtf8(mime->data(mimeType())).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace Cairn::Ui
