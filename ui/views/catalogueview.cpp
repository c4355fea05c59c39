#include "catalogueview.h"

#include "models/coursetablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Cairn::Ui {

namespace {
enum Page { EmptyPage, TablePage };
}

CatalogueView::CatalogueView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CourseTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_pages(new QStackedWidget(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CourseTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_search->setPlaceholderText(tr("Search courses by code, title or provider"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search courses"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
    });

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CourseTableModel::Code, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Courses"));
    // Fixed row heights keep 100,000 rows cheap: no per-row measuring.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CourseTableModel::Title, QHeaderView::Stretch);
    header->resizeSection(CourseTableModel::Code, 100);
    header->resizeSection(CourseTableModel::Provider, 200);
    for (int column : {CourseTableModel::Level, CourseTableModel::Credits, CourseTableModel::Hours,
                       CourseTableModel::Weeks})
        header->resizeSection(column, 70);
    header->resizeSection(CourseTableModel::Cost, 110);
    header->resizeSection(CourseTableModel::Delivery, 170);

    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_search);
    tableLayout->addWidget(m_table);

    m_pages->insertWidget(EmptyPage, createEmptyState());
    m_pages->insertWidget(TablePage, tablePage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    updateState();
}

QWidget *CatalogueView::createEmptyState()
{
    auto *page = new QWidget(this);
    auto *title = new QLabel(tr("No catalogue yet"), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *text = new QLabel(tr("Import a catalogue bundle from your provider or study centre, "
                               "or explore Cairn with the demo catalogue."),
                            page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto *importButton = new QPushButton(tr("&Import Catalogue…"), page);
    auto *demoButton = new QPushButton(tr("Load the &Demo Catalogue"), page);
    connect(importButton, &QPushButton::clicked, this, &CatalogueView::importRequested);
    connect(demoButton, &QPushButton::clicked, this, &CatalogueView::demoRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(importButton);
    buttons->addWidget(demoButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addLayout(buttons);
    layout->addStretch();
    return page;
}

void CatalogueView::setCatalogue(const Core::Catalogue &catalogue)
{
    m_model->setCatalogue(catalogue);
    updateState();
}

int CatalogueView::visibleCourseCount() const
{
    return m_proxy->rowCount();
}

void CatalogueView::updateState()
{
    m_pages->setCurrentIndex(m_model->rowCount() == 0 ? EmptyPage : TablePage);
}

} // namespace Cairn::Ui
