#pragma once

#include "model/status.h"

#include <QMainWindow>

class QLabel;

namespace Cairn::Core {
class Database;
}

namespace Cairn::Ui {

class CatalogueView;

// Cairn's main window over one database. This first version shows the
// catalogue; the plan, qualifications, pathways and dashboard come next.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Core::Database &database, QWidget *parent = nullptr);

    CatalogueView *catalogueView() const { return m_catalogueView; }

    // Re-reads the catalogue from the database.
    Core::Status reload();
    // Imports a catalogue bundle or learner file and shows the result.
    Core::Status importFile(const QString &fileName);

private:
    void createMenus();
    void importFromDialog();
    void exportCatalogue();
    void loadDemo();
    void showAbout();
    void reportFailure(const QString &title, const Core::Status &status);

    Core::Database &m_database;
    CatalogueView *m_catalogueView;
    QLabel *m_countsLabel;
};

} // namespace Cairn::Ui
