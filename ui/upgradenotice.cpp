#include "upgradenotice.h"

#include <QApplication>
#include <QFileInfo>
#include <QProgressDialog>

namespace Cairn::Ui {

UpgradeNotice::UpgradeNotice(const QString &path)
    : m_dialog(std::make_unique<QProgressDialog>(
          QApplication::translate("Cairn::Ui::UpgradeNotice",
                                  "Upgrading %1 for this version of Cairn (a copy is kept first)…")
              .arg(QFileInfo(path).fileName()),
          QString(), 0, 0))
{
    m_dialog->setWindowTitle(QApplication::translate("Cairn::Ui::UpgradeNotice", "Cairn"));
    m_dialog->setCancelButton(nullptr); // an upgrade is one transaction: it ends whole or not at all
    m_dialog->setMinimumDuration(0);
    m_dialog->show();
    // Painted before the upgrade holds this thread.
    QApplication::processEvents();
}

UpgradeNotice::~UpgradeNotice() = default;

} // namespace Cairn::Ui
