#pragma once

#include <QString>

#include <memory>

class QProgressDialog;

namespace Cairn::Ui {

// While a database an older Cairn wrote is upgraded before the window opens
// (seconds at 100,000 courses), a small window says so, so that Cairn does
// not seem not to start. It shows on construction and closes on destruction.
class UpgradeNotice final
{
public:
    explicit UpgradeNotice(const QString &path);
    ~UpgradeNotice();
    UpgradeNotice(const UpgradeNotice &) = delete;
    UpgradeNotice &operator=(const UpgradeNotice &) = delete;

    QProgressDialog *dialog() const { return m_dialog.get(); }

private:
    std::unique_ptr<QProgressDialog> m_dialog;
};

} // namespace Cairn::Ui
