#pragma once

#include <QTimer>
#include <QWidget>

#include "storage/coursefilter.h"

class QAction;
class QLineEdit;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Cairn::Ui {

class CourseBrowserModel;
class CourseDetailsPane;
class EmptyState;
class FilterBar;
class Workspace;

// The catalogue: search as you type, filters, a sortable table read page by
// page from the database, and the selected course's details beside it. It
// reads nothing until load() (the window paints first).
class CatalogueView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueView)

public:
    CatalogueView(Workspace &workspace, QWidget *parent = nullptr);

    void load();
    bool isLoaded() const { return m_loaded; }
    // Loaded, and every match counted (which comes a moment after the first
    // rows in a large catalogue).
    bool isSettled() const;

    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    // Made when first needed: most sessions never open the filters.
    FilterBar *filterBar();
    CourseBrowserModel *model() const { return m_model; }
    CourseDetailsPane *details() const { return m_details; }
    QToolButton *filtersButton() const { return m_filtersButton; }

    int visibleCourseCount() const;
    QString currentCourse() const;
    QStringList selectedCourses() const;
    void selectCourse(const QString &code);
    void focusSearch();
    void clearFilters();
    void setFiltersShown(bool shown);
    bool filtersShown() const;
    // Actions offered in the table's context menu.
    void setContextActions(const QList<QAction *> &actions);

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    void importRequested();
    void demoRequested();
    void selectionChanged();
    void countsChanged(qsizetype shown, qsizetype total);

private:
    void applyFilter();
    Core::CourseFilter conditions() const;
    void reloadKeepingSelection();
    void updatePage();
    void updateFiltersButton();

    Workspace &m_workspace;
    CourseBrowserModel *m_model;
    QLineEdit *m_search;
    QToolButton *m_filtersButton;
    FilterBar *m_filters = nullptr;
    QTableView *m_table;
    CourseDetailsPane *m_details;
    QSplitter *m_splitter;
    QWidget *m_browse;
    QStackedWidget *m_pages;      // browsing | no catalogue at all
    QStackedWidget *m_tablePages; // rows | no rows match
    EmptyState *m_noMatch = nullptr;
    EmptyState *m_noCatalogue = nullptr;
    QTimer m_detailsDelay;
    bool m_loaded = false;
};

} // namespace Cairn::Ui
