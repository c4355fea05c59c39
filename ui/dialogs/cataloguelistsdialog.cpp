#include "cataloguelistsdialog.h"

#include "itemdialogs.h"
#include "storage/cataloguerepository.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Cairn::Ui {

CatalogueListsDialog::CatalogueListsDialog(Workspace &workspace, List shown, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_tabs(new QTabWidget(this)), m_lists{}
{
    setWindowTitle(tr("Providers, Skills and Qualifications"));
    m_tabs->addTab(page(Providers), tr("&Providers"));
    m_tabs->addTab(page(Skills), tr("&Skills"));
    m_tabs->addTab(page(Qualifications), tr("&Qualifications"));
    m_tabs->setCurrentIndex(shown);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    connect(&m_workspace, &Workspace::catalogueChanged, this, &CatalogueListsDialog::reload);
    reload();
    resize(640, 480);
}

QTreeWidget *CatalogueListsDialog::list(List which) const
{
    return m_lists[which];
}

QWidget *CatalogueListsDialog::page(List which)
{
    auto *page = new QWidget(this);
    auto *list = new QTreeWidget(page);
    m_lists[which] = list;
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Id"), which == Skills ? tr("Label") : which == Providers ? tr("Name") : tr("Title")});
    list->header()->resizeSection(0, 140);
    list->setAlternatingRowColors(true);
    list->setAccessibleName(which == Providers ? tr("Providers") : which == Skills ? tr("Skills") : tr("Qualifications"));
    connect(list, &QTreeWidget::itemActivated, this, [this, which] { editCurrent(which); });
    auto *create = new QPushButton(tr("&New…"), page);
    auto *edit = new QPushButton(tr("&Edit…"), page);
    auto *remove = new QPushButton(tr("&Delete"), page);
    connect(create, &QPushButton::clicked, this, [this, which] { this->create(which); });
    connect(edit, &QPushButton::clicked, this, [this, which] { editCurrent(which); });
    connect(remove, &QPushButton::clicked, this, [this, which] { removeCurrent(which); });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(list, 1);
    layout->addLayout(buttons);
    return page;
}

void CatalogueListsDialog::reload()
{
    const Core::CatalogueRepository repository(m_workspace.database());
    const auto fill = [this](List which, const QList<QPair<QString, QString>> &rows) {
        QTreeWidget *list = m_lists[which];
        const QString current = currentKey(which);
        list->clear();
        for (const auto &[key, name] : rows) {
            auto *item = new QTreeWidgetItem(list, {key, name});
            if (key == current)
                list->setCurrentItem(item);
        }
    };
    QList<QPair<QString, QString>> rows;
    QList<Core::Provider> providers;
    (void)repository.loadProviders(providers);
    for (const Core::Provider &provider : std::as_const(providers))
        rows.append({provider.id, provider.name});
    fill(Providers, rows);
    rows.clear();
    QList<Core::Skill> skills;
    (void)repository.loadSkills(skills);
    for (const Core::Skill &skill : std::as_const(skills))
        rows.append({skill.id, skill.label});
    fill(Skills, rows);
    rows.clear();
    QList<Core::Qualification> qualifications;
    (void)repository.loadQualifications(qualifications);
    for (const Core::Qualification &qualification : std::as_const(qualifications))
        rows.append({qualification.code, qualification.title});
    fill(Qualifications, rows);
}

QString CatalogueListsDialog::currentKey(List which) const
{
    const QTreeWidgetItem *item = m_lists[which] ? m_lists[which]->currentItem() : nullptr;
    return item ? item->text(0) : QString();
}

void CatalogueListsDialog::report(const QString &title, const Core::Status &status)
{
    if (!status)
        QMessageBox::warning(this, title, status.message());
}

void CatalogueListsDialog::create(List which)
{
    const Core::CatalogueRepository repository(m_workspace.database());
    const Core::CatalogueFacts facts = repository.facts();
    switch (which) {
    case Providers:
        if (const auto provider = ItemDialogs::editProvider(this, std::nullopt, facts))
            report(tr("The provider was not added"), m_workspace.putProvider(*provider));
        break;
    case Skills:
        if (const auto skill = ItemDialogs::editSkill(this, std::nullopt, facts))
            report(tr("The skill was not added"), m_workspace.putSkill(*skill));
        break;
    case Qualifications: {
        QList<Core::Provider> providers;
        (void)repository.loadProviders(providers);
        if (const auto qualification = ItemDialogs::editQualification(this, std::nullopt, facts, providers))
            report(tr("The qualification was not added"), m_workspace.putQualification(*qualification));
        break;
    }
    }
}

void CatalogueListsDialog::editCurrent(List which)
{
    const QString key = currentKey(which);
    if (key.isEmpty())
        return;
    const Core::CatalogueRepository repository(m_workspace.database());
    const Core::CatalogueFacts facts = repository.facts();
    QList<Core::Provider> providers;
    (void)repository.loadProviders(providers);
    switch (which) {
    case Providers:
        for (const Core::Provider &provider : std::as_const(providers)) {
            if (provider.id != key)
                continue;
            if (const auto edited = ItemDialogs::editProvider(this, provider, facts))
                report(tr("The provider was not changed"), m_workspace.putProvider(*edited));
        }
        break;
    case Skills: {
        QList<Core::Skill> skills;
        (void)repository.loadSkills(skills);
        for (const Core::Skill &skill : std::as_const(skills)) {
            if (skill.id != key)
                continue;
            if (const auto edited = ItemDialogs::editSkill(this, skill, facts))
                report(tr("The skill was not changed"), m_workspace.putSkill(*edited));
        }
        break;
    }
    case Qualifications:
        if (const auto qualification = repository.loadQualification(key)) {
            if (const auto edited = ItemDialogs::editQualification(this, *qualification, facts, providers))
                report(tr("The qualification was not changed"), m_workspace.putQualification(*edited));
        }
        break;
    }
}

void CatalogueListsDialog::removeCurrent(List which)
{
    const QString key = currentKey(which);
    if (key.isEmpty())
        return;
    switch (which) {
    case Providers:
        report(tr("The provider was not deleted"), m_workspace.removeProvider(key));
        break;
    case Skills:
        report(tr("The skill was not deleted"), m_workspace.removeSkill(key));
        break;
    case Qualifications:
        report(tr("The qualification was not deleted"), m_workspace.removeQualification(key));
        break;
    }
}

} // namespace Cairn::Ui
