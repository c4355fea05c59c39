#include "chartpanel.h"

#include "chartadapter.h"
#include "icons/icons.h"

#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Cairn::Ui {

namespace {
enum Page { ChartPage, TablePage, EmptyPage };
} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tableButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_pages(new QStackedWidget(this))
    , m_chart(ChartAdapter::makeView(this))
    , m_tableView(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // A narrow panel cuts its title rather than growing past the window.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_tableButton->setText(tr("Table"));
    m_tableButton->setCheckable(true);
    m_tableButton->setToolTip(tr("Show the figures as a table (for screen readers and copying)"));
    m_exportButton->setIcon(icon(QStringLiteral("export")));
    m_exportButton->setAccessibleName(tr("Export the chart"));
    m_exportButton->setToolTip(tr("Save the chart as PNG or SVG, or copy its table"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_exportButton);
    menu->addAction(tr("Save as PNG or SVG…"), this, &ChartPanel::exportFromDialog);
    menu->addAction(tr("Copy the Table"), this, &ChartPanel::copyTable);
    m_exportButton->setMenu(menu);

    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_pages->insertWidget(ChartPage, m_chart);
    m_pages->insertWidget(TablePage, m_tableView);
    m_pages->insertWidget(EmptyPage, m_empty);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_tableButton);
    header->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addLayout(header);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_pages, 1);
    connect(m_tableButton, &QToolButton::toggled, this, &ChartPanel::setTableShown);
}

void ChartPanel::setSpec(const ChartSpec &spec)
{
    m_spec = spec;
    m_title->setText(spec.title);
    m_title->setToolTip(spec.title);
    m_subtitle->setText(spec.subtitle);
    m_subtitle->setVisible(!spec.subtitle.isEmpty());
    setAccessibleName(spec.title);
    QAbstractItemModel *old = m_model;
    m_model = tableFor(spec, this);
    m_tableView->setModel(m_model);
    m_tableView->setAccessibleName(tr("%1 (table)").arg(spec.title));
    m_tableView->resizeColumnsToContents();
    delete old;
    const bool empty = spec.isEmpty();
    m_empty->setText(spec.emptyText);
    if (!empty)
        ChartAdapter::show(m_chart, spec, palette());
    m_tableButton->setEnabled(!empty);
    m_exportButton->setEnabled(!empty);
    m_pages->setCurrentIndex(empty ? EmptyPage : m_tableButton->isChecked() ? TablePage : ChartPage);
}

void ChartPanel::setTableShown(bool shown)
{
    m_tableButton->setChecked(shown);
    if (!m_spec.isEmpty())
        m_pages->setCurrentIndex(shown ? TablePage : ChartPage);
}

void ChartPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Another theme: the chart's colours come from the palette when drawn.
    if (event->type() == QEvent::PaletteChange && !m_spec.isEmpty())
        ChartAdapter::show(m_chart, m_spec, palette());
}

bool ChartPanel::isTableShown() const
{
    return m_pages->currentIndex() == TablePage;
}

bool ChartPanel::exportTo(const QString &fileName)
{
    if (m_spec.isEmpty())
        return false;
    // The chart is drawn even while its table is shown.
    if (m_chart->size().isEmpty() || !m_chart->isVisible())
        m_chart->resize(m_pages->size().expandedTo(QSize(640, 360)));
    if (QFileInfo(fileName).suffix().compare(u"svg", Qt::CaseInsensitive) == 0)
        return ChartAdapter::saveSvg(m_chart, fileName, m_spec.title);
    return ChartAdapter::savePng(m_chart, fileName);
}

void ChartPanel::exportFromDialog()
{
    QString filter = tr("PNG image (*.png)");
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Chart"), m_spec.title + QStringLiteral(".png"),
                                                          tr("PNG image (*.png);;SVG drawing (*.svg)"), &filter);
    if (fileName.isEmpty())
        return;
    Q_EMIT message(exportTo(fileName) ? tr("Saved %1").arg(QFileInfo(fileName).fileName())
                                      : tr("Could not write %1").arg(fileName));
}

void ChartPanel::copyTable()
{
    if (m_model)
        QApplication::clipboard()->setText(tableText(*m_model));
    Q_EMIT message(tr("The table of “%1” is on the clipboard.").arg(m_spec.title));
}

} // namespace Cairn::Ui
