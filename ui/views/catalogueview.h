#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Cairn::Core {
struct Catalogue;
}

namespace Cairn::Ui {

class CourseTableModel;

// The catalogue tab: a search field over a sortable course table, and an
// empty state that says how to get a catalogue in.
class CatalogueView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueView)

public:
    explicit CatalogueView(QWidget *parent = nullptr);

    void setCatalogue(const Core::Catalogue &catalogue);
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    int visibleCourseCount() const;

Q_SIGNALS:
    void importRequested();
    void demoRequested();

private:
    QWidget *createEmptyState();
    void updateState();

    CourseTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QStackedWidget *m_pages;
};

} // namespace Cairn::Ui
