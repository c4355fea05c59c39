#pragma once

#include "model/catalogue.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Cairn::Ui {

// The catalogue's courses as a table. Numbers are shown formatted for the
// user's locale; SortRole gives the raw value so that sorting is numeric.
class CourseTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourseTableModel)

public:
    enum Column { Code, Title, Provider, Level, Credits, Hours, Weeks, Cost, Delivery, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit CourseTableModel(QObject *parent = nullptr);

    void setCatalogue(const Core::Catalogue &catalogue);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const Core::Course &course, int column) const;
    QVariant sortValue(const Core::Course &course, int column) const;

    QList<Core::Course> m_courses;
    QHash<QString, QString> m_providerNames;
};

} // namespace Cairn::Ui
