#pragma once

#include "storage/coursefilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Cairn::Core {
class Database;
}

namespace Cairn::Ui {

// The catalogue as a table, read page by page through the storage layer's
// query API (Core::CourseBrowser): it keeps a few pages of rows, never the
// whole catalogue. Sorting is done by the database (sort() asks for another
// order; column -1 is the catalogue's own order, the default).
//
// A new filter shows its first page at once and counts the rest a moment
// later (counting 100,000 matches takes longer than finding the first 128):
// the rows that follow are then inserted and countKnown() turns true.
class CourseBrowserModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourseBrowserModel)

public:
    enum Column { Code, Title, Provider, Level, Credits, Hours, Weeks, Cost, Delivery, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1 };
    static constexpr int pageSize = 128;
    static constexpr int pagesKept = 24;
    static QString mimeType() { return QStringLiteral("application/x-cairn-course-codes"); }
    // The course codes dragged from the table (mimeData()), or none.
    static QStringList coursesIn(const QMimeData *mime);

    explicit CourseBrowserModel(Core::Database &database, QObject *parent = nullptr);

    void setFilter(const Core::CourseFilter &filter);
    // How many courses the filter leaves, counting them now if need be.
    qsizetype matchCount();
    bool countKnown() const { return m_countKnown; }
    const Core::CourseFilter &filter() const { return m_filter; }
    Core::CourseOrder order() const { return m_order; }
    // Re-reads everything (after the catalogue changed).
    void refresh();
    // How many courses there are without any filter.
    qsizetype catalogueSize() const { return m_catalogueSize; }

    QString codeAt(int row) const;
    // The row of `code` under the current filter and order, or -1.
    int rowOf(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

Q_SIGNALS:
    // Reading the database failed; the message says why.
    void readFailed(const QString &message) const;
    // The filter's courses have been counted (countKnown() is true).
    void counted(qsizetype matches, qsizetype catalogueSize);

private:
    void reload(bool recountCatalogue);
    void countNow();
    const Core::CourseRow *row(int row) const;
    QVariant display(const Core::CourseRow &row, int column) const;

    Core::Database &m_database;
    Core::CourseFilter m_filter;
    Core::CourseOrder m_order;
    qsizetype m_count = 0;       // the rows the model has (all of them once counted)
    bool m_countKnown = true;
    quint64 m_generation = 0;    // which filter a pending count belongs to
    qsizetype m_catalogueSize = -1;
    // Pages read on demand, the most recently used last.
    mutable QHash<int, QList<Core::CourseRow>> m_pages;
    mutable QList<int> m_pageUse;
};

} // namespace Cairn::Ui
