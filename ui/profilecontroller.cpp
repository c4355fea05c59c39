#include "profilecontroller.h"

#include "dialogs/profiledialog.h"
#include "icons/icons.h"
#include "storage/cataloguerepository.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace Cairn::Ui {

ProfileController::ProfileController(Workspace &workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_new(new QAction(icon(QStringLiteral("profile")), tr("&New Profile…"), this))
    , m_edit(new QAction(tr("&Edit Profile…"), this))
    , m_rename(new QAction(tr("&Rename Profile…"), this))
    , m_duplicate(new QAction(tr("D&uplicate Profile…"), this))
    , m_delete(new QAction(icon(QStringLiteral("delete")), tr("&Delete Profile…"), this))
    , m_switchMenu(new QMenu(tr("&Switch To"), window))
    , m_chooser(new QComboBox(window))
{
    m_new->setObjectName(QStringLiteral("newProfile"));
    m_edit->setObjectName(QStringLiteral("editProfile"));
    m_rename->setObjectName(QStringLiteral("renameProfile"));
    m_duplicate->setObjectName(QStringLiteral("duplicateProfile"));
    m_delete->setObjectName(QStringLiteral("deleteProfile"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_new->setStatusTip(tr("Create a learner profile"));
    m_edit->setStatusTip(tr("Change the name, study hours, budget, availability and goals"));
    connect(m_new, &QAction::triggered, this, &ProfileController::createProfile);
    connect(m_edit, &QAction::triggered, this, &ProfileController::editProfile);
    connect(m_rename, &QAction::triggered, this, &ProfileController::renameProfile);
    connect(m_duplicate, &QAction::triggered, this, &ProfileController::duplicateProfile);
    connect(m_delete, &QAction::triggered, this, &ProfileController::deleteProfile);

    m_chooser->setAccessibleName(tr("Profile"));
    m_chooser->setToolTip(tr("The profile you are working on"));
    m_chooser->setMinimumContentsLength(14);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_refreshing || index < 0)
            return;
        const qint64 id = m_chooser->itemData(index).toLongLong();
        if (id != m_workspace.profileId())
            report(tr("The profile could not be opened"), m_workspace.openProfile(id).ok(), tr("It may have been deleted."));
    });
    for (auto signal : {&Workspace::profilesChanged, &Workspace::profileSwitched})
        connect(&m_workspace, signal, this, &ProfileController::refresh);
}

void ProfileController::refresh()
{
    m_refreshing = true;
    const QList<Core::LearnerSummary> profiles = m_workspace.profiles();
    m_chooser->clear();
    m_switchMenu->clear();
    auto *group = new QActionGroup(m_switchMenu);
    for (const Core::LearnerSummary &profile : profiles) {
        m_chooser->addItem(icon(QStringLiteral("profile")), profile.name, profile.id);
        QAction *open = m_switchMenu->addAction(profile.name);
        open->setCheckable(true);
        open->setChecked(profile.id == m_workspace.profileId());
        group->addAction(open);
        connect(open, &QAction::triggered, this, [this, id = profile.id] { (void)m_workspace.openProfile(id); });
    }
    if (profiles.isEmpty())
        m_chooser->addItem(tr("No profile"), qint64(0));
    m_chooser->setCurrentIndex(std::max(0, m_chooser->findData(m_workspace.profileId())));
    m_chooser->setEnabled(!profiles.isEmpty());
    m_switchMenu->setEnabled(profiles.size() > 1);
    const bool open = m_workspace.hasProfile();
    for (QAction *action : {m_edit, m_rename, m_duplicate, m_delete})
        action->setEnabled(open);
    m_refreshing = false;
}

QStringList ProfileController::namesExcept(qint64 id) const
{
    QStringList names;
    for (const Core::LearnerSummary &profile : m_workspace.profiles()) {
        if (profile.id != id)
            names.append(profile.name);
    }
    return names;
}

void ProfileController::report(const QString &title, bool ok, const QString &message)
{
    if (!ok)
        QMessageBox::warning(m_window, title, message);
}

void ProfileController::createProfile()
{
    const QStringList names = namesExcept(0); // every profile: 0 is no profile's id
    QList<Core::Qualification> qualifications;
    (void)Core::CatalogueRepository(m_workspace.database()).loadQualifications(qualifications);
    const auto profile = ProfileDialog::edit(m_window, tr("New Profile"), Core::LearnerProfile(), names, qualifications);
    if (!profile)
        return;
    const Core::Status created = m_workspace.createProfile(*profile);
    report(tr("The profile was not created"), created.ok(), created.message());
}

void ProfileController::editProfile()
{
    if (!m_workspace.hasProfile())
        return;
    QList<Core::Qualification> qualifications;
    (void)Core::CatalogueRepository(m_workspace.database()).loadQualifications(qualifications);
    const auto profile = ProfileDialog::edit(m_window, tr("Edit Profile"), m_workspace.profile(),
                                             namesExcept(m_workspace.profileId()), qualifications);
    if (!profile)
        return;
    const Core::Status changed = m_workspace.changeProfile(*profile, tr("Edit Profile"));
    report(tr("The profile was not changed"), changed.ok(), changed.message());
}

void ProfileController::renameProfile()
{
    if (!m_workspace.hasProfile())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Rename Profile"), tr("New name:"), QLineEdit::Normal,
                                               m_workspace.profile().name, &ok)
                             .trimmed();
    if (!ok || name == m_workspace.profile().name)
        return;
    Core::LearnerProfile renamed = m_workspace.profile();
    renamed.name = name;
    const Core::FieldProblems problems = Core::checkProfile(renamed, namesExcept(m_workspace.profileId()), {});
    if (!problems.isEmpty()) {
        report(tr("The profile was not renamed"), false, Core::firstMessage(problems));
        return;
    }
    const Core::Status changed = m_workspace.changeProfile(renamed, tr("Rename Profile"));
    report(tr("The profile was not renamed"), changed.ok(), changed.message());
}

void ProfileController::duplicateProfile()
{
    if (!m_workspace.hasProfile())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Duplicate Profile"), tr("Name of the copy:"),
                                               QLineEdit::Normal, tr("%1 (copy)").arg(m_workspace.profile().name), &ok)
                             .trimmed();
    if (!ok)
        return;
    const QStringList names = namesExcept(0);
    Core::LearnerProfile copy = m_workspace.profile();
    copy.name = name;
    if (const Core::FieldProblems problems = Core::checkProfile(copy, names, {}); !problems.isEmpty()) {
        report(tr("The profile was not duplicated"), false, Core::firstMessage(problems));
        return;
    }
    const Core::Status duplicated = m_workspace.duplicateProfile(name);
    report(tr("The profile was not duplicated"), duplicated.ok(), duplicated.message());
}

void ProfileController::deleteProfile()
{
    if (!m_workspace.hasProfile())
        return;
    const Core::LearnerProfile &profile = m_workspace.profile();
    QMessageBox question(QMessageBox::Warning, tr("Delete Profile"),
                         tr("Delete the profile “%1” and its %2 records?").arg(profile.name).arg(profile.records.size()),
                         QMessageBox::Cancel, m_window);
    question.setInformativeText(tr("This cannot be undone. Export the profile first to keep a copy."));
    QPushButton *remove = question.addButton(tr("&Delete Profile"), QMessageBox::DestructiveRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() != remove)
        return;
    const Core::Status deleted = m_workspace.deleteProfile();
    report(tr("The profile was not deleted"), deleted.ok(), deleted.message());
}

} // namespace Cairn::Ui
