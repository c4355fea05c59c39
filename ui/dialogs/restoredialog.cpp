#include "restoredialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Cairn::Ui {

QString RestoreDialog::reasonText(const QString &reason)
{
    if (reason == u"import")
        return tr("Before an import");
    if (reason == u"upgrade")
        return tr("Before an upgrade of Cairn");
    if (reason == u"daily")
        return tr("Daily");
    if (reason == u"manual")
        return tr("Made by hand");
    return reason;
}

std::optional<Core::BackupFile> RestoreDialog::choose(QWidget *parent, const QList<Core::BackupFile> &backups)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Restore from Backup"));
    auto *text = new QLabel(tr("Choose the backup to put in the database's place. The database as it is now is "
                               "kept beside it, and Cairn starts again on the backup."),
                            &dialog);
    text->setWordWrap(true);
    auto *list = new QTreeWidget(&dialog);
    list->setHeaderLabels({tr("Made"), tr("Why"), tr("Size")});
    list->setRootIsDecorated(false);
    list->setAccessibleName(tr("Backups"));
    for (const Core::BackupFile &backup : backups) {
        auto *item = new QTreeWidgetItem(list, {QLocale().toString(backup.made, QLocale::ShortFormat),
                                                reasonText(backup.reason), QLocale().formattedDataSize(backup.size)});
        item->setToolTip(0, backup.path);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(false);
    QObject::connect(list, &QTreeWidget::currentItemChanged, restore, [restore](QTreeWidgetItem *item) {
        restore->setEnabled(item != nullptr);
    });
    QObject::connect(list, &QTreeWidget::itemActivated, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(520, 360);
    if (!backups.isEmpty())
        list->setCurrentItem(list->topLevelItem(0));
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return std::nullopt;
    return backups.value(list->indexOfTopLevelItem(list->currentItem()));
}

} // namespace Cairn::Ui
