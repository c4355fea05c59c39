#include "mainwindow.h"
#include "io/savefile.h"

#include "io/cataloguewriter.h"
#include "io/demodata.h"
#include "io/importer.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "views/catalogueview.h"

#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace Cairn::Ui {

MainWindow::MainWindow(Core::Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_catalogueView(new CatalogueView(this))
    , m_countsLabel(new QLabel(this))
{
    setWindowTitle(tr("Cairn"));
    setWindowIcon(QIcon(QStringLiteral(":/cairn/icons/cairn.svg")));
    auto *tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);
    tabs->addTab(m_catalogueView, tr("Catalogue"));
    setCentralWidget(tabs);
    statusBar()->addPermanentWidget(m_countsLabel);
    createMenus();

    connect(m_catalogueView, &CatalogueView::importRequested, this, &MainWindow::importFromDialog);
    connect(m_catalogueView, &CatalogueView::demoRequested, this, &MainWindow::loadDemo);
    if (Core::Status loaded = reload(); !loaded)
        statusBar()->showMessage(loaded.message());
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *importAction = fileMenu->addAction(tr("&Import…"), this, &MainWindow::importFromDialog);
    importAction->setShortcut(QKeySequence::Open);
    importAction->setStatusTip(tr("Import a catalogue bundle or a learner file"));
    QAction *exportAction = fileMenu->addAction(tr("&Export Catalogue…"), this, &MainWindow::exportCatalogue);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    fileMenu->addAction(tr("Load &Demo Data"), this, &MainWindow::loadDemo);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Cairn"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

Core::Status MainWindow::reload()
{
    Core::Catalogue catalogue;
    if (Core::Status loaded = Core::CatalogueRepository(m_database).load(catalogue); !loaded)
        return loaded;
    m_catalogueView->setCatalogue(catalogue);
    m_countsLabel->setText(tr("Courses: %1 · Qualifications: %2")
                               .arg(QLocale().toString(catalogue.courses.size()),
                                    QLocale().toString(catalogue.qualifications.size())));
    return Core::Status::success();
}

Core::Status MainWindow::importFile(const QString &fileName)
{
    Core::ImportSummary summary;
    if (Core::Status imported = Core::Importer(m_database).importFile(fileName, &summary); !imported)
        return imported;
    if (summary.format == Core::DocumentFormat::Catalogue)
        statusBar()->showMessage(tr("Imported catalogue “%1”").arg(summary.name), 5000);
    else
        statusBar()->showMessage(tr("Imported learner “%1”").arg(summary.name), 5000);
    return reload();
}

void MainWindow::importFromDialog()
{
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Import"), QString(), tr("Cairn files (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    if (Core::Status imported = importFile(fileName); !imported)
        reportFailure(tr("Nothing was imported"), imported);
}

void MainWindow::exportCatalogue()
{
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export Catalogue"), tr("catalogue.json"), tr("Cairn catalogue (*.json)"));
    if (fileName.isEmpty())
        return;
    Core::Catalogue catalogue;
    Core::Status status = Core::CatalogueRepository(m_database).load(catalogue);
    if (status)
        status = Core::writeFileAtomically(fileName, Core::catalogueToJsonBytes(catalogue));
    if (!status)
        reportFailure(tr("The catalogue was not exported"), status);
    else
        statusBar()->showMessage(tr("Exported the catalogue to %1").arg(fileName), 5000);
}

void MainWindow::loadDemo()
{
    Core::Status status = Core::importDemoData(m_database);
    if (status)
        status = reload();
    if (!status)
        reportFailure(tr("The demo data could not be loaded"), status);
}

void MainWindow::reportFailure(const QString &title, const Core::Status &status)
{
    QMessageBox box(QMessageBox::Warning, title, title, QMessageBox::Ok, this);
    // The first line is enough to orient; every problem is in the details.
    box.setInformativeText(status.message().section(u'\n', 0, 0));
    if (status.message().contains(u'\n'))
        box.setDetailedText(status.message());
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Cairn"),
                       tr("<h3>Cairn %1</h3>"
                          "<p>Plan stackable study: see what you have earned, what counts toward "
                          "which qualification, what is still missing, and the fastest or cheapest "
                          "way to finish.</p>"
                          "<p>Your data stays on this computer.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace Cairn::Ui
