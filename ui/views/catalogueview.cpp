#include "catalogueview.h"

#include "catalogue/coursedetailspane.h"
#include "catalogue/filterbar.h"
#include "emptystate.h"
#include "icons/icons.h"
#include "models/coursebrowsermodel.h"
#include "settings/settingkeys.h"
#include "workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Cairn::Ui {

namespace {
constexpr int detailsDelayMs = 120;
} // namespace

CatalogueView::CatalogueView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new CourseBrowserModel(workspace.database(), this))
    , m_search(new QLineEdit(this))
    , m_filtersButton(new QToolButton(this))
    , m_table(new QTableView(this))
    , m_details(new CourseDetailsPane(workspace.database(), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_browse(new QWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_tablePages(new QStackedWidget(this))
{
    m_search->setPlaceholderText(tr("Search code, title, provider, skills and outcomes"));
    m_search->addAction(icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search courses"));
    connect(m_search, &QLineEdit::textChanged, this, &CatalogueView::applyFilter);

    m_filtersButton->setCheckable(true);
    m_filtersButton->setIcon(icon(QStringLiteral("filter")));
    m_filtersButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_filtersButton->setAccessibleName(tr("Show filters"));
    connect(m_filtersButton, &QToolButton::toggled, this, [this](bool shown) { filterBar()->setVisible(shown); });

    m_table->setModel(m_model);
    connect(m_model, &CourseBrowserModel::counted, this, &CatalogueView::countsChanged);
    // The catalogue's own order first; a third click on a column header
    // goes back to it.
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setAccessibleName(tr("Courses"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Fixed row heights keep 100,000 rows cheap: no row is measured.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    // The title takes the room the other columns leave, so that every
    // column fits without scrolling sideways.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CourseBrowserModel::Title, QHeaderView::Stretch);
    // Right-click the header to choose the columns; hours, weeks and
    // delivery are in the details pane, so they start hidden to leave the
    // title room.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &at) {
        QMenu menu(this);
        for (int column = 0; column < CourseBrowserModel::ColumnCount; ++column) {
            QAction *shown = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            shown->setCheckable(true);
            shown->setChecked(!header->isSectionHidden(column));
            shown->setEnabled(column != CourseBrowserModel::Code && column != CourseBrowserModel::Title);
            connect(shown, &QAction::toggled, header, [header, column](bool on) { header->setSectionHidden(column, !on); });
        }
        menu.exec(header->mapToGlobal(at));
    });
    header->setSectionHidden(CourseBrowserModel::Hours, true);
    header->setSectionHidden(CourseBrowserModel::Weeks, true);
    header->setSectionHidden(CourseBrowserModel::Delivery, true);
    header->resizeSection(CourseBrowserModel::Code, 88);
    header->resizeSection(CourseBrowserModel::Provider, 150);
    for (int column : {CourseBrowserModel::Level, CourseBrowserModel::Credits, CourseBrowserModel::Hours,
                       CourseBrowserModel::Weeks})
        header->resizeSection(column, 52);
    header->resizeSection(CourseBrowserModel::Cost, 100);
    header->resizeSection(CourseBrowserModel::Delivery, 130);
    // The details follow the current row a moment later, so that arrowing
    // through rows or typing does not lay out a page of details each time.
    m_detailsDelay.setSingleShot(true);
    m_detailsDelay.setInterval(detailsDelayMs);
    connect(&m_detailsDelay, &QTimer::timeout, this, [this] { m_details->showCourse(currentCourse()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_detailsDelay.start();
        Q_EMIT selectionChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CatalogueView::selectionChanged);
    connect(m_details, &CourseDetailsPane::courseLinkActivated, this, [this](const QString &code) {
        if (m_model->rowOf(code) < 0)
            clearFilters();
        selectCourse(code);
    });

    m_tablePages->addWidget(m_table);
    m_splitter->addWidget(m_tablePages);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({720, 320});
    m_splitter->setChildrenCollapsible(false);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_filtersButton);
    auto *browseLayout = new QVBoxLayout(m_browse);
    browseLayout->setContentsMargins(0, 0, 0, 0);
    browseLayout->addLayout(searchRow);
    browseLayout->addWidget(m_splitter, 1);

    m_pages->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(&m_workspace, &Workspace::catalogueChanged, this, [this] {
        if (!m_loaded)
            return;
        if (m_filters)
            m_filters->reloadChoices();
        m_details->reload();
        reloadKeepingSelection();
    });
    updateFiltersButton();
}

FilterBar *CatalogueView::filterBar()
{
    if (!m_filters) {
        m_filters = new FilterBar(m_workspace.database(), m_browse);
        m_filters->setVisible(false);
        static_cast<QVBoxLayout *>(m_browse->layout())->insertWidget(1, m_filters);
        connect(m_filters, &FilterBar::changed, this, &CatalogueView::applyFilter);
    }
    return m_filters;
}

Core::CourseFilter CatalogueView::conditions() const
{
    return m_filters ? m_filters->filter() : Core::CourseFilter();
}

void CatalogueView::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    applyFilter();
    // The details pane is never empty while there are courses to show.
    if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
        m_detailsDelay.stop();
        m_details->showCourse(currentCourse());
    }
}

bool CatalogueView::isSettled() const
{
    return m_loaded && m_model->countKnown();
}

void CatalogueView::applyFilter()
{
    if (!m_loaded)
        return;
    Core::CourseFilter filter = conditions();
    filter.text = m_search->text();
    m_model->setFilter(filter);
    // A new filter leaves no row selected: the details must not go on
    // showing a course the list may no longer hold.
    m_detailsDelay.stop();
    m_details->showCourse(QString());
    Q_EMIT selectionChanged();
    updatePage();
    updateFiltersButton();
}

void CatalogueView::reloadKeepingSelection()
{
    const QString current = currentCourse();
    m_model->refresh();
    updatePage();
    if (!current.isEmpty())
        selectCourse(current);
}

void CatalogueView::updatePage()
{
    // The empty states are made when first needed.
    if (m_model->catalogueSize() == 0 && !m_noCatalogue) {
        m_noCatalogue = new EmptyState(QStringLiteral("catalogue"), tr("No catalogue yet"),
                                       tr("Import a catalogue bundle from your provider or study centre, "
                                          "or explore Cairn with the demo catalogue."),
                                       this);
        m_noCatalogue->addButton(tr("&Import Catalogue…"), [this] { Q_EMIT importRequested(); });
        m_noCatalogue->addButton(tr("Open the &Demo"), [this] { Q_EMIT demoRequested(); });
        m_pages->addWidget(m_noCatalogue);
    }
    if (m_model->rowCount() == 0 && !m_noMatch) {
        m_noMatch = new EmptyState(QStringLiteral("search"), tr("No courses match"),
                                   tr("Try fewer or shorter words, or clear the filters."), this);
        m_noMatch->addButton(tr("&Clear Search and Filters"), [this] { clearFilters(); });
        m_tablePages->addWidget(m_noMatch);
    }
    m_pages->setCurrentWidget(m_model->catalogueSize() == 0 ? static_cast<QWidget *>(m_noCatalogue) : m_browse);
    m_tablePages->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_noMatch) : m_table);
    if (m_model->rowCount() == 0)
        m_details->showCourse(QString());
}

void CatalogueView::updateFiltersButton()
{
    const int set = conditions().conditionCount();
    m_filtersButton->setText(set == 0 ? tr("Filters") : tr("Filters (%1)").arg(set));
}

int CatalogueView::visibleCourseCount() const
{
    return int(m_model->matchCount());
}

QString CatalogueView::currentCourse() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->codeAt(current.row()) : QString();
}

