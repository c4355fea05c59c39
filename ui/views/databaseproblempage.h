#pragma once

#include "storage/backups.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace Cairn::Ui {

// What the window shows instead of the views when its database turns out to
// be damaged: what is wrong, and the ways forward — restore the latest backup
// (the damaged file is kept beside it), open another database, or start a new
// one. Nothing is written to the damaged file meanwhile.
class DatabaseProblemPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseProblemPage)

public:
    explicit DatabaseProblemPage(QWidget *parent = nullptr);

    void setProblem(const QString &path, const QString &message, const std::optional<Core::BackupFile> &latest);

    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *startNewButton() const { return m_startNew; }
    QLabel *detail() const { return m_detail; }

Q_SIGNALS:
    void restoreRequested(const QString &backup);
    void openAnotherRequested();
    void startNewRequested();

private:
    QLabel *m_detail;
    QPushButton *m_restore;
    QPushButton *m_open;
    QPushButton *m_startNew;
    QString m_backup;
};

} // namespace Cairn::Ui
