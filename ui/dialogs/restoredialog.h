#pragma once

#include "storage/backups.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace Cairn::Ui {

// File ▸ Restore from Backup…: the database's backups, newest first, with
// when and why each was made and its size; returns the one chosen.
class RestoreDialog final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Ui::RestoreDialog)

public:
    static std::optional<Core::BackupFile> choose(QWidget *parent, const QList<Core::BackupFile> &backups);
    static QString reasonText(const QString &reason);
};

} // namespace Cairn::Ui