QStringList CatalogueView::selectedCourses() const
{
    QStringList codes;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        codes.append(m_model->codeAt(index.row()));
    if (codes.isEmpty() && !currentCourse().isEmpty())
        codes.append(currentCourse());
    return codes;
}

void CatalogueView::selectCourse(const QString &code)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, CourseBrowserModel::Code);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    // Chosen on purpose (not arrowed past): the details show at once.
    m_detailsDelay.stop();
    m_details->showCourse(code);
}

void CatalogueView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CatalogueView::clearFilters()
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    if (m_filters) {
        const QSignalBlocker blocker(m_filters);
        m_filters->clear();
    }
    applyFilter();
}

void CatalogueView::setFiltersShown(bool shown)
{
    m_filtersButton->setChecked(shown);
}

bool CatalogueView::filtersShown() const
{
    return m_filtersButton->isChecked();
}

void CatalogueView::setContextActions(const QList<QAction *> &actions)
{
    m_table->addActions(actions);
}

void CatalogueView::saveState(QSettings &settings) const
{
    SettingKeys::catalogueSplitter.set(settings, m_splitter->saveState());
    SettingKeys::catalogueColumns.set(settings, m_table->horizontalHeader()->saveState());
    SettingKeys::catalogueFiltersShown.set(settings, filtersShown());
}

void CatalogueView::restoreState(const QSettings &settings)
{
    m_splitter->restoreState(SettingKeys::catalogueSplitter.get(settings));
    m_table->horizontalHeader()->restoreState(SettingKeys::catalogueColumns.get(settings));
    setFiltersShown(SettingKeys::catalogueFiltersShown.get(settings));
}

} // namespace Cairn::Ui
