#include "coursecontroller.h"

#include "dialogs/cataloguelistsdialog.h"
#include "dialogs/coursedialog.h"
#include "icons/icons.h"
#include "storage/cataloguerepository.h"
#include "views/catalogueview.h"
#include "workspace.h"

#include <QAction>
#include <QMessageBox>

namespace Cairn::Ui {

CourseController::CourseController(Workspace &workspace, CatalogueView &catalogue, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_catalogue(catalogue)
    , m_window(window)
    , m_plan(new QAction(icon(QStringLiteral("plan-add")), tr("Add to My &Plan"), this))
    , m_new(new QAction(icon(QStringLiteral("add")), tr("&New Course…"), this))
    , m_edit(new QAction(icon(QStringLiteral("edit")), tr("&Edit Course…"), this))
    , m_delete(new QAction(icon(QStringLiteral("delete")), tr("&Delete Course"), this))
    , m_lists(new QAction(tr("Providers, Skills and &Qualifications…"), this))
{
    m_plan->setObjectName(QStringLiteral("planCourse"));
    m_new->setObjectName(QStringLiteral("newCourse"));
    m_edit->setObjectName(QStringLiteral("editCourse"));
    m_delete->setObjectName(QStringLiteral("deleteCourse"));
    m_lists->setObjectName(QStringLiteral("catalogueLists"));
    m_plan->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_plan->setStatusTip(tr("Put the selected courses into the open profile's plan"));
    m_new->setShortcut(QKeySequence::New);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    // Delete removes a course only where the catalogue has the focus (in My
    // plan the same key removes a record).
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    catalogue.addAction(m_delete);
    connect(m_plan, &QAction::triggered, this, &CourseController::planSelected);
    connect(m_new, &QAction::triggered, this, &CourseController::createCourse);
    connect(m_edit, &QAction::triggered, this, &CourseController::editCurrent);
    connect(m_delete, &QAction::triggered, this, &CourseController::deleteCurrent);
    connect(m_lists, &QAction::triggered, this, &CourseController::showLists);
    connect(&m_catalogue, &CatalogueView::selectionChanged, this, &CourseController::updateActions);
    for (auto signal : {&Workspace::profileSwitched, &Workspace::catalogueChanged})
        connect(&m_workspace, signal, this, &CourseController::updateActions);
    updateActions();
}

void CourseController::updateActions()
{
    const bool selected = !m_catalogue.currentCourse().isEmpty();
    m_plan->setEnabled(selected && m_workspace.hasProfile());
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void CourseController::planSelected()
{
    const QStringList codes = m_catalogue.selectedCourses();
    if (codes.isEmpty())
        return;
    if (const Core::Status planned = m_workspace.planCourses(codes); !planned)
        Q_EMIT message(planned.message());
    else
        Q_EMIT message(tr("Added to %1's plan: %2").arg(m_workspace.learnerLabel(), codes.join(QStringLiteral(", "))));
}

void CourseController::createCourse()
{
    const Core::CatalogueRepository repository(m_workspace.database());
    QList<Core::Provider> providers;
    QList<Core::Skill> skills;
    (void)repository.loadProviders(providers);
    (void)repository.loadSkills(skills);
    const Core::CatalogueFacts facts = repository.facts();
    if (facts.frameworks.isEmpty() || providers.isEmpty()) {
        QMessageBox::information(m_window, tr("New Course"),
                                 tr("A course needs a provider and a credit framework: import a catalogue first, "
                                    "or add a provider under Edit ▸ Providers, Skills and Qualifications."));
        return;
    }
    const auto course = CourseDialog::edit(m_window, std::nullopt, facts, providers, skills);
    if (!course)
        return;
    if (const Core::Status put = m_workspace.putCourse(*course); !put)
        QMessageBox::warning(m_window, tr("The course was not added"), put.message());
    else
        m_catalogue.selectCourse(course->code);
}

void CourseController::editCurrent()
{
    const QString code = m_catalogue.currentCourse();
    const Core::CatalogueRepository repository(m_workspace.database());
    const std::optional<Core::Course> existing = repository.loadCourse(code);
    if (!existing)
        return;
    QList<Core::Provider> providers;
    QList<Core::Skill> skills;
    (void)repository.loadProviders(providers);
    (void)repository.loadSkills(skills);
    const auto course = CourseDialog::edit(m_window, existing, repository.facts(), providers, skills);
    if (!course || *course == *existing)
        return;
    if (const Core::Status put = m_workspace.putCourse(*course); !put)
        QMessageBox::warning(m_window, tr("The course was not changed"), put.message());
}

void CourseController::deleteCurrent()
{
    const QString code = m_catalogue.currentCourse();
    if (code.isEmpty())
        return;
    const auto answer = QMessageBox::question(m_window, tr("Delete Course"),
                                              tr("Delete %1 from the catalogue? (Edit ▸ Undo brings it back.)").arg(code),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (const Core::Status removed = m_workspace.removeCourse(code); !removed)
        QMessageBox::warning(m_window, tr("The course was not deleted"), removed.message());
}

void CourseController::showLists()
{
    CatalogueListsDialog dialog(m_workspace, CatalogueListsDialog::Providers, m_window);
    dialog.exec();
}

} // namespace Cairn::Ui
